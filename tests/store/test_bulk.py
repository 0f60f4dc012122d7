"""Bulk inserts (store/bulk.py): the rows written column by column are the rows one add
writes; a large batch sets the table's indexes aside and builds them again, refusing a
repeated uuid as before; the uuids asked about and the tombstones forgotten are the same
whichever way the journal looks them up."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from valuejournal.core.entities import Capture, Giving, PaySource, PayStatus, Session
from valuejournal.store import bulk
from valuejournal.store.errors import JournalError
from valuejournal.store.journal import Journal

STAMP = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)


def varied() -> list[Session]:
    """Sessions using every kind of column value a row can hold."""
    plain = Session(day=date(2026, 3, 2), minutes=90, title="Plain", uuid="u-plain",
                    created_at=STAMP, updated_at=STAMP)  # fmt: skip
    return [
        plain,
        replace(
            plain,
            uuid="u-full",
            client="Acme",
            project="Website",
            notes="n\nm",
            private=True,
            start_time=time(9, 5, 30),
            pay_minor=12345,
            currency="USD",
            status=PayStatus.PAID,
            paid_on=date(2026, 3, 9),
            value=7,
            mood=4,
            energy=2,
            stress=5,
            ecological=-2,
            economic=2,
            social=0,
            tags=("b", "a"),
            captures=frozenset({Capture.REFERRAL, Capture.JOY}),
            seconds=5430,
            minutes=91,
            pay_source=PaySource.RATE,
            giving=Giving.NONE,
            fx_rate="1.25",
            fx_day=date(2026, 3, 1),
        ),  # fmt: skip
        replace(
            plain,
            uuid="u-gift",
            client="Kiez e.V.",
            giving=Giving.GIFT,
            minutes=30,
            seconds=1799,
            created_at=datetime(2020, 1, 1, tzinfo=UTC),
        ),  # fmt: skip
        replace(
            plain,
            uuid="u-pending",
            client="Acme",
            pay_minor=500,
            status=PayStatus.PENDING,
            currency="JPY",
            tags=("a",),
        ),  # fmt: skip
    ]


def table_rows(path: Path) -> list[tuple[object, ...]]:
    """Every work_session and session_tag row as stored, by uuid (ids left out)."""
    conn = sqlite3.connect(path)
    try:
        names = [r[1] for r in conn.execute("PRAGMA table_info(work_session)") if r[1] != "id"]
        rows = conn.execute(f"SELECT {', '.join(names)} FROM work_session ORDER BY uuid").fetchall()
        tags = conn.execute(
            "SELECT s.uuid, t.name FROM session_tag l JOIN work_session s ON s.id = l.session_id "
            "JOIN tag t ON t.id = l.tag_id ORDER BY s.uuid, t.name"
        ).fetchall()
    finally:
        conn.close()
    return [*rows, *tags]


def indexes(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'work_session' ORDER BY name"
        ).fetchall()
    finally:
        conn.close()


def test_a_bulk_insert_stores_the_rows_one_add_at_a_time_stores(tmp_path: Path) -> None:
    one, many = tmp_path / "one.vjournal", tmp_path / "many.vjournal"
    with Journal.open(one) as journal:
        for session in varied():
            journal.add_session(session)
    with Journal.open(many) as journal:
        assert journal.add_sessions_bulk(varied()) == 4
    stored = table_rows(many)
    assert stored == table_rows(one)
    by_uuid = {row[0]: row for row in stored if len(row) > 2}
    assert len(by_uuid) == 4 and ("u-full", "a") in stored and ("u-full", "b") in stored


def test_a_large_batch_builds_the_indexes_again_and_refuses_a_repeat(tmp_path: Path) -> None:
    path = tmp_path / "big.vjournal"
    count = bulk.REBUILD_FROM + 5
    batch = [
        Session(day=date(2026, 1, 1 + i % 28), minutes=60, title=f"S{i}", client=f"C{i % 7}",
                uuid=f"big-{i:06d}")
        for i in range(count)
    ]  # fmt: skip
    with Journal.open(path) as journal:
        journal.add_session(Session(day=date(2025, 1, 1), minutes=5, title="Old", uuid="old"))
    before = indexes(path)
    assert {name for name, _ in before} >= {"ix_work_session_uuid", "ix_work_session_day"}
    with Journal.open(path) as journal:
        repeated = [*batch, replace(batch[0], title="Again")]
        with pytest.raises(JournalError, match="already in the journal"):
            journal.add_sessions_bulk(repeated)
        assert journal.count_sessions() == 1
        assert indexes(path) == before  # the failed batch rolled back, indexes and all
        assert journal.add_sessions_bulk(batch) == count
        assert journal.count_sessions() == count + 1
        assert journal.existing_uuids(["old", "big-000042", "nobody"]) == {"old", "big-000042"}
        with pytest.raises(JournalError, match="already in the journal"):
            journal.add_sessions_bulk([replace(batch[7], title="Again")])  # uuid index is back
    assert indexes(path) == before


def test_existing_uuids_and_tombstones_either_way(tmp_path: Path) -> None:
    path = tmp_path / "stones.vjournal"
    sessions = [
        Session(day=date(2026, 2, d), minutes=30, title=f"T{d}", uuid=f"t-{d:02d}")
        for d in range(1, 21)
    ]
    with Journal.open(path) as journal:
        journal.add_sessions_bulk(sessions)
        # more uuids asked than sessions held: the journal reads its own
        many = [f"t-{d:02d}" for d in range(1, 41)]
        assert journal.existing_uuids(many) == {s.uuid for s in sessions}
        # fewer asked than held: each is looked up
        assert journal.existing_uuids(["t-03", "t-99"]) == {"t-03"}
        assert journal.existing_uuids([]) == set()
        journal.delete_sessions([s.uuid for s in sessions[:6]])  # six tombstones
        assert len(journal.list_tombstones()) == 6
        journal.add_sessions_bulk(sessions[:2])  # fewer sessions than tombstones
        assert {t.uuid for t in journal.list_tombstones()} == {s.uuid for s in sessions[2:6]}
        extra = [Session(day=date(2026, 3, d), minutes=30, uuid=f"x-{d}") for d in range(1, 9)]
        journal.add_sessions_bulk([*sessions[2:4], *extra])  # more sessions than tombstones
        assert {t.uuid for t in journal.list_tombstones()} == {s.uuid for s in sessions[4:6]}
        assert journal.count_sessions() == 20 - 6 + 4 + 8
