"""The journal file: create, reopen, every field round-trips, one transaction per write."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from valuejournal.core.entities import Capture, Client, PayStatus, Reflection, Session
from valuejournal.core.query import SessionQuery
from valuejournal.core.rules import ValidationError
from valuejournal.store.errors import JournalError
from valuejournal.store.journal import Journal


def full_session() -> Session:
    return Session(
        day=date(2026, 5, 4),
        minutes=135,
        title="Workshop — café owners",
        client="Café Lumière",
        value=8,
        notes="Line one\nLine two, with ünïcödé",
        private=True,
        start_time=time(9, 30),
        pay_minor=123457,
        currency="EUR",
        status=PayStatus.PAID,
        paid_on=date(2026, 6, 1),
        captures=frozenset({Capture.REFERRAL, Capture.JOY}),
        mood=4,
        energy=3,
        stress=2,
        ecological=1,
        economic=2,
        social=-1,
        tags=("design", "workshop"),
        fx_rate="1",  # the base currency's (the store freezes it when a session has none)
    )


def test_every_field_round_trips_through_the_file(journal_path: Path) -> None:
    original = full_session()
    with Journal.open(journal_path) as journal:
        journal.add_session(original)
    with Journal.open(journal_path) as reopened:
        (loaded,) = reopened.query_sessions()
    assert replace(loaded, created_at=None, updated_at=None) == original
    assert loaded.created_at is not None and loaded.created_at.tzinfo is not None


def test_money_is_exact_integer_minor_units(journal: Journal) -> None:
    amounts = [1, 10, 99, 12345678901, 3]
    for amount in amounts:
        journal.add_session(
            Session(day=date(2026, 1, 1), minutes=60, pay_minor=amount, status=PayStatus.PENDING)
        )
    assert sorted(s.pay_minor for s in journal.all_sessions()) == sorted(amounts)


def test_meta_and_owner(journal: Journal) -> None:
    info = journal.info()
    assert info.owner == "Test Person" and info.schema_version == 1 and len(info.uuid) == 36
    journal.set_owner("Ana")
    assert journal.info().owner == "Ana"


def test_update_and_delete(journal: Journal) -> None:
    stored = journal.add_session(full_session())
    changed = journal.update_session(replace(stored, title="Renamed", tags=("one",), client=None))
    (loaded,) = journal.all_sessions()
    assert (loaded.title, loaded.tags, loaded.client) == ("Renamed", ("one",), None)
    assert loaded.created_at == stored.created_at
    assert changed.updated_at >= stored.updated_at
    removed = journal.delete_session(stored.uuid)
    assert removed.title == "Renamed"
    assert journal.count_sessions() == 0
    with pytest.raises(JournalError):
        journal.delete_session(stored.uuid)


def test_invalid_session_is_refused_and_nothing_is_written(journal: Journal) -> None:
    journal.add_session(full_session())
    with pytest.raises(ValidationError):
        journal.add_session(Session(day=date(2026, 1, 1), minutes=0))
    assert journal.count_sessions() == 1


def test_a_failed_bulk_insert_leaves_the_file_unchanged(journal: Journal) -> None:
    first = journal.add_session(full_session())
    before = journal.all_sessions()
    batch = [
        Session(day=date(2026, 1, d), minutes=30, client="New Client", tags=("t",))
        for d in range(1, 6)
    ]
    batch.append(replace(first, title="duplicate uuid"))
    with pytest.raises(JournalError):
        journal.add_sessions_bulk(batch)
    assert journal.all_sessions() == before
    assert journal.get_client("New Client") is None
    assert journal.add_sessions_bulk(batch[:-1]) == 5
    assert journal.count_sessions() == 6


def test_clients_unique_names_rename_archive(journal: Journal) -> None:
    acme = journal.save_client(Client(name="Acme", alternative_rate_minor=8000))
    with pytest.raises(JournalError, match="already exists"):
        journal.save_client(Client(name="ACME"))
    journal.add_session(Session(day=date(2026, 1, 1), minutes=60, client="acme"))
    assert [c.name for c in journal.list_clients()] == ["Acme"]
    journal.save_client(replace(acme, name="Acme Ltd", archived=True))
    assert journal.all_sessions()[0].client == "Acme Ltd"
    assert journal.client_names() == []
    assert journal.client_names(include_archived=True) == ["Acme Ltd"]


def test_queries_filter_sort_and_page(journal: Journal) -> None:
    sessions = [
        Session(day=date(2026, 1, d), minutes=d * 10, client="A" if d % 2 else None,
                title=f"task {d}", value=None if d == 3 else d % 10,
                pay_minor=d * 100 if d % 2 else 0,
                status=PayStatus.PENDING if d % 2 else PayStatus.NONE)
        for d in range(1, 21)
    ]  # fmt: skip
    journal.add_sessions_bulk(sessions)
    assert journal.count_sessions(SessionQuery(client="A")) == 10
    assert journal.count_sessions(SessionQuery(no_client=True)) == 10
    assert journal.count_sessions(SessionQuery(unrated_only=True)) == 1
    assert journal.count_sessions(SessionQuery(text="task 1")) == 11
    ranged = SessionQuery(start=date(2026, 1, 5), end=date(2026, 1, 9))
    assert journal.count_sessions(ranged) == 5
    assert journal.count_sessions(SessionQuery(status=PayStatus.PENDING)) == 10
    page = journal.query_sessions(SessionQuery(sort="minutes", descending=False), limit=5, offset=5)
    assert [s.minutes for s in page] == [60, 70, 80, 90, 100]
    newest = journal.query_sessions(SessionQuery(), limit=1)
    assert newest[0].day == date(2026, 1, 20)


def test_totals_for_a_week(journal: Journal) -> None:
    journal.add_sessions_bulk([
        Session(day=date(2026, 3, 2), minutes=60, value=8, pay_minor=5000,
                status=PayStatus.PAID, paid_on=date(2026, 3, 9)),
        Session(day=date(2026, 3, 3), minutes=180, value=4),
        Session(day=date(2026, 3, 3), minutes=60),
        Session(day=date(2026, 3, 10), minutes=60, value=1),
    ])  # fmt: skip
    minutes, pay, mean = journal.totals(date(2026, 3, 2), date(2026, 3, 8))
    assert minutes == 300
    assert pay == {"EUR": 5000}
    assert mean == pytest.approx((8 * 60 + 4 * 180) / 240)


def test_reflections_and_comments(journal: Journal) -> None:
    from valuejournal.core.entities import Comment, CommentTarget

    journal.save_reflection(Reflection(quarter="2026-Q2", sections={"created": "Naïve café"}))
    journal.save_reflection(Reflection(quarter="2026-Q2", sections={"created": "Better"}))
    assert journal.get_reflection("2026-Q2").sections == {"created": "Better"}
    assert len(journal.list_reflections()) == 1
    comment = Comment(target=CommentTarget.SESSION, body="Nice", author="Coach", target_uuid="x")
    assert len(journal.add_comments([comment, comment])) == 1
    assert journal.add_comments([comment]) == []
    journal.set_comment_resolved(comment.uuid, True)
    assert journal.list_comments()[0].resolved is True


def test_last_client_is_the_most_recent_entry(journal: Journal) -> None:
    assert journal.last_client() is None
    journal.add_session(Session(day=date(2026, 1, 5), minutes=30, client="Old"))
    journal.add_session(Session(day=date(2025, 1, 5), minutes=30, client="Recent entry"))
    assert journal.last_client() == "Recent entry"
