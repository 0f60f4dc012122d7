"""The edit dialog typed as a person types: Enter on a row opens it, keys fill it, rows change.

Each test opens the dialog from the session list with the keyboard, types into the fields
the focus reaches, and asserts the session stored in the journal file afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.helpers.keys import activate, focused, on_modal, press, press_in, tab_chain, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import PayStatus, Session
from valuejournal.store.journal import Journal

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return
BEFORE = Session(
    day=date(2026, 11, 2), minutes=120, client="Acme", title="Workshop", notes="Went well.",
    value=6, pay_minor=30000, status=PayStatus.PENDING, mood=3,
)  # fmt: skip


def stored(path: Path) -> Session:
    with Journal.open(path) as journal:
        (session,) = journal.all_sessions()
        return session


@pytest.fixture
def window(qtbot, journal_path: Path):
    """The main window on a journal holding one session, its row selected."""
    with Journal.open(journal_path) as journal:
        journal.add_session(BEFORE)
    win = open_window(qtbot, journal_path)
    win.activateWindow()
    qtbot.waitUntil(lambda: activate(win), timeout=10000)
    page = win.pages["journal"]
    page.table.setFocus()
    page.table.selectRow(0)
    yield win
    win.close()


def edit(qtbot, window, answer: Callable[[QWidget], None]) -> list[QWidget]:
    """Press Enter on the selected row; ``answer`` drives the dialog; the dialogs seen."""
    seen: list[QWidget] = []

    def drive(dialog: QWidget) -> None:
        seen.append(dialog)
        answer(dialog)

    on_modal(qtbot, drive)
    qtbot.keyClick(window.pages["journal"].table, ENTER)
    return seen


def goto(qtbot, dialog, field: QWidget) -> None:
    """Tab from the first field until ``field`` has the focus (as a person would)."""
    for _ in range(40):
        if focused() is field:
            return
        press(qtbot, TAB)
    raise AssertionError(f"Tab never reached {field!r}")


def test_every_field_can_be_reached_and_typed(qtbot, window, journal_path) -> None:
    def answer(dialog) -> None:
        form = dialog.form
        assert focused() is form.day
        type_text(qtbot, "2026-11-03")
        goto(qtbot, dialog, form.hours)
        type_text(qtbot, "2:30")
        goto(qtbot, dialog, form.notes)
        qtbot.keyClick(form.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, " Follow-up booked.")
        press(qtbot, TAB)  # moves on: no tab character in the note
        assert focused() is form.private
        goto(qtbot, dialog, form.value)
        type_text(qtbot, "9")
        goto(qtbot, dialog, form.pay)
        type_text(qtbot, "350")
        press(qtbot, TAB)
        press(qtbot, TAB)
        assert focused() is form.status
        type_text(qtbot, "paid")
        press(qtbot, TAB)
        assert focused() is form.paid_on and form.paid_on.text() == "03/11/2026"
        type_text(qtbot, "2026-11-20")
        goto(qtbot, dialog, form.mood)
        type_text(qtbot, "5")
        press(qtbot, TAB)
        type_text(qtbot, "4")
        press(qtbot, TAB)
        type_text(qtbot, "1")
        press(qtbot, TAB)
        type_text(qtbot, "+2")
        goto(qtbot, dialog, form.tags)
        type_text(qtbot, "workshop; follow-up")
        press(qtbot, ENTER)
        assert not dialog.isVisible()

    assert len(edit(qtbot, window, answer)) == 1
    after = stored(journal_path)
    assert (after.uuid, after.day, after.minutes, after.value) == (
        BEFORE.uuid, date(2026, 11, 3), 150, 9)  # fmt: skip
    assert after.notes == "Went well. Follow-up booked." and "\t" not in after.notes
    assert (after.pay_minor, after.status, after.paid_on) == (35000, PayStatus.PAID,
                                                              date(2026, 11, 20))  # fmt: skip
    assert (after.mood, after.energy, after.stress, after.ecological) == (5, 4, 1, 2)
    assert set(after.tags) == {"workshop", "follow-up"}


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [("hours", "30", "more than 24 hours"), ("hours", "abc", "not hours"),
     ("value", "11", "0 to 10"), ("mood", "7", "1 to 5"), ("day", "2026-13-01", "no such day"),
     ("pay", "12x", "not an amount")],
)  # fmt: skip
def test_bad_input_keeps_the_dialog_open_and_the_row_unchanged(
    qtbot, window, journal_path, field, typed, words
) -> None:
    before = stored(journal_path)

    def answer(dialog) -> None:
        box = getattr(dialog.form, field)
        goto(qtbot, dialog, box)
        type_text(qtbot, typed)
        press(qtbot, ENTER)
        assert dialog.isVisible()
        assert words in box.note.full_text() and words in dialog.form.error_label.text()
        assert box.text() == typed
        press_in(qtbot, dialog, Qt.Key.Key_Escape)

    edit(qtbot, window, answer)
    assert stored(journal_path) == before


def test_fixing_the_field_clears_the_message_and_saves(qtbot, window, journal_path) -> None:
    def answer(dialog) -> None:
        form = dialog.form
        goto(qtbot, dialog, form.hours)
        type_text(qtbot, "25")
        press(qtbot, ENTER)
        assert "Hours" in form.error_label.text()
        form.hours.selectAll()
        type_text(qtbot, "2.5")
        assert form.error_label.text() == "" and form.hours.note.full_text() == ""
        press(qtbot, ENTER)

    edit(qtbot, window, answer)
    assert stored(journal_path).minutes == 150


def test_tab_reaches_every_input_and_save(qtbot, window) -> None:
    from tests.ui.test_dialog_tabs import assert_tab_reaches_everything

    def answer(dialog) -> None:
        chain = assert_tab_reaches_everything(qtbot, dialog, dialog.form.day)
        assert chain.index(dialog.form.notes) < chain.index(dialog.form.value)
        press_in(qtbot, dialog, Qt.Key.Key_Escape)

    assert edit(qtbot, window, answer)


def test_tab_chain_walks_the_form_in_reading_order(qtbot, window) -> None:
    def answer(dialog) -> None:
        form = dialog.form
        chain = tab_chain(qtbot, form.day)
        names = [form.day, form.start_enabled, form.hours, form.client, form.project,
                 form.title, form.notes, form.private, form.value, form.pay, form.currency,
                 form.status, form.giving]  # fmt: skip
        assert chain[: len(names)] == names
        press_in(qtbot, dialog, Qt.Key.Key_Escape)

    edit(qtbot, window, answer)


def test_a_start_to_the_second_stays_unless_the_start_is_changed(qtbot, journal_path) -> None:
    """A timer's session starts at 14:27:15; the dialog shows 14:27, and saving an edit of
    another field wrote 14:27:00 (seen on a timer session marked pro bono under Xvfb)."""
    from dataclasses import replace
    from datetime import time

    with Journal.open(journal_path) as journal:
        journal.add_session(replace(BEFORE, start_time=time(14, 27, 15)))
    win = open_window(qtbot, journal_path)
    try:
        win.activateWindow()
        qtbot.waitUntil(lambda: activate(win), timeout=10000)
        page = win.pages["journal"]
        page.table.setFocus()
        page.table.selectRow(0)

        def value(dialog) -> None:
            goto(qtbot, dialog, dialog.form.value)
            type_text(qtbot, "9")
            press(qtbot, ENTER)

        edit(qtbot, win, value)
        assert (stored(journal_path).value, stored(journal_path).start_time) == (
            9,
            time(14, 27, 15),
        )

        def start(dialog) -> None:
            goto(qtbot, dialog, dialog.form.start)
            type_text(qtbot, "15")  # the hour section
            press(qtbot, ENTER)

        qtbot.waitUntil(lambda: activate(win), timeout=10000)  # back from the dialog
        page.table.setFocus()
        page.table.selectRow(0)
        edit(qtbot, win, start)
        assert stored(journal_path).start_time == time(15, 27)  # as typed, to the minute
    finally:
        win.close()
