"""`valuejournal merge OTHER [--journal PATH] [--dry-run]`: the report, the backup, one-line
refusals with exit 2, and a dry run that writes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.core.entities import Session
from valuejournal.store.journal import Journal

Capsys = pytest.CaptureFixture[str]


def run(capsys: Capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def copies(journal_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    with Journal.open(journal_path, owner="Ann") as journal:
        first = journal.add_session(Session(day=date(2026, 8, 3), minutes=60, title="Both"))
        doomed = journal.add_session(Session(day=date(2026, 8, 4), minutes=60, title="Doomed"))
    other = tmp_path / "test.sync-conflict-20261130-101010-ABCDEFG.vjournal"
    shutil.copy(journal_path, other)
    with Journal.open(other, create=False) as theirs:
        theirs.update_session(replace(first, title="Renamed there"))
        theirs.add_session(Session(day=date(2026, 8, 5), minutes=30, title="New there"))
        theirs.delete_session(doomed.uuid)
    return journal_path, other


def _titles(path: Path) -> list[str]:
    with Journal.open(path, create=False) as journal:
        return sorted(s.title for s in journal.all_sessions())


def test_merge_prints_the_report_and_backs_up_first(
    copies: tuple[Path, Path], capsys: Capsys
) -> None:
    here, other = copies
    code, out, err = run(capsys, "merge", other, "--journal", here)
    assert (code, err) == (0, "")
    assert "sessions: 1 added from the other copy, 1 updated from it" in out
    assert "1 deleted (deleted in the other copy)" in out
    backups = list(here.parent.glob("test.vjournal.backup-*"))
    assert len(backups) == 1 and f"Backup made first: {backups[0]}" in out
    assert _titles(here) == ["New there", "Renamed there"]
    code, out, _ = run(capsys, "merge", other, "--journal", here)  # again: nothing to do
    assert code == 0 and "nothing changed" in out


def test_a_dry_run_prints_the_same_and_writes_nothing(
    copies: tuple[Path, Path], capsys: Capsys
) -> None:
    here, other = copies
    before = _titles(here)
    code, out, _ = run(capsys, "merge", other, "--journal", here, "--dry-run")
    assert code == 0 and "would:" in out and "Dry run: nothing was written." in out
    assert "1 added from the other copy" in out
    assert _titles(here) == before
    assert not list(here.parent.glob("test.vjournal.backup-*"))


@pytest.mark.parametrize("case", ["missing", "not-sqlite", "newer", "no-journal"])
def test_bad_input_is_one_line_and_exit_2(
    copies: tuple[Path, Path], tmp_path: Path, capsys: Capsys, case: str
) -> None:
    here, other = copies
    target = here
    if case == "missing":
        other = tmp_path / "nope.vjournal"
    elif case == "not-sqlite":
        other.write_text("hello")
    elif case == "newer":
        conn = sqlite3.connect(other)
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.execute("PRAGMA journal_mode=DELETE")  # into the file itself, as a sync tool copies
        conn.close()
    else:
        target = tmp_path / "absent.vjournal"
    before = _titles(here)
    code, out, err = run(capsys, "merge", other, "--journal", target)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _titles(here) == before
    assert not target.exists() or target == here


def test_merge_names_every_kind_of_row_and_a_dry_run_writes_none(
    demo_path: Path, tmp_path: Path, capsys: Capsys
) -> None:
    from tests.store.test_merge import _dump, _rows_diverge

    other = _rows_diverge(demo_path, tmp_path)
    before = _dump(demo_path)
    code, out, err = run(capsys, "merge", other, "--journal", demo_path, "--dry-run")
    assert (code, err) == (0, "")
    assert _dump(demo_path) == before
    for words in ("projects: 1 added from the other copy, 1 updated from it",
                  "invoices: 1 added from the other copy", "canvases: 1 updated from it",
                  "skill tags: 1 added", "weekly reviews: 1 updated",
                  "exchange rates: 1 added"):  # fmt: skip
        assert words in out, words
    code, out, err = run(capsys, "merge", other, "--journal", demo_path)
    assert code == 0 and "invoices: 1 added from the other copy" in out
    with Journal.open(demo_path, create=False) as journal:
        assert sorted(i.number for i in journal.list_invoices()) == ["M-2", "M-3"]
