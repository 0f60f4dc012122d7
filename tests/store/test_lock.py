"""The lock beside the journal: taken and released, a stale one taken over, another machine's
refused (the CLI writers) or left alone."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from valuejournal.core.entities import Session
from valuejournal.store import lock
from valuejournal.store.errors import JournalError
from valuejournal.store.journal import Journal


def _write_lock(journal: Path, host: str, pid: int, boot: str = "") -> None:
    data = {"host": host, "pid": pid, "boot": boot, "since": "2026-11-30T09:15:00+00:00"}
    lock.lock_path(journal).write_text(json.dumps(data), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_lock_names_this_machine_and_process_and_goes_at_release(journal: Journal) -> None:
    held = lock.acquire(journal.path)
    holder = lock.read_holder(journal.path)
    assert held.owned and holder is not None
    assert (holder.host, holder.pid) == (socket.gethostname(), lock.me().pid)
    assert lock.lock_path(journal.path).name == "test.vjournal.lock"
    again = lock.acquire(journal.path)  # a second window of this process
    held.release()
    assert lock.lock_path(journal.path).exists()
    again.release()
    assert not lock.lock_path(journal.path).exists()


def test_a_stale_lock_is_taken_over_silently(journal: Journal) -> None:
    _write_lock(journal.path, socket.gethostname(), _dead_pid())
    held = lock.acquire(journal.path)
    assert held.owned and lock.read_holder(journal.path) == held.holder
    held.release()
    _write_lock(journal.path, socket.gethostname(), 1, boot="an-earlier-boot")  # pid 1 lives
    held = lock.acquire(journal.path)
    assert held.owned
    held.release()
    lock.lock_path(journal.path).write_text("{not json", encoding="utf-8")
    assert lock.acquire(journal.path).owned


def test_another_local_process_keeps_its_lock(journal: Journal) -> None:
    _write_lock(journal.path, socket.gethostname(), 1, boot=lock.me().boot)
    held = lock.acquire(journal.path)
    assert not held.owned and held.holder.pid == 1
    held.release()
    assert lock.read_holder(journal.path).pid == 1  # type: ignore[union-attr]


def test_another_machine_s_lock_refuses_writers_but_not_a_read_only_open(
    journal: Journal,
) -> None:
    journal.add_session(Session(day=date(2026, 1, 5), minutes=60, title="mine"))
    journal.close()
    _write_lock(journal.path, "other-laptop", 4242)
    with pytest.raises(lock.JournalLockedError, match="other-laptop"):
        lock.acquire(journal.path)
    with pytest.raises(lock.JournalLockedError, match="close it there first"):
        Journal.open(journal.path)
    with Journal.open_read_only(journal.path) as reader:
        assert [s.title for s in reader.all_sessions()] == ["mine"]
        with pytest.raises(JournalError):
            reader.add_session(Session(day=date(2026, 1, 6), minutes=30))
    taken = lock.acquire(journal.path, take_over=True)
    assert taken.owned and lock.foreign_holder(journal.path) is None
