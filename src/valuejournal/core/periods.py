"""Dates, quarters and periods (day, ISO week, month) with clear parse errors."""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from valuejournal.core.errors import UserError


class PeriodKind(StrEnum):
    """How insights group sessions in time."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class DateError(UserError, ValueError):
    """A date, quarter or range the app cannot read."""


_QUARTER_RE = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
FIRST_YEAR = 1900
LAST_YEAR = 2999


def parse_date(text: str, what: str = "date") -> date:
    """Parse an ISO date (YYYY-MM-DD), or raise DateError naming the field."""
    raw = (text or "").strip()[:40]
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise DateError(f"{what} must be a date like 2026-03-31, got {raw!r}") from None


def parse_quarter(text: str) -> tuple[int, int]:
    """Parse "2026-Q3" into (2026, 3), or raise DateError."""
    match = _QUARTER_RE.match((text or "").strip()[:40])
    if not match:
        raise DateError(f"quarter must look like 2026-Q3, got {text[:40]!r}")
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError(f"the quarter's year must be between {FIRST_YEAR} and {LAST_YEAR}")
    return year, int(match.group(2))


def quarter_label(year: int, quarter: int) -> str:
    """(2026, 3) -> "2026-Q3"."""
    return f"{year}-Q{quarter}"


def quarter_of(day: date) -> str:
    """The quarter label a date falls in."""
    return quarter_label(day.year, (day.month - 1) // 3 + 1)


def quarter_range(label: str) -> tuple[date, date]:
    """First and last day of a quarter label."""
    year, quarter = parse_quarter(label)
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, end - timedelta(days=1)


def period_start(day: date, kind: PeriodKind) -> date:
    """The first day of the period (day, ISO week from Monday, month) containing ``day``."""
    if kind is PeriodKind.DAY:
        return day
    if kind is PeriodKind.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def period_end(start: date, kind: PeriodKind) -> date:
    """The last day of the period that begins on ``start``."""
    if kind is PeriodKind.DAY:
        return start
    if kind is PeriodKind.WEEK:
        return start + timedelta(days=6)
    next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return next_month - timedelta(days=1)


def check_range(start: date | None, end: date | None) -> None:
    """Raise DateError if a range runs backwards."""
    if start is not None and end is not None and start > end:
        raise DateError(f"the start {start.isoformat()} is after the end {end.isoformat()}")
