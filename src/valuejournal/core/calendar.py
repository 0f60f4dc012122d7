"""The Calendar page's figures: one year, day by day, with a colour level per measure.

Plain Python over ``core.insights`` at the day period (DESIGN.md, "Insights"): a day's
hours, pay (paid + pending, the work's day), pay rate (pay / hours), value (hours-weighted
over rated sessions) and mood (mean) are the day periods' own figures, so the calendar and
the charts never disagree.

**Value minus pay** puts the two on one scale the way the balance per client does
(core/insights/balance.py): the *value index* is the day's value / ``neutral_value`` (5:
ordinary work = 1.0) and the *pay index* is the day's pay rate / the journal's median day
pay rate (what you usually earn = 1.0). The gap is ``log2(value index / pay index)``, both
floored at 1/8 and clipped to ±3: 0 means paid as well as the work was worth, +1 value was
twice the pay (value given away), -1 pay was twice the value. It needs a rated day and a
median rate (some paid work in the journal).

Each measure maps a day to a level in [0, 1] (None: nothing to colour); the page turns
levels into colours and says what the ends mean in its legend.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from valuejournal.core.entities import Client, Session
from valuejournal.core.insights.thresholds import Thresholds

FLOOR = 1 / 8
GAP_LIMIT = 3.0
MOOD_RANGE = (1.0, 5.0)
VALUE_RANGE = (0.0, 10.0)


class Measure(StrEnum):
    """What the days are coloured by."""

    VALUE = "value"
    PAY_RATE = "pay_rate"
    MOOD = "mood"
    GAP = "gap"  # value minus pay


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One day with work: the day period's figures plus the value-minus-pay gap."""

    day: date
    sessions: int
    hours: float
    pay_minor: int
    pay_rate: float | None
    value: float | None
    mood: float | None
    value_index: float | None
    pay_index: float | None
    gap: float | None


@dataclass(frozen=True, slots=True)
class CalendarYear:
    """A year of days with work (days without work are absent).

    ``median_rate``: the journal's median day pay rate (minor units per hour), the pay
    index's yardstick; ``top_rate``: the highest day pay rate of the year (the pay-rate
    colour's top end); ``currency``: the one money is counted in.
    """

    year: int
    currency: str
    days: dict[date, DayFigures]
    median_rate: float | None
    top_rate: float | None
    neutral_value: float

    def level(self, day: date, measure: Measure) -> float | None:
        """Where ``day`` lies on ``measure``'s scale, 0..1 (None: no figure to colour)."""
        figures = self.days.get(day)
        if figures is None:
            return None
        return level_of(figures, measure, self.top_rate)

    def bounds(self, measure: Measure) -> tuple[float, float]:
        """The figures at level 0 and level 1 of ``measure`` (for the legend)."""
        if measure is Measure.VALUE:
            return VALUE_RANGE
        if measure is Measure.MOOD:
            return MOOD_RANGE
        if measure is Measure.PAY_RATE:
            return (0.0, self.top_rate or 0.0)
        return (-GAP_LIMIT, GAP_LIMIT)


def level_of(figures: DayFigures, measure: Measure, top_rate: float | None) -> float | None:
    """A day's level on ``measure`` (0..1), None when the day has no such figure."""
    if measure is Measure.VALUE:
        return None if figures.value is None else _unit(figures.value, *VALUE_RANGE)
    if measure is Measure.MOOD:
        return None if figures.mood is None else _unit(figures.mood, *MOOD_RANGE)
    if measure is Measure.PAY_RATE:
        if figures.pay_rate is None or not top_rate:
            return None
        return _unit(figures.pay_rate, 0.0, top_rate)
    if figures.gap is None:
        return None
    return _unit(figures.gap, -GAP_LIMIT, GAP_LIMIT)


def gap(value: float | None, pay_rate: float | None, median_rate: float | None, neutral: float
        ) -> tuple[float | None, float | None, float | None]:  # fmt: skip
    """(value index, pay index, gap) as the module docstring defines them."""
    value_index = value / neutral if value is not None and neutral > 0 else None
    pay_index = (pay_rate or 0.0) / median_rate if median_rate else None
    if value_index is None or pay_index is None:
        return value_index, pay_index, None
    raw = math.log2(max(value_index, FLOOR)) - math.log2(max(pay_index, FLOOR))
    return value_index, pay_index, max(-GAP_LIMIT, min(GAP_LIMIT, raw))


def calendar_year(
    sessions: Sequence[Session],
    year: int,
    clients: Sequence[Client] = (),
    *,
    currency: str = "EUR",
    thresholds: Thresholds | None = None,
) -> CalendarYear:
    """The figures of every day of ``year`` with work, from the journal's sessions (all of
    them: the median rate is the whole journal's)."""
    from valuejournal.core.insights.columns import SessionColumns

    return calendar_year_from_columns(
        SessionColumns.from_sessions(sessions, base=currency.upper()), year, clients,
        currency=currency, thresholds=thresholds,
    )  # fmt: skip


def calendar_year_from_columns(
    columns: object,
    year: int,
    clients: Sequence[Client] = (),
    *,
    currency: str = "EUR",
    thresholds: Thresholds | None = None,
) -> CalendarYear:
    """As :func:`calendar_year`, from ``core.insights.SessionColumns`` the caller built."""
    from valuejournal.core.insights.columns import SessionColumns
    from valuejournal.core.insights.engine import compute_insights_from_columns
    from valuejournal.core.periods import PeriodKind

    assert isinstance(columns, SessionColumns)
    thresholds = thresholds or Thresholds()
    insights = compute_insights_from_columns(
        columns,
        clients,
        start=date(year, 1, 1),
        end=date(year, 12, 31),
        kind=PeriodKind.DAY,
        thresholds=thresholds,
        currency=currency,
    )
    median = insights.median_pay_rate
    days: dict[date, DayFigures] = {}
    for row in insights.periods.rows():
        if row.sessions == 0:
            continue
        value_index, pay_index, day_gap = gap(
            row.value, row.pay_rate, median, thresholds.neutral_value
        )
        days[row.start] = DayFigures(
            day=row.start,
            sessions=row.sessions,
            hours=row.hours,
            pay_minor=row.pay_minor,
            pay_rate=row.pay_rate,
            value=row.value,
            mood=row.mood,
            value_index=value_index,
            pay_index=pay_index,
            gap=day_gap,
        )
    rates = [d.pay_rate for d in days.values() if d.pay_rate]
    return CalendarYear(
        year=year,
        currency=insights.currency,
        days=days,
        median_rate=median,
        top_rate=max(rates) if rates else None,
        neutral_value=thresholds.neutral_value,
    )


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def grid_position(day: date) -> tuple[int, int]:
    """(column, row) of ``day`` in its year's grid: one column per week (Monday first,
    column 0 holds 1 January), one row per weekday (0 = Monday)."""
    first = week_start(date(day.year, 1, 1))
    return (day - first).days // 7, day.weekday()


def grid_columns(year: int) -> int:
    """How many week columns ``year``'s grid has."""
    return grid_position(date(year, 12, 31))[0] + 1


def _unit(x: float, low: float, high: float) -> float:
    if high <= low:
        return 0.5
    return max(0.0, min(1.0, (x - low) / (high - low)))
