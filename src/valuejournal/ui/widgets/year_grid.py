"""A year of days as a grid (one column per week, Monday on top), coloured by a measure.

The levels come from `core.calendar.CalendarYear`; here they become colours: a sequential
ramp (light to dark green) for value, pay rate and mood, and a diverging one for value minus
pay (red: pay above value, grey: even, blue: value above pay). Arrows move the current day,
Home/End go to the year's first/last day, Enter or a click opens it (`day_activated`); the
tooltip gives the day's figures; today has a frame in the text colour. In the dark theme
the days without work or without a figure are dark greys and the ramp runs from a dark to a
bright green (more is brighter, as in light more is darker), so the year does not glare.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from valuejournal.core import formats
from valuejournal.core.calendar import (
    CalendarYear,
    DayFigures,
    Measure,
    grid_columns,
    grid_position,
)
from valuejournal.core.calendar import week_start as monday_of
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.theme import is_dark

EMPTY = QColor("#ebedf0")  # a day without work
NO_FIGURE = QColor("#d0d4da")  # work, but nothing to colour by (e.g. not rated)
LOW = QColor("#e6f4ea")
HIGH = QColor("#1b5e20")
GAP_PAY = QColor("#c62828")  # pay above value
GAP_EVEN = QColor("#9e9e9e")  # darker than a day without work or without a figure
GAP_VALUE = QColor("#1565c0")  # value above pay
DARK_EMPTY = QColor("#383b40")  # the same roles on the dark theme's window (#2b2d30)
DARK_NO_FIGURE = QColor("#5a5e65")
DARK_LOW = QColor("#21402b")
DARK_HIGH = QColor("#5fd07a")
MAX_CELL = 16  # the cells grow with the width, between these
MIN_CELL = 8
GAP = 3
LEFT = 34
TOP = 18


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour ``t`` (0..1) of the way from ``a`` to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def level_colour(
    level: float | None, measure: Measure, *, worked: bool = True, dark: bool = False
) -> QColor:
    """The colour of a day at ``level`` on ``measure`` (None: no figure), on a light or a
    dark window."""
    if not worked:
        return DARK_EMPTY if dark else EMPTY
    if level is None:
        return DARK_NO_FIGURE if dark else NO_FIGURE
    if measure is Measure.GAP:
        if level < 0.5:
            return mix(GAP_PAY, GAP_EVEN, level * 2)
        return mix(GAP_EVEN, GAP_VALUE, (level - 0.5) * 2)
    return mix(DARK_LOW, DARK_HIGH, level) if dark else mix(LOW, HIGH, level)


def describe_day(figures: DayFigures | None, day: date, currency: str) -> str:
    """The tooltip's text: the day and its figures."""
    fmt = formats.current()
    head = f"{fmt.weekday(day, 'wide')}, {fmt.date(day, 'long')}"
    if figures is None:
        return f"{head}\n{tr('Nothing logged')}"
    lines = [
        head,
        tr("{sessions}, {h} h").format(
            sessions=trn("%n session(s)", figures.sessions), h=fmt.hours(figures.hours, trim=True)
        ),
        tr("Pay: {pay}").format(pay=fmt.money(figures.pay_minor, currency)),
    ]
    if figures.pay_rate is not None:
        lines.append(tr("Pay per hour: {r}").format(r=fmt.rate(figures.pay_rate, currency)))
    value = tr("not rated") if figures.value is None else fmt.decimal(figures.value)
    lines.append(tr("Value: {v}").format(v=value))
    if figures.mood is not None:
        lines.append(tr("Mood: {m}").format(m=fmt.decimal(figures.mood)))
    if figures.gap is not None:
        lines.append(
            tr("Value minus pay: {g} (value ×{v}, pay ×{p})").format(
                g=fmt.decimal(figures.gap, 2),
                v=fmt.decimal(figures.value_index or 0.0, 2),
                p=fmt.decimal(figures.pay_index or 0.0, 2),
            )
        )
    return "\n".join(lines)


