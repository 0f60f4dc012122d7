"""Reading dates as people type them: ISO, the locale's short form, words and offsets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from valuejournal.core.dates import DateMissing, NoSuchDay, order_of, read_day
from valuejournal.core.periods import DateError

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-11-29", "dmy", date(2026, 11, 29)),
        ("2026-11-29", "mdy", date(2026, 11, 29)),
        (" 2026/11/29 ", "dmy", date(2026, 11, 29)),
        ("20261129", "mdy", date(2026, 11, 29)),
        ("2026 11 29", "dmy", date(2026, 11, 29)),
        ("29.11.2026", "dmy", date(2026, 11, 29)),
        ("29.11.26", "dmy", date(2026, 11, 29)),
        ("29.11.", "dmy", date(2026, 11, 29)),
        ("29/11", "dmy", date(2026, 11, 29)),
        ("11/29/26", "mdy", date(2026, 11, 29)),
        ("11/29", "mdy", date(2026, 11, 29)),
        ("26-11-29", "ymd", date(2026, 11, 29)),
        ("3", "dmy", date(2026, 12, 3)),
        ("1.5", "dmy", date(2026, 5, 1)),
        ("today", "dmy", TODAY),
        ("Today", "dmy", TODAY),
        ("yesterday", "dmy", date(2026, 11, 30)),
        ("tomorrow", "dmy", date(2026, 12, 2)),
        ("-1", "dmy", date(2026, 11, 30)),
        ("-30", "dmy", date(2026, 11, 1)),
        ("+2", "dmy", date(2026, 12, 3)),
        ("mon", "dmy", date(2026, 11, 30)),
        ("Monday", "dmy", date(2026, 11, 30)),
        ("tue", "dmy", TODAY),
        ("wed", "dmy", date(2026, 11, 25)),
        ("sun", "dmy", date(2026, 11, 29)),
    ],
)
def test_read_day(text: str, order: str, expected: date) -> None:
    assert read_day(text, today=TODAY, order=order) == expected  # type: ignore[arg-type]


def test_words_in_another_language() -> None:
    words = {"hoy": 0, "ayer": -1, "aujourd\u2019hui": 0}
    assert read_day("Hoy", today=TODAY, words=words) == TODAY
    assert read_day("ayer", today=TODAY, words=words) == TODAY - timedelta(days=1)
    assert read_day("aujourd'hui", today=TODAY, words=words) == TODAY  # the keyboard's '
    assert read_day("yesterday", today=TODAY, words=words) == TODAY - timedelta(days=1)


def test_missing_and_impossible_days_are_told_apart() -> None:
    with pytest.raises(DateMissing):
        read_day(" ", today=TODAY)
    with pytest.raises(NoSuchDay):
        read_day("2026-02-30", today=TODAY)


def test_locale_weekday_names() -> None:
    names = {"mo.": 0, "so.": 6, "sonntag": 6}
    assert read_day("So.", today=TODAY, weekdays=names) == date(2026, 11, 29)
    assert read_day("Sonntag", today=TODAY, weekdays=names) == date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "missing"),
        ("abc", "not a date"),
        ("2026-11-31", "no such day"),
        ("2026-13-01", "no such day"),
        ("31/2", "no such day"),
        ("2026-11-2026-11-29", "not a date"),
        ("2026-11-022", "not a date"),
        ("29.11.2026.5", "not a date"),
        ("123.11", "not a date"),
        ("32", "no such day"),
    ],
)
def test_what_is_not_a_date(text: str, words: str) -> None:
    with pytest.raises(DateError, match=words):
        read_day(text, today=TODAY)


@pytest.mark.parametrize(
    ("pattern", "order"),
    [("dd.MM.yyyy", "dmy"), ("M/d/yy", "mdy"), ("yyyy-MM-dd", "ymd"), ("d/M/yy", "dmy"),
     ("yy/MM/dd", "ymd"), ("", "dmy")],
)  # fmt: skip
def test_order_of_a_locale_pattern(pattern: str, order: str) -> None:
    assert order_of(pattern) == order
