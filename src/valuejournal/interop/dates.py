"""Dates as time trackers write them: ISO, day-first, month-first, with the order guessed.

ISO dates (2026-03-31) need no guessing. "31.03.2026" is always day-first. For slashed
dates ("03/04/2026") the order is decided once per file: a first part above 12 proves
day-first, a second part above 12 proves month-first, and when the file proves neither
the format's own default applies (Clockify and Harvest write month-first by default).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum


class DateOrder(StrEnum):
    """How to read a date whose first two parts could each be the day."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\.?$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$")


def _date_part(text: str) -> str:
    """Drop a trailing clock time ("2026-03-01 09:00", "2026-03-01T09:00:00Z")."""
    raw = text.strip()
    if len(raw) > 10 and raw[4:5] == "-" and raw[10:11] in ("T", "t", " "):
        return raw[:10]
    return raw.split(" ", 1)[0] if " " in raw else raw


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def guess_order(values: Iterable[str], default: DateOrder) -> DateOrder:
    """The order the slashed dates in a column prove, else ``default``.

    When some dates prove day-first and others month-first the file is inconsistent;
    the default is used and the rows that do not fit it are reported one by one.
    """
    day_first = month_first = False
    for value in values:
        match = _SLASHED.match(_date_part(value))
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            month_first = True
        if day_first and month_first:
            return default
    if day_first:
        return DateOrder.DAY_FIRST
    if month_first:
        return DateOrder.MONTH_FIRST
    return default


def parse_flexible_date(text: str, order: DateOrder, what: str = "date") -> date:
    """Parse an ISO, dotted or slashed date; raise ValueError naming ``what``."""
    raw = _date_part(text)
    if not raw:
        raise ValueError(f"{what} is missing")
    try:
        match = _ISO.match(raw)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _DOTTED.match(raw)
        if match:
            return date(_year(match.group(3)), int(match.group(2)), int(match.group(1)))
        match = _SLASHED.match(raw)
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            year = _year(match.group(3))
            if order is DateOrder.DAY_FIRST:
                return date(year, second, first)
            return date(year, first, second)
    except ValueError:
        raise ValueError(f"{what} is not a real date: {text.strip()!r}") from None
    raise ValueError(f"{what} is not a date: {text.strip()!r}")
