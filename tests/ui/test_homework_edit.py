"""The coach changes and withdraws homework on the Coach page, typed with real keys; the
client's homework list shows the change and the withdrawal after the feedback import, one
row per item."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import keys_into
from tests.helpers.windows import open_review_window, open_window
from valuejournal.core.entities import Session
from valuejournal.core.homework import HomeworkKind
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions
from valuejournal.ui.dialogs import files

TODAY = date.today()


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    errors: list[str] = []
    monkeypatch.setattr(
        files, "ask_save_path", lambda _p, _t, default, _f, _j=(): tmp_path / default
    )
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, _text: None)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    return errors


def make_share(tmp_path: Path) -> Path:
    path = tmp_path / "ann.vjournal"
    with Journal.open(path, owner="Ann") as journal:
        for day in range(5):
            day_ = TODAY - timedelta(days=day)
            journal.add_session(
                Session(day=day_, minutes=60, client="Brightline", title=f"Ann {day}", value=5)
            )
        out = path.with_suffix(".vjshare")
        write_share(journal, out, ShareOptions())
    return out


def press(qtbot: Any, button: Any) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_the_coach_changes_and_withdraws_homework(
    qtbot: Any, tmp_path: Path, quiet: list[str]
) -> None:
    window = open_review_window(qtbot, [make_share(tmp_path)], "ann (review, read-only)")
    coach = window.show_page("coach")
    keys_into(qtbot, coach.author, "Cora")
    qtbot.keyClick(coach.author, Qt.Key.Key_Tab)
    form = coach.homework_form
    assert form.kind.currentData() == HomeworkKind.TASK
    keys_into(qtbot, form.title, "Call Brightline about the rate")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    keys_into(qtbot, form.title, "Write the offer")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    store = window.review.current.store
    assert [h.title for h in store.list_homework()] == [
        "Call Brightline about the rate", "Write the offer"]  # fmt: skip
    assert not coach.edit_homework_button.isEnabled()  # nothing chosen yet
    # Change the first: choose it with the keys, Change, type, Enter.
    coach.homework.setFocus()
    qtbot.keyClick(coach.homework, Qt.Key.Key_Home)
    assert coach.edit_homework_button.isEnabled()
    press(qtbot, coach.edit_homework_button)
    assert form.title.text() == "Call Brightline about the rate"
    assert form.add_button.text() == "Save the change"
    qtbot.keyClick(form.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.title, "Call Brightline: ask for 10 % more")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    first, second = store.list_homework()
    assert first.title == "Call Brightline: ask for 10 % more" and first.updated_at is not None
    assert len(store.list_homework()) == 2 and form.add_button.text() == "Set homework"
    # A change typed wrong is said and changes nothing; Cancel leaves it.
    press(qtbot, coach.edit_homework_button)
    qtbot.keyClick(form.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.title, "x" * 201)
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert "title of 1 to 200" in form.error.text()
    assert store.list_homework()[0].title == "Call Brightline: ask for 10 % more"
    press(qtbot, form.cancel_button)
    assert form.editing is None and form.title.text() == ""
    # Withdraw the second.
    coach.homework.setFocus()
    qtbot.keyClick(coach.homework, Qt.Key.Key_End)
    press(qtbot, coach.withdraw_homework_button)
    assert [h.withdrawn for h in store.list_homework()] == [False, True]
    assert coach.homework.item(1).text().endswith("· withdrawn")
    assert coach.withdraw_homework_button.text() == "Set it again"
    assert not coach.edit_homework_button.isEnabled()
    coach.save_feedback()
    qtbot.waitUntil(lambda: bool(list(tmp_path.glob("ann-feedback-*.vjfeedback"))))
    window.close()
    assert quiet == []

    (feedback,) = tmp_path.glob("ann-feedback-*.vjfeedback")
    mine = open_window(qtbot, tmp_path / "ann.vjournal")
    assert actions.import_feedback_file(mine, mine.context, feedback) == 0
    page = mine.show_page("coach")
    # A withdrawn item the client never had is not added.
    assert page.homework.count() == 1
    assert page.homework.item(0).text().startswith("Call Brightline: ask for 10 % more\n")
    mine.close()
    for old in tmp_path.glob("ann-feedback-*.vjfeedback"):
        old.unlink()

    # The coach withdraws the item the client has: the client's copy says so, once.
    window = open_review_window(qtbot, [tmp_path / "ann.vjshare"], "ann (review, read-only)")
    coach = window.show_page("coach")
    coach.homework.setFocus()
    qtbot.keyClick(coach.homework, Qt.Key.Key_Home)
    press(qtbot, coach.withdraw_homework_button)
    coach.save_feedback()
    qtbot.waitUntil(lambda: bool(list(tmp_path.glob("ann-feedback-*.vjfeedback"))))
    window.close()
    (feedback,) = tmp_path.glob("ann-feedback-*.vjfeedback")
    mine = open_window(qtbot, tmp_path / "ann.vjournal")
    actions.import_feedback_file(mine, mine.context, feedback)
    page = mine.show_page("coach")
    assert page.homework.count() == 1
    row = page.homework.item(0)
    assert row.text() == "Call Brightline: ask for 10 % more\nWithdrawn by your coach"
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable  # nothing left to tick
    assert len(mine.context.journal.list_homework()) == 1
    mine.close()
    assert quiet == []
