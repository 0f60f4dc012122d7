"""No command writes over the journal or its own files, and none replaces a file without --force."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.store.journal import Journal


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(demo_path: Path) -> Path:
    with Journal.open(demo_path) as journal:
        assert journal.count_sessions() > 100
    return demo_path


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    _out, err = capsys.readouterr()
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def _targets(journal: Path) -> list[Path]:
    link = journal.with_name("link.vjournal")
    link.symlink_to(journal.name)
    hard = journal.with_name("hard.pdf")
    os.link(journal, hard)
    return [journal, link, hard, Path(f"{journal}-wal"), Path(f"{journal}-shm")]


@pytest.mark.parametrize("command", ["report", "share", "export"])
def test_the_journal_is_never_an_output(
    capsys: pytest.CaptureFixture[str], filled: Path, command: str
) -> None:
    before = digest(filled)
    for target in _targets(filled):
        args = {
            "report": ["report", "--quarter", "2026-Q3", "--out", str(target)],
            "share": ["share", "--out", str(target), "--force"],
            "export": ["export", str(target)],
        }[command]
        err = refused(capsys, *args, "--journal", str(filled))
        assert "journal" in err or "belongs" in err
        assert digest(filled) == before
        with Journal.open(filled) as journal:
            assert journal.count_sessions() > 100


def test_backups_are_never_an_output(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    backup = filled.with_name(f"{filled.name}.backup-20260101-120000")
    backup.write_bytes(filled.read_bytes())
    before = digest(backup)
    refused(capsys, "export", str(backup), "--journal", str(filled), "--force")
    refused(capsys, "share", "--out", str(backup), "--journal", str(filled), "--force")
    assert digest(backup) == before


def test_demo_never_replaces_the_journal(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    before = digest(filled)
    refused(capsys, "--journal", str(filled), "demo", str(filled), "--force")
    refused(capsys, "demo", f"{filled}-wal", "--force")
    assert digest(filled) == before


def test_default_journal_is_protected_too(
    capsys: pytest.CaptureFixture[str], filled: Path, app_home: Path
) -> None:
    from valuejournal import paths

    default = paths.default_journal()
    default.parent.mkdir(parents=True)
    default.write_bytes(filled.read_bytes())
    before = digest(default)
    refused(capsys, "demo", str(default), "--force")
    refused(capsys, "export", str(default), "--force")
    assert digest(default) == before


@pytest.mark.parametrize("command", ["report", "export"])
def test_an_existing_file_needs_force(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, command: str
) -> None:
    other = tmp_path / ("other.pdf" if command == "report" else "other.csv")
    other.write_text("keep me")
    args = {
        "report": ["report", "--quarter", "2026-Q3", "--out", str(other)],
        "export": ["export", str(other)],
    }[command]
    err = refused(capsys, *args, "--journal", str(filled))
    assert "--force" in err
    assert other.read_text() == "keep me"
