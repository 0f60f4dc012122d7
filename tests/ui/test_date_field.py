"""Typing dates: ISO over any part of the text, the locale's short form, words, offsets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.helpers.keys import activate
from valuejournal.core import formats
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.parsed_field import FieldProblem

SHIFT = Qt.KeyboardModifier.ShiftModifier
TODAY = date.today()


@pytest.fixture
def field(qtbot) -> Iterator[DateField]:
    """A date field after another field in a window; Tab has moved into it."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit()
    widget = DateField(date(2026, 12, 1))
    layout.addWidget(before)
    layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert widget.hasFocus() and widget.selectedText() == "2026-12-01"
    yield widget  # (the window lives until the test ends)


def select_part(qtbot, field: DateField, part: str) -> None:
    """Select the year, month or day of "2026-12-01" with the keyboard, or all of it."""
    start, length = {"all": (0, 10), "year": (0, 4), "month": (5, 2), "day": (8, 2)}[part]
    qtbot.keyClick(field, Qt.Key.Key_Home)
    for _ in range(start):
        qtbot.keyClick(field, Qt.Key.Key_Right)
    for _ in range(length):
        qtbot.keyClick(field, Qt.Key.Key_Right, SHIFT)
    assert len(field.selectedText()) == length


@pytest.mark.parametrize("part", ["all", "year", "month", "day"])
@pytest.mark.parametrize("leave", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_iso_typed_over_any_part_gives_that_date(qtbot, field: DateField, part: str, leave) -> None:
    select_part(qtbot, field, part)
    qtbot.keyClicks(field, "2026-11-29")
    assert field.value() == date(2026, 11, 29)
    qtbot.keyClick(field, leave)
    assert field.text() == "2026-11-29"  # written back as the date understood
    assert field.value() == date(2026, 11, 29)
    assert field.note.full_text() == "Sun 29 Nov 2026"  # the tests' locale: British English


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("today", TODAY),
        ("yesterday", TODAY - timedelta(days=1)),
        ("-1", TODAY - timedelta(days=1)),
        ("-7", TODAY - timedelta(days=7)),
        ("mon", TODAY - timedelta(days=TODAY.weekday())),
        ("20261129", date(2026, 11, 29)),
    ],
)
def test_words_and_offsets(qtbot, field: DateField, typed: str, expected: date) -> None:
    qtbot.keyClicks(field, typed)
    shown = formats.current()
    assert field.note.full_text() == f"{shown.weekday(expected)} {shown.date(expected, 'medium')}"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == expected.isoformat()


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_the_locales_short_form(qtbot, field: DateField) -> None:
    short = QLocale().toString(QDate(2026, 11, 29), QLocale.FormatType.ShortFormat)
    qtbot.keyClicks(field, short)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == date(2026, 11, 29)


@pytest.mark.parametrize("typed", ["29.11.26", "29.11.2026", "29.11.", "2026-11-29", "So"])
def test_a_german_short_form(qtbot, german: None, field: DateField, typed: str) -> None:
    qtbot.keyClicks(field, typed)
    expected = date(2026, 11, 29) if typed != "So" else TODAY - timedelta((TODAY.weekday() + 1) % 7)
    assert field.value() == expected


@pytest.mark.parametrize("typed", ["abc", "2026-02-30", "32"])
def test_not_a_date_is_kept_and_named(qtbot, field: DateField, typed: str) -> None:
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == typed
    with pytest.raises(FieldProblem):
        field.value()
    assert field.note.property("problem") and field.property("invalid")


def test_up_and_down_step_a_day(qtbot, field: DateField) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == date(2026, 11, 30)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "2026-12-02"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_alt_down_opens_a_calendar_and_enter_chooses(qtbot, field: DateField) -> None:
    from PySide6.QtWidgets import QApplication, QCalendarWidget

    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget()
    assert isinstance(calendar, QCalendarWidget)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert field.value() == date(2026, 11, 30)
