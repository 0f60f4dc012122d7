"""Durations as people and time trackers write them: the one duration parser.

Read by the GUI's hours field, the CLI's ``add --hours`` and every importer's duration cells:
"1:30:00", "1:30", "1.5", "1,5", "90m", "90 min", "1h30", "1 h 30 min", "18:25 min"
(minutes:seconds, Toggl), "45 sec", "1.5 h", and a plain number read as decimal hours (or
seconds, for the trackers that write those). :func:`session_minutes` adds a session's bounds
(more than nothing, at most 24 hours) for what a person types.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from valuejournal.core.entities import MAX_SECONDS, round_minutes
from valuejournal.core.errors import UserError

HELP = "1.5, 1,5, 1:30, 90m or 1h30"
"""What an hours field accepts, in the words its messages use."""


def parse_decimal(text: str) -> Decimal:
    """Parse "1.5", "1,5", "1.234,5" or "1,234.5" into a Decimal (sign kept)."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    else:
        raw = raw.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", raw):
        raise ValueError(f"not a number: {text.strip()!r}")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - guarded by the pattern
        raise ValueError(f"not a number: {text.strip()!r}") from None


_CLOCK = re.compile(r"^(-?)(\d+):([0-5]?\d)(?::([0-5]?\d))?$")
_UNIT = re.compile(r"^(-?[\d.,]+)\s*(h|hrs?|hours?|min|m|sec|s)$", re.IGNORECASE)
_HOURS_MINUTES = re.compile(r"^(-?)(\d+)\s*(?:h|hrs?|hours?)\s*([0-5]?\d)\s*(?:m|min)?$")


def parse_duration(text: str, plain: str = "hours") -> int:
    """Seconds in a duration (see the module's list of forms).

    A plain number is read as decimal hours (``plain="hours"``) or seconds
    (``"seconds"``). Negative values come back negative; the caller decides what to do
    with them. Raises ValueError for text that is no duration.
    """
    raw = text.strip().lower()
    clock = _CLOCK.match(raw)
    if clock:  # the usual "1:30:00" first
        sign, hours, minutes, seconds = clock.groups()
        total = int(hours) * 3600 + int(minutes) * 60 + int(seconds or 0)
        return -total if sign else total
    if not raw:
        raise ValueError("the duration is missing")
    both = _HOURS_MINUTES.match(raw)
    if both:
        total = int(both.group(2)) * 3600 + int(both.group(3)) * 60
        return -total if both.group(1) else total
    unit = None
    match = _UNIT.match(raw)
    if match and ":" not in raw:
        raw, unit = match.group(1), match.group(2)
    elif raw.endswith(" min") and ":" in raw:
        minutes, _, seconds = raw[:-4].strip().partition(":")
        clock = _CLOCK.match(f"{minutes}:{seconds}")
        if not clock:
            raise ValueError(f"not a duration: {text.strip()!r}")
        total = int(clock.group(2)) * 60 + int(clock.group(3))
        return -total if clock.group(1) else total
    try:
        number = parse_decimal(raw)
    except ValueError:
        raise ValueError(f"not a duration: {text.strip()!r}") from None
    if unit is None:
        unit = "s" if plain == "seconds" else "h"
    factor = 1 if unit.startswith("s") else 60 if unit.startswith("m") else 3600
    return int((number * factor).to_integral_value())


class DurationProblem(StrEnum):
    """Why typed hours are not a session's duration (the GUI words each in its language)."""

    MISSING = "missing"
    UNREADABLE = "unreadable"
    NOT_POSITIVE = "not positive"
    TOO_LONG = "too long"


class DurationError(UserError, ValueError):
    """Typed hours that cannot be a session's duration; ``problem`` says why."""

    def __init__(self, problem: DurationProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def session_minutes(text: str, what: str = "hours") -> int:
    """Whole minutes (rounded half up) of a session's duration as a person typed it.

    Raises DurationError when it is missing, no duration, not more than zero or over 24
    hours; the message names ``what`` (the field or option).
    """
    raw = text.strip()
    shown = raw if len(raw) <= 40 else raw[:40] + "…"
    if not raw:
        raise DurationError(DurationProblem.MISSING, f"{what} is missing: type {HELP}")
    try:
        seconds = parse_duration(raw)
    except ValueError:
        raise DurationError(
            DurationProblem.UNREADABLE, f"{what} is not a duration: {shown!r} (type {HELP})"
        ) from None
    if seconds <= 0:
        raise DurationError(
            DurationProblem.NOT_POSITIVE, f"{what}: the duration must be more than 0, got {shown!r}"
        )
    if seconds > MAX_SECONDS:
        raise DurationError(
            DurationProblem.TOO_LONG,
            f"{what}: the duration cannot be more than 24 hours, got {shown!r}",
        )
    return round_minutes(seconds)
