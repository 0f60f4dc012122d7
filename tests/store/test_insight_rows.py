"""The store's fast rows for insights give exactly the columns the sessions give."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.insights import SessionColumns
from valuejournal.core.insights.cache import ColumnCache
from valuejournal.store.journal import Journal

FIELDS = ("day", "minutes", "value", "pay_minor", "currency", "status", "paid_on", "client",
          "mood", "energy", "stress", "ecological", "economic", "social", "private")  # fmt: skip


def test_rows_and_sessions_make_the_same_columns(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        from_sessions = SessionColumns.from_sessions(journal.all_sessions())
        from_rows = SessionColumns.from_rows(journal.insight_rows())
    assert len(from_rows) == len(from_sessions) > 1000
    for name in FIELDS:
        a, b = getattr(from_sessions, name), getattr(from_rows, name)
        assert a.dtype == b.dtype, name
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), name
    assert from_rows.client_names == from_sessions.client_names
    assert from_rows.currencies == from_sessions.currencies


def test_empty_journal_gives_empty_columns(journal: Journal) -> None:
    assert len(SessionColumns.from_rows(journal.insight_rows())) == 0


def _same(a: SessionColumns, b: SessionColumns) -> None:
    assert len(a) == len(b)
    for name in (*FIELDS, "row"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype, name
        assert np.array_equal(x, y, equal_nan=x.dtype.kind == "f"), name
    assert a.client_names == b.client_names
    assert a.currencies == b.currencies


def test_patched_rows_give_the_columns_a_whole_read_gives(demo_path: Path) -> None:
    """Adds, edits that move a session to another day or client, deletes: the patched cache
    equals a fresh read each time."""
    with Journal.open(demo_path) as journal:
        cache = ColumnCache(journal.insight_rows())
        _same(cache.columns, SessionColumns.from_rows(journal.insight_rows()))
        sessions = journal.all_sessions()
        first, middle, last = sessions[0], sessions[len(sessions) // 2], sessions[-1]
        added = journal.add_session(
            Session(
                day=middle.day,
                minutes=75,
                value=2,
                client="A brand new client",
                pay_minor=12_345,
                currency="USD",
                status=PayStatus.PAID,
                paid_on=last.day,
            )
        )
        moved = journal.update_session(
            replace(first, day=last.day, client=None, value=None, mood=4, paid_on=last.day)
        )
        journal.delete_session(middle.uuid)
        edited = [added.uuid, moved.uuid, middle.uuid]
        patched = cache.patch(edited, journal.insight_rows(edited))
        _same(patched, SessionColumns.from_rows(journal.insight_rows()))
        assert len(cache) == len(sessions) and "USD" in patched.currencies
        journal.delete_session(added.uuid)
        back = journal.update_session(replace(moved, day=first.day, client=first.client))
        patched = cache.patch(
            [added.uuid, back.uuid], journal.insight_rows([added.uuid, back.uuid])
        )
        _same(patched, SessionColumns.from_rows(journal.insight_rows()))
        assert len(cache) == len(sessions) - 1 and "USD" not in patched.currencies
        alone = journal.add_session(Session(day=last.day, minutes=30))  # no client, no pay
        _same(cache.patch([alone.uuid], journal.insight_rows([alone.uuid])),
              SessionColumns.from_rows(journal.insight_rows()))  # fmt: skip


def test_a_cache_of_an_empty_journal_takes_sessions(journal: Journal) -> None:
    cache = ColumnCache(journal.insight_rows())
    first = journal.add_session(Session(day=date(2026, 3, 2), minutes=60, client="Acme"))
    cache.patch([first.uuid], journal.insight_rows([first.uuid]))
    assert cache.columns.client_names == ["Acme"] and len(cache) == 1
    journal.delete_session(first.uuid)
    assert len(cache.patch([first.uuid], journal.insight_rows([first.uuid]))) == 0
    assert cache.columns.client_names == []


def test_rows_carry_chosen_giving(journal: Journal) -> None:
    from valuejournal.core.entities import Giving
    from valuejournal.core.insights.columns import GIVING_GIFT, GIVING_NONE, GIVING_PRO_BONO

    for n, kind in enumerate((Giving.NONE, Giving.PRO_BONO, Giving.GIFT)):
        journal.add_session(Session(day=date(2026, 4, 1 + n), minutes=60, value=8, giving=kind))
    from_rows = SessionColumns.from_rows(journal.insight_rows())
    from_sessions = SessionColumns.from_sessions(journal.all_sessions())
    expected = [GIVING_NONE, GIVING_PRO_BONO, GIVING_GIFT]
    assert from_rows.giving.tolist() == from_sessions.giving.tolist() == expected
    assert len(from_rows.work()) == 1


def test_rows_carry_the_project(journal: Journal) -> None:
    journal.add_session(Session(day=date(2026, 4, 1), minutes=60, client="Acme", project="Web"))
    journal.add_session(Session(day=date(2026, 4, 2), minutes=60, client="Acme"))
    from_rows = SessionColumns.from_rows(journal.insight_rows())
    from_sessions = SessionColumns.from_sessions(journal.all_sessions())
    assert from_rows.project.tolist() == from_sessions.project.tolist() == ["Web", None]
    cache = ColumnCache(journal.insight_rows())
    newest = journal.all_sessions()[-1]
    journal.update_session(replace(newest, project="Print"))
    patched = cache.patch([newest.uuid], journal.insight_rows([newest.uuid]))
    assert patched.project.tolist() == ["Web", "Print"]
