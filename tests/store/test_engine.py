"""Creating journal files: the migrations run once per process, every new file starts from
their empty result and gets its own meta row and uuid."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from valuejournal.store import engine
from valuejournal.store.engine import HEAD_REVISION, empty_schema, stored_revision
from valuejournal.store.journal import Journal


def test_the_empty_schema_is_at_head_and_holds_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "empty.vjournal"
    path.write_bytes(empty_schema())
    assert stored_revision(path) == HEAD_REVISION
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    assert "journal_meta" in counts and "work_session" in counts
    assert {t: n for t, n in counts.items() if n} == {"alembic_version": 1}


def test_new_journals_are_copies_with_their_own_uuid_and_owner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty_schema()  # built once for the process (maybe by an earlier test)
    runs: list[object] = []
    real = engine._run_migrations
    monkeypatch.setattr(engine, "_run_migrations", lambda e: (runs.append(e), real(e)))
    infos = []
    for n, owner in enumerate(("Ana", "Ben", "Cleo")):
        with Journal.open(tmp_path / f"{n}.vjournal", owner=owner, currency="USD") as journal:
            infos.append(journal.info())
            assert list(journal.all_sessions()) == []
    assert runs == []  # no new file ran the migrations again
    assert len({i.uuid for i in infos}) == 3
    assert [i.owner for i in infos] == ["Ana", "Ben", "Cleo"]
    assert {i.base_currency for i in infos} == {"USD"}
    for n in range(3):
        with sqlite3.connect(tmp_path / f"{n}.vjournal") as conn:
            assert conn.execute("SELECT count(*) FROM journal_meta").fetchone()[0] == 1
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert (tmp_path / f"{n}.vjournal").stat().st_mode & 0o777 == 0o600
