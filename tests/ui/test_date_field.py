"""Typing dates: ISO over any part of the text, the locale's short form, words, offsets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.helpers.keys import activate
from valuejournal.core import formats
from valuejournal.ui.i18n import apply_locale
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
    assert widget.hasFocus() and widget.selectedText() == formats.current().field_date(
        widget.value()
    )
    yield widget  # (the window lives until the test ends)


def select_part(qtbot, field: DateField, part: str) -> None:
    """Select the year, month or day of "01/12/2026" with the keyboard, or all of it."""
    start, length = {"all": (0, 10), "year": (6, 4), "month": (3, 2), "day": (0, 2)}[part]
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
    assert field.text() == "29/11/2026"  # written back as the date understood, as the locale
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
    assert field.text() == expected.strftime("%d/%m/%Y")


@pytest.fixture
def german() -> Iterator[None]:
    apply_locale("de_DE")  # Settings → Numbers and dates (the conftest puts it back)
    yield


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
    assert field.text() == "02/12/2026"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_alt_down_opens_a_calendar_and_enter_chooses(qtbot, field: DateField) -> None:
    from PySide6.QtWidgets import QApplication, QCalendarWidget

    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget()
    assert isinstance(calendar, QCalendarWidget)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert field.value() == date(2026, 11, 30)


@pytest.fixture
def speaking() -> Iterator[object]:
    """Speak a language (and its locale's dates) for one test; English after."""
    from valuejournal.ui.i18n import set_language

    def speak(language: str, locale: str) -> None:
        set_language(language)
        apply_locale(locale)

    yield speak
    set_language("en")


@pytest.mark.parametrize(
    ("locale", "shown", "typed"),
    [
        ("es_ES", "2/12/2026", "02/12/2026"),
        ("fr_FR", "02/12/2026", "02/12/2026"),
        ("en_US", "12/2/2026", "12/02/2026"),
        ("de_DE", "02.12.2026", "2.12.2026"),
        ("sv_SE", "2026-12-02", "2026-12-2"),
    ],
)
def test_the_field_shows_and_reads_the_locales_short_date(
    qtbot, locale: str, shown: str, typed: str
) -> None:
    apply_locale(locale)
    field = DateField(date(2026, 12, 2))
    qtbot.addWidget(field)
    assert field.text() == shown
    assert field.value() == date(2026, 12, 2)
    for text, day in ((typed, date(2026, 12, 2)), ("2026-11-05", date(2026, 11, 5))):
        field.selectAll()
        qtbot.keyClicks(field, text)  # the locale's order, and ISO in every locale
        assert field.value() == day
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == formats.current().field_date(day)


def test_a_shown_date_keeps_its_day_when_the_locale_changes(qtbot) -> None:
    apply_locale("en_GB")
    field = DateField(date(2026, 11, 5))
    qtbot.addWidget(field)
    assert field.text() == "05/11/2026"
    apply_locale("en_US")  # Settings changed under an open form: 05/11 would be May 11
    assert field.value() == date(2026, 11, 5)


@pytest.mark.parametrize(
    ("language", "locale", "words"),
    [
        ("es", "es_ES", {"hoy": 0, "ayer": -1, "mañana": 1, "lun": None}),
        ("fr", "fr_FR", {"aujourd'hui": 0, "aujourd\u2019hui": 0, "hier": -1, "lun.": None}),
    ],
)
def test_words_in_the_persons_language(qtbot, speaking, language, locale, words) -> None:
    speaking(language, locale)
    field = DateField(date(2026, 12, 1))
    qtbot.addWidget(field)
    for typed, offset in words.items():
        field.setText(typed)
        expected = (
            TODAY - timedelta(TODAY.weekday()) if offset is None else TODAY + timedelta(offset)
        )
        assert field.value() == expected, typed
    field.setText("yesterday")  # English words are still read
    assert field.value() == TODAY - timedelta(days=1)
    field.setText("31/02/2026")
    with pytest.raises(FieldProblem) as problem:
        field.value()
    assert str(problem.value) == {
        "es": "ese día no existe: 31/02/2026", "fr": "ce jour n’existe pas : 31/02/2026"
    }[language]  # fmt: skip
    assert formats.current().field_date(TODAY) in field.toolTip()
    assert {"es": "hoy", "fr": "aujourd’hui"}[language] in field.toolTip()


@pytest.mark.parametrize(
    ("language", "locale", "typed", "shown"),
    [
        ("es", "es_ES", "05/11/2026", "5/11/2026"),
        ("fr", "fr_FR", "05/11/2026", "05/11/2026"),
        ("en", "en_US", "11/05/2026", "11/5/2026"),
    ],
)
def test_the_quick_entry_saves_the_date_typed_in_the_locales_form(
    qtbot, journal_path, language: str, locale: str, typed: str, shown: str
) -> None:
    from tests.helpers.keys import focused, press, type_text
    from tests.helpers.windows import open_window
    from valuejournal import settings
    from valuejournal.store.journal import Journal
    from valuejournal.ui.i18n import set_language

    settings.update(language=language, locale=locale)  # the window's start reads them
    try:
        window = open_window(qtbot, journal_path)
        qtbot.waitUntil(lambda: activate(window), timeout=10000)
        page = window.pages["journal"]
        assert page.entry.day.text() == formats.current().field_date(TODAY)
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert focused() is page.entry.day
        type_text(qtbot, typed)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "2")
        press(qtbot, Qt.Key.Key_Return)
        with Journal.open(journal_path) as journal:
            (row,) = journal.all_sessions()
        assert (row.day, row.minutes) == (date(2026, 11, 5), 120)
        assert page.entry.day.text() == shown  # kept for the next session, as the locale
        page.entry.day.selectAll()
        page.entry.day.setFocus()
        type_text(qtbot, "31/02/2026")
        press(qtbot, Qt.Key.Key_Return)
        said = {"es": "Fecha: ese día no existe: 31/02/2026",
                "fr": "Date : ce jour n’existe pas : 31/02/2026",
                "en": "Date: there is no such day: 31/02/2026"}[language]  # fmt: skip
        assert page.entry.error_label.text() == said
        window.close()
    finally:
        set_language("en")
