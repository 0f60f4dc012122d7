"""Rating mode used as a person would: keys only, skip and back, batches, closing midway."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.rating import ORDER, sessions
from tests.helpers.windows import open_window
from valuejournal.core.entities import Session
from valuejournal.core.query import SessionQuery
from valuejournal.store.journal import Journal
from valuejournal.ui.rating import RatingDialog


@pytest.fixture
def window(qtbot, journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.add_sessions_bulk(sessions())
        journal.add_session(Session(day=date(2026, 3, 4), minutes=30, title="rated", value=5))
    win = open_window(qtbot, journal_path)
    yield win
    win.close()


def open_rating(qtbot, window) -> RatingDialog:
    journal = window.context.journal
    dialog = RatingDialog(window.context, journal.query_sessions(SessionQuery(unrated_only=True)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press(qtbot, dialog: RatingDialog, *keys: str | Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(dialog, key)


def by_title(path_or_journal: Path | Journal) -> dict[str, tuple[int | None, int | None]]:
    if isinstance(path_or_journal, Path):
        with Journal.open(path_or_journal) as journal:
            return by_title(journal)
    return {s.title: (s.value, s.mood) for s in path_or_journal.all_sessions()}


def titles_at(dialog: RatingDialog) -> list[str]:
    group = dialog.queue.current()
    return [s.title for s in dialog.queue.sessions[group.start : group.stop]]


def test_sessions_come_week_by_week_and_client_by_client(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    assert [s.title for s in dialog.queue.sessions] == ORDER
    assert dialog.card.title.text() == "a1"
    assert dialog.card.client.text() == "Acme"
    assert "notes a1" in dialog.card.notes.text()
    assert dialog.card.progress_label.text() == "<b>0 of 7 rated</b>"


def test_keyboard_only_rating_stores_values_and_moods(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    press(qtbot, dialog, "8", "4", "6", "3", "t", "5")
    stored = by_title(window.context.journal)
    assert (stored["a1"], stored["a2"], stored["a3"]) == ((8, 4), (6, 3), (10, 5))
    assert stored["b1"] == (None, None)
    assert dialog.card.progress_label.text() == "<b>3 of 7 rated</b>"
    assert titles_at(dialog) == ["b1"]
    page = window.pages["journal"]
    page.filters.to_rate.setChecked(True)
    assert page.model.total == 4  # the Journal list follows


def test_value_then_enter_keeps_the_mood_and_the_mood_step_can_be_off(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    press(qtbot, dialog, "7")
    assert dialog.asking_mood and dialog.card.value_buttons[7].isChecked()
    press(qtbot, dialog, Qt.Key.Key_Return)
    press(qtbot, dialog, "m", "5", "2")  # without the mood step each key saves a value
    stored = by_title(window.context.journal)
    assert (stored["a1"], stored["a2"], stored["a3"]) == ((7, None), (5, None), (2, None))
    assert not dialog.card.mood_step.isChecked()


def test_skip_back_and_step_back(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    press(qtbot, dialog, "s")
    assert titles_at(dialog) == ["a2"]
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert titles_at(dialog) == ["a3"]
    press(qtbot, dialog, Qt.Key.Key_Left)
    assert titles_at(dialog) == ["a2"]
    press(qtbot, dialog, Qt.Key.Key_Backspace)
    assert titles_at(dialog) == ["a1"]
    press(qtbot, dialog, "5", Qt.Key.Key_Backspace)  # steps back from the mood to the value
    assert titles_at(dialog) == ["a1"] and not dialog.asking_mood
    press(qtbot, dialog, "9", "2")
    assert by_title(window.context.journal)["a1"] == (9, 2)
    assert titles_at(dialog) == ["a2"]
    press(qtbot, dialog, Qt.Key.Key_Left)  # back to a rated one: it shows its rating
    assert dialog.card.value_buttons[9].isChecked() and dialog.card.mood_buttons[1].isChecked()
    assert "Rated: value 9" in dialog.card.state.text()


def test_batch_rates_a_client_week_at_once_and_undoes_as_one(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    press(qtbot, dialog, "b")
    assert titles_at(dialog) == ["a1", "a2", "a3"]
    assert "3 sessions" in dialog.card.when.text()
    press(qtbot, dialog, "7", "4")
    stored = by_title(window.context.journal)
    assert [stored[t] for t in ("a1", "a2", "a3")] == [(7, 4)] * 3
    assert stored["b1"] == (None, None)
    assert titles_at(dialog) == ["b1", "b2"]
    press(qtbot, dialog, Qt.Key.Key_Left)
    assert titles_at(dialog) == ["a1", "a2", "a3"]
    press(qtbot, dialog, "b")  # single sessions again, from the batch's first
    assert titles_at(dialog) == ["a1"]
    window.context.undo_stack.undo()  # one step takes back the whole batch
    stored = by_title(window.context.journal)
    assert [stored[t] for t in ("a1", "a2", "a3")] == [(None, None)] * 3


def test_each_rating_is_one_undo_step(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    press(qtbot, dialog, "3", "1", "4", "2")
    window.context.undo_stack.undo()
    stored = by_title(window.context.journal)
    assert (stored["a1"], stored["a2"]) == ((3, 1), (None, None))


def test_closing_midway_keeps_what_was_rated(qtbot, window, journal_path) -> None:
    dialog = open_rating(qtbot, window)
    press(qtbot, dialog, "6", "3", "s", "8", "5", "4")  # a value waiting for its mood is lost
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.saved == 2
    window.close()
    stored = by_title(journal_path)
    assert (stored["a1"], stored["a2"], stored["a3"], stored["b1"]) == (
        (6, 3), (None, None), (8, 5), (None, None))  # fmt: skip


def test_the_end_and_home(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    press(qtbot, dialog, "m", "1", "s", "2", "3", "4", "5", "6")
    assert dialog.card.client.text() == "End of the list"
    assert "1 still to rate" in dialog.card.title.text()
    press(qtbot, dialog, Qt.Key.Key_Home)
    assert titles_at(dialog) == ["a2"]
    press(qtbot, dialog, "9")
    assert dialog.card.client.text() == "All done"
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_buttons_work_too(qtbot, window) -> None:
    dialog = open_rating(qtbot, window)
    qtbot.mouseClick(dialog.card.mood_buttons[2], Qt.MouseButton.LeftButton)
    assert dialog.card.error.isVisible()  # a mood needs a value first
    qtbot.mouseClick(dialog.card.value_buttons[10], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.card.mood_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.card.skip_button, Qt.MouseButton.LeftButton)
    assert by_title(window.context.journal)["a1"] == (10, 3)
    assert titles_at(dialog) == ["a3"]


def test_rate_button_on_the_journal_page(qtbot, window, monkeypatch) -> None:
    seen: list[list[str]] = []
    monkeypatch.setattr(
        RatingDialog,
        "ask",
        classmethod(lambda cls, p, c, s: seen.append(sorted(x.title for x in s)) or 0),
    )
    page = window.pages["journal"]
    page.filters.client.setCurrentIndex(page.filters.client.findData("Beta"))
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    page.filters.client.setCurrentIndex(0)
    page.filters.to_rate.setChecked(True)
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    assert seen == [["b1", "b2"], sorted(ORDER)]
    page.filters.to_rate.setChecked(False)
    page.filters.search.setText("rated")
    qtbot.waitUntil(lambda: page.model.total == 1)
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert "Nothing to rate" in window.statusBar().currentMessage()


def test_load_finds_many_sessions_by_uuid(journal) -> None:
    many = [Session(day=date(2025, 1, 1 + i % 28), minutes=15, title=str(i)) for i in range(1200)]
    many[5].value = 4
    journal.add_sessions_bulk(many)
    uuids = [s.uuid for s in many]
    assert len(RatingDialog.load(journal, uuids)) == 1199
    assert len(RatingDialog.load(journal, uuids, unrated_only=False)) == 1200
