"""Rows longer than 24 hours (a timer left running), kept if the person chooses so.

The reader skips them (``plan.LONG``) and keeps each aside as a :class:`LongEntry`. The
person may keep them instead, either **split at midnights** (one session per calendar
day the timer ran, from its start time; without a start time, 24-hour pieces on
consecutive days) or **trimmed** to the first 24 hours. The pieces get stable uuids
derived from the entry's own, so importing the file again finds them present.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta
from enum import StrEnum

from valuejournal.core.entities import MAX_SECONDS, Session, round_minutes
from valuejournal.interop.plan import LONG, ImportPlan, LongEntry, stable_uuid


class KeepLong(StrEnum):
    """What to do with entries longer than 24 hours."""

    SKIP = "skip"
    SPLIT = "split"
    TRIM = "trim"


def _piece(entry: LongEntry, start: datetime, seconds: int, part: int) -> Session:
    minutes = round_minutes(seconds)
    return dataclasses.replace(
        entry.template,
        day=start.date(),
        start_time=start.time() if entry.template.start_time is not None else None,
        minutes=minutes,
        seconds=None if seconds == minutes * 60 else seconds,
        uuid=stable_uuid("long", f"{entry.template.uuid}#{part}"),
        pay_minor=entry.template.pay_minor if part == 0 else 0,
    )


def split_at_midnights(entry: LongEntry) -> list[Session]:
    """The entry as one session per day it ran (pay stays on the first piece)."""
    start = datetime.combine(entry.template.day, entry.template.start_time or time(0))
    left, pieces = entry.seconds, list[Session]()
    while left > 0:
        midnight = datetime.combine(start.date() + timedelta(days=1), time(0))
        seconds = min(left, int((midnight - start).total_seconds()), MAX_SECONDS)
        if seconds >= 60 or not pieces:
            pieces.append(_piece(entry, start, seconds, len(pieces)))
        left -= seconds
        start += timedelta(seconds=seconds)
    return pieces


def trimmed(entry: LongEntry) -> Session:
    """The entry's first 24 hours as one session."""
    start = datetime.combine(entry.template.day, entry.template.start_time or time(0))
    return _piece(entry, start, MAX_SECONDS, 0)


def keep_long(plan: ImportPlan, how: KeepLong | str) -> ImportPlan:
    """A copy of ``plan`` with its over-24-hour entries kept as ``how`` says (or not)."""
    how = KeepLong(how)
    if how is KeepLong.SKIP or not plan.long_entries:
        return plan
    kept: list[Session] = []
    for entry in plan.long_entries:
        kept.extend(split_at_midnights(entry) if how is KeepLong.SPLIT else [trimmed(entry)])
    skipped = dict(plan.skipped)
    skipped.pop(LONG, None)
    return dataclasses.replace(plan, sessions=[*plan.sessions, *kept], skipped=skipped)
