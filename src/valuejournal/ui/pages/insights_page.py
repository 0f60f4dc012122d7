"""The Insights page: where pay and value part ways, in words and in six chart panels.

The journal's sessions are read into numpy columns off the GUI thread when the page opens
and whenever the journal changes in ways it cannot follow; after an edit of some sessions
only their rows are read again and patched into the cached rows (`ColumnCache`), at once.
Insights for the chosen range and period kind are computed from the cached columns
(milliseconds), and only the panels on screen are redrawn.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from valuejournal.charts import BUILDERS
from valuejournal.core import formats
from valuejournal.core.entities import Client, CommentTarget, MoodEntry
from valuejournal.core.errors import UserError
from valuejournal.core.i18n import N_
from valuejournal.core.insights import (
    Insights,
    SessionColumns,
    Thresholds,
    chart_summaries,
    compute_insights_from_columns,
    describe_thresholds,
    summarize,
)
from valuejournal.core.insights.cache import ColumnCache
from valuejournal.core.invoices import Invoice, overdue
from valuejournal.core.periods import PeriodKind
from valuejournal.settings import Settings
from valuejournal.ui import tasks
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.qdates import from_qdate
from valuejournal.ui.settings import app_settings
from valuejournal.ui.theme import is_dark
from valuejournal.ui.widgets.chart_panel import MIN_HEIGHT, ChartPanel
from valuejournal.ui.widgets.filter_bar import range_for
from valuejournal.ui.widgets.thresholds_dialog import ThresholdsDialog, load_thresholds

# (chart, title, height in px, grid row, grid column, column span)
PANELS = (
    ("timeline", N_("Pay rate and value over time"), 300, 0, 0, 2),
    ("scales", N_("Balance per client"), 300, 1, 0, 2),
    ("quadrant", N_("Pay against value"), 340, 2, 0, 1),
    ("capture", N_("Value created and captured"), 340, 2, 1, 1),
    ("wellbeing", N_("Wellbeing"), 320, 3, 0, 2),
    ("bubbles", N_("Impact on the three bubbles"), 280, 4, 0, 2),
    ("project_scales", N_("Balance per project"), 300, 5, 0, 2),
)
MIN_HEIGHTS = {"capture": 300, "wellbeing": 300}
"""Charts of two stacked axes: below this their axis labels and the lag's words overlap."""
RANGES = (("quarter", N_("This quarter")), ("year", N_("Last 12 months")), ("all", N_("All time")),
          ("custom", N_("Custom…")))  # fmt: skip
PATCH_LIMIT = 500
"""More sessions edited at once than this (an import's undo): the journal is read again."""


@dataclass
class JournalSnapshot:
    """What the page computes from: the journal's sessions as columns, its clients, currency."""

    columns: SessionColumns
    clients: list[Client] = field(default_factory=list)
    currency: str = "EUR"
    diary: tuple[np.ndarray, np.ndarray] | None = None
    """A mood diary's (day ordinals, scores), when one was imported."""
    cache: ColumnCache | None = None
    """The rows the columns were built from, to patch after an edit (None: read again)."""
    invoices: list[Invoice] = field(default_factory=list)
    """Every invoice (the overdue ones are listed above the charts)."""


def _sums(invoices: Sequence[Invoice]) -> dict[str, int]:
    """Invoice amounts added up per currency."""
    sums: dict[str, int] = {}
    for invoice in invoices:
        sums[invoice.currency] = sums.get(invoice.currency, 0) + invoice.amount_minor
    return sums


def _diary(entries: list[MoodEntry]) -> tuple[np.ndarray, np.ndarray] | None:
    """Day ordinals and scores of the diary entries that have a score (None: no diary)."""
    scored = [(e.day.toordinal(), e.score) for e in entries if e.score is not None]
    if not scored:
        return None
    days, scores = zip(*scored, strict=True)
    return np.array(days, dtype=np.int64), np.array(scores, dtype=np.float64)


