"""What the reminders read from the journal: today's log, unrated sessions, money waiting —
pro-bono work and gifts are chosen giving, never "money waiting to be paid"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from valuejournal.core.entities import Giving, PayStatus, Session
from valuejournal.store.journal import Journal

TODAY = date(2026, 12, 2)
CUTOFF = TODAY - timedelta(days=31)


def pending(day: date, minor: int, giving: Giving = Giving.NONE, currency: str = "EUR") -> Session:
    return Session(day=day, minutes=60, value=6, pay_minor=minor, currency=currency,
                   status=PayStatus.PENDING, giving=giving)  # fmt: skip


def test_unpaid_leaves_out_pro_bono_and_gifts(journal_path: Path) -> None:
    old = TODAY - timedelta(days=45)
    with Journal.open(journal_path) as journal:
        journal.add_session(pending(old, 120000))
        journal.add_session(pending(old, 50000, Giving.PRO_BONO))
        journal.add_session(pending(old, 7000, Giving.GIFT))
        journal.add_session(pending(old, 3000, currency="USD"))
        journal.add_session(pending(TODAY - timedelta(days=3), 9900))  # too recent
        facts = journal.reminder_facts(TODAY, CUTOFF)
    assert facts.unpaid == {"EUR": 120000, "USD": 3000}
    assert not facts.logged_today and facts.unrated == 0


def test_only_giving_waiting_means_no_unpaid_reminder(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_session(pending(TODAY - timedelta(days=60), 50000, Giving.PRO_BONO))
        journal.add_session(Session(day=TODAY, minutes=30))
        facts = journal.reminder_facts(TODAY, CUTOFF)
    assert facts.unpaid == {} and facts.logged_today and facts.unrated == 1
