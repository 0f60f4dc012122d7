"""Reminders with a fake clock: once at their hour, not on a day with a session, snooze."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from valuejournal.core.reminders import (
    JournalFacts,
    ReminderBook,
    ReminderKind,
    ReminderSettings,
    unpaid_cutoff,
)

ALL_ON = ReminderSettings(log_today=True, log_hour=18, to_rate=True, to_rate_min=3, unpaid=True)


class FakeClock:
    """A clock the test moves."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _kinds(book: ReminderBook, facts: JournalFacts) -> list[ReminderKind]:
    return [r.kind for r in book.take_due(facts)]


def test_log_today_fires_once_at_its_hour() -> None:
    clock = FakeClock(datetime(2026, 12, 1, 17, 30))
    book = ReminderBook(ReminderSettings(log_today=True, log_hour=18), clock)
    nothing = JournalFacts(logged_today=False, unrated=0)
    assert _kinds(book, nothing) == []
    clock.advance(minutes=29)
    assert _kinds(book, nothing) == []  # 17:59
    clock.advance(minutes=1)
    assert _kinds(book, nothing) == [ReminderKind.LOG_TODAY]  # 18:00
    for _ in range(10):
        clock.advance(minutes=30)
        assert _kinds(book, nothing) == []  # at most once a day
    clock.now = datetime(2026, 12, 2, 18, 5)
    assert _kinds(book, nothing) == [ReminderKind.LOG_TODAY]  # the next day again


def test_log_today_stays_quiet_on_a_day_with_a_session() -> None:
    clock = FakeClock(datetime(2026, 12, 1, 20, 0))
    book = ReminderBook(ReminderSettings(log_today=True, log_hour=18), clock)
    assert _kinds(book, JournalFacts(logged_today=True, unrated=0)) == []
    clock.advance(hours=3)
    assert _kinds(book, JournalFacts(logged_today=True, unrated=0)) == []


def test_to_rate_and_unpaid_need_their_thresholds_and_their_switches() -> None:
    clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    facts = JournalFacts(logged_today=True, unrated=2, unpaid={"EUR": 120000})
    book = ReminderBook(ALL_ON, clock)
    due = book.take_due(facts)
    assert [r.kind for r in due] == [ReminderKind.UNPAID]  # 2 unrated < 3
    assert due[0].amounts == {"EUR": 120000} and due[0].days == 30
    off = ReminderBook(ReminderSettings(), clock)
    assert off.take_due(JournalFacts(logged_today=False, unrated=50, unpaid={"EUR": 1})) == []
    more = JournalFacts(logged_today=True, unrated=3)
    rate = ReminderBook(ALL_ON, clock).take_due(more)
    assert [(r.kind, r.count) for r in rate] == [(ReminderKind.TO_RATE, 3)]


def test_snooze_brings_a_reminder_back_once_after_its_minutes() -> None:
    clock = FakeClock(datetime(2026, 12, 1, 18, 0))
    book = ReminderBook(ReminderSettings(log_today=True, snooze_minutes=60), clock)
    facts = JournalFacts(logged_today=False, unrated=0)
    assert _kinds(book, facts) == [ReminderKind.LOG_TODAY]
    book.snooze(ReminderKind.LOG_TODAY)
    clock.advance(minutes=59)
    assert _kinds(book, facts) == []
    clock.advance(minutes=1)
    assert _kinds(book, facts) == [ReminderKind.LOG_TODAY]
    clock.advance(minutes=90)
    assert _kinds(book, facts) == []


def test_unpaid_counts_money_older_than_the_days_set() -> None:
    settings = ReminderSettings(unpaid=True, unpaid_days=30)
    assert unpaid_cutoff(settings, date(2026, 12, 31)) == date(2026, 11, 30)
