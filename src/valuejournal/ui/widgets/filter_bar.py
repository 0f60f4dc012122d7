"""Search and filters above the session list; emits a SessionQuery when they change."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from valuejournal.core.entities import PayStatus
from valuejournal.core.periods import PeriodKind, period_start, quarter_of, quarter_range
from valuejournal.core.query import SessionQuery
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.parsed_field import FieldProblem

ALL_CLIENTS = "\x00all"
NO_CLIENT = "\x00none"
RANGES = ("all", "week", "month", "quarter", "year", "custom")


def range_for(key: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a named range ("week", "quarter", "year" = last 12 months)."""
    if key == "week":
        return period_start(today, PeriodKind.WEEK), today
    if key == "month":
        return today.replace(day=1), today
    if key == "quarter":
        return quarter_range(quarter_of(today))[0], today
    if key == "year":
        return today - timedelta(days=365), today
    return None, None


class FilterBar(QWidget):
    """Text search, client, pay status, date range and "to rate" filters."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = SessionQuery()
        self._quiet = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles, notes, clients… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search the sessions"))
        self.client = QComboBox()
        self.client.setMinimumContentsLength(14)
        self.status = QComboBox()
        self.status.addItem(tr("Any pay status"), None)
        for status, label in (
            (PayStatus.NONE, tr("Unpaid")),
            (PayStatus.PENDING, tr("Pending")),
            (PayStatus.PAID, tr("Paid")),
        ):
            self.status.addItem(label, status.value)
        self.range = QComboBox()
        labels = (
            tr("All time"),
            tr("This week"),
            tr("This month"),
            tr("This quarter"),
            tr("Last 12 months"),
            tr("Custom…"),
        )
        for key, label in zip(RANGES, labels, strict=True):
            self.range.addItem(label, key)
        self.start = DateField(date.today() - timedelta(days=30))
        self.end = DateField(date.today())
        for edit in (self.start, self.end):
            edit.setVisible(False)
        self.to_rate = QCheckBox(tr("To rate"))
        self.to_rate.setToolTip(tr("Only sessions whose value is not rated yet"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.search,
            self.client,
            self.status,
            self.range,
            self.start,
            self.end,
            self.to_rate,
        ):
            layout.addWidget(w)
        layout.setStretch(0, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.client, self.status, self.range):
            combo.currentIndexChanged.connect(self._emit)
        self.start.textChanged.connect(self._debounce.start)  # typed dates: applied when read
        self.end.textChanged.connect(self._debounce.start)
        self.to_rate.toggled.connect(self._emit)
        self.set_clients([])

    def set_clients(self, names: list[str]) -> None:
        """Offer these clients in the client filter (keeps the current choice if present)."""
        current = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(tr("All clients"), ALL_CLIENTS)
        self.client.addItem(tr("No client"), NO_CLIENT)
        for name in names:
            self.client.addItem(name, name)
        index = self.client.findData(current)
        self.client.setCurrentIndex(max(index, 0))
        self.client.blockSignals(False)

    def query(self) -> SessionQuery:
        """The filters as a query (keeps the current sort order)."""
        return self._query

    def set_sort(self, sort: str, descending: bool) -> None:
        """Remember the table's sort order so filters keep it."""
        self._query = replace(self._query, sort=sort, descending=descending)

    def _emit(self) -> None:
        if self._quiet:
            return
        key = self.range.currentData()
        custom = key == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        if custom:
            start = _typed_day(self.start, self._query.start)
            end = _typed_day(self.end, self._query.end)
        else:
            start, end = range_for(key, date.today())
        client = self.client.currentData()
        self._query = replace(
            self._query,
            text=self.search.text(),
            client=None if client in (ALL_CLIENTS, NO_CLIENT, None) else client,
            no_client=client == NO_CLIENT,
            status=PayStatus(status) if (status := self.status.currentData()) else None,
            start=start,
            end=end,
            unrated_only=self.to_rate.isChecked(),
            uuids=None,
        )
        self.changed.emit(self._query)

    def show_between(self, start: date, end: date) -> None:
        """Clear the other filters and show the days from ``start`` to ``end``."""
        self._quiet = True
        self.search.clear()
        self.client.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.to_rate.setChecked(False)
        self.range.setCurrentIndex(self.range.findData("custom"))
        self.start.set_date(start)
        self.end.set_date(end)
        self._debounce.stop()
        self._quiet = False
        self._emit()

    def show_only(self, uuids: list[str]) -> None:
        """Show exactly these sessions (from a click on a chart); clears other filters."""
        self._quiet = True
        self.search.clear()
        self.client.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.range.setCurrentIndex(0)
        self.to_rate.setChecked(False)
        self._debounce.stop()
        self._quiet = False
        self._query = replace(
            SessionQuery(sort=self._query.sort, descending=self._query.descending),
            uuids=tuple(uuids),
        )
        self.changed.emit(self._query)


def _typed_day(field: DateField, last: date | None) -> date | None:
    """The day typed in a range field; while it is not a date yet, the range stays as it was
    (the field is marked)."""
    try:
        return field.value()  # type: ignore[no-any-return]
    except FieldProblem:
        return last
