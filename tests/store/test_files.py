"""Opening files: migrations with a backup, newer schemas refused, foreign files refused."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from valuejournal.core.entities import Session
from valuejournal.store import engine
from valuejournal.store.errors import NewerSchemaError, NotAJournalError
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.writer import JournalContents, write_journal_file


def test_new_file_is_created_with_folders_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "j.vjournal"
    with Journal.open(path) as journal:
        journal.add_session(Session(day=date(2026, 1, 1), minutes=30))
        with journal.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert path.exists()
    assert check_file(path).ok


def test_newer_schema_is_refused_and_file_untouched(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == before
    assert not check_file(journal_path).ok


def test_an_older_file_is_backed_up_then_migrated(journal_path: Path) -> None:
    conn = sqlite3.connect(journal_path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.commit()
    conn.close()
    with Journal.open(journal_path) as journal:
        assert journal.count_sessions() == 0
    backups = list(journal_path.parent.glob("test.vjournal.backup-*"))
    assert len(backups) == 1
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION


def test_not_a_journal(tmp_path: Path) -> None:
    text = tmp_path / "notes.vjournal"
    text.write_text("hello, I am text")
    with pytest.raises(NotAJournalError):
        Journal.open(text)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAJournalError):
        Journal.open(other)
    assert "not a Value Journal" in check_file(other).problems[0]


def test_check_finds_triggers_and_damage(journal_path: Path, tmp_path: Path) -> None:
    Journal.open(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON tag BEGIN DELETE FROM work_session; END")
    conn.commit()
    conn.close()
    assert any("trigger" in p for p in check_file(journal_path).problems)
    truncated = tmp_path / "cut.vjournal"
    truncated.write_bytes(journal_path.read_bytes()[:1500])
    assert not check_file(truncated).ok


def test_whole_file_writer_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "w.vjournal"
    good = JournalContents(owner="A", sessions=[Session(day=date(2026, 1, 1), minutes=5)])
    write_journal_file(path, good)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.vjournal"]
    bad = JournalContents(owner="B", sessions=[Session(day=date(2026, 1, 1), minutes=-5)])
    with pytest.raises(Exception, match="duration"):
        write_journal_file(tmp_path / "x.vjournal", bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.vjournal"]
    with pytest.raises(Exception, match="already exists"):
        write_journal_file(path, good)
