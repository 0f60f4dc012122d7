"""The running timer in the journal file: one at most, stop is all or nothing, migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import Session
from valuejournal.core.timer import Ratings, TimerError, sessions_for
from valuejournal.store import engine
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.writer import write_demo_journal


def test_a_started_timer_is_in_the_file_at_once(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        started = journal.start_timer(" Acme ", " Logo ")
    with Journal.open(journal_path, create=False) as again:  # as after a crash or a reboot
        running = again.running_timer()
    assert running == started
    assert (running.client, running.title) == ("Acme", "Logo")
    assert running.started_at.tzinfo is not None


def test_only_one_timer_runs_and_a_second_start_names_the_first(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.start_timer("Acme")
        with pytest.raises(TimerError, match="already running since .* for Acme"):
            journal.start_timer("Other")
        assert journal.running_timer().client == "Acme"  # type: ignore[union-attr]


def test_stop_removes_the_timer_and_writes_the_session_together(journal_path: Path) -> None:
    start = datetime.now(UTC) - timedelta(minutes=50)
    with Journal.open(journal_path) as journal:
        timer = journal.start_timer("Acme", "Logo", at=start)
        sessions = sessions_for(timer, start + timedelta(minutes=50), Ratings(8, 4, 3, 1))
        journal.stop_timer(timer, sessions)
        assert journal.running_timer() is None
        (back,) = journal.all_sessions()
        with pytest.raises(TimerError, match="no longer running"):
            journal.stop_timer(timer, sessions)  # a second stop writes nothing
        assert journal.count_sessions() == 1
    assert (back.client, back.value, back.mood, back.energy, back.stress) == ("Acme", 8, 4, 3, 1)
    assert back.duration_seconds == 3000


def test_a_stop_with_a_bad_session_leaves_the_timer_running(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        timer = journal.start_timer()
        bad = Session(day=date(2026, 12, 1), minutes=10, value=11)
        with pytest.raises(ValueError, match="value"):
            journal.stop_timer(timer, [bad])
        assert journal.running_timer() == timer
        assert journal.count_sessions() == 0


def test_idle_gaps_and_restore_round_trip(journal_path: Path) -> None:
    start = datetime(2026, 12, 1, 8, tzinfo=UTC)
    with Journal.open(journal_path) as journal:
        timer = journal.start_timer(at=start)
        timer = journal.note_idle(timer, start + timedelta(hours=1), start + timedelta(hours=2))
        assert journal.running_timer() == timer and len(timer.idle) == 1
        journal.stop_timer(timer, sessions_for(timer, start + timedelta(hours=3), Ratings()))
        journal.restore_timer(timer)  # undoing the stop
        assert journal.running_timer() == timer


def test_a_0005_journal_gains_the_timer_table_and_keeps_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "old.vjournal"
    write_demo_journal(path, weeks=4, end=date(2026, 11, 30))
    downgrade(path, "0005")  # the migrations' own steps back to 0005
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT uuid, day, duration_seconds FROM work_session").fetchall()
    assert engine.stored_revision(path) == "0005"
    with Journal.open(path, create=False) as journal:
        assert journal.running_timer() is None
        journal.start_timer("Acme")
    assert engine.stored_revision(path) == engine.HEAD_REVISION
    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT uuid, day, duration_seconds FROM work_session").fetchall()
    assert sorted(after) == sorted(before) and len(before) > 20
    assert check_file(path).ok
    assert [p for p in tmp_path.rglob("*") if "migration" in p.name]  # the copy before it
