"""The running timer's rules: what stopping it asks, and the sessions it becomes (no Qt, no SQL).

A timer runs from ``started_at`` (timezone-aware) to the moment it is stopped. Stopping asks
the person to choose when the run is doubtful: the computer slept while it ran (``idle``
gaps, seen by the window as a jump between the monotonic and the wall clock), it crossed
midnight, or it ran longer than the person's limit. The choices:

- **keep**: one session of the whole run, on the day it started (not over 24 hours);
- **split**: one session per day, cut at each local midnight;
- **trim**: leave out the idle gaps (or, with none seen, everything past the limit), then
  one session per day.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from valuejournal.core.entities import MAX_SECONDS, Session, round_minutes
from valuejournal.core.errors import UserError
from valuejournal.core.rules import validate_session

Gap = tuple[datetime, datetime]


class TimerError(UserError):
    """Starting or stopping the timer cannot be done as asked (one running, none running)."""


class StopChoice(StrEnum):
    """How a doubtful run becomes sessions."""

    KEEP = "keep"
    SPLIT = "split"
    TRIM = "trim"


@dataclass(frozen=True, slots=True)
class RunningTimer:
    """A timer as the journal holds it from the moment it starts."""

    started_at: datetime
    client: str | None = None
    title: str = ""
    idle: tuple[Gap, ...] = ()
    uuid: str = ""

    def elapsed(self, now: datetime) -> int:
        """Whole seconds from the start to ``now`` (never negative)."""
        return max(0, int(_seconds(self.started_at, now)))

    def with_gap(self, start: datetime, end: datetime) -> RunningTimer:
        """This timer with one more idle gap (clipped to the run; overlaps merged)."""
        start = max(start, self.started_at)
        if end <= start:
            return self
        return replace(self, idle=_merge((*self.idle, (start, end))))


@dataclass(frozen=True, slots=True)
class Ratings:
    """What the stop card (or `valuejournal stop`) asks: value 0–10, wellbeing 1–5."""

    value: int | None = None
    mood: int | None = None
    energy: int | None = None
    stress: int | None = None


@dataclass(frozen=True, slots=True)
class StopCheck:
    """What is doubtful about stopping a timer now."""

    seconds: int
    idle_seconds: int
    crosses_midnight: bool
    too_long: bool
    max_hours: float
    days: tuple[date, ...] = field(default=())

    @property
    def asks(self) -> bool:
        """Whether the person must choose keep, split or trim."""
        return self.idle_seconds > 0 or self.crosses_midnight or self.too_long

    @property
    def choices(self) -> tuple[StopChoice, ...]:
        """The choices that make sense: keep only up to 24 h, split only across midnight."""
        found = []
        if self.seconds <= MAX_SECONDS:
            found.append(StopChoice.KEEP)
        if self.crosses_midnight:
            found.append(StopChoice.SPLIT)
        if self.idle_seconds > 0 or self.too_long:
            found.append(StopChoice.TRIM)
        return tuple(found)


def _seconds(start: datetime, end: datetime) -> float:
    """Real seconds between two moments (aware datetimes in one zone subtract as wall
    clocks, which is wrong across a clock change)."""
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds()


def _merge(gaps: tuple[Gap, ...]) -> tuple[Gap, ...]:
    merged: list[Gap] = []
    for start, end in sorted(gaps):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def _days(start: datetime, end: datetime, tz: tzinfo | None) -> tuple[date, ...]:
    first, last = _local(start, tz).date(), _local(end - timedelta(microseconds=1), tz).date()
    return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))


def check_stop(
    timer: RunningTimer, stopped_at: datetime, *, max_hours: float, tz: tzinfo | None = None
) -> StopCheck:
    """What stopping ``timer`` at ``stopped_at`` would need to ask (in the time zone ``tz``,
    the system's if None)."""
    seconds = timer.elapsed(stopped_at)
    end = max(stopped_at, timer.started_at + timedelta(seconds=1))
    idle = sum(int(_seconds(s, min(e, stopped_at))) for s, e in timer.idle if s < stopped_at)
    days = _days(timer.started_at, end, tz)
    return StopCheck(
        seconds=seconds,
        idle_seconds=max(0, idle),
        crosses_midnight=len(days) > 1,
        too_long=seconds > max_hours * 3600,
        max_hours=max_hours,
        days=days,
    )


def _pieces(
    timer: RunningTimer, stopped_at: datetime, choice: StopChoice, max_hours: float
) -> list[Gap]:
    """The stretches of work: the whole run, minus what trimming leaves out."""
    begin = timer.started_at.astimezone(UTC)
    end = max(stopped_at.astimezone(UTC), begin + timedelta(seconds=1))
    pieces: list[Gap] = [(begin, end)]
    if choice is not StopChoice.TRIM:
        return pieces
    gaps = [(s, min(e, end)) for s, e in timer.idle if s < end]
    if not gaps:  # nothing seen asleep: keep the first max_hours
        return [(begin, min(end, begin + timedelta(hours=max_hours)))]
    for gap_start, gap_end in gaps:
        cut: list[Gap] = []
        for s, e in pieces:
            if gap_end <= s or gap_start >= e:
                cut.append((s, e))
                continue
            if s < gap_start:
                cut.append((s, gap_start))
            if gap_end < e:
                cut.append((gap_end, e))
        pieces = cut
    return [(s, e) for s, e in pieces if e > s] or [(begin, begin)]


def _by_day(pieces: list[Gap], tz: tzinfo | None) -> list[tuple[datetime, int]]:
    """Cut the pieces at local midnights: (first local start, seconds) per day."""
    days: dict[date, tuple[datetime, float]] = {}
    for start, end in pieces:
        cursor = _local(start, tz)
        stop = _local(end, tz)
        while True:
            midnight = datetime.combine(cursor.date() + timedelta(days=1), time(0), cursor.tzinfo)
            upto = min(stop, midnight)
            first, total = days.get(cursor.date(), (cursor, 0.0))
            days[cursor.date()] = (first, total + _seconds(cursor, upto))
            if upto >= stop:
                break
            cursor = _local(upto, tz)
    return [(first, round(total)) for first, total in days.values() if round(total) > 0] or [
        (_local(pieces[0][0], tz), 0)
    ]


def sessions_for(
    timer: RunningTimer,
    stopped_at: datetime,
    ratings: Ratings,
    *,
    choice: StopChoice = StopChoice.KEEP,
    max_hours: float = 10.0,
    currency: str = "EUR",
    tz: tzinfo | None = None,
) -> list[Session]:
    """The sessions stopping ``timer`` writes (validated; each at least one second long)."""
    check = check_stop(timer, stopped_at, max_hours=max_hours, tz=tz)
    if choice is StopChoice.KEEP and check.seconds > MAX_SECONDS:
        raise TimerError("the timer ran more than 24 hours: split it at midnight or trim it")
    pieces = _pieces(timer, stopped_at, choice, max_hours)
    if choice is StopChoice.KEEP:
        spans = [(_local(timer.started_at, tz), check.seconds)]
    else:
        spans = _by_day(pieces, tz)
    sessions = []
    for start, seconds in spans:
        seconds = max(1, seconds)
        session = Session(
            day=start.date(),
            start_time=start.time().replace(microsecond=0, tzinfo=None),
            minutes=round_minutes(seconds),
            seconds=seconds,
            client=timer.client,
            title=timer.title,
            currency=currency,
            value=ratings.value,
            mood=ratings.mood,
            energy=ratings.energy,
            stress=ratings.stress,
        )
        sessions.append(validate_session(session))
    return sessions


def describe_elapsed(seconds: int) -> str:
    """``1:05:09`` — hours, minutes and seconds of a running timer."""
    hours, rest = divmod(max(0, seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
