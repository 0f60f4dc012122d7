"""`valuejournal backup` and `restore`: a backup now, a restore that says how to undo it, and
writers that refuse a journal another machine has open (exit 2, one line, nothing changed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli_bad_input import ADD, digest, refused
from valuejournal.cli import main
from valuejournal.store import backups, lock
from valuejournal.store.restore import counts


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_backup_then_restore_then_undo(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = ["--journal", str(journal_path)]
    _ok(capsys, *ADD, *j)
    out = _ok(capsys, "backup", *j)
    (made,) = backups.list_backups(journal_path)
    assert f"to {made.path}: 1 session, 0 clients" in out
    _ok(capsys, *ADD, "--client", "Acme", *j)
    out = _ok(capsys, "restore", str(made.path), *j)
    assert "1 session, 0 clients" in out and "restore it to undo" in out
    assert counts(journal_path).sessions == 1
    before = next(b for b in backups.list_backups(journal_path) if b.reason == "restore")
    _ok(capsys, "restore", str(before.path), *j)
    assert counts(journal_path).sessions == 2 and counts(journal_path).clients == 1


def test_bad_restores_are_one_line_and_change_nothing(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = ["--journal", str(journal_path)]
    _ok(capsys, *ADD, *j)
    before = digest(journal_path)
    (tmp_path / "text.txt").write_text("hello")
    assert "not a Value Journal" in refused(capsys, "restore", str(tmp_path / "text.txt"), *j)
    assert "no backup" in refused(capsys, "restore", str(tmp_path / "missing"), *j)
    assert "no journal" in refused(capsys, "backup", "--journal", str(tmp_path / "none"))
    assert digest(journal_path) == before


def test_writers_refuse_a_journal_another_machine_has_open(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = ["--journal", str(journal_path)]
    _ok(capsys, *ADD, *j)
    _ok(capsys, "backup", *j)
    (made,) = backups.list_backups(journal_path)
    data = {"host": "other-laptop", "pid": 77, "since": "2026-11-30T09:15:00+00:00"}
    lock.lock_path(journal_path).write_text(json.dumps(data), encoding="utf-8")
    before = digest(journal_path)
    assert "other-laptop" in refused(capsys, *ADD, *j)
    assert "other-laptop" in refused(capsys, "restore", str(made.path), *j)
    assert digest(journal_path) == before
    _ok(capsys, "backup", *j)  # reading it is fine
