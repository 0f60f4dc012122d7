"""A mood diary's entries (Daylio) beside the day's sessions in the journal's list."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from valuejournal.core.entities import MoodEntry, Session
from valuejournal.ui.session_model import COLUMNS

MOOD = [key for key, _ in COLUMNS].index("mood")


def test_the_day_s_diary_mood_shows_beside_its_session(qtbot, main_window) -> None:
    journal = main_window.context.journal
    journal.add_session(Session(day=date(2026, 3, 7), minutes=90, title="Site"))
    journal.add_session(Session(day=date(2026, 3, 8), minutes=30, title="Rated", mood=4))
    journal.add_mood_entries(
        [
            MoodEntry(date(2026, 3, 7), "meh", 3, at=time(8, 10)),
            MoodEntry(date(2026, 3, 7), "good", 4, at=time(21, 30), activities=("work",)),
        ]
    )
    main_window.context.notify()
    model = main_window.pages["journal"].model
    qtbot.waitUntil(lambda: model.total == 2, timeout=10_000)
    rows = {model.session_at(r).title: r for r in range(model.rowCount())}
    site = model.index(rows["Site"], MOOD)
    assert model.data(site) == "◦ meh, good"
    tip = model.data(site, Qt.ItemDataRole.ToolTipRole)
    assert "08:10 meh" in tip and "21:30 good (work)" in tip
    assert model.data(model.index(rows["Rated"], MOOD)) == "4"  # the session's own mood


def test_a_dropped_daylio_export_imports_moods_after_confirming(qtbot, main_window, monkeypatch):
    from pathlib import Path

    from valuejournal.ui import dialogs
    from valuejournal.ui.actions import imports as import_actions

    asked: list[str] = []

    def confirm(_parent, _title, text, _action):
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text: told.append(text))
    path = Path(__file__).parents[1] / "interop" / "fixtures" / "daylio_export.txt"
    context = main_window.context
    assert import_actions.import_into(main_window, context, path) is None
    assert "4 new mood entries" in asked[0] and "line 7" in asked[0]
    assert len(context.journal.mood_entries()) == 4
    assert context.journal.count_sessions() == 0  # moods only: no sessions are made up
    import_actions.import_into(main_window, context, path)  # again: nothing new, no question
    assert len(asked) == 1 and len(context.journal.mood_entries()) == 4
    assert "0 new mood entries, 4 already here" in told[0]


def test_a_mood_import_is_undone_and_redone_with_the_keys(qtbot, main_window) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from tests.helpers.keys import back_to, on_modal
    from valuejournal.ui.actions import imports as import_actions

    journal = main_window.context.journal
    kept = MoodEntry(date(2026, 1, 5), "good", 4, at=time(9, 0))
    journal.add_mood_entries([kept])  # in the journal before: an undo leaves it
    path = Path(__file__).parents[1] / "interop" / "fixtures" / "daylio_export.txt"

    def press_import(box) -> None:
        assert isinstance(box, QMessageBox) and "4 new mood entries" in box.text()
        (button,) = [b for b in box.buttons() if b.text() == "Import moods"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    on_modal(qtbot, press_import)
    assert import_actions.import_into(main_window, main_window.context, path) is None
    assert len(journal.mood_entries()) == 5
    assert "Import 4 moods" in main_window.undo_action.text()

    back_to(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.uuid for e in journal.mood_entries()] == [kept.uuid]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(main_window, Qt.Key.Key_Z, modifiers)
    assert len(journal.mood_entries()) == 5
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.uuid for e in journal.mood_entries()] == [kept.uuid]
