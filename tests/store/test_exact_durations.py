"""Durations exact to the second (revision 0003): stored, read back, migrated, totalled."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

from tests.helpers.schema import downgrade
from valuejournal.core.entities import Session
from valuejournal.core.insights.columns import SessionColumns
from valuejournal.store import engine
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.writer import write_demo_journal


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_seconds_are_stored_and_read_back(journal_path: Path) -> None:
    exact = Session(day=date(2026, 3, 6), minutes=20, seconds=1229, title="Blog")
    whole = Session(day=date(2026, 3, 6), minutes=45, title="Call")
    with Journal.open(journal_path) as journal:
        journal.add_sessions_bulk([exact])
        journal.add_session(whole)
        back = {s.title: s for s in journal.all_sessions()}
        minutes, _, _ = journal.totals(date(2026, 3, 1), date(2026, 3, 31))
        columns = SessionColumns.from_rows(journal.insight_rows())
    assert (back["Blog"].minutes, back["Blog"].seconds) == (20, 1229)
    assert back["Call"].seconds is None and back["Call"].duration_seconds == 2700
    assert minutes == 65  # 1229 + 2700 seconds = 65.48 minutes, rounded once
    assert sorted(columns.minutes.tolist()) == [1229 / 60, 45.0]
    assert sorted(_raw(journal_path, "SELECT minutes, duration_seconds FROM work_session")) == [
        (20, 1229),
        (45, 2700),
    ]


def test_an_edit_of_the_minutes_wins_over_old_seconds(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        session = journal.add_session(Session(day=date(2026, 3, 6), minutes=20, seconds=1229))
        journal.update_session(dataclasses.replace(session, minutes=90))
        (back,) = journal.all_sessions()
    assert (back.minutes, back.duration_seconds) == (90, 5400)


def test_a_0002_journal_is_migrated_and_stays_exact(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_session(Session(day=date(2026, 1, 5), minutes=95, title="Old work"))
    downgrade(journal_path, "0003")  # then by hand, as 0003's downgrade would
    conn = sqlite3.connect(journal_path)
    conn.executescript(
        "ALTER TABLE work_session DROP COLUMN duration_seconds; DROP TABLE mood_entry; "
        "UPDATE alembic_version SET version_num = '0002';"
    )
    conn.close()
    assert engine.stored_revision(journal_path) == "0002"
    assert check_file(journal_path).ok  # an older file is still a sound journal
    with Journal.open(journal_path) as journal:
        (back,) = journal.all_sessions()
        minutes, _, _ = journal.totals(date(2026, 1, 1), date(2026, 1, 31))
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
    assert (back.minutes, back.duration_seconds, minutes) == (95, 95 * 60, 95)
    assert _raw(journal_path, "SELECT duration_seconds FROM work_session") == [(5700,)]
    assert check_file(journal_path).ok


TABLES = ("client", "work_session", "tag", "session_tag", "reflection", "comment")


def _counts(path: Path) -> dict[str, int]:
    return {table: _raw(path, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


def test_migrating_a_0002_journal_keeps_every_row(journal_path: Path) -> None:
    """Rebuilding work_session must not cascade into the tags, comments or clients."""
    write_demo_journal(journal_path, seed=3, weeks=6, end=date(2026, 9, 30))
    downgrade(journal_path, "0003")  # then by hand, as 0003's downgrade would
    conn = sqlite3.connect(journal_path)
    conn.executescript(
        "ALTER TABLE work_session DROP COLUMN duration_seconds; DROP TABLE mood_entry; "
        "UPDATE alembic_version SET version_num = '0002';"
    )
    conn.close()
    before = _counts(journal_path)
    assert before["session_tag"] > 0 and before["work_session"] > 0
    with Journal.open(journal_path) as journal:
        sessions = journal.all_sessions()
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
    assert _counts(journal_path) == before
    assert sum(len(s.tags) for s in sessions) == before["session_tag"]
    assert _raw(journal_path, "PRAGMA foreign_key_check") == []
    assert _raw(journal_path, "PRAGMA foreign_keys") == [(0,)]  # a fresh connection's default
