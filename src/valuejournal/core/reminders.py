"""Which reminders are due now: plain functions with the clock passed in (no Qt, no SQL).

Three kinds, each switched on in Settings: **log today** (from a chosen hour, if nothing was
logged that day), **to rate** (sessions wait for a rating) and **unpaid** (money has waited
more than N days to be paid). Each kind is shown at most once a day and can be snoozed; what
was shown and the snoozes are a `ReminderState` the caller keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

Clock = Callable[[], datetime]


class ReminderKind(StrEnum):
    """The kinds of reminder."""

    LOG_TODAY = "log_today"
    TO_RATE = "to_rate"
    UNPAID = "unpaid"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """The person's reminder settings (all off until switched on in Settings)."""

    log_today: bool = False
    log_hour: int = 18
    to_rate: bool = False
    to_rate_min: int = 1
    unpaid: bool = False
    unpaid_days: int = 30
    snooze_minutes: int = 60


@dataclass(frozen=True, slots=True)
class JournalFacts:
    """What the journal says today (read by the caller, cheap queries)."""

    logged_today: bool
    unrated: int
    unpaid: Mapping[str, int] = field(default_factory=dict)  # currency -> minor units, overdue


@dataclass(frozen=True, slots=True)
class ReminderState:
    """Per kind: the day it was last shown, and until when it is snoozed."""

    shown_on: Mapping[str, date] = field(default_factory=dict)
    snoozed_until: Mapping[str, datetime] = field(default_factory=dict)

    def shown(self, kind: ReminderKind, day: date) -> ReminderState:
        """This state after ``kind`` was shown on ``day``."""
        return replace(self, shown_on={**self.shown_on, kind.value: day})

    def snooze(self, kind: ReminderKind, until: datetime) -> ReminderState:
        """This state with ``kind`` snoozed until ``until`` (shown again then, once)."""
        shown = {k: d for k, d in self.shown_on.items() if k != kind.value}
        return ReminderState(shown, {**self.snoozed_until, kind.value: until})


@dataclass(frozen=True, slots=True)
class Reminder:
    """A reminder to show: its kind and the figures its words need."""

    kind: ReminderKind
    count: int = 0
    amounts: Mapping[str, int] = field(default_factory=dict)
    days: int = 0


def _wanted(settings: ReminderSettings, facts: JournalFacts, now: datetime) -> list[Reminder]:
    wanted = []
    if settings.log_today and now.hour >= settings.log_hour and not facts.logged_today:
        wanted.append(Reminder(ReminderKind.LOG_TODAY))
    if settings.to_rate and facts.unrated >= max(1, settings.to_rate_min):
        wanted.append(Reminder(ReminderKind.TO_RATE, count=facts.unrated))
    overdue = {c: a for c, a in facts.unpaid.items() if a > 0}
    if settings.unpaid and overdue:
        wanted.append(Reminder(ReminderKind.UNPAID, amounts=overdue, days=settings.unpaid_days))
    return wanted


def due(
    settings: ReminderSettings, facts: JournalFacts, state: ReminderState, now: datetime
) -> list[Reminder]:
    """The reminders to show at ``now``: wanted, not shown today, not snoozed."""
    found = []
    for reminder in _wanted(settings, facts, now):
        key = reminder.kind.value
        if state.shown_on.get(key) == now.date():
            continue
        until = state.snoozed_until.get(key)
        if until is not None and now < until:
            continue
        found.append(reminder)
    return found


def unpaid_cutoff(settings: ReminderSettings, today: date) -> date:
    """Pending money from work on or before this day has waited more than N days."""
    return today - timedelta(days=max(0, settings.unpaid_days) + 1)


class ReminderBook:
    """Due reminders over time: asks `due` with the injected clock and remembers what was
    shown, so each kind comes at most once a day (or once more after a snooze)."""

    def __init__(
        self, settings: ReminderSettings, clock: Clock, state: ReminderState | None = None
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.state = state or ReminderState()

    def take_due(self, facts: JournalFacts) -> list[Reminder]:
        """The reminders due now, marked shown."""
        now = self.clock()
        found = due(self.settings, facts, self.state, now)
        for reminder in found:
            self.state = self.state.shown(reminder.kind, now.date())
        return found

    def snooze(self, kind: ReminderKind) -> datetime:
        """Snooze ``kind`` for the set minutes; returns when it may come back."""
        until = self.clock() + timedelta(minutes=max(1, self.settings.snooze_minutes))
        self.state = self.state.snooze(kind, until)
        return until
