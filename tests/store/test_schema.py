"""The models are the one schema source: the migrations build exactly them, and the column
lists of the safety checks, bulk inserts and row mappers are theirs."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import UTC, date, datetime, time
from importlib import resources
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData

from valuejournal.core.entities import (
    Capture,
    Client,
    Comment,
    CommentTarget,
    Giving,
    PaySource,
    PayStatus,
    Session,
)
from valuejournal.store import convert
from valuejournal.store.engine import HEAD_REVISION, KNOWN_REVISIONS, make_engine
from valuejournal.store.journal import Journal
from valuejournal.store.models import table_of
from valuejournal.store.safety import EXPECTED_COLUMNS, check_file
from valuejournal.store.schema import ADDED_IN, MODELS, TABLE_COLUMNS, columns_at, has_table


def _metadata() -> MetaData:
    metadata = MetaData()
    for model in MODELS:
        table_of(model).to_metadata(metadata)
    return metadata


def _migrate(path: Path, revision: str) -> None:
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("valuejournal.store") / "migrations")
    )
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_a_migrated_journal_has_exactly_the_models_schema(tmp_path: Path) -> None:
    path = tmp_path / "fresh.vjournal"
    Journal.open(path).close()
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, _metadata())
    finally:
        engine.dispose()
    assert differences == []


def test_the_comparison_sees_a_column_the_migrations_lack(tmp_path: Path) -> None:
    path = tmp_path / "fresh.vjournal"
    Journal.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE work_session DROP COLUMN social")
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), _metadata())
    finally:
        engine.dispose()
    assert [(d[0], d[2], d[3].name) for d in differences] == [
        ("add_column", "work_session", "social")
    ]


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_each_revision_has_the_columns_the_safety_check_expects(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / f"at-{revision}.vjournal"
    _migrate(path, revision)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {t for t in EXPECTED_COLUMNS if has_table(t, revision)}
        for table in tables:
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            assert columns == columns_at(table, revision), (table, revision)


def test_the_safety_check_expects_the_models_columns() -> None:
    assert EXPECTED_COLUMNS["work_session"] == set(TABLE_COLUMNS["work_session"])
    assert EXPECTED_COLUMNS["alembic_version"] == {"version_num"}
    assert set(ADDED_IN) <= set(KNOWN_REVISIONS) - {KNOWN_REVISIONS[0]}
    assert columns_at("journal_meta", HEAD_REVISION) == set(TABLE_COLUMNS["journal_meta"])
    assert "kind" not in columns_at("journal_meta", "0001")


def test_a_journal_with_a_column_dropped_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "j.vjournal"
    Journal.open(path).close()
    assert check_file(path).ok
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE client DROP COLUMN notes")
    report = check_file(path)
    assert not report.ok
    assert "notes" in report.problems[0]


def _full_session() -> Session:
    return Session(
        day=date(2026, 3, 2),
        minutes=95,
        seconds=5690,  # 94 min 50 s, exact
        title="Workshop",
        client="Acme",
        project="Launch",
        pay_source=PaySource.RATE,
        giving=Giving.GIFT,
        value=7,
        notes="went well",
        private=True,
        start_time=time(9, 30),
        pay_minor=45000,
        currency="CHF",
        status=PayStatus.PAID,
        paid_on=date(2026, 3, 20),
        captures=frozenset({Capture.JOY, Capture.REFERRAL}),
        mood=4,
        energy=3,
        stress=2,
        ecological=1,
        economic=2,
        social=-1,
        tags=("design", "remote"),
        created_at=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        updated_at=datetime(2026, 3, 3, 8, 0, tzinfo=UTC),
    )


def test_row_mappers_write_every_column_and_read_every_field() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    values = convert.session_values(_full_session(), 3, now)
    assert set(values) == set(TABLE_COLUMNS["work_session"]) - {"id"}
    comment = Comment(CommentTarget.SESSION, "good", "coach", target_uuid="u")
    assert set(convert.comment_values(comment)) == set(TABLE_COLUMNS["comment"]) - {"id"}
    client_columns = set(convert.client_values(Client("Acme"), now))
    assert client_columns == set(TABLE_COLUMNS["client"]) - {"id", "uuid", "created_at"}
    unmapped = {f.name for f in fields(Session)} - set(convert.SESSION_COPIED)
    # seconds is stored as duration_seconds (the exact duration, revision 0003)
    assert unmapped == {
        "client", "tags", "private", "status", "captures", "seconds", "project", "pay_source",
        "giving",
    }  # fmt: skip
    assert values["duration_seconds"] == _full_session().duration_seconds


@pytest.mark.parametrize("bulk", [True, False])
def test_bulk_and_single_inserts_read_back_the_same_session(tmp_path: Path, bulk: bool) -> None:
    session = _full_session()
    with Journal.open(tmp_path / "j.vjournal") as journal:
        if bulk:
            assert journal.add_sessions_bulk([session]) == 1
        else:
            journal.add_session(session)
        (back,) = journal.all_sessions()
    assert back == session
