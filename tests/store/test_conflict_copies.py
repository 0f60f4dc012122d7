"""Sync-conflict copies beside a journal, found by each tool's naming and by journal id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from valuejournal.store.conflict_copies import (
    MERGED_FOLDER,
    conflict_tool,
    find_conflict_copies,
    move_aside,
)
from valuejournal.store.journal import Journal

NAMED = [
    ("journal (Sam's conflicted copy 2026-11-30).vjournal", "Dropbox", "Sam"),
    ("journal (Sam’s conflicted copy 2026-11-30).vjournal", "Dropbox", "Sam"),
    ("journal (Ann Lee's conflicted copy 2026-11-30 (1)).vjournal", "Dropbox", "Ann Lee"),
    ("journal.sync-conflict-20261130-101010-ABCDEFG.vjournal", "Syncthing", ""),
    ("journal (conflicted copy 2026-11-30 101010).vjournal", "Nextcloud", ""),
    ("journal_conflict-20261130-101010.vjournal", "ownCloud", ""),
    ("journal-LAPTOP-7QK2.vjournal", "OneDrive", "LAPTOP-7QK2"),
    ("journal-DESKTOP.vjournal", "OneDrive", "DESKTOP"),
]
NOT_CONFLICTS = [
    "journal.vjournal",
    "journal.vjournal.backup-20261130-101010",
    "journal.vjournal-wal",
    "other (Sam's conflicted copy 2026-11-30).vjournal",
    "journal (Sam's conflicted copy 2026-11-30).vjshare",
    "journal.sync-conflict-20261130-101010-abc.vjournal",
    "journal (conflicted copy yesterday).vjournal",
    "journal-a-computer-name-far-too-long.vjournal",
    "journal-.vjournal",
]


@pytest.mark.parametrize(("name", "tool", "who"), NAMED)
def test_each_sync_tools_naming_is_recognised(
    tmp_path: Path, name: str, tool: str, who: str
) -> None:
    found = conflict_tool(tmp_path / "journal.vjournal", tmp_path / name)
    assert found is not None and (found.tool, found.source) == (tool, who)


@pytest.mark.parametrize("name", NOT_CONFLICTS)
def test_other_names_are_not_conflict_copies(tmp_path: Path, name: str) -> None:
    assert conflict_tool(tmp_path / "journal.vjournal", tmp_path / name) is None


def test_a_journal_name_with_brackets_and_dots_is_matched_literally(tmp_path: Path) -> None:
    journal = tmp_path / "my (work).v2.vjournal"
    assert conflict_tool(
        journal, tmp_path / "my (work).v2 (Sam's conflicted copy 2026-11-30).vjournal"
    )
    assert conflict_tool(journal, tmp_path / "my (work)Xv2-PC.vjournal") is None


def test_only_copies_of_this_journal_are_offered(journal_path: Path, tmp_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        uuid = journal.info().uuid
    copy = tmp_path / "test.sync-conflict-20261130-101010-ABCDEFG.vjournal"
    shutil.copy(journal_path, copy)
    Journal.open(tmp_path / "test-OLDLAPTOP.vjournal").close()  # another journal
    (tmp_path / "test (conflicted copy 2026-11-30 101010).vjournal").write_text("not sqlite")
    assert [c.path for c in find_conflict_copies(journal_path, uuid)] == [copy]
    assert len(find_conflict_copies(journal_path)) == 3  # by name alone


def test_moving_aside_keeps_the_file_and_never_replaces_one(tmp_path: Path) -> None:
    first = tmp_path / "journal-PC.vjournal"
    first.write_bytes(b"one")
    Path(f"{first}-wal").write_bytes(b"wal")
    moved = move_aside(first)
    assert moved == tmp_path / MERGED_FOLDER / first.name and moved.read_bytes() == b"one"
    assert Path(f"{moved}-wal").read_bytes() == b"wal" and not first.exists()
    first.write_bytes(b"two")
    again = move_aside(first)
    assert again != moved and again.read_bytes() == b"two" and moved.read_bytes() == b"one"
    assert find_conflict_copies(tmp_path / "journal.vjournal") == []
