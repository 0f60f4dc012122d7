"""The one duration parser: what the hours field, `add --hours` and the importers read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from valuejournal.core.durations import (
    DurationError,
    DurationProblem,
    parse_decimal,
    parse_duration,
    session_minutes,
)
from valuejournal.core.entities import round_minutes


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("01:30:00", 5400),
        ("1:30", 5400),
        ("25:00:01", 90001),
        ("0:00:00", 0),
        ("18:25 min", 1105),
        ("45 sec", 45),
        ("1.5 h", 5400),
        ("1.5", 5400),
        ("1,5", 5400),
        ("0.3333", 1200),
        ("90m", 5400),
        ("90 min", 5400),
        ("1h30", 5400),
        ("1h30m", 5400),
        ("1 h 30 min", 5400),
        ("2h05", 7500),
        ("-01:00:00", -3600),
        ("-1", -3600),
    ],
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


def test_parse_duration_plain_seconds() -> None:
    assert parse_duration("3600", plain="seconds") == 3600


@pytest.mark.parametrize("text", ["", "abc", "1:60:00", "1.2.3", "1 h extra", "1h75", "h30"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize("text", ["1:30", "1.5", "1,5", "90m", "1h30", " 1h30 ", "1:30:00"])
def test_every_way_of_writing_an_hour_and_a_half_is_90_minutes(text: str) -> None:
    assert session_minutes(text) == 90


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", DurationProblem.MISSING),
        ("   ", DurationProblem.MISSING),
        ("abc", DurationProblem.UNREADABLE),
        ("NaN", DurationProblem.UNREADABLE),
        ("1e9", DurationProblem.UNREADABLE),
        ("1.5" + " " * 40 + "x", DurationProblem.UNREADABLE),
        ("0", DurationProblem.NOT_POSITIVE),
        ("-1:00", DurationProblem.NOT_POSITIVE),
        ("24:00:01", DurationProblem.TOO_LONG),
        ("9" * 5000, DurationProblem.TOO_LONG),
    ],
)
def test_session_minutes_says_why_it_refuses(text: str, problem: DurationProblem) -> None:
    with pytest.raises(DurationError) as caught:
        session_minutes(text, "--hours")
    assert caught.value.problem is problem
    message = str(caught.value)
    assert message.startswith("--hours") and "\n" not in message and len(message) < 160


def test_exactly_24_hours_is_a_session() -> None:
    assert session_minutes("24") == 24 * 60


@pytest.mark.parametrize(
    ("seconds", "minutes"), [(0, 0), (1, 1), (29, 1), (89, 1), (90, 2), (1229, 20), (1230, 21)]
)
def test_minutes_round_half_up_and_at_least_one(seconds: int, minutes: int) -> None:
    assert round_minutes(seconds) == minutes


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.5", "1.5"), ("1,5", "1.5"), ("1.234,50", "1234.50"), ("1,234.50", "1234.50")],
)
def test_parse_decimal(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)
