"""The Calendar's figures on a planted journal: day values, pay rates, mood, value minus pay."""

from __future__ import annotations

import math
from datetime import date

import pytest

from tests.helpers.sessions import session
from valuejournal.core.calendar import (
    GAP_LIMIT,
    Measure,
    calendar_year,
    grid_columns,
    grid_position,
)

# Four days of 2026. The journal's median day pay rate is 50/h (days of 50, 50, 100 and 0).
PLANTED = [
    session(date(2026, 3, 2), 4, value=5, client="Brightline", rate=50, lag=10, mood=3),
    session(date(2026, 3, 3), 2, value=10, client="Brightline", rate=50, mood=5),
    session(date(2026, 3, 4), 4, value=2, client="Volume Ltd", rate=100, mood=2),
    session(date(2026, 3, 5), 3, value=8, mood=4),  # no pay at all
    session(date(2025, 12, 30), 1, value=7, rate=50),  # another year: only the median sees it
]


@pytest.fixture(scope="module")
def year():  # type: ignore[no-untyped-def]
    return calendar_year(PLANTED, 2026)


def test_days_carry_the_day_periods_figures(year) -> None:  # type: ignore[no-untyped-def]
    assert sorted(year.days) == [date(2026, 3, d) for d in (2, 3, 4, 5)]
    monday = year.days[date(2026, 3, 2)]
    assert monday.hours == pytest.approx(4)
    assert monday.pay_minor == 20000
    assert monday.pay_rate == pytest.approx(5000)
    assert monday.value == pytest.approx(5)
    assert monday.mood == pytest.approx(3)
    assert year.median_rate == pytest.approx(5000)
    assert year.top_rate == pytest.approx(10000)


def test_value_minus_pay_normalises_pay_by_the_median_rate(year) -> None:  # type: ignore[no-untyped-def]
    even = year.days[date(2026, 3, 2)]  # value 5 (ordinary), paid the median: even
    assert even.value_index == pytest.approx(1) and even.pay_index == pytest.approx(1)
    assert even.gap == pytest.approx(0)
    given = year.days[date(2026, 3, 3)]  # value twice ordinary, the median pay: +1
    assert given.gap == pytest.approx(1)
    volume = year.days[date(2026, 3, 4)]  # value 2/5 of ordinary, twice the median pay
    assert volume.gap == pytest.approx(math.log2(0.4 / 2))
    unpaid = year.days[date(2026, 3, 5)]  # no pay: floored at 1/8, clipped at +3
    assert unpaid.pay_index == 0
    assert unpaid.gap == pytest.approx(GAP_LIMIT)


def test_levels_per_measure(year) -> None:  # type: ignore[no-untyped-def]
    tue, wed = date(2026, 3, 3), date(2026, 3, 4)
    assert year.level(tue, Measure.VALUE) == pytest.approx(1.0)
    assert year.level(wed, Measure.VALUE) == pytest.approx(0.2)
    assert year.level(wed, Measure.PAY_RATE) == pytest.approx(1.0)
    assert year.level(tue, Measure.PAY_RATE) == pytest.approx(0.5)
    assert year.level(tue, Measure.MOOD) == pytest.approx(1.0)
    assert year.level(date(2026, 3, 2), Measure.GAP) == pytest.approx(0.5)
    assert year.level(wed, Measure.GAP) < 0.5 < year.level(tue, Measure.GAP)  # type: ignore[operator]
    assert year.level(date(2026, 3, 9), Measure.VALUE) is None  # no work that day
    assert year.bounds(Measure.GAP) == (-GAP_LIMIT, GAP_LIMIT)


def test_unrated_day_has_no_value_colour() -> None:
    year = calendar_year([session(date(2026, 5, 1), 2, value=None, rate=40)], 2026)
    day = year.days[date(2026, 5, 1)]
    assert day.value is None and day.gap is None
    assert year.level(day.day, Measure.VALUE) is None
    assert year.level(day.day, Measure.PAY_RATE) == pytest.approx(1.0)


def test_grid_positions() -> None:
    assert grid_position(date(2026, 1, 1)) == (0, 3)  # a Thursday in the first column
    assert grid_position(date(2026, 1, 5)) == (1, 0)
    assert grid_columns(2026) == 53
    assert grid_position(date(2026, 12, 31))[0] == 52
