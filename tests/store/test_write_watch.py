"""The journal's write watch: commits from another connection are noticed once, the
journal's own (on any thread) never, an outside commit right after our own is not taken
for it, and the watch's connection goes with the journal."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

from valuejournal.core.entities import Session
from valuejournal.store import cipher
from valuejournal.store.encryption import encrypt_journal
from valuejournal.store.journal import Journal


def _session(title: str) -> Session:
    return Session(day=date(2026, 11, 2), minutes=60, title=title, client="Acme")


def test_another_connections_commit_is_noticed_once(journal_path: Path) -> None:
    with Journal.open(journal_path, owner="Ana") as mine:
        watch = mine.watch_writes()
        assert watch.changed_outside() is False
        with Journal.open(journal_path) as other:
            other.add_session(_session("from the command line"))
        assert watch.changed_outside() is True
        assert watch.changed_outside() is False  # told once


def test_the_journals_own_writes_are_not_outside(journal_path: Path) -> None:
    with Journal.open(journal_path, owner="Ana") as mine:
        watch = mine.watch_writes()
        stored = mine.add_session(_session("typed in the window"))
        mine.set_owner("Ana B")
        mine.delete_sessions([stored.uuid])
        assert watch.changed_outside() is False
        worker = threading.Thread(target=lambda: mine.add_session(_session("on the worker")))
        worker.start()
        worker.join()
        assert watch.changed_outside() is False
        assert mine.count_sessions() == 1


def test_an_outside_write_before_our_own_is_still_noticed(journal_path: Path) -> None:
    with Journal.open(journal_path, owner="Ana") as mine:
        watch = mine.watch_writes()
        with Journal.open(journal_path) as other:
            other.add_session(_session("outside"))
        mine.add_session(_session("ours, before the watch looked"))
        assert watch.changed_outside() is True


def test_an_outside_commit_right_after_ours_is_not_taken_for_ours(journal_path: Path) -> None:
    """The order `Journal._write` tells the watch in, with another process committing
    between our commit and the watch's look: that commit is outside."""
    with Journal.open(journal_path, owner="Ana") as mine, Journal.open(journal_path) as other:
        watch = mine.watch_writes()
        with mine.engine.connect() as conn:
            with conn.begin():
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                mark = watch.begin(conn)
                conn.exec_driver_sql("UPDATE journal_meta SET owner = 'Ana B'")
            other.add_session(_session("squeezed in"))
            watch.committed(conn, mark)
        assert watch.changed_outside() is True


def test_a_real_command_line_add_is_noticed(journal_path: Path) -> None:
    with Journal.open(journal_path, owner="Ana") as mine:
        watch = mine.watch_writes()
        done = subprocess.run(
            [sys.executable, "-m", "valuejournal", "add", "--journal", str(journal_path),
             "--date", "2026-11-02", "--client", "Acme", "--hours", "2", "--value", "7",
             "--title", "CLI work"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert watch.changed_outside() is True
        assert [s.title for s in mine.all_sessions()] == ["CLI work"]


def test_an_encrypted_journal_is_watched_alike(journal_path: Path) -> None:
    cipher._keys.clear()
    Journal.open(journal_path, owner="Ana").close()
    encrypt_journal(journal_path, "correct horse battery staple")
    with Journal.open(journal_path) as mine:
        watch = mine.watch_writes()
        mine.add_session(_session("ours"))
        assert watch.changed_outside() is False
        with Journal.open(journal_path) as other:
            other.add_session(_session("theirs"))
        assert watch.changed_outside() is True
    cipher._keys.clear()


def test_the_watch_closes_with_the_journal(journal_path: Path) -> None:
    mine = Journal.open(journal_path, owner="Ana")
    watch = mine.watch_writes()
    assert mine.watch_writes() is watch  # one per journal
    mine.add_session(_session("ours"))
    mine.close()
    # the last connection closed: SQLite folded the WAL back in and removed it
    assert not Path(f"{journal_path}-wal").exists()
    assert watch.changed_outside() is False
