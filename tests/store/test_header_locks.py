"""Reading a journal's header in the process that has it open keeps SQLite's locks: another
process (the CLI's status) must not take itself for the last connection and delete the live
write-ahead log, or every later write of this process would be lost."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from valuejournal.core.entities import Session
from valuejournal.filehead import read_head
from valuejournal.store import cipher, engine, safety
from valuejournal.store.journal import Journal

READ_TITLES = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "print(','.join(t for (t,) in c.execute('select title from work_session order by id')))"
)


def other_process(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_header_reads_keep_the_locks_so_the_cli_leaves_the_log_alone(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    try:
        journal.add_session(Session(day=date(2026, 12, 1), minutes=30, title="before"))
        assert not cipher.is_encrypted(journal_path)  # what the backups and the window ask
        assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
        safety.check_file(journal_path)  # valuejournal check, from the window or the CLI
        assert read_head(journal_path) == engine.SQLITE_MAGIC
        status = other_process("-m", "valuejournal", "status", "--journal", str(journal_path))
        assert status == "No timer is running."
        assert Path(f"{journal_path}-wal").exists()  # the live log is still there
        journal.add_session(Session(day=date(2026, 12, 1), minutes=30, title="after"))
        assert other_process("-c", READ_TITLES, str(journal_path)) == "before,after"
    finally:
        journal.close()
    assert other_process("-c", READ_TITLES, str(journal_path)) == "before,after"


def test_a_deleted_file_s_descriptor_is_let_go(tmp_path: Path) -> None:
    first = tmp_path / "a.bin"
    first.write_bytes(b"0123456789abcdefXYZ")
    assert read_head(first) == b"0123456789abcdef"
    first.unlink()
    first.write_bytes(b"another file")  # the same name, a new file
    assert read_head(first, 7) == b"another"
