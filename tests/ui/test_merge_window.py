"""Merging conflict copies in the window: found beside the journal at open, offered in a
banner, merged off the GUI thread, the report shown, the copy moved aside, undoable; and
File → Merge another copy…."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import activate, on_modal, press_in
from tests.helpers.windows import open_window
from valuejournal.core.entities import Session
from valuejournal.store.conflict_copies import MERGED_FOLDER
from valuejournal.store.journal import Journal
from valuejournal.ui import tasks
from valuejournal.ui.dialogs import files
from valuejournal.ui.dialogs.merge_report import MergeReportDialog

CONFLICT = "test (Sam's conflicted copy 2026-11-30).vjournal"


def _titles(path: Path) -> list[str]:
    with Journal.open(path, create=False) as journal:
        return sorted(s.title for s in journal.all_sessions())


@pytest.fixture
def diverged(journal_path: Path) -> Path:
    """The journal and, beside it, a Dropbox conflict copy: one edit, one add, one delete."""
    with Journal.open(journal_path, owner="Ann") as journal:
        kept = journal.add_session(Session(day=date(2026, 9, 1), minutes=60, title="Kept"))
        gone = journal.add_session(Session(day=date(2026, 9, 2), minutes=60, title="Gone"))
    copy = journal_path.with_name(CONFLICT)
    shutil.copy(journal_path, copy)
    with Journal.open(copy, create=False) as theirs:
        theirs.update_session(replace(kept, title="Kept, edited on the laptop"))
        theirs.add_session(Session(day=date(2026, 9, 3), minutes=45, title="Logged on the laptop"))
        theirs.delete_session(gone.uuid)
    return copy


def _table(dialog: MergeReportDialog) -> dict[tuple[str, str], str]:
    table = dialog.table
    return {
        (table.verticalHeaderItem(r).text(), table.horizontalHeaderItem(c).text()): table.item(
            r, c
        ).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
    }


def test_a_conflict_copy_is_offered_merged_reported_moved_aside_and_undone(
    qtbot, journal_path: Path, diverged: Path
) -> None:
    window = open_window(qtbot, journal_path)
    banner = window.conflict_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert CONFLICT in banner.label.text() and "Dropbox, Sam" in banner.label.text()
    seen: dict[tuple[str, str], str] = {}

    def answer(dialog: MergeReportDialog) -> None:
        seen.update(_table(dialog))
        seen[("heading", "")] = dialog.heading.text()
        press_in(qtbot, dialog, Qt.Key.Key_Return)  # the default: move the copy aside

    on_modal(qtbot, answer, timeout=20_000)
    qtbot.mouseClick(banner.merge_button, Qt.MouseButton.LeftButton)
    moved = journal_path.parent / MERGED_FOLDER / CONFLICT
    qtbot.waitUntil(moved.exists, timeout=20_000)
    assert not diverged.exists()
    assert seen[("Sessions", "Added from\nthe other copy")] == "1"
    assert seen[("Sessions", "Updated\nfrom it")] == "1"
    assert seen[("Sessions", "Deleted (deleted\nin the other copy)")] == "1"
    assert "Merged “" + CONFLICT in seen[("heading", "")]
    assert _titles(journal_path) == ["Kept, edited on the laptop", "Logged on the laptop"]
    assert list(journal_path.parent.glob("test.vjournal.backup-*"))
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    qtbot.waitUntil(lambda: activate(window), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(journal_path) == ["Gone", "Kept"]
    assert not banner.isVisible()  # the copy was moved aside: nothing more to offer
    tasks.wait_for_tasks()


def test_file_merge_another_copy_and_a_copy_that_cannot_be_merged(
    qtbot, journal_path: Path, diverged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, journal_path)
    elsewhere = tmp_path / "from-the-laptop.vjournal"
    shutil.move(diverged, elsewhere)
    monkeypatch.setattr(files, "ask_open_paths", lambda *_args: [elsewhere])
    closed: list[str] = []

    def answer(dialog: MergeReportDialog) -> None:
        closed.append(dialog.heading.text())
        dialog.close_button.click()  # keep the copy where it is

    on_modal(qtbot, answer, timeout=20_000)
    window.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(closed), timeout=20_000)
    tasks.wait_for_tasks()
    assert elsewhere.exists() and "from-the-laptop" in closed[0]
    assert "Logged on the laptop" in _titles(journal_path)
    errors: list[str] = []
    monkeypatch.setattr(
        "valuejournal.ui.dialogs.show_error", lambda _p, _t, text: errors.append(text)
    )
    bad = tmp_path / "broken.vjournal"
    bad.write_text("not a journal")
    monkeypatch.setattr(files, "ask_open_paths", lambda *_args: [bad])
    window.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "broken.vjournal was not merged" in errors[0]


def test_a_copy_merged_and_kept_in_place_is_not_offered_again_until_it_changes(
    qtbot, journal_path: Path, diverged: Path
) -> None:
    """Close (not Move aside) after the merge: the next open does not offer the same copy
    again (it was offered at every open); the sync tool writing the copy anew offers it."""
    window = open_window(qtbot, journal_path)
    banner = window.conflict_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    on_modal(qtbot, lambda dialog: press_in(qtbot, dialog, Qt.Key.Key_Escape), timeout=20_000)
    qtbot.mouseClick(banner.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Logged on the laptop" in _titles(journal_path), timeout=20_000)
    tasks.wait_for_tasks()
    assert diverged.exists()  # kept where it is
    window.close()

    again = open_window(qtbot, journal_path)
    qtbot.waitUntil(lambda: again.context is not None, timeout=10_000)
    tasks.wait_for_tasks()
    qtbot.wait(100)
    assert not again.conflict_banner.isVisible()
    again.close()

    with Journal.open(diverged, create=False) as theirs:  # the laptop wrote it again
        theirs.add_session(Session(day=date(2026, 9, 4), minutes=30, title="Later on the laptop"))
    third = open_window(qtbot, journal_path)
    qtbot.waitUntil(third.conflict_banner.isVisible, timeout=10_000)
    assert CONFLICT in third.conflict_banner.label.text()
    third.close()
    tasks.wait_for_tasks()
