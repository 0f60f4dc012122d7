"""Rating mode's queue: the sessions to rate, in order, and where the person is (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from valuejournal.core.entities import Session
from valuejournal.core.periods import PeriodKind, period_start


def group_key(session: Session) -> tuple[date, str]:
    """A batch: the session's ISO week and client."""
    return period_start(session.day, PeriodKind.WEEK), (session.client or "").casefold()


def sort_key(session: Session) -> tuple[date, str, date, time, str]:
    """Week, client, day, start: chronological by week, with each batch together."""
    return (*group_key(session), session.day, session.start_time or time.min, session.title)


@dataclass(slots=True)
class RatingQueue:
    """Sessions to rate and where the person is; no Qt, so it is easy to test and reuse."""

    sessions: list[Session]
    position: int = 0
    batch: bool = False

    def current(self) -> range:
        """Indices rated together now: one session, or its whole batch; empty at the end."""
        n, pos = len(self.sessions), self.position
        if pos >= n:
            return range(n, n)
        if not self.batch:
            return range(pos, pos + 1)
        key = group_key(self.sessions[pos])
        start, stop = pos, pos + 1
        while start > 0 and group_key(self.sessions[start - 1]) == key:
            start -= 1
        while stop < n and group_key(self.sessions[stop]) == key:
            stop += 1
        return range(start, stop)

    def advance(self, *, to_unrated: bool = False) -> None:
        """On to the next session (or batch), or with ``to_unrated`` the next one still
        without a value (after a save: going back to fix one returns to where work waits);
        past the last one is the end."""
        self.position = self.current().stop
        if to_unrated:
            self._seek_unrated(self.position)

    def _seek_unrated(self, start: int) -> None:
        n = len(self.sessions)
        self.position = next((i for i in range(start, n) if self.sessions[i].value is None), n)
        if self.position < n:
            self.position = self.current().start

    def back(self) -> None:
        """Back to the previous session (or the start of the previous batch)."""
        start = self.current().start if self.position < len(self.sessions) else self.position
        self.position = max(start - 1, 0)
        self.position = self.current().start

    def set_batch(self, on: bool) -> None:
        """Rate batches (or single sessions) from here on."""
        self.batch = on
        self.position = self.current().start if self.position < len(self.sessions) else 0

    def first_unrated(self) -> None:
        """Jump to the first session without a value (or the end)."""
        self._seek_unrated(0)

    @property
    def rated(self) -> int:
        """How many sessions in the queue have a value."""
        return sum(1 for s in self.sessions if s.value is not None)
