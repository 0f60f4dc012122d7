"""Dates as people type them into a date field.

One parser for every date field of the GUI: ISO (2026-11-29, 20261129), the locale's short
form in its own order (29.11.2026, 11/29/26, 29/11), a day of this month (29), and a few
words: today, yesterday, tomorrow, -1 / +2 (days from today), a weekday name (the latest such
day, today included), and the same words in the person's language when the caller passes them
(hoy, aujourd'hui). No Qt here: the GUI passes the locale's order (``formats.day_order``), its
weekday names and the translated words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Literal

from valuejournal.core.periods import DateError

DayOrder = Literal["ymd", "dmy", "mdy"]
"""The order of day, month and year in the locale's short date form."""

ENGLISH_WEEKDAYS: Mapping[str, int] = {
    name: i
    for i, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}
"""Weekday names understood in every locale (Monday is 0, as in `date.weekday`)."""

_WORDS = {"today": 0, "now": 0, "yesterday": -1, "tomorrow": 1}
_OFFSET = re.compile(r"^([-+])\s*(\d{1,4})$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMBERS = re.compile(r"^\d{1,4}(?:[-/. ]+\d{1,4}){0,2}$")

HELP = "a date like 2026-11-29, today, yesterday, -1 or mon"
"""What a date field accepts, in the words its messages use."""


class DateMissing(DateError):
    """Nothing was typed."""


class NoSuchDay(DateError):
    """A date form naming a day that does not exist (2026-02-30)."""


def read_day(
    text: str,
    *,
    today: date,
    order: DayOrder = "dmy",
    weekdays: Mapping[str, int] | None = None,
    words: Mapping[str, int] | None = None,
) -> date:
    """The date a person meant by ``text``; raises DateError saying what is accepted
    (DateMissing, NoSuchDay for those two cases).

    ``order`` is the locale's order for numeric dates that do not start with a 4-digit year;
    ``weekdays`` adds the locale's weekday names (lower case) to the English ones, ``words``
    other words for today and days near it ({"hoy": 0, "ayer": -1}).
    """
    raw = _plain(text).rstrip(".")
    if not raw:
        raise DateMissing(f"the date is missing: type {HELP}")
    named = {**_WORDS, **{_plain(k): v for k, v in (words or {}).items()}}
    if raw in named:
        return today + timedelta(days=named[raw])
    offset = _OFFSET.match(raw)
    if offset:
        days = int(offset.group(2))
        return today + timedelta(days=-days if offset.group(1) == "-" else days)
    weekday = _weekday(raw, weekdays)
    if weekday is not None:
        return today - timedelta(days=(today.weekday() - weekday) % 7)
    iso = _ISO.match(raw) or _COMPACT.match(raw)
    if iso:
        return _make(text, int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if _NUMBERS.match(raw):
        parts = re.split(r"[-/. ]+", raw)
        long_parts = [i for i, p in enumerate(parts) if len(p) > 2]
        year_at = 0 if order == "ymd" or len(parts[0]) > 2 else len(parts) - 1
        if long_parts and (len(parts) < 3 or long_parts != [year_at]):
            raise DateError(f"not a date: {text.strip()!r} (type {HELP})")
        return _numeric(text, [int(p) for p in parts], today, order)
    raise DateError(f"not a date: {text.strip()!r} (type {HELP})")


def _plain(text: str) -> str:
    """Lower case, single spaces, a typographic apostrophe as the one on the keyboard."""
    return " ".join(text.strip().lower().replace("\u2019", "'").split())


def _weekday(raw: str, extra: Mapping[str, int] | None) -> int | None:
    names = {**ENGLISH_WEEKDAYS, **{k.strip(".").lower(): v for k, v in (extra or {}).items()}}
    return names.get(raw)


def _numeric(text: str, parts: list[int], today: date, order: DayOrder) -> date:
    if len(parts) == 1:
        return _make(text, today.year, today.month, parts[0])
    if len(parts) == 2:
        day, month = (parts[1], parts[0]) if order in ("mdy", "ymd") else (parts[0], parts[1])
        return _make(text, today.year, month, day)
    if order == "ymd" or parts[0] > 999:
        year, month, day = parts
    elif order == "mdy":
        month, day, year = parts
    else:
        day, month, year = parts
    if year < 100:
        year += 2000
    return _make(text, year, month, day)


def _make(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDay(f"there is no such day: {text.strip()!r}") from None


def order_of(pattern: str) -> DayOrder:
    """The day order of a date pattern such as "dd.MM.yyyy", "M/d/yy" or "yyyy-MM-dd"."""
    positions = {key: pattern.find(key) for key in ("d", "M", "y")}
    if any(p < 0 for p in positions.values()):
        return "dmy"
    ranked = "".join(sorted(positions, key=positions.__getitem__)).lower()
    return ranked if ranked in ("ymd", "mdy") else "dmy"  # type: ignore[return-value]