class YearGrid(QWidget):
    """The days of one year; ``current`` is the day the keyboard is on."""

    day_activated = Signal(object)  # date
    current_changed = Signal(object)  # date
    year_step = Signal(int)  # Page Up: -1, Page Down: +1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Year calendar"))
        self.today = date.today()
        self.data: CalendarYear | None = None
        self.year = self.today.year
        self.measure = Measure.VALUE
        self.current = self.today

    # -- state ---------------------------------------------------------------------------
    def set_data(self, data: CalendarYear) -> None:
        """Show ``data``'s year (the current day moves into it if it was elsewhere)."""
        self.data = data
        if data.year != self.year:
            self.year = data.year
            self.set_current(_same_day_in(self.current, data.year))
        self.update()

    def set_measure(self, measure: Measure) -> None:
        """Colour the days by ``measure``."""
        self.measure = measure
        self.update()

    def set_current(self, day: date) -> None:
        """Put the keyboard on ``day`` (within the shown year)."""
        day = max(date(self.year, 1, 1), min(date(self.year, 12, 31), day))
        if day != self.current:
            self.current = day
            self.current_changed.emit(day)
            self.update()

    def colour_of(self, day: date) -> QColor:
        """The colour ``day`` is painted in."""
        data = self.data
        dark = is_dark(self)
        if data is None or data.year != day.year:
            return DARK_EMPTY if dark else EMPTY
        level = data.level(day, self.measure)
        return level_colour(level, self.measure, worked=day in data.days, dark=dark)

    # -- geometry ------------------------------------------------------------------------
    def step(self, width: int | None = None) -> int:
        """A cell and its gap, in pixels: the year fills the width (within the cell sizes)."""
        room = (self.width() if width is None else width) - LEFT - 4
        return max(MIN_CELL + GAP, min(MAX_CELL + GAP, room // grid_columns(self.year)))

    def cell_rect(self, day: date) -> QRect:
        """Where ``day``'s cell lies in the widget."""
        column, row = grid_position(day)
        step = self.step()
        return QRect(LEFT + column * step, TOP + row * step, step - GAP, step - GAP)

    def day_at(self, point: QPoint) -> date | None:
        """The day under ``point``, or None."""
        step = self.step()
        column = (point.x() - LEFT) // step
        row = (point.y() - TOP) // step
        if point.x() < LEFT or point.y() < TOP or not 0 <= row < 7:
            return None
        day = monday_of(date(self.year, 1, 1)) + timedelta(days=7 * column + row)
        return day if day.year == self.year and self.cell_rect(day).contains(point) else None

    def sizeHint(self) -> QSize:
        step = MAX_CELL + GAP
        return QSize(LEFT + grid_columns(self.year) * step + 4, TOP + 7 * step + 4)

    def minimumSizeHint(self) -> QSize:
        step = MIN_CELL + GAP
        return QSize(LEFT + grid_columns(self.year) * step + 4, TOP + 7 * step + 4)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return TOP + 7 * self.step(width) + 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setFixedHeight(self.heightForWidth(event.size().width()))

    # -- Qt ------------------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        fmt = formats.current()
        painter.setPen(self.palette().color(self.foregroundRole()))
        months = fmt.month_names()
        for month in range(1, 13):
            rect = self.cell_rect(date(self.year, month, 1))
            painter.drawText(rect.x(), TOP - 5, months[month - 1])
        names = fmt.weekday_names()
        step = self.step()
        for row in (0, 2, 4):
            painter.drawText(2, TOP + row * step + step - GAP - 3, names[row])
        day = date(self.year, 1, 1)
        while day.year == self.year:
            rect = self.cell_rect(day)
            painter.fillRect(rect, self.colour_of(day))
            if day == self.today:
                painter.setPen(QPen(self.palette().color(self.foregroundRole()), 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            if day == self.current and self.hasFocus():
                painter.setPen(QPen(QColor("#ff8f00"), 2))
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            elif day == self.current:
                painter.setPen(QPen(QColor("#757575"), 1))
                painter.drawRect(rect.adjusted(-1, -1, 0, 0))
            day += timedelta(days=1)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move a day (left/right: a week; up/down: a day), Home/End, Page Up/Down
        switch the year, Enter opens the day."""
        key = Qt.Key(event.key())
        steps = {Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key in steps:
            self.set_current(self.current + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_Home:
            self.set_current(date(self.year, 1, 1))
        elif key == Qt.Key.Key_End:
            self.set_current(date(self.year, 12, 31))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.year_step.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_current(day)
            self.day_activated.emit(day)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip_for(day), self)
            return True
        return super().event(event)

    def tooltip_for(self, day: date) -> str:
        """The figures shown on hover over ``day``."""
        data = self.data
        figures = data.days.get(day) if data is not None else None
        return describe_day(figures, day, data.currency if data is not None else "EUR")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


def _same_day_in(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return date(year, 2, 28)
