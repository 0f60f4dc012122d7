"""The session list as a Qt table model that fetches from the journal one page at a time.

Filtering and sorting happen in SQL (`SessionQuery`); the view asks for more rows as the
person scrolls (`canFetchMore`/`fetchMore`), so opening a journal of any size is quick.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from valuejournal.core import formats, fx
from valuejournal.core.entities import MoodEntry, PayStatus, Session
from valuejournal.core.i18n import N_
from valuejournal.ui.i18n import tr
from valuejournal.ui.theme import tones
from valuejournal.ui.widgets.comment_list import comment_badge

if TYPE_CHECKING:
    from valuejournal.core.query import SessionQuery
    from valuejournal.store.journal import Journal

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("day", N_("Date")),
    ("client", N_("Client")),
    ("title", N_("What")),
    ("minutes", N_("Hours")),
    ("pay", N_("Pay")),
    ("status", N_("Status")),
    ("value", N_("Value")),
    ("mood", N_("Mood")),
    ("tags", N_("Tags")),
)
COLUMN_WIDTHS = {
    "day": 92,
    "minutes": 56,
    "pay": 90,
    "status": 70,
    "value": 52,
    "mood": 50,
}  # fmt: skip  (the text columns share the rest: TEXT_SHARES)
# The room left by the columns above, shared by the text columns (share, narrowest width);
# "What" takes what the others leave, so a narrow window never hides a column sideways.
TEXT_SHARES = {"client": (0.28, 90), "tags": (0.18, 60)}
TITLE_MIN_WIDTH = 120
STATUS_TEXT = {
    PayStatus.NONE: N_("unpaid"),
    PayStatus.PENDING: N_("pending"),
    PayStatus.PAID: N_("paid"),
}


class SessionTableModel(QAbstractTableModel):
    """Rows of sessions for a QTableView, loaded lazily in pages."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        self.query: SessionQuery | None = None
        self._rows: list[Session] = []
        self._total = 0
        self.comment_counts: dict[str, tuple[int, int]] = {}  # uuid -> (open, all) comments
        self.diary: dict[date, list[MoodEntry]] = {}
        """The day's moods from a mood diary (Daylio), shown beside its sessions."""
        self.invoices: dict[str, str] = {}
        """The invoice number of each loaded session that is on an invoice."""
        self.base = ""
        """The journal's base currency (pay in another one shows it converted on hover)."""

    # -- loading -----------------------------------------------------------------------
    def set_source(self, journal: Journal, query: SessionQuery) -> None:
        """Show the sessions of ``journal`` matching ``query`` (first page now)."""
        self.journal = journal
        self.query = query
        self.base = journal.info().base_currency
        self.reload()

    def show_rows(self, sessions: list[Session], total: int) -> None:
        """Show these sessions without a journal behind them (nothing more to fetch)."""
        self.beginResetModel()
        self.journal, self.query = None, None
        self.invoices = {}
        self._rows, self._total = list(sessions), total
        self.endResetModel()

    def set_query(self, query: SessionQuery) -> None:
        """Change filters or sort order and reload from the first page."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Re-read the first page (after a change to the journal)."""
        self.beginResetModel()
        if self.journal is None or self.query is None:
            self._rows, self._total = [], 0
        else:
            self._total = self.journal.count_sessions(self.query)
            self._rows = self.journal.query_sessions(self.query, limit=PAGE_SIZE)
            self.invoices = self.journal.invoice_numbers(s.uuid for s in self._rows)
            self.diary = {}
            for entry in self.journal.mood_entries():
                self.diary.setdefault(entry.day, []).append(entry)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        has_more = len(self._rows) < self._total
        return not parent.isValid() and self.journal is not None and has_more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch(PAGE_SIZE)

    def fetch_all(self) -> None:
        """Load every row not loaded yet, in one read (to show the last session)."""
        self._fetch(self._total - len(self._rows))

    def _fetch(self, count: int) -> None:
        if self.journal is None or self.query is None or count <= 0:
            return
        more = self.journal.query_sessions(self.query, limit=count, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.invoices.update(self.journal.invoice_numbers(s.uuid for s in more))
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    @property
    def total(self) -> int:
        """How many sessions match the filters (loaded or not)."""
        return self._total

    def session_at(self, row: int) -> Session | None:
        """The session shown on ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int:
        """The row showing the session with this uuid, or -1 if not loaded."""
        return next((i for i, s in enumerate(self._rows) if s.uuid == uuid), -1)

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        session = self.session_at(index.row())
        if session is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "mood" and session.mood is None and session.day in self.diary:
                return diary_text(self.diary[session.day])
            if (
                key == "status"
                and session.status is PayStatus.PENDING
                and session.uuid in (self.invoices)
            ):
                return tr("invoiced")
            return _display(session, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("minutes", "pay", "value", "mood"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "value" and session.value is None:
            return QBrush(QColor(tones().attention))
        if role == Qt.ItemDataRole.DecorationRole and key == "title":
            counts = self.comment_counts.get(session.uuid)
            return comment_badge(*counts) if counts else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "mood" and session.day in self.diary:
                return diary_tip(self.diary[session.day])
            if key == "status" and session.uuid in self.invoices:
                return tr("On invoice {number}").format(number=self.invoices[session.uuid])
            converted = pay_tip(session, self.base) if key == "pay" else None
            if converted is not None:
                return converted
            if not session.notes or session.private:
                return None
            # plain text: notes may come from someone else's shared file
            return f"<p style='white-space:pre-wrap'>{html.escape(session.notes[:2000])}</p>"
        if role == Qt.ItemDataRole.UserRole:
            return session.uuid
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if self.query is None or key == "tags":
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=key, descending=descending))


def diary_text(entries: list[MoodEntry]) -> str:
    """The day's diary moods in the mood column: "◦ good" (◦ marks the diary's word)."""
    return "◦ " + ", ".join(e.mood for e in entries[:2]) + ("…" if len(entries) > 2 else "")


def diary_tip(entries: list[MoodEntry]) -> str:
    """What the mood diary says about the day, one line per entry (plain text, escaped)."""
    lines = []
    for e in entries[:8]:
        when = formats.current().time(e.at) + " " if e.at else ""
        acts = f" ({', '.join(e.activities)})" if e.activities else ""
        lines.append(html.escape(f"{when}{e.mood}{acts} {e.note_title}".strip()))
    return tr("Mood diary:") + "<br>" + "<br>".join(lines)


def pay_tip(session: Session, base: str) -> str | None:
    """Pay in another currency than the base, as the insights count it: converted at the
    rate frozen on the session, or why it is not counted."""
    if not session.pay_minor or not base or session.currency == base:
        return None
    fmt = formats.current()
    own = fmt.money(session.pay_minor, session.currency)
    converted = fx.in_base(session.pay_minor, session.currency, session.fx_rate, base)
    if converted is None or session.fx_rate is None:
        return tr("{own}: no exchange rate to {base} yet, so the insights do not count it "
                  "(Edit → Exchange rates…)").format(own=own, base=base)  # fmt: skip
    when = fmt.date(session.fx_day, "medium") if session.fx_day else ""
    text = tr("{own} ≈ {converted} at 1 {base} = {rate} {currency} ({day})").format(
        own=own, converted=fmt.money(converted, base), base=base,
        rate=session.fx_rate, currency=session.currency, day=when,
    )  # fmt: skip
    if session.fx_day is not None and fx.guessed(session.day, session.fx_day):
        text += " — " + tr("a guessed rate, from another day")
    return text


def client_label(session: Session) -> str:
    """The client and, when the session has one, its project: "Acme · Website"."""
    if session.client and session.project:
        return f"{session.client} · {session.project}"
    return session.client or ""


def _display(session: Session, key: str) -> str:
    fmt = formats.current()
    if key == "day":
        return fmt.date(session.day)
    if key == "client":
        return client_label(session)
    if key == "title":
        return session.title
    if key == "minutes":
        return fmt.hours(session.hours)
    if key == "pay":
        return fmt.money(session.pay_minor, session.currency) if session.pay_minor else ""
    if key == "status":
        return tr(STATUS_TEXT[session.status])
    if key == "value":
        return tr("to rate") if session.value is None else str(session.value)
    if key == "mood":
        return "" if session.mood is None else str(session.mood)
    return ", ".join(session.tags)


def style_session_table(table: QTableView) -> None:
    """The session list's look: one line a row, alternating colours, the column widths."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    for i, (key, _label) in enumerate(COLUMNS):
        if key in COLUMN_WIDTHS:
            table.setColumnWidth(i, COLUMN_WIDTHS[key])
    _ColumnFitter(table)


def fit_text_columns(table: QTableView) -> None:
    """Share the width the number columns leave between Client, What and Tags."""
    keys = [key for key, _label in COLUMNS]
    fixed = sum(table.columnWidth(keys.index(key)) for key in COLUMN_WIDTHS)
    room = max(0, table.viewport().width() - fixed)
    taken = 0
    for key, (share, narrowest) in TEXT_SHARES.items():
        width = max(narrowest, int(room * share))
        table.setColumnWidth(keys.index(key), width)
        taken += width
    table.setColumnWidth(keys.index("title"), max(TITLE_MIN_WIDTH, room - taken))


class _ColumnFitter(QObject):
    """Refits the text columns whenever the table's viewport changes size."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            fit_text_columns(self._table)
        return False
