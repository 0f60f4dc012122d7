"""Database errors are sorted by SQLite's result code, never by the words of the message."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from valuejournal.cli import main
from valuejournal.store.errors import (
    CorruptJournalError,
    DatabaseBugError,
    JournalUnavailableError,
    NotAJournalError,
    classify,
    sqlite_code,
)
from valuejournal.store.journal import Journal


def _error(code: int, name: str, message: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("code", "name", "kind", "words"),
    [
        (5, "SQLITE_BUSY", JournalUnavailableError, "in use"),
        (517, "SQLITE_BUSY_SNAPSHOT", JournalUnavailableError, "in use"),
        (6, "SQLITE_LOCKED", JournalUnavailableError, "in use"),
        (8, "SQLITE_READONLY", JournalUnavailableError, "read-only"),
        (13, "SQLITE_FULL", JournalUnavailableError, "full"),
        (14, "SQLITE_CANTOPEN", JournalUnavailableError, "cannot be opened"),
        (11, "SQLITE_CORRUPT", CorruptJournalError, "damaged"),
        (26, "SQLITE_NOTADB", NotAJournalError, "not a Value Journal"),
    ],
)
def test_environment_errors_by_code(code: int, name: str, kind: type, words: str) -> None:
    sorted_exc = classify(_error(code, name, "whatever the words"), "J")
    assert type(sorted_exc) is kind and words in str(sorted_exc)


def test_words_do_not_decide() -> None:
    # SQLITE_ERROR with "locked" and "full" in its text is still a bug.
    exc = _error(1, "SQLITE_ERROR", "no such table: locked_full_readonly")
    assert isinstance(classify(exc, "J"), DatabaseBugError)
    wrapped = OperationalError("SELECT 1", {}, _error(13, "SQLITE_FULL", "no such table"))
    assert sqlite_code(wrapped) == 13
    assert isinstance(classify(wrapped, "J"), JournalUnavailableError)


def test_a_real_readonly_journal(journal_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() == 0:
        # root writes through file modes; a read-only open gives SQLite's own READONLY code.
        Journal.open(journal_path).close()
        conn = sqlite3.connect(journal_path.as_uri() + "?mode=ro", uri=True)
        with pytest.raises(sqlite3.Error) as caught:
            conn.execute("CREATE TABLE x (y)")
        conn.close()
        assert isinstance(classify(caught.value, journal_path), JournalUnavailableError)
        return
    Journal.open(journal_path).close()  # pragma: no cover - non-root runs
    journal_path.chmod(0o400)  # pragma: no cover
    code = main(["add", "--journal", str(journal_path), "--date", "2026-03-02",
                 "--hours", "1", "--value", "5"])  # fmt: skip  # pragma: no cover
    assert code == 2  # pragma: no cover


def test_a_locked_journal_waits_then_says_so(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    holder = sqlite3.connect(journal_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        exc = None
        conn = sqlite3.connect(journal_path, timeout=0.1)
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as caught:
            exc = caught
        conn.close()
        assert exc is not None
        assert isinstance(classify(exc, journal_path), JournalUnavailableError)
    finally:
        holder.close()


def test_not_a_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "noise.vjournal"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    code = main(["add", "--journal", str(bad), "--date", "2026-03-02", "--hours", "1",
                 "--value", "5"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
