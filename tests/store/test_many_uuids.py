"""Lookups by many uuids are split into IN lists SQLite accepts (999 variables on old builds)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import event

from valuejournal.core.entities import Comment, CommentTarget, Session
from valuejournal.store.journal import Journal
from valuejournal.store.queries import IN_CHUNK, in_chunks

COUNT = 2 * IN_CHUNK + 150


def _old_sqlite_limits(journal: Journal) -> None:
    """New connections allow only 999 bound variables, as SQLite before 3.32 did."""
    journal.engine.dispose()

    def limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)

    event.listen(journal.engine, "connect", limit)


def test_many_uuids_are_looked_up_added_and_deleted(journal_path: Path) -> None:
    first = date(2020, 1, 1)
    sessions = [
        Session(day=first + timedelta(days=i), minutes=30, value=None if i % 2 else 5)
        for i in range(COUNT)
    ]
    with Journal.open(journal_path) as journal:
        journal.add_sessions_bulk(sessions)
        _old_sqlite_limits(journal)
        with journal.engine.connect() as conn:  # the limit is really in force
            raw = conn.connection.driver_connection
            assert raw is not None
            assert raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) == 999
        uuids = [s.uuid for s in sessions]
        assert journal.existing_uuids([*uuids, "not-there"]) == set(uuids)
        unrated = journal.sessions_by_uuid(uuids, unrated_only=True)
        assert sorted(s.uuid for s in unrated) == sorted(uuids[1::2])
        comments = [Comment(CommentTarget.SESSION, "ok", "coach", target_uuid=u) for u in uuids]
        assert len(journal.add_comments(comments)) == COUNT
        assert journal.add_comments(comments) == []  # the same again adds nothing
        assert journal.delete_sessions(uuids[:-1]) == COUNT - 1
        assert [s.uuid for s in journal.all_sessions()] == uuids[-1:]


def test_chunks_keep_the_first_of_each_value_in_order() -> None:
    values = [*range(IN_CHUNK + 5), 3, 2, 1]
    chunks = list(in_chunks(values))
    assert [len(c) for c in chunks] == [IN_CHUNK, 5]
    assert [v for c in chunks for v in c] == list(range(IN_CHUNK + 5))
