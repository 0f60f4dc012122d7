"""The pages of the import dialog: progress, preview, and a message page.

The column-mapping page is in ``import_mapping``.

They only show things and collect choices; ``ui.import_dialog.ImportDialog`` reads the
file, moves between them and writes to the journal.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import Session
from valuejournal.interop import FORMAT_LABELS, FORMAT_NAMES, SKIP_REASONS, ImportPlan
from valuejournal.ui.i18n import tr
from valuejournal.ui.session_model import STATUS_TEXT, client_label
from valuejournal.ui.widgets.import_choices import ImportChoices
from valuejournal.ui.widgets.labels import make_label as _label

PREVIEW_ROWS = 100
MAPPING = "mapping"
"""The format combo's entry for "I chose the columns myself"."""
PREVIEW_COLUMNS = ("Date", "Hours", "Client", "Title", "Pay", "Status")


class ProgressPage(QWidget):
    """A line of text over a progress bar (busy when the total is unknown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _label("")
        self.bar = QProgressBar()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addStretch(2)

    def start(self, text: str, *, busy: bool = False) -> None:
        """Show ``text`` with an empty bar (or a busy one)."""
        self.text.setText(text)
        self.bar.setRange(0, 0 if busy else 100)
        self.bar.setValue(0)

    def set_progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` rows read."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))


class MessagePage(QWidget):
    """A heading and a paragraph: the outcome of an import, or why it could not be done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label("", "pageTitle")
        self.text = _label("")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(2)

    def show_message(self, heading: str, text: str) -> None:
        """Set the heading and the paragraph."""
        self.heading.setText(heading)
        self.text.setText(text)


