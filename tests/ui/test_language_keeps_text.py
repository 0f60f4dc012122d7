"""A language switch in Settings keeps what was typed and not saved yet: the Reflections
page's sections, the canvas blocks and the quick entry's fields are there in the new language
(and the reflection is in the journal file), typed as a person types."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.keys import activate, focused, on_modal, press, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import PayStatus
from valuejournal.core.periods import quarter_of
from valuejournal.store.journal import Journal
from valuejournal.ui.i18n import current_language, set_language

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


def _switch_language(qtbot, window: QWidget, letter: str) -> None:
    """Ctrl+, then type the language's first letters in the Language box and Enter."""

    def choose(dialog: QWidget) -> None:
        box = dialog.person_form.language  # type: ignore[attr-defined]
        box.setFocus()
        qtbot.keyClicks(box, letter)  # a closed combo box selects by the typed start
        qtbot.keyClick(QApplication.focusWidget(), ENTER)

    on_modal(qtbot, choose)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)


def _reflection(path: Path, quarter: str) -> dict[str, str]:
    with Journal.open(path) as journal:
        reflection = journal.get_reflection(quarter)
    return dict(reflection.sections) if reflection else {}


@pytest.mark.parametrize(("letter", "code"), [("Es", "es"), ("Fr", "fr")])
def test_typed_text_survives_a_language_switch(
    qtbot, journal_path: Path, letter: str, code: str
) -> None:
    window = open_window(qtbot, journal_path)
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    journal_page = window.pages["journal"]
    qtbot.keyClick(journal_page, Qt.Key.Key_N, CTRL)  # the cursor in Hours
    assert focused() is journal_page.entry.hours
    for i, text in enumerate(["1:30", "Acme", "Logo sketch", "", "8", "120", "pa"]):
        if i:
            press(qtbot, TAB)  # hours, client, title, project, value, pay, status
        type_text(qtbot, text)
    canvas = window.show_page("canvas")
    canvas.blocks["value"].editor.setFocus()
    type_text(qtbot, "Trust")
    reflections = window.show_page("reflections")
    quarter = reflections.quarter
    reflections.sections["created"].editor.setFocus()
    type_text(qtbot, "Mentored two juniors")
    qtbot.waitUntil(lambda: activate(window), timeout=10000)

    _switch_language(qtbot, window, letter)

    assert current_language() == code
    page = window.pages["reflections"]
    assert page is not reflections  # built again in the new language
    assert window.stack.currentWidget() is page
    assert page.sections["created"].text() == "Mentored two juniors"
    assert _reflection(journal_path, quarter) == {"created": "Mentored two juniors"}
    with Journal.open(journal_path) as journal:
        assert journal.get_canvas(canvas.quarter).texts == {"value": "Trust"}  # type: ignore[union-attr]
    assert window.show_page("canvas").blocks["value"].text() == "Trust"
    entry = window.show_page("journal").entry
    assert (entry.hours.text(), entry.client.currentText(), entry.title.text()) == (
        "1:30", "Acme", "Logo sketch")  # fmt: skip
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    entry.title.setFocus()
    press(qtbot, ENTER)  # saved as typed before the switch
    with Journal.open(journal_path) as journal:
        (row,) = journal.all_sessions()
    assert (row.day, row.minutes, row.client, row.title, row.value) == (
        date.today(), 90, "Acme", "Logo sketch", 8)  # fmt: skip
    assert (row.pay_minor, row.status) == (12000, PayStatus.PAID)
    assert quarter == quarter_of(date.today())
    window.close()


def test_a_coach_s_comments_being_written_survive_a_language_switch(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers.windows import open_review_window
    from tests.ui.test_coach_review import make_client

    share = make_client(tmp_path / "ana.vjournal", "Ana", None)
    window = open_review_window(qtbot, [share], "ana (")
    coach = window.show_page("coach")
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    coach.period.editor.setFocus()
    type_text(qtbot, "Busy weeks")
    page = window.show_page("journal")
    page.table.selectRow(0)
    page.comment_panel.editor.setFocus()
    type_text(qtbot, "Why this value?")
    qtbot.waitUntil(lambda: activate(window), timeout=10000)

    _switch_language(qtbot, window, "Fr")

    assert current_language() == "fr"
    page = window.pages["journal"]
    assert window.stack.currentWidget() is page
    assert page.comment_panel.editor.toPlainText() == "Why this value?"
    assert window.pages["coach"].period.editor.toPlainText() == "Busy weeks"
    window.close()


def test_the_bars_above_the_pages_speak_the_new_language(qtbot, journal_path: Path) -> None:
    """The conflict-copies bar and a reminder shown in the window are said again."""
    import shutil

    from valuejournal.core.reminders import Reminder, ReminderKind

    Journal.open(journal_path, owner="Ana").close()
    shutil.copy(
        journal_path, journal_path.with_name("test (conflicted copy 2026-11-30 101010).vjournal")
    )
    window = open_window(qtbot, journal_path)
    conflict = window.conflict_banner
    qtbot.waitUntil(lambda: conflict.isVisible(), timeout=10000)
    window.desktop.show_reminders([Reminder(ReminderKind.LOG_TODAY)])  # no tray offscreen
    reminder = window.desktop.banner
    assert reminder.isVisible() and reminder.label.text().startswith("Nothing logged today")
    qtbot.waitUntil(lambda: activate(window), timeout=10000)

    _switch_language(qtbot, window, "Fr")

    assert conflict.isVisible() and conflict.label.text().startswith("Une copie de ce journal")
    assert conflict.later_button.text() == "Pas maintenant"
    assert reminder.label.text().startswith("Rien de noté aujourd’hui")
    texts = [
        reminder.action_button.text(),
        reminder.snooze_button.text(),
        reminder.dismiss_button.text(),
    ]
    assert texts == ["Noter aujourd’hui", "Reporter", "Ignorer"], texts
    window.close()
