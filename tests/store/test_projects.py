"""Projects under clients, rates stored on clients and projects, shares re-derived by the
store (revision 0007), and the migration from 0006 that carries old journals over."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import (
    Client,
    Giving,
    PaySource,
    PayStatus,
    Project,
    RateKind,
    Session,
)
from valuejournal.store import engine
from valuejournal.store.errors import JournalError
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted
from valuejournal.store.writer import write_demo_journal


def _pay(journal: Journal) -> dict[str, tuple[int, PayStatus]]:
    return {s.title: (s.pay_minor, s.status) for s in journal.all_sessions()}


def test_projects_live_under_their_client(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_client(Client("Acme"))
        journal.save_client(Client("Beta"))
        site = journal.save_project(Project("Acme", "Website"))
        journal.save_project(Project("Beta", "website"))  # the same name under another client
        with pytest.raises(JournalError, match="already has a project"):
            journal.save_project(Project("acme", "WEBSITE"))
        with pytest.raises(JournalError, match="no client"):
            journal.save_project(Project("Nobody", "X"))
        journal.add_session(Session(day=date(2026, 3, 2), minutes=60, client="Acme",
                                    project="website", title="one"))  # fmt: skip
        journal.add_session(Session(day=date(2026, 3, 3), minutes=30, client="Acme",
                                    project="Logo", title="two"))  # fmt: skip
        assert journal.project_names("acme") == ["Logo", "Website"]
        journal.save_project(replace(site, name="Web site", archived=True))
        back = {s.title: s.project for s in journal.all_sessions()}
        assert back == {"one": "Web site", "two": "Logo"}
        assert journal.project_names("Acme") == ["Logo"]  # archived ones leave the completer
        assert [p.name for p in journal.list_projects("Acme")] == ["Logo", "Web site"]


def test_a_retainer_is_stored_as_shares_and_follows_the_months_sessions(
    journal_path: Path,
) -> None:
    retainer = 150000
    with Journal.open(journal_path) as journal:
        acme = journal.save_client(Client("Acme", rate_kind=RateKind.RETAINER, rate_minor=retainer))
        for title, day, minutes in (("a", 2, 60), ("b", 9, 120)):
            journal.add_session(Session(day=date(2026, 3, day), minutes=minutes, client="Acme",
                                        title=title, pay_source=PaySource.RATE))  # fmt: skip
        assert _pay(journal) == {
            "a": (retainer * 60 // 180, PayStatus.PENDING),
            "b": (retainer * 120 // 180, PayStatus.PENDING),
        }
        typed = journal.add_session(
            Session(day=date(2026, 3, 20), minutes=60, client="Acme", title="typed",
                    pay_minor=30000, status=PayStatus.PAID)
        )  # fmt: skip
        left = retainer - 30000
        assert _pay(journal)["a"][0] == left * 60 // 180
        assert _pay(journal)["typed"] == (30000, PayStatus.PAID)  # typed pay always wins
        journal.delete_session(typed.uuid)
        assert sum(p for p, _ in _pay(journal).values()) == retainer
        journal.save_client(replace(acme, rate_minor=90000))  # a new amount re-spreads
        assert _pay(journal) == {"a": (30000, PayStatus.PENDING), "b": (60000, PayStatus.PENDING)}


def test_a_fixed_price_project_spreads_over_its_hours_and_gifts_take_none(
    journal_path: Path,
) -> None:
    price = 100000
    with Journal.open(journal_path) as journal:
        journal.save_client(Client("Acme", rate_kind=RateKind.HOURLY, rate_minor=9000))
        journal.save_project(Project("Acme", "Site", rate_kind=RateKind.FIXED, rate_minor=price))
        rows = [("a", 45, Giving.NONE), ("b", 135, Giving.NONE), ("gift", 60, Giving.GIFT)]
        journal.add_sessions_bulk([
            Session(day=date(2026, 4, 1), minutes=m, client="Acme", project="Site", title=t,
                    pay_source=PaySource.RATE, giving=g)
            for t, m, g in rows
        ])  # fmt: skip
        pay = _pay(journal)
    assert pay["a"][0] == price * 45 // 180 and pay["b"][0] == price * 135 // 180
    assert pay["gift"] == (0, PayStatus.NONE)


def test_a_share_carries_the_projects_and_opens_read_only(
    journal_path: Path, tmp_path: Path
) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_client(Client("Acme", rate_kind=RateKind.DAILY, rate_minor=64000))
        journal.save_project(Project("Acme", "Site", rate_kind=RateKind.FIXED, rate_minor=5000))
        journal.save_project(Project("Acme", "Unused"))
        journal.add_session(Session(day=date(2026, 4, 1), minutes=60, client="Acme",
                                    project="Site", giving=Giving.PRO_BONO))  # fmt: skip
        out = tmp_path / "s.vjshare"
        write_share(journal, out, ShareOptions())
    assert check_file(out).ok
    opened = open_untrusted(out)
    try:
        projects = opened.journal.list_projects()
        clients = opened.journal.list_clients()
        (session,) = opened.journal.all_sessions()
    finally:
        opened.close()
    assert [(p.name, p.rate_kind, p.rate_minor) for p in projects] == [
        ("Site", RateKind.FIXED, 5000),
        ("Unused", RateKind.NONE, None),
    ]
    assert (clients[0].rate_kind, clients[0].rate_minor) == (RateKind.DAILY, 64000)
    assert (session.project, session.giving) == ("Site", Giving.PRO_BONO)


def test_a_hostile_rate_kind_is_refused(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_client(Client("Acme"))
    with sqlite3.connect(journal_path) as conn:
        conn.execute("UPDATE client SET rate_kind = 'weekly'")
    conn.close()
    report = check_file(journal_path)
    assert any("unknown kind of rate" in p for p in report.problems)


TABLES = ("client", "work_session", "tag", "session_tag", "reflection", "comment")


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            old = [c for c in columns if c not in ("rate_kind", "rate_minor", "project_id",
                                                   "pay_source", "giving", "fx_rate",
                                                   "fx_day")]  # fmt: skip
            out[table] = conn.execute(f"SELECT {', '.join(old)} FROM {table} ORDER BY 1").fetchall()
        return out
    finally:
        conn.close()


def test_a_0006_journal_is_carried_over_without_loss(journal_path: Path) -> None:
    write_demo_journal(journal_path, seed=5, weeks=8, end=date(2026, 9, 30))
    with Journal.open(journal_path) as journal:
        journal.add_session(Session(day=date(2026, 9, 1), minutes=50, seconds=2999,
                                    client="Old client", title="Typed pay", pay_minor=12345,
                                    status=PayStatus.PAID, paid_on=date(2026, 9, 9),
                                    tags=("kept",), value=6))  # fmt: skip
    downgrade(journal_path, "0006")  # the schema before projects and rates
    assert engine.stored_revision(journal_path) == "0006"
    assert check_file(journal_path).ok  # a sound journal of the previous schema
    before = _dump(journal_path)
    assert len(before["work_session"]) > 20 and before["session_tag"]
    with Journal.open(journal_path) as journal:
        sessions = journal.all_sessions()
        clients = journal.list_clients()
        projects = journal.list_projects()
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
    assert _dump(journal_path) == before  # every old row and value, as it was
    assert {s.pay_source for s in sessions} == {PaySource.TYPED}  # pay stays as typed
    assert {s.giving for s in sessions} == {Giving.NONE} and projects == []
    assert {c.rate_kind for c in clients} == {RateKind.NONE}
    old = next(s for s in sessions if s.title == "Typed pay")
    assert (old.pay_minor, old.duration_seconds, old.tags) == (12345, 2999, ("kept",))
    with Journal.open(journal_path) as journal, pytest.raises(JournalError, match="exists"):
        journal.save_client(Client("OLD CLIENT"))  # the NOCASE unique name is kept
    assert check_file(journal_path).ok
