"""The quick entry typed as a person types: real keys, then the rows in the journal file.

Ctrl+N puts the cursor in Hours; Tab and Shift+Tab move between fields; Enter saves. Every
test asserts what the journal file holds (or that it holds nothing new) and what the person
is told; no test sets a widget's value directly.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.keys import activate, back_to, focused, on_modal, press, press_in, type_text
from valuejournal.core import formats
from valuejournal.core.entities import PayStatus, Session
from valuejournal.store.journal import Journal

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return
SHIFT = Qt.KeyboardModifier.ShiftModifier


def stored(path: Path) -> list[Session]:
    with Journal.open(path) as journal:
        return sorted(journal.all_sessions(), key=lambda s: s.created_at)


@pytest.fixture
def page(qtbot, main_window):
    """The Journal page with the window active and the cursor in Hours (Ctrl+N)."""
    main_window.activateWindow()
    qtbot.waitUntil(lambda: activate(main_window), timeout=10000)
    journal_page = main_window.pages["journal"]
    qtbot.keyClick(journal_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is journal_page.entry.hours
    return journal_page


def fill(qtbot, *steps: str) -> None:
    """Type each step into the focused field, pressing Tab between steps ("" skips a field)."""
    for i, text in enumerate(steps):
        if i:
            press(qtbot, TAB)
        type_text(qtbot, text)


def test_every_field_typed_with_tab_lands_in_the_row(qtbot, page, journal_path) -> None:
    entry = page.entry
    press(qtbot, TAB, SHIFT)
    assert focused() is entry.day
    order = [entry.hours, entry.client, entry.title, entry.project, entry.value, entry.pay,
             entry.status, entry.paid_on, entry.mood, entry.energy, entry.stress]  # fmt: skip
    texts = ["1:30", "Green Commons Foundation", "Board pack", "Annual report", "8",
             "1.234,50", "pa", "2026-11-30", "4", "3", "2"]  # fmt: skip
    type_text(qtbot, "2026-11-29")
    for field, text in zip(order, texts, strict=True):
        press(qtbot, TAB)
        assert focused() is field
        type_text(qtbot, text)
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.day, row.minutes, row.client, row.title, row.value) == (
        date(2026, 11, 29), 90, "Green Commons Foundation", "Board pack", 8)  # fmt: skip
    assert row.project == "Annual report"  # a new project under the client
    assert (row.pay_minor, row.currency, row.status, row.paid_on) == (
        123450, "EUR", PayStatus.PAID, date(2026, 11, 30))  # fmt: skip
    assert (row.mood, row.energy, row.stress) == (4, 3, 2)
    assert entry.error_label.text() == ""
    assert focused() is entry.hours  # ready for the next one


@pytest.mark.parametrize(
    ("typed", "minutes"), [("1.5", 90), ("1,5", 90), ("1:30", 90), ("0:45", 45), ("24", 1440)]
)
@pytest.mark.parametrize("leave", ["tab", "enter"])
def test_hours_are_saved_as_typed(qtbot, page, journal_path, typed, minutes, leave) -> None:
    type_text(qtbot, typed)
    if leave == "tab":
        press(qtbot, TAB)
        assert page.entry.hours.text() == typed
    press(qtbot, ENTER)
    assert [s.minutes for s in stored(journal_path)] == [minutes]


@pytest.mark.parametrize(
    ("typed", "words"), [("30", "more than 24 hours"), ("25", "more than 24 hours"),
                         ("abc", "not hours"), ("0", "more than 0")],
)  # fmt: skip
@pytest.mark.parametrize("leave", ["tab", "enter"])
def test_hours_out_of_range_or_garbage_are_refused(
    qtbot, page, journal_path, typed, words, leave
) -> None:
    fill(qtbot, "2")
    press(qtbot, ENTER)  # one good session first: a refused one must not repeat it
    assert len(stored(journal_path)) == 1
    type_text(qtbot, typed)
    if leave == "tab":
        press(qtbot, TAB)
        assert page.entry.hours.text() == typed  # not replaced on leaving the field
        assert words in page.entry.hours.note.full_text()
        assert words in page.entry.error_label.text()  # said in full under the form too
    press(qtbot, ENTER)
    assert len(stored(journal_path)) == 1
    assert page.entry.hours.text() == typed
    assert words in page.entry.hours.note.full_text()
    assert "Hours" in page.entry.error_label.text() and words in page.entry.error_label.text()


@pytest.mark.parametrize(
    ("field", "typed"),
    [("value", "11"), ("value", "-1"), ("value", "x"), ("value", "2.5"), ("value", "0"),
     ("mood", "6"), ("mood", "0"), ("energy", "6"), ("energy", "x"), ("stress", "11")],
)  # fmt: skip
def test_scores_out_of_range_are_refused(qtbot, page, journal_path, field, typed) -> None:
    low, high = (0, 10) if field == "value" else (1, 5)
    box = getattr(page.entry, field)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, typed)
    press(qtbot, ENTER)
    try:
        number = int(typed)
    except ValueError:
        number = None
    if number is not None and low <= number <= high:
        assert getattr(stored(journal_path)[0], field) == number
        return
    assert stored(journal_path) == []
    assert box.text() == typed  # "11" stays "11"
    assert f"{low} to {high}" in box.note.full_text()


@pytest.mark.parametrize("field", ["value", "mood", "energy", "stress"])
def test_scores_typed_are_saved_and_empty_is_not_rated(qtbot, page, journal_path, field) -> None:
    top = "10" if field == "value" else "5"
    getattr(page.entry, field).setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, top)
    press(qtbot, TAB)
    press(qtbot, ENTER)
    assert getattr(stored(journal_path)[0], field) == int(top)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, ENTER)  # the form was cleared: not rated this time
    assert getattr(stored(journal_path)[1], field) is None


@pytest.mark.parametrize("part", ["all", "year", "month", "day"])
@pytest.mark.parametrize("leave", ["tab", "enter"])
def test_iso_date_typed_over_any_part(qtbot, page, journal_path, part, leave) -> None:
    press(qtbot, TAB, SHIFT)
    today = page.entry.day.text()
    start, length = {"all": (0, 10), "year": (6, 4), "month": (3, 2), "day": (0, 2)}[part]
    press(qtbot, Qt.Key.Key_Home)  # the field shows 02/12/2026 (the tests' British English)
    for _ in range(start):
        press(qtbot, Qt.Key.Key_Right)
    for _ in range(length):
        press(qtbot, Qt.Key.Key_Right, SHIFT)
    assert page.entry.day.selectedText() == today[start : start + length]
    type_text(qtbot, "2026-11-29")
    if leave == "tab":
        press(qtbot, TAB)
    press(qtbot, ENTER)
    assert [s.day for s in stored(journal_path)] == [date(2026, 11, 29)]
    assert page.entry.day.text() == "29/11/2026"  # kept for the next session


@pytest.mark.parametrize(
    ("typed", "back"),
    [("today", 0), ("yesterday", 1), ("-1", 1), ("-3", 3), ("mon", None), ("short", None)],
)
def test_dates_in_words_and_the_locales_short_form(qtbot, page, journal_path, typed, back) -> None:
    from PySide6.QtCore import QDate, QLocale

    today = date.today()
    expected = today - timedelta(days=back if back is not None else today.weekday())
    if typed == "short":
        expected = date(2026, 11, 29)
        typed = QLocale().toString(QDate(expected), QLocale.FormatType.ShortFormat)
    press(qtbot, TAB, SHIFT)
    type_text(qtbot, typed)
    shown = formats.current()
    assert (
        page.entry.day.note.full_text()
        == f"{shown.weekday(expected)} {shown.date(expected, 'medium')}"
    )
    press(qtbot, TAB)
    press(qtbot, ENTER)
    assert [s.day for s in stored(journal_path)] == [expected]


def test_not_a_date_is_refused(qtbot, page, journal_path) -> None:
    press(qtbot, TAB, SHIFT)
    type_text(qtbot, "2026-11-31")
    press(qtbot, ENTER)
    assert stored(journal_path) == []
    assert page.entry.day.text() == "2026-11-31"
    assert "no such day" in page.entry.day.note.full_text()


def test_a_future_date_asks_once(qtbot, page, journal_path) -> None:
    asked: list[str] = []

    def answer(box) -> None:
        asked.append(box.windowTitle())
        press_in(qtbot, box, Qt.Key.Key_Escape)  # "Change the date"

    press(qtbot, TAB, SHIFT)
    type_text(qtbot, "+2")
    on_modal(qtbot, answer)
    press(qtbot, ENTER)
    assert asked == ["A date in the future"]
    assert stored(journal_path) == []
    back_to(qtbot, page.window())
    assert focused() is page.entry.day  # to change it

    def save(box) -> None:
        asked.append(box.windowTitle())
        press_in(qtbot, box, ENTER)  # the default: save on that date

    on_modal(qtbot, save)
    press(qtbot, ENTER)
    back_to(qtbot, page.window())
    assert len(asked) == 2
    assert [s.day for s in stored(journal_path)] == [date.today() + timedelta(days=2)]
    on_modal(qtbot, lambda box: asked.append("again"))
    press(qtbot, ENTER)  # the same date again: no second question
    qtbot.wait(100)
    assert len(asked) == 2 and len(stored(journal_path)) == 2


def test_paid_on_follows_the_session_date(qtbot, page, journal_path) -> None:
    entry = page.entry
    press(qtbot, TAB, SHIFT)
    type_text(qtbot, "2026-11-20")
    press(qtbot, TAB)
    fill(qtbot, "2", "", "Audit", "", "", "300", "paid")
    assert entry.paid_on.isEnabled() and entry.paid_on.text() == "20/11/2026"
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.status, row.paid_on) == (PayStatus.PAID, date(2026, 11, 20))
    assert entry.error_label.text() == ""
    # the next session on a later day, paid: paid-on is that day, not a stale one
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # "paid" is a new search in the combo
    press(qtbot, TAB, SHIFT)
    type_text(qtbot, "2026-11-25")
    press(qtbot, TAB)
    fill(qtbot, "1", "", "Review", "", "", "100", "paid")
    press(qtbot, ENTER)
    assert stored(journal_path)[1].paid_on == date(2026, 11, 25)


def test_a_typed_paid_on_is_kept_and_checked(qtbot, page, journal_path) -> None:
    entry = page.entry
    press(qtbot, TAB, SHIFT)
    type_text(qtbot, "2026-11-20")
    press(qtbot, TAB)
    fill(qtbot, "2", "", "", "", "", "300", "paid", "2026-11-19")
    press(qtbot, ENTER)
    assert stored(journal_path) == []
    assert "before the session date" in entry.paid_on.note.full_text()
    entry.paid_on.selectAll()
    type_text(qtbot, "2026-11-27")  # fixed: the message goes at once
    assert entry.error_label.text() == "" and not entry.paid_on.property("invalid")
    press(qtbot, ENTER)
    assert stored(journal_path)[0].paid_on == date(2026, 11, 27)


def test_errors_clear_when_fixed_and_never_move_the_layout(qtbot, page, journal_path) -> None:
    entry = page.entry
    table_top = page.table.geometry().top()
    entry_height = entry.height()
    fill(qtbot, "30", "", "", "", "11")
    press(qtbot, ENTER)
    assert stored(journal_path) == []
    assert "Hours" in entry.error_label.text() and "Value" in entry.error_label.text()
    assert (page.table.geometry().top(), entry.height()) == (table_top, entry_height)
    entry.hours.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "3")  # fixed: its message goes, the other stays
    assert "Hours" not in entry.error_label.text() and "Value" in entry.error_label.text()
    assert not entry.hours.property("invalid") and entry.value.property("invalid")
    for _ in range(4):  # client, what, project, value
        press(qtbot, TAB)
    assert focused() is entry.value
    type_text(qtbot, "7")
    assert entry.error_label.text() == ""
    assert (page.table.geometry().top(), entry.height()) == (table_top, entry_height)
    press(qtbot, ENTER)
    assert [(s.minutes, s.value) for s in stored(journal_path)] == [(180, 7)]


@pytest.mark.parametrize("typed", ["12x", "-5", "abc"])
def test_pay_that_is_not_an_amount_is_refused(qtbot, page, journal_path, typed) -> None:
    fill(qtbot, "1", "", "", "", "", typed)
    press(qtbot, ENTER)
    assert stored(journal_path) == []
    assert page.entry.pay.text() == typed
    assert "amount" in page.entry.pay.note.full_text()


@pytest.mark.parametrize(("typed", "minor"), [("450", 45000), ("1,234.50", 123450), ("12,5", 1250)])
def test_pay_typed_makes_the_session_pending(qtbot, page, journal_path, typed, minor) -> None:
    fill(qtbot, "1", "Acme", "Logo", "", "", typed)
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.pay_minor, row.status, row.paid_on) == (minor, PayStatus.PENDING, None)


@pytest.fixture
def two_clients(qtbot, page, journal_path):
    """The page knows two clients ("Green Commons Foundation", "Brightline Agency"), the
    cursor back in the client field with it emptied."""
    for client in ("Green Commons Foundation", "Brightline Agency"):
        fill(qtbot, "1", client)
        press(qtbot, ENTER)
    qtbot.waitUntil(lambda: len(stored(journal_path)) == 2)
    press(qtbot, TAB)
    assert focused() is page.entry.client
    page.entry.client_edit.selectAll()
    press(qtbot, Qt.Key.Key_Backspace)
    return page


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_enter_on_a_half_typed_client_takes_the_one_match(qtbot, two_clients, journal_path) -> None:
    type_text(qtbot, "gre")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: len(stored(journal_path)) == 3)
    assert stored(journal_path)[-1].client == "Green Commons Foundation"
    entry = two_clients.entry
    assert focused() is entry.hours  # saved: ready for the next entry
    press(qtbot, TAB)
    assert focused() is entry.client
    entry.client_edit.selectAll()
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "GREEN c")
    # Under a window manager the open list has the keyboard: Enter goes to it and closes it
    qtbot.waitUntil(entry.client_popup.isVisible)
    qtbot.keyClick(entry.client_popup, ENTER)
    assert entry.client.currentText() == "Green Commons Foundation"
    assert entry.client_note.full_text() == ""
    assert len(stored(journal_path)) == 3  # the list took the Enter; the next one saves
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: len(stored(journal_path)) == 4)
    assert stored(journal_path)[-1].client == "Green Commons Foundation"
    with Journal.open(journal_path) as journal:
        assert sorted(c.name for c in journal.list_clients()) == [
            "Brightline Agency", "Green Commons Foundation"]  # fmt: skip


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_enter_on_a_new_name_creates_the_client_it_announced(
    qtbot, two_clients, journal_path
) -> None:
    type_text(qtbot, "Gr")
    type_text(qtbot, "aham Studio")  # no client starts so: a new one
    assert two_clients.entry.client_note.full_text() == "new client"
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: len(stored(journal_path)) == 3)
    assert stored(journal_path)[-1].client == "Graham Studio"