class InsightsPage(QWidget):
    """Charts and plain words about where pay and value part ways."""

    show_range = Signal(object, object)

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: JournalSnapshot | None = None
        self.insights: Insights | None = None
        self.thresholds: Thresholds = load_thresholds()
        self._stale_panels: set[str] = set()
        self._reading = False  # a whole re-read is running
        self._edited: list[str] | None = None  # the sessions the coming journal_changed is about
        self._to_patch: set[str] = set()
        self._build_controls()
        self.summary = QLabel(tr("Reading your journal…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("insightSummary")
        self.comments = QLabel()
        self.comments.setWordWrap(True)
        self.comments.setTextFormat(Qt.TextFormat.RichText)
        self.comments.setObjectName("periodComments")
        self.comments.hide()
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        self.overdue.setTextFormat(Qt.TextFormat.RichText)
        self.overdue.setObjectName("overdueInvoices")
        self.overdue.hide()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("muted")
        self.panels: dict[str, ChartPanel] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for name, title, height, row, col, span in PANELS:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            panel = ChartPanel(
                name, BUILDERS[name], height, min_height=MIN_HEIGHTS.get(name, MIN_HEIGHT)
            )
            panel.setAccessibleName(tr(title))
            panel.picked.connect(self.show_range)
            box_layout.addWidget(panel)
            grid.addWidget(box, row, col, 1, span)
            self.panels[name] = panel
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.summary)
        inner_layout.addWidget(self.comments)
        inner_layout.addWidget(self.overdue)
        inner_layout.addWidget(self.explain)
        inner_layout.addWidget(grid_host)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        self.scroll_area = scroll  # not "scroll": that would hide QWidget.scroll()
        scroll.verticalScrollBar().valueChanged.connect(self._draw_visible)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(scroll, 1)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload)
        self._patch_timer = QTimer(self)  # edits made in one go are patched together
        self._patch_timer.setSingleShot(True)
        self._patch_timer.setInterval(0)
        self._patch_timer.timeout.connect(self._patch)
        context.sessions_edited.connect(self._sessions_edited)
        context.journal_changed.connect(self._journal_changed)
        context.comments_changed.connect(self.show_period_comments)
        context.settings_changed.connect(self._settings_changed)
        self.reload()

    def _build_controls(self) -> None:
        self.range = QComboBox()
        for key, label in RANGES:
            self.range.addItem(tr(label), key)
        self.range.setCurrentIndex(1)
        self.start = QDateEdit(QDate.currentDate().addYears(-1))
        self.end = QDateEdit(QDate.currentDate())
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self.recompute)
        self.period = QComboBox()
        for kind, label in ((PeriodKind.DAY, tr("by day")), (PeriodKind.WEEK, tr("by week")),
                            (PeriodKind.MONTH, tr("by month"))):  # fmt: skip
            self.period.addItem(label, kind.value)
        self.period.setCurrentIndex(1)
        self.thresholds_button = QPushButton(tr("Thresholds…"))
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self._restore_view()
        self.range.currentIndexChanged.connect(self.recompute)
        self.period.currentIndexChanged.connect(self.recompute)
        for signal in (self.range.currentIndexChanged, self.period.currentIndexChanged,
                       self.start.dateChanged, self.end.dateChanged):  # fmt: skip
            signal.connect(self._remember_view)
        self.controls = QHBoxLayout()
        for w in (QLabel(tr("Range")), self.range, self.start, self.end, self.period):
            self.controls.addWidget(w)
        self.controls.addStretch(1)
        self.controls.addWidget(self.thresholds_button)

    def _restore_view(self) -> None:
        """The range and period shown last time (window state, kept in QSettings)."""
        settings = app_settings()
        for combo, key in ((self.range, "insights/range"), (self.period, "insights/period")):
            index = combo.findData(settings.value(key, ""))
            if index >= 0:
                combo.setCurrentIndex(index)
        for edit, key in ((self.start, "insights/start"), (self.end, "insights/end")):
            day = QDate.fromString(str(settings.value(key, "")), Qt.DateFormat.ISODate)
            if day.isValid():
                edit.setDate(day)

    def _remember_view(self) -> None:
        settings = app_settings()
        settings.setValue("insights/range", self.range.currentData())
        settings.setValue("insights/period", self.period.currentData())
        settings.setValue("insights/start", self.start.date().toString(Qt.DateFormat.ISODate))
        settings.setValue("insights/end", self.end.date().toString(Qt.DateFormat.ISODate))

    # -- data --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the journal's sessions into columns off the GUI thread, then recompute.

        The latest read wins: an older one still running when the journal changes again is
        dropped, so a stale snapshot never replaces a newer one."""
        journal = self.context.journal

        def read() -> JournalSnapshot:
            currency = journal.info().base_currency
            cache = ColumnCache(journal.insight_rows(), currency)
            return JournalSnapshot(
                columns=cache.columns,
                clients=journal.list_clients(),
                currency=currency,
                diary=_diary(journal.mood_entries()),
                cache=cache,
                invoices=journal.list_invoices(),
            )

        self._reading = True
        tasks.run(
            read,
            owner=self,
            key="snapshot",
            title=tr("Reading the journal"),
            on_done=self._loaded,
            on_failed=self._load_failed,
        )

    def _loaded(self, snapshot: JournalSnapshot) -> None:
        self._reading = False
        self.snapshot = snapshot
        self.recompute()

    def _load_failed(self, exc: BaseException) -> None:
        self._reading = False
        self.summary.setText(html.escape(tr("Could not read the journal: {e}").format(e=exc)))

    def _sessions_edited(self, uuids: Sequence[str]) -> None:
        self._edited = list(uuids)

    def _journal_changed(self) -> None:
        """Patch the edited sessions in at once; read everything again after other changes
        (or while a whole read is due anyway)."""
        edited, self._edited = self._edited, None
        snapshot = self.snapshot
        whole = (
            edited is None
            or snapshot is None
            or snapshot.cache is None
            or self._reading
            or self._reload_timer.isActive()
            or len(self._to_patch) + len(edited) > PATCH_LIMIT
        )
        if whole:
            self._to_patch.clear()  # the re-read brings them too
            self._patch_timer.stop()
            self._reload_timer.start()
            return
        assert edited is not None
        self._to_patch.update(edited)
        self._patch_timer.start()

    def _patch(self) -> None:
        """Read the edited sessions again and put them in the cached columns; recompute."""
        uuids, self._to_patch = self._to_patch, set()
        snapshot = self.snapshot
        if not uuids or snapshot is None or snapshot.cache is None:
            return
        journal = self.context.journal
        try:
            fresh = journal.insight_rows(uuids)
            clients = journal.list_clients()  # a session may have brought a new client
            invoices = journal.list_invoices()  # marking invoiced or paid edits sessions
        except UserError:
            self._reload_timer.start()  # the whole read says what went wrong
            return
        columns = snapshot.cache.patch(uuids, fresh)
        self.snapshot = replace(snapshot, columns=columns, clients=clients, invoices=invoices)
        self.recompute()

    def selected_range(self, today: date | None = None) -> tuple[date | None, date | None]:
        """The first and last day chosen in the range controls."""
        key = self.range.currentData()
        custom = key == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        if custom:
            return from_qdate(self.start.date()), from_qdate(self.end.date())
        return range_for(key, today or date.today())

    def recompute(self) -> None:
        """Compute insights for the chosen range and period; redraw what is on screen."""
        if self.snapshot is None:
            return
        start, end = self.selected_range()
        if start is not None and end is not None and start > end:
            self.summary.setText(tr("The start of the range is after its end."))
            return
        self.insights = compute_insights_from_columns(
            self.snapshot.columns,
            self.snapshot.clients,
            start=start,
            end=end,
            kind=PeriodKind(self.period.currentData()),
            thresholds=self.thresholds,
            currency=self.snapshot.currency,
            diary=self.snapshot.diary,
        )
        items = "".join(f"<li>{html.escape(s)}</li>" for s in summarize(self.insights))
        self.summary.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.explain.setText(" ".join(describe_thresholds(self.insights)))
        for key, text in chart_summaries(self.insights).items():  # each chart's text alternative
            if key in self.panels:
                self.panels[key].setAccessibleDescription(text)
        self.show_period_comments()
        self.show_overdue()
        self._stale_panels = set(self.panels)
        self._draw_visible()

    def show_period_comments(self) -> None:
        """List a coach's comments on periods that overlap the range shown."""
        if self.insights is None:
            return
        start, end = self.selected_range()
        lines = []
        for c in self.context.journal.list_comments():
            if c.target is not CommentTarget.PERIOD or c.period_start is None:
                continue
            c_end = c.period_end or c.period_start
            if (end is not None and c.period_start > end) or (start is not None and c_end < start):
                continue
            done = f" <i>({html.escape(tr('resolved'))})</i>" if c.resolved else ""
            lines.append(
                f"<li><b>{formats.current().date_range(c.period_start, c_end)}</b>, "
                f"{html.escape(c.author)}: {html.escape(c.body)}{done}</li>"
            )
        self.comments.setVisible(bool(lines))
        if lines:
            title = html.escape(tr("Coach comments on these weeks"))
            self.comments.setText(
                f"<b>{title}</b><ul style='margin-left:-20px'>{''.join(lines)}</ul>"
            )

    def show_overdue(self, today: date | None = None) -> None:
        """List the unpaid invoices past their due date on ``today`` (default: the system
        date), longest overdue first, whatever the range shown."""
        if self.snapshot is None:
            return
        day = today or date.today()
        late = overdue(self.snapshot.invoices, day)
        self.overdue.setVisible(bool(late))
        if not late:
            self.overdue.setText("")
            return
        fmt = formats.current()
        lines = []
        for invoice in late:
            days = invoice.overdue_days(day)
            due = fmt.date(invoice.due_on) if invoice.due_on else ""
            lines.append(
                "<li>"
                + tr("<b>{number}</b>, {client}: {amount}, due {due}, {days} overdue").format(
                    number=html.escape(invoice.number),
                    client=html.escape(invoice.client),
                    amount=html.escape(fmt.money(invoice.amount_minor, invoice.currency)),
                    due=html.escape(due),
                    days=html.escape(trn("%n day(s)", days)),
                )
                + "</li>"
            )
        total = fmt.amounts(_sums(late))
        title = html.escape(trn("%n overdue invoice(s): {total}", len(late)).format(total=total))
        self.overdue.setText(f"<b>{title}</b><ul style='margin-left:-20px'>{''.join(lines)}</ul>")

    def _draw_visible(self) -> None:
        if self.insights is None or not self.isVisible():
            return
        viewport = self.scroll_area.viewport()
        dark = is_dark(self)
        for name in list(self._stale_panels):
            panel = self.panels[name]
            top_left = panel.mapTo(viewport, panel.rect().topLeft())
            if top_left.y() < viewport.height() and top_left.y() + panel.height() > 0:
                panel.draw(self.insights, dark)
                self._stale_panels.discard(name)

    def changeEvent(self, event: QEvent) -> None:
        """Light to dark or back: every chart is drawn again in the new theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._stale_panels = set(self.panels)
            QTimer.singleShot(0, self, self._draw_visible)  # dropped if the page goes first

    def showEvent(self, event: QShowEvent) -> None:
        """Draw the panels that changed while the page was hidden."""
        super().showEvent(event)
        QTimer.singleShot(0, self._draw_visible)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Charts follow the page's height; a resize can bring more panels on screen."""
        super().resizeEvent(event)
        self.fit_panels()
        QTimer.singleShot(0, self._draw_visible)

    def fit_panels(self) -> None:
        """Size every chart for the visible part of the page."""
        view = self.scroll_area.viewport().height()
        for panel in self.panels.values():
            panel.fit_height(view)

    def _settings_changed(self, prefs: Settings) -> None:
        if prefs.thresholds != self.thresholds:
            self.thresholds = prefs.thresholds
            self.recompute()

    def edit_thresholds(self) -> None:
        """Let the person change the thresholds; they are kept in the settings."""
        chosen = ThresholdsDialog.ask(self, self.thresholds)
        if chosen is not None:
            self.thresholds = chosen
            self.recompute()
