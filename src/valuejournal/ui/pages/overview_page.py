"""The coach's overview page: every client reviewed, what is new, what needs attention.

One row per client journal the coach has reviewed (`store.coach_index`, remembered across
runs): the last share and its range, when it was written, what is new since the coach last
looked, unresolved comments, homework done of set, the attention flags (computed in
`core.coach` when the share was opened) and the next meeting the coach set. Click a header
to sort; type in the filter to narrow (any column), tick "Needs attention" to see only
flagged clients; Enter (or a double click) opens the client: its open share, or the last
share file again. The next meeting is typed in the date field below and kept with Enter.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.labels import plain_label
from valuejournal.ui.widgets.parsed_field import FieldProblem

if TYPE_CHECKING:
    from valuejournal.store.coach_index import ClientRecord
    from valuejournal.ui.context import JournalContext

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 3


def columns() -> list[str]:
    """The overview's column headers."""
    return [
        tr("Client"),
        tr("Last share"),
        tr("Received"),
        tr("New since last look"),
        tr("Unresolved"),
        tr("Homework done"),
        tr("Attention"),
        tr("Next meeting"),
    ]


class ClientFilter(QSortFilterProxyModel):
    """Rows matching the typed text in any column, and only flagged ones when asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flagged_only = False
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_flagged_only(self, on: bool) -> None:
        """Show only clients with attention flags (or all)."""
        self.beginFilterChange()
        self.flagged_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Qt: whether a row is shown."""
        model = self.sourceModel()
        if self.flagged_only and not model.index(row, 0, parent).data(FLAGGED_ROLE):
            return False
        return super().filterAcceptsRow(row, parent)


