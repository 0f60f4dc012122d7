"""The running timer in the journal file (mixed into Journal).

The timer is a row from the moment it starts, so a crash, a reboot or a closed window loses
nothing; stopping it removes the row and writes its sessions in one transaction, so a timer
is never both running and logged. One row at most (a unique ``slot``): two processes
starting a timer at once end with one timer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from valuejournal.core.entities import Session, new_uuid
from valuejournal.core.rules import MAX_NAME, MAX_TITLE, validate_session
from valuejournal.core.timer import Gap, RunningTimer, TimerError
from valuejournal.store.models import RunningTimerRow, table_of

TIMERS = table_of(RunningTimerRow)


def _gaps_to_json(gaps: Sequence[Gap]) -> str:
    return json.dumps(
        [[s.astimezone(UTC).isoformat(), e.astimezone(UTC).isoformat()] for s, e in gaps]
    )


def _gaps_from_json(text: str) -> tuple[Gap, ...]:
    try:
        raw = json.loads(text or "[]")
        return tuple((datetime.fromisoformat(s), datetime.fromisoformat(e)) for s, e in raw)
    except (ValueError, TypeError):  # a damaged list of gaps: the run itself still counts
        return ()


def _timer_from_row(row: object) -> RunningTimer:
    values = row._mapping  # type: ignore[attr-defined]
    return RunningTimer(
        started_at=values["started_at"],
        client=values["client"] or None,
        title=values["title"],
        idle=_gaps_from_json(values["idle_json"]),
        uuid=values["uuid"],
    )


def describe_timer(timer: RunningTimer) -> str:
    """``since 2026-12-01 14:05 for Acme — “Logo”`` (local time), for messages."""
    local = timer.started_at.astimezone()
    text = f"since {local:%Y-%m-%d %H:%M}"
    if timer.client:
        text += f" for {timer.client}"
    if timer.title:
        text += f" — “{timer.title}”"
    return text


class TimerMixin:
    """Start, read and stop the running timer for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...
        def _insert_session(self, conn: Connection, session: Session, now: datetime) -> None: ...

    def running_timer(self) -> RunningTimer | None:
        """The timer running now, or None (a cheap read: the window polls it)."""
        with self._read() as conn:
            row = conn.execute(select(TIMERS).limit(1)).first()
        return _timer_from_row(row) if row is not None else None

    def start_timer(
        self, client: str | None = None, title: str = "", *, at: datetime | None = None
    ) -> RunningTimer:
        """Start a timer now (or ``at``); TimerError if one is running already."""
        client = (client or "").strip() or None
        title = title.strip()
        if client is not None and len(client) > MAX_NAME:
            raise TimerError(f"a client name has at most {MAX_NAME} characters")
        if len(title) > MAX_TITLE or "\x00" in title or "\x00" in (client or ""):
            raise TimerError(f"a title has at most {MAX_TITLE} characters and no NUL")
        now = datetime.now(UTC)
        timer = RunningTimer(started_at=at or now, client=client, title=title, uuid=new_uuid())
        try:
            with self._write() as conn:
                running = conn.execute(select(TIMERS).limit(1)).first()
                if running is not None:
                    raise TimerError(_already(_timer_from_row(running)))
                conn.execute(insert(TIMERS).values(**_values(timer, now)))
        except IntegrityError as exc:  # another process started one in between
            raise TimerError("a timer is already running; stop it first") from exc
        return timer

    def restore_timer(self, timer: RunningTimer) -> None:
        """Put a stopped timer back as it was (undoing a stop); TimerError if one runs."""
        try:
            with self._write() as conn:
                conn.execute(insert(TIMERS).values(**_values(timer, datetime.now(UTC))))
        except IntegrityError as exc:
            raise TimerError("another timer is running; stop it first") from exc

    def note_idle(self, timer: RunningTimer, start: datetime, end: datetime) -> RunningTimer:
        """Record an idle gap (the computer slept) on the running timer; the timer as stored."""
        updated = timer.with_gap(start, end)
        with self._write() as conn:
            conn.execute(
                update(TIMERS)
                .where(TIMERS.c.uuid == timer.uuid)
                .values(idle_json=_gaps_to_json(updated.idle), updated_at=datetime.now(UTC))
            )
        return updated

    def stop_timer(self, timer: RunningTimer, sessions: Sequence[Session]) -> list[Session]:
        """Remove the running timer and add its sessions, in one transaction.

        TimerError if that timer is no longer running (stopped elsewhere meanwhile)."""
        for session in sessions:
            validate_session(session)
        now = datetime.now(UTC)
        with self._write() as conn:
            gone = conn.execute(delete(TIMERS).where(TIMERS.c.uuid == timer.uuid)).rowcount
            if not gone:
                raise TimerError("that timer is no longer running (it was stopped elsewhere)")
            stored = [replace(s, created_at=s.created_at or now, updated_at=now) for s in sessions]
            for session in stored:
                self._insert_session(conn, session, now)
        return stored

    def discard_timer(self, timer: RunningTimer) -> None:
        """Remove the running timer without logging anything."""
        with self._write() as conn:
            conn.execute(delete(TIMERS).where(TIMERS.c.uuid == timer.uuid))


def _already(running: RunningTimer) -> str:
    return f"a timer is already running {describe_timer(running)}; stop it first"


def _values(timer: RunningTimer, now: datetime) -> dict[str, object]:
    return {
        "slot": 1,
        "uuid": timer.uuid or new_uuid(),
        "started_at": timer.started_at,
        "client": timer.client or "",
        "title": timer.title,
        "idle_json": _gaps_to_json(timer.idle),
        "updated_at": now,
    }