class PreviewPage(QWidget):
    """The plan as it will be stored: format, counts, first rows, rejected rows."""

    format_chosen = Signal(str)
    invoices_paid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.format = QComboBox()
        for name in FORMAT_NAMES:
            self.format.addItem(tr(FORMAT_LABELS[name]), name)
        self.format.addItem(tr("My own choice of columns…"), MAPPING)
        self.format.activated.connect(lambda _i: self.format_chosen.emit(self.format.currentData()))
        self.invoices_paid = QCheckBox(tr("My invoices for this work are paid"))
        self.invoices_paid.setToolTip(
            tr("Billable amounts are stored as paid instead of pending (awaiting payment).")
        )
        self.invoices_paid.toggled.connect(self.invoices_paid_changed)
        self.new_count = _label("", "importCount")
        self.present_count = _label("", "importCount")
        self.skipped_count = _label("", "importCount")
        self.rejected_count = _label("", "importCount")
        self.skipped_detail = _label("", "muted")
        self.choices = ImportChoices()
        self.totals = _label("", "muted")
        self.message = _label("", "formError")
        self.message.hide()
        self.caption = _label("")
        self.table = _table(PREVIEW_COLUMNS, stretch=PREVIEW_COLUMNS.index("Title"))
        self.rejected_caption = _label(tr("Rejected rows (they are not imported):"))
        self.rejected = _table(("Line", "Reason"))
        self.rejected.FIT_ROWS = 4
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Format:")))
        top.addWidget(self.format, 1)
        top.addSpacing(16)
        top.addWidget(self.invoices_paid)
        counts = QGridLayout()
        shown = (self.new_count, self.present_count, self.skipped_count, self.rejected_count)
        for column, label in enumerate(shown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(label, 0, column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(counts)
        layout.addWidget(self.skipped_detail)
        layout.addWidget(self.choices)
        layout.addWidget(self.totals)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.rejected_caption)
        layout.addWidget(self.rejected, 1)

    def set_format(self, name: str) -> None:
        """Show ``name`` (a format or :data:`MAPPING`) in the combo without signalling."""
        self.format.blockSignals(True)
        self.format.setCurrentIndex(max(self.format.findData(name), 0))
        self.format.blockSignals(False)

    def show_plan(self, plan: ImportPlan, long_choice: str = "skip") -> None:
        """Fill the counts and tables from ``plan``."""
        self.set_message("")
        fmt = formats.current()
        new, present, rejected = len(plan.sessions), len(plan.duplicates), len(plan.errors)
        skipped = sum(plan.skipped.values())
        self.new_count.setText(_count(new, tr("new")))
        self.present_count.setText(_count(present, tr("already present")))
        self.skipped_count.setText(_count(skipped, tr("skipped (not work sessions)")))
        self.skipped_detail.setText(
            tr("Skipped: {reasons}.").format(
                reasons="; ".join(
                    f"{tr(r)} ({fmt.integer(plan.skipped[r])})"  # "a totals row (1)"
                    for r in SKIP_REASONS
                    if plan.skipped.get(r)
                )
            )
            if skipped
            else ""
        )
        self.skipped_detail.setVisible(bool(skipped))
        self.choices.show_plan(plan, long_choice)
        self.rejected_count.setText(_count(rejected, tr("rejected"), "#c0392b" if rejected else ""))
        self.totals.setText(
            tr("New work: {h} hours ({m} minutes), pay {pay}").format(
                h=fmt.hours(plan.total_seconds / 3600),
                m=fmt.integer(plan.total_minutes),
                pay=fmt.amounts(plan.pay_by_currency(), "—"),
            )
        )
        shown = plan.sessions[:PREVIEW_ROWS]
        if shown:
            self.caption.setText(
                tr("The first {k} of {n} new sessions, as they will be stored:").format(
                    k=len(shown), n=new
                )
            )
        elif plan.duplicates:
            shown = plan.duplicates[:PREVIEW_ROWS]
            self.caption.setText(tr("Nothing new: these sessions are already in your journal."))
        else:
            self.caption.setText(tr("No session in this file can be imported."))
        _fill_sessions(self.table, shown, greyed=not plan.sessions)
        self.rejected.setRowCount(len(plan.errors))
        for row, error in enumerate(plan.errors):
            self.rejected.setItem(row, 0, _item(str(error.row), right=True))
            self.rejected.setItem(row, 1, _item(error.reason))
        self.rejected_caption.setVisible(bool(plan.errors))
        self.rejected.setVisible(bool(plan.errors))

    def clear_plan(self, message: str) -> None:
        """No plan to show (the chosen format does not fit): just the reason."""
        for label in (
            self.new_count,
            self.present_count,
            self.skipped_count,
            self.rejected_count,
            self.totals,
            self.skipped_detail,
        ):
            label.setText("")
        self.choices.hide()
        self.caption.setText("")
        self.table.setRowCount(0)
        self.rejected.setRowCount(0)
        self.rejected_caption.hide()
        self.rejected.hide()
        self.set_message(message)

    def set_message(self, text: str) -> None:
        """Show a problem above the counts (or nothing)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _count(n: int, what: str, colour: str = "") -> str:
    """A count as a big number over its meaning (rich text)."""
    style = "font-size: 20px; font-weight: 600;" + (f" color: {colour};" if colour else "")
    return f'<span style="{style}">{formats.current().integer(n)}</span><br>{what}'


class FittedTable(QTableWidget):
    """A table whose size hint is its content: every column, and the rows up to
    ``FIT_ROWS`` (more rows scroll), so a two-line file gets a small dialog."""

    FIT_ROWS = 12
    MIN_ROWS = 2

    def _height_for(self, rows: int) -> int:
        shown = min(self.rowCount(), rows)
        body = sum(self.rowHeight(r) for r in range(shown))
        body = body or self.verticalHeader().defaultSectionSize()  # an empty table: one line
        header = self.horizontalHeader().sizeHint().height()
        return header + body + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        columns = sum(
            max(self.sizeHintForColumn(c), self.horizontalHeader().sectionSizeHint(c))
            for c in range(self.columnCount())
        )
        scroll = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(columns + scroll, self._height_for(self.FIT_ROWS))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height_for(self.MIN_ROWS))


def _table(headers: tuple[str, ...], stretch: int = -1) -> FittedTable:
    table = FittedTable(0, len(headers))
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        len(headers) - 1 if stretch < 0 else stretch, QHeaderView.ResizeMode.Stretch
    )
    return table


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fill_sessions(table: QTableWidget, sessions: list[Session], *, greyed: bool) -> None:
    """One row per session: date, hours, client, title, pay, status."""
    table.setRowCount(len(sessions))
    grey = QBrush(QColor("#8a8a8a"))
    fmt = formats.current()
    for row, s in enumerate(sessions):
        pay = fmt.money(s.pay_minor, s.currency) if s.pay_minor else ""
        cells = (
            _item(fmt.date(s.day)),
            _item(fmt.hours(s.hours), right=True),
            _item(client_label(s)),
            _item(s.title.replace("\n", " ⏎ ")),
            _item(pay, right=True),
            _item(tr(STATUS_TEXT[s.status])),
        )
        for column, item in enumerate(cells):
            if greyed:
                item.setForeground(grey)
            table.setItem(row, column, item)
