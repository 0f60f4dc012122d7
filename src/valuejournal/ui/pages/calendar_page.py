"""The Calendar page: a year of days coloured by value, pay per hour, mood or value minus
pay (core/calendar.py computes the figures), the chosen day's sessions, and a week grid to
back-fill hours for several days at once (ui/widgets/week_grid.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.calendar import CalendarYear, Measure, calendar_year_from_columns
from valuejournal.core.entities import Session
from valuejournal.core.errors import UserError
from valuejournal.core.query import SessionQuery
from valuejournal.ui import dialogs, tasks
from valuejournal.ui.context import JournalContext
from valuejournal.ui.dialogs.session_dialog import SessionDialog
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.theme import is_dark
from valuejournal.ui.widgets.pay_fill import FormChoices
from valuejournal.ui.widgets.thresholds_dialog import load_thresholds
from valuejournal.ui.widgets.week_grid import WeekGrid
from valuejournal.ui.widgets.year_grid import YearGrid, level_colour


def measure_labels() -> list[tuple[Measure, str]]:
    """The colour choices, in the order the box offers them."""
    return [
        (Measure.VALUE, tr("Value created")),
        (Measure.PAY_RATE, tr("Pay per hour")),
        (Measure.MOOD, tr("Mood")),
        (Measure.GAP, tr("Value minus pay")),
    ]


def legend_text(data: CalendarYear | None, measure: Measure) -> tuple[str, str, str]:
    """(low end, high end, explanation) of the legend for ``measure``."""
    fmt = formats.current()
    if measure is Measure.VALUE:
        return "0", "10", tr("Hours-weighted value of the day's rated sessions (0-10).")
    if measure is Measure.MOOD:
        return "1", "5", tr("Mean mood of the day's sessions (1-5).")
    if measure is Measure.PAY_RATE:
        top = data.top_rate if data is not None else None
        high = fmt.rate(top, data.currency) if top and data is not None else "—"
        return (
            fmt.rate(0, data.currency if data else "EUR"),
            high,
            tr("Pay (paid and pending) per hour of the day's work; darkest: the year's best day."),
        )
    median = data.median_rate if data is not None else None
    yardstick = fmt.rate(median, data.currency) if median and data is not None else "—"
    return (
        tr("pay 8× value"),
        tr("value 8× pay"),
        tr(
            "Value and pay on one scale: value ÷ {neutral} (ordinary work = 1) against pay per "
            "hour ÷ your median day rate ({rate} = 1). Grey: paid what the work was worth; "
            "blue: value given beyond the pay; red: pay beyond the value."
        ).format(
            neutral=fmt.decimal(data.neutral_value if data else 5.0, trim=True), rate=yardstick
        ),  # fmt: skip
    )


class Legend(QWidget):
    """A colour bar with the ends' figures and a sentence saying how the colours are made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = Measure.VALUE
        self.bar = _Bar()
        self.low = QLabel()
        self.high = QLabel()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("muted")
        self.explain.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.low)
        row.addWidget(self.bar)
        row.addWidget(self.high)
        row.addSpacing(12)
        row.addWidget(self.explain, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)

    def show_for(self, data: CalendarYear | None, measure: Measure) -> None:
        """Describe ``measure``'s colours (with ``data``'s figures at the ends)."""
        low, high, explain = legend_text(data, measure)
        self.low.setText(low)
        self.high.setText(high)
        self.explain.setText(explain)
        self.bar.measure = measure
        self.bar.update()


class _Bar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.measure = Measure.VALUE
        self.setFixedSize(160, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, self.width(), 0)
        for i in range(11):
            gradient.setColorAt(i / 10, level_colour(i / 10, self.measure, dark=is_dark(self)))
        painter.fillRect(self.rect(), gradient)
        painter.end()