class ClientTable(QTableView):
    """The overview table; Enter opens the current client."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt: Enter or Return opens the client of the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class OverviewPage(QWidget):
    """Every client the coach has reviewed (see module doc)."""

    status_message = Signal(str)

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.review
        self.records: list[ClientRecord] = []
        self.model = QStandardItemModel(0, len(columns()), self)
        self.model.setHorizontalHeaderLabels(columns())
        self.proxy = ClientFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ClientTable()
        self.table.setObjectName("clientOverview")
        self.table.setAccessibleName(tr("Clients"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.open_requested.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.filter = QLineEdit()
        self.filter.setObjectName("overviewFilter")
        self.filter.setPlaceholderText(tr("Filter clients (any column)"))
        self.filter.setAccessibleName(tr("Filter clients (any column)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.flagged = QCheckBox(tr("Needs attention only"))
        self.flagged.toggled.connect(self.proxy.set_flagged_only)
        self.meeting = DateField()
        self.meeting.setObjectName("nextMeeting")
        self.meeting.returnPressed.connect(self.set_meeting)
        self.meeting_label = QLabel(tr("Next meeting:"))
        self.meeting_label.setBuddy(self.meeting)
        keep = QPushButton(tr("Set meeting"))
        keep.clicked.connect(self.set_meeting)
        self.open_button = QPushButton(tr("Open client"))
        self.open_button.clicked.connect(self.open_current)
        self.flags = plain_label("", "muted")
        self.flags.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.flagged)
        bottom = QHBoxLayout()
        bottom.addWidget(self.meeting_label)
        bottom.addWidget(self.meeting)
        bottom.addWidget(keep)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        self.summary = plain_label("", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Clients overview"), "pageTitle"))
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.flags)
        layout.addLayout(bottom)
        context.comments_changed.connect(self.refresh)
        if self.session is not None:
            self.session.changed.connect(self.refresh)
        self.refresh()

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read every client's record (open shares' counts fresh from their stores)."""
        from valuejournal.store import coach_index

        records = {r.journal_uuid: r for r in coach_index.load_all()}
        if self.session is not None:
            for share in self.session.shares:
                known = records.get(share.meta.journal_uuid)
                if known is not None:
                    with contextlib.suppress(UserError):
                        fresh = coach_index.with_counts(known, share.store)
                        records[known.journal_uuid] = fresh
        current = self._current_uuid()
        self.records = list(records.values())
        self.model.removeRows(0, self.model.rowCount())
        for record in self.records:
            self.model.appendRow(self._row(record))
        flagged = sum(1 for r in self.records if r.flags)
        self.summary.setText(
            tr("{n} clients · {f} need attention").format(n=len(self.records), f=flagged)
        )
        self._select(current)
        self._show_current()

    def _row(self, record: ClientRecord) -> list[QStandardItem]:
        fmt = formats.current()
        news = record.news
        if record.range_start and record.range_end:
            span = fmt.date_range(record.range_start, record.range_end)
        else:
            span = tr("everything")
        if record.seen is None:
            new_text = tr("all new ({n} sessions)").format(n=record.sessions)
        elif news.any:
            parts = []
            if news.sessions:
                parts.append(tr("{n} sessions").format(n=news.sessions))
            if news.sections:
                parts.append(tr("{n} reflection sections").format(n=len(news.sections)))
            if news.replies:
                parts.append(tr("{n} replies").format(n=news.replies))
            new_text = ", ".join(parts)
        else:
            new_text = tr("nothing new")
        homework_total = record.homework_open + record.homework_done
        cells = [
            (record.owner or tr("Someone"), (record.owner or "").casefold()),
            (f"{span} · {record.share_name}",
             record.range_end.toordinal() if record.range_end else 0),
            (fmt.moment(record.written_at) if record.written_at else "?",
             record.written_at.timestamp() if record.written_at else 0.0),
            (new_text, news.sessions + len(news.sections) + news.replies
             if record.seen is not None else 10**6 + record.sessions),
            (fmt.integer(record.unresolved), record.unresolved),
            (f"{record.homework_done}/{homework_total}" if homework_total else "—",
             record.homework_done),
            ("; ".join(f.text for f in record.flags) or "—", len(record.flags)),
            (fmt.date(record.next_meeting) if record.next_meeting else "—",
             record.next_meeting.toordinal() if record.next_meeting else 10**7),
        ]  # fmt: skip
        items = []
        for text, key in cells:
            item = QStandardItem(text)
            item.setData(key, SORT_ROLE)
            item.setToolTip(text)
            items.append(item)
        items[0].setData(record.journal_uuid, RECORD_ROLE)
        items[0].setData(bool(record.flags), FLAGGED_ROLE)
        return items

    def _current_uuid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.index(index.row(), 0).data(RECORD_ROLE)
        return str(value) if value else None

    def current_record(self) -> ClientRecord | None:
        """The client of the current row, or None."""
        uuid = self._current_uuid()
        return next((r for r in self.records if r.journal_uuid == uuid), None)

    def row_of(self, owner: str) -> int:
        """The shown row of the client named ``owner`` (-1: not shown)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == owner:
                return row
        return -1

    def _select(self, journal_uuid: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RECORD_ROLE) == journal_uuid:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _show_current(self) -> None:
        record = self.current_record()
        if record is None:
            self.flags.setText(tr("No client yet: open the share files your clients send you."))
            return
        self.meeting_label.setText(tr("Next meeting with {name}:").format(name=record.owner))
        if record.next_meeting is not None:
            self.meeting.set_date(record.next_meeting)
        else:
            self.meeting.clear()
        lines = [f"• {f.text}" for f in record.flags]
        self.flags.setText("\n".join(lines) if lines else tr("Nothing needs attention."))

    # -- acting ------------------------------------------------------------------------
    def set_meeting(self) -> None:
        """Keep the typed date as the current client's next meeting (empty: none)."""
        from valuejournal.store import coach_index

        record = self.current_record()
        if record is None:
            return
        day: date | None = None
        if self.meeting.text().strip():
            try:
                day = self.meeting.value()
            except FieldProblem as exc:
                dialogs.show_error(self, tr("Next meeting"), str(exc))
                return
        try:
            coach_index.set_next_meeting(record, day)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save"), str(exc))
            return
        self.status_message.emit(tr("Next meeting with {name} kept.").format(name=record.owner))
        self.refresh()

    def open_current(self) -> None:
        """Open the current client: its open share, or the last share file again."""
        record = self.current_record()
        if record is None or self.session is None:
            return
        share = self.session.find(record.journal_uuid)
        if share is not None:
            self.session.activate(share)
            return
        path = Path(record.share_path)
        if not record.share_path or not path.is_file():
            dialogs.show_error(
                self,
                tr("Could not open the client"),
                tr("The last share from {name} is no longer at {path}.").format(
                    name=record.owner, path=record.share_path or "?"
                ),
            )
            return
        self.session.open_files([path])
