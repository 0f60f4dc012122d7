"""A free-text date field: type the locale's short form, 2026-11-29, today, -1 or mon.

QDateEdit's sections jump ahead while one types, so a typed "2026-11-29" became 2026-11-11.
Here the text is read as a whole by `core.dates.read_day` in the order of the locale's short
date (``formats.day_order``: 02/12/2026 is 2 December in es and fr, 12/2/2026 in en_US), with
the locale's weekday names and the words for today, yesterday and tomorrow in the person's
language as well as English; the note shows the date understood ("Sun 29 Nov 2026"); leaving
the field writes that date back in the locale's short form with the whole year
(``formats.field_date``). Up/Down step a day, Alt+Down (or the calendar button) opens a
calendar.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from valuejournal.core import formats
from valuejournal.core.dates import DateMissing, NoSuchDay, read_day
from valuejournal.core.periods import DateError
from valuejournal.ui.i18n import tr
from valuejournal.ui.qdates import from_qdate, to_qdate
from valuejournal.ui.widgets.parsed_field import FieldProblem, ParsedField


def locale_weekdays(fmt: formats.Formats) -> dict[str, int]:
    """The locale's weekday names, short and long, lower case, Monday = 0."""
    names: dict[str, int] = {}
    for width in ("abbreviated", "wide"):
        for day, name in enumerate(fmt.weekday_names(width)):
            names[name.strip(".").lower()] = day
    return names


def day_words() -> dict[str, int]:
    """Today, yesterday and tomorrow in the person's language (English is always read)."""
    return {tr("today"): 0, tr("yesterday"): -1, tr("tomorrow"): 1}


def help_text() -> str:
    """What the field reads, with today in the locale's form as the example."""
    example = formats.current().field_date(date.today())
    return tr("a date like {example}, today, yesterday, -1 or mon").format(example=example)


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#666"), 1.2))
    painter.drawRect(2, 3, 12, 11)
    painter.fillRect(2, 3, 13, 3, QColor("#666"))
    for x in (5, 8, 11):
        for y in (8, 11):
            painter.drawPoint(x, y)
    painter.end()
    return QIcon(pixmap)


class DateField(ParsedField):
    """A day; `value()` is a `datetime.date`."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(formats.current().field_date(date(2026, 12, 31)), parent)
        self._outside: tuple[str, str] | None = None
        self._calendar: QCalendarWidget | None = None
        self._shown: tuple[str, date] | None = None  # the text set_date wrote, and its day
        self.setToolTip(
            tr("Type {help}; Up/Down: a day; Alt+Down: calendar").format(help=help_text())
        )
        button = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        button.setToolTip(tr("Choose from a calendar (Alt+Down)"))
        button.setText(tr("Choose from a calendar (Alt+Down)"))  # its button's accessible name
        button.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._write_back)
        self.set_date(day or date.today())

    def parse(self, text: str) -> date:
        """The day the text names; FieldProblem when it names none. The text the field
        wrote itself is its day, whatever the locale is now."""
        if self._shown is not None and text == self._shown[0]:
            return self._shown[1]
        try:
            return self._read(text)
        except DateError as whole:
            typed = self._typed_part(text)
            if typed is not None:
                try:
                    return self._read(typed)
                except DateError:
                    pass
            raise _problem(whole, text) from None

    def _read(self, text: str) -> date:
        fmt = formats.current()
        return read_day(
            text,
            today=date.today(),
            order=fmt.day_order(),
            weekdays=locale_weekdays(fmt),
            words=day_words(),
        )

    def describe(self, value: date) -> str:
        """The day in words as the locale writes it: "Sun 29 Nov 2026", "So. 29.11.2026"."""
        fmt = formats.current()
        return f"{fmt.weekday(value)} {fmt.date(value, 'medium')}"

    def step(self, value: date, steps: int) -> str | None:
        """A day per step."""
        return formats.current().field_date(value + timedelta(days=steps))

    def set_date(self, day: date) -> None:
        """Show a day (the locale's short form, whole year)."""
        self._outside = None
        text = formats.current().field_date(day)
        self._shown = (text, day)
        self.setText(text)

    # -- typing a whole date over part of one ---------------------------------------------
    def _typed_part(self, text: str) -> str | None:
        """What was typed over a selected part of the text, if it still sits between the rest."""
        if self._outside is None:
            return None
        before, after = self._outside
        if len(text) < len(before) + len(after) or not text.startswith(before):
            return None
        if not text.endswith(after):
            return None
        return text[len(before) : len(text) - len(after)]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Remember what lies around a partial selection typed over; Alt+Down: calendar."""
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            event.accept()
            return
        selected = self.selectedText()
        if event.text().isprintable() and event.text() and selected:
            start = self.selectionStart()
            whole = selected == self.text()
            self._outside = (
                None if whole else (self.text()[:start], self.text()[start + len(selected) :])
            )
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """A new visit starts a new edit."""
        self._outside = None
        super().focusInEvent(event)

    def _write_back(self) -> None:
        try:
            day = self.value()
        except FieldProblem:
            return
        if self.text() != formats.current().field_date(day):
            self.set_date(day)

    # -- calendar ---------------------------------------------------------------------------
    def open_calendar(self) -> None:
        """Pick the day from a calendar under the field (Enter or a click chooses it)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.activated.connect(self._chosen)
            self._calendar.clicked.connect(self._chosen)
        calendar = self._calendar
        try:
            calendar.setSelectedDate(to_qdate(self.value()))
        except FieldProblem:
            calendar.setSelectedDate(QDate.currentDate())
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()

    def _chosen(self, day: QDate) -> None:
        self.set_date(from_qdate(day))
        self.textEdited.emit(self.text())
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()


def _problem(error: DateError, text: str) -> FieldProblem:
    """What the field says about a text that names no day, in the person's language."""
    shown = text.strip()
    if isinstance(error, DateMissing):
        return FieldProblem(
            tr("the date is missing: type {help}").format(help=help_text()), tr("not a date")
        )
    if isinstance(error, NoSuchDay):
        return FieldProblem(
            tr("there is no such day: {text}").format(text=shown), tr("no such day")
        )
    return FieldProblem(
        tr("not a date: {text} (type {help})").format(text=shown, help=help_text()),
        tr("not a date"),
    )