class DaySessions(QTableWidget):
    """The chosen day's sessions; Enter or a double click opens one to edit."""

    open_requested = Signal(str)  # uuid

    def __init__(self) -> None:
        super().__init__(0, 5)
        self.setAccessibleName(tr("The day's sessions"))
        self.setHorizontalHeaderLabels(
            [tr("Client"), tr("Title"), tr("Hours"), tr("Pay"), tr("Value")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 220)
        self.setTabKeyNavigation(False)
        self.itemDoubleClicked.connect(lambda item: self._open(item.row()))
        self.uuids: list[str] = []

    def show_sessions(self, sessions: list[Session]) -> None:
        """List ``sessions``."""
        fmt = formats.current()
        self.setRowCount(len(sessions))
        self.uuids = [s.uuid for s in sessions]
        for row, s in enumerate(sessions):
            cells = (
                s.client or tr("(no client)"),
                s.title,
                fmt.hours(s.hours),
                fmt.money(s.pay_minor, s.currency) if s.pay_minor else "",
                tr("not rated") if s.value is None else str(s.value),
            )
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
        if sessions:
            self.selectRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._open(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.uuids):
            self.open_requested.emit(self.uuids[row])


@dataclass(frozen=True)
class _Snapshot:
    data: CalendarYear
    choices: FormChoices


class CalendarPage(QWidget):
    """The year at a glance; the day's sessions; back-fill a week."""

    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: CalendarYear | None = None
        self.choices = FormChoices()
        self.day: date | None = None
        self.grid = YearGrid()
        self.grid.day_activated.connect(self.show_day)
        self.year_box = QSpinBox()
        self.grid.year_step.connect(self.year_box.stepBy)
        self.year_box.setRange(1990, 2200)
        self.year_box.setValue(self.grid.year)
        self.year_box.setAccessibleName(tr("Year"))
        self.year_box.valueChanged.connect(lambda _y: self.reload())
        previous = QPushButton("◀")
        previous.setToolTip(tr("Year before (Page Up)"))
        previous.clicked.connect(lambda: self.year_box.stepBy(-1))
        following = QPushButton("▶")
        following.setToolTip(tr("Year after (Page Down)"))
        following.clicked.connect(lambda: self.year_box.stepBy(1))
        today = QPushButton(tr("Today"))
        today.clicked.connect(self.go_today)
        for button in (previous, following, today):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.measure_box = QComboBox()
        for measure, label in measure_labels():
            self.measure_box.addItem(label, measure.value)
        self.measure_box.currentIndexChanged.connect(self._measure_changed)
        self.legend = Legend()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Year")))
        controls.addWidget(previous)
        controls.addWidget(self.year_box)
        controls.addWidget(following)
        controls.addWidget(today)
        controls.addSpacing(16)
        colour_label = QLabel(tr("&Colour by"))
        colour_label.setBuddy(self.measure_box)
        controls.addWidget(colour_label)
        controls.addWidget(self.measure_box)
        controls.addStretch(1)
        self.day_title = QLabel()
        self.day_title.setObjectName("sectionTitle")
        self.day_sessions = DaySessions()
        self.day_sessions.open_requested.connect(self.edit_session)
        year_tab = QWidget()
        year_layout = QVBoxLayout(year_tab)
        year_layout.addLayout(controls)
        year_layout.addWidget(self.grid)
        year_layout.addWidget(self.legend)
        year_layout.addWidget(self.day_title)
        year_layout.addWidget(self.day_sessions, 1)
        self.week = WeekGrid(self._save_week)
        self.week.saved.connect(self._week_saved)
        self.tabs = QTabWidget()
        self.tabs.addTab(year_tab, tr("&Year"))
        self.tabs.addTab(self.week, tr("&Week grid (back-fill)"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.legend.show_for(None, Measure.VALUE)
        context.journal_changed.connect(self.reload)
        self.reload()

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the year's figures off the GUI thread (the latest read wins)."""
        journal = self.context.journal
        year = self.year_box.value()
        thresholds = load_thresholds()

        def read() -> _Snapshot:
            from valuejournal.core.insights.cache import ColumnCache

            base = journal.info().base_currency
            cache = ColumnCache(journal.insight_rows(), base)
            clients = journal.list_clients()
            data = calendar_year_from_columns(
                cache.columns, year, clients, currency=base, thresholds=thresholds
            )
            return _Snapshot(data, FormChoices.of(clients, journal.list_projects()))

        tasks.run(read, owner=self, key="year", title=tr("Reading the calendar"),
                  on_done=self._loaded)  # fmt: skip

    def _loaded(self, snapshot: _Snapshot) -> None:
        self.data = snapshot.data
        self.choices = snapshot.choices
        self.week.set_choices(snapshot.choices)
        self.grid.set_data(snapshot.data)
        self.legend.show_for(self.data, self.measure())
        day = self.day if self.day and self.day.year == snapshot.data.year else None
        self.show_day(day or self.grid.current)
        self.loaded.emit()

    def measure(self) -> Measure:
        """What the days are coloured by."""
        return Measure(self.measure_box.currentData())

    def set_measure(self, measure: Measure) -> None:
        """Colour by ``measure`` (as choosing it in the box)."""
        self.measure_box.setCurrentIndex(self.measure_box.findData(measure.value))

    def _measure_changed(self) -> None:
        self.grid.set_measure(self.measure())
        self.legend.show_for(self.data, self.measure())

    def go_today(self) -> None:
        """Show this year with the keyboard on today."""
        today = date.today()
        self.year_box.setValue(today.year)
        self.grid.set_current(today)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the day -------------------------------------------------------------------------
    def show_day(self, day: date) -> None:
        """List ``day``'s sessions below the grid."""
        self.day = day
        sessions = self.context.journal.query_sessions(
            SessionQuery(start=day, end=day, descending=False)
        )
        fmt = formats.current()
        hours = sum(s.hours for s in sessions)
        self.day_title.setText(
            f"{fmt.weekday(day, 'wide')}, {fmt.date(day, 'long')}: "
            f"{trn('%n session(s)', len(sessions))}, {fmt.hours(hours, trim=True)} h"
        )
        self.day_sessions.show_sessions(sessions)

    def edit_session(self, uuid: str) -> None:
        """Open one of the day's sessions in the edit dialog; save the change (undoable)."""
        if self.context.read_only:
            return
        before = self.context.journal.get_session(uuid)
        if before is None:
            return
        after = SessionDialog.ask(self, before, self.choices.clients, self.choices)
        if after is None or after == before:
            return
        try:
            self.context.update_session(before, after)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save"), str(exc))

    # -- the week grid -------------------------------------------------------------------
    def _tab_shown(self, index: int) -> None:
        """Typing starts where each tab's work is: the grid's days, the week's first row."""
        if self.tabs.widget(index) is self.week:
            self.week.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_week(self, sessions: list[Session]) -> None:
        if self.context.read_only:
            raise UserError(tr("This journal is open read-only."))
        label = tr("Back-fill {sessions} of the week of {day}").format(
            sessions=trn("%n session(s)", len(sessions)),
            day=formats.current().date(self.week.monday),
        )
        self.context.add_sessions(sessions, label)

    def _week_saved(self, count: int) -> None:
        self.status_message.emit(tr("Saved {sessions}.").format(
            sessions=trn("%n session(s)", count)))  # fmt: skip
