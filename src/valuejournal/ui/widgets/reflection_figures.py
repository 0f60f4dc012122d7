"""The quarter's evidence beside the reflection: key figures, the spans, the tipped scales.

Shows a ``ReportData`` (the same numbers the PDF prints), formatted in the user's locale.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from valuejournal.core.insights.summary import largest_imbalance
from valuejournal.report.data import ReportData
from valuejournal.report.summary import SPAN_COLOURS, span_title, tip_text
from valuejournal.report.text import Formatter, user_locale
from valuejournal.ui.i18n import tr

PANEL_WIDTH = 300


class QuarterFiguresPanel(QFrame):
    """Key figures and spans of one quarter, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarterFigures")
        self.setFixedWidth(PANEL_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.dates = QLabel()
        self.dates.setObjectName("muted")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.spans = QLabel()
        self.spans.setWordWrap(True)
        self.spans.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.dates)
        layout.addSpacing(6)
        layout.addLayout(self.grid)
        layout.addSpacing(10)
        layout.addWidget(self.spans)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.data: ReportData | None = None

    def show_loading(self, quarter: str) -> None:
        """Say the figures are on their way."""
        self.heading.setText(tr("{q} at a glance").format(q=quarter))
        self.message.setText(tr("Reading the quarter…"))

    def show_error(self, text: str) -> None:
        """Say the figures could not be read."""
        self.message.setText(text)

    def show_data(self, data: ReportData) -> None:
        """Fill the panel from the quarter's report data."""
        self.data = data
        fmt = Formatter(user_locale(), data.currency)
        self.heading.setText(tr("{q} at a glance").format(q=data.quarter))
        self.dates.setText(fmt.date_range(data.start, data.end))
        self._clear_grid()
        self.message.setText("")
        if data.empty:
            self.spans.setText("")
            self.message.setText(
                tr("No work sessions logged in this quarter yet. The reflection can still be "
                   "written, and the PDF will say there is nothing to show.")
            )  # fmt: skip
            return
        f = data.figures
        rows = [
            (tr("Hours worked"), fmt.hours(f.totals.hours)),
            (tr("Sessions"), fmt.integer(f.totals.sessions)),
            (tr("Pay earned"), fmt.money(f.totals.pay_minor)),
            (tr("Pay per hour"), fmt.rate(f.totals.pay_rate)),
            (tr("Average value"), fmt.score(f.totals.value)),
            (tr("Mood · energy · stress"),
             " · ".join(fmt.number(v, 1) for v in (f.mood, f.energy, f.stress))),
            (tr("Waiting to be captured"), fmt.money(f.totals.pending_minor)),
        ]  # fmt: skip
        for i, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setObjectName("muted")
            shown = QLabel(value)
            shown.setStyleSheet("font-weight: 600;")
            shown.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(shown, i, 1)
        self.spans.setText(self._spans_html(data, fmt))

    def _spans_html(self, data: ReportData, fmt: Formatter) -> str:
        parts = [f"<p><b>{escape(tr('Where pay and value parted ways'))}</b></p>"]
        if not data.spans:
            parts.append(f"<p>{escape(tr('No such stretch this quarter.'))}</p>")
        for span in data.spans:
            who = span.top_client or tr("your own work")
            parts.append(
                f"<p><span style='color:{SPAN_COLOURS[span.kind]}'>■</span> "
                f"<b>{escape(span_title(span.kind))}</b><br>"
                f"{escape(fmt.date_range(span.start, span.end, medium=True))}<br>"
                f"{escape(fmt.hours(span.hours))} · {escape(tr('value'))} "
                f"{escape(fmt.score(span.value))} · {escape(who)}</p>"
            )
        tipped = largest_imbalance(list(data.clients), data.insights.thresholds.min_hours_client)
        if tipped is not None:
            parts.append(
                f"<p><b>{escape(tr('The scales'))}</b><br>{escape(tipped.name)}: "
                f"{escape(tip_text(tipped, fmt))}</p>"
            )
        return "".join(parts)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
