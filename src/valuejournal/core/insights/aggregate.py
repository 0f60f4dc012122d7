"""Grouping sessions into periods (day, ISO week, month) and summing them, vectorised.

Every period between the first and the last day of the range is present, even without any
work: it gets zero hours and nan rates and means, so a chart shows a gap rather than joining
its neighbours. A range that starts or ends inside a period keeps that period's real first
and last day, but only the sessions inside the range count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from valuejournal.core.insights.columns import STATUS_PAID, STATUS_PENDING, SessionColumns
from valuejournal.core.insights.model import PeriodSeries
from valuejournal.core.insights.thresholds import Thresholds
from valuejournal.core.periods import PeriodKind

_EPOCH = 719163  # date(1970, 1, 1).toordinal()
NAN = float("nan")


def period_keys(day: np.ndarray, kind: PeriodKind) -> np.ndarray:
    """A sortable integer key of the period of each day ordinal.

    Days: the ordinal; weeks: the ordinal of the week's Monday; months: months since 1970-01.
    """
    if kind is PeriodKind.DAY:
        return day
    if kind is PeriodKind.WEEK:
        return np.asarray(day - (day - 1) % 7)  # ordinal 1 (0001-01-01) was a Monday
    months = (day - _EPOCH).astype("datetime64[D]").astype("datetime64[M]")
    return months.astype(np.int64)


def _key_start(keys: np.ndarray, kind: PeriodKind) -> np.ndarray:
    """The first day (ordinal) of the periods with these keys."""
    if kind is PeriodKind.MONTH:
        return keys.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64) + _EPOCH
    return keys


@dataclass(frozen=True, slots=True)
class PeriodGrid:
    """The periods covering ``[first_day, last_day]`` (ordinals), and a day-to-period map."""

    kind: PeriodKind
    first_key: int
    count: int

    @classmethod
    def covering(cls, first_day: int, last_day: int, kind: PeriodKind) -> PeriodGrid:
        """The periods from the one holding ``first_day`` to the one holding ``last_day``."""
        first, last = period_keys(np.array([first_day, last_day], dtype=np.int64), kind)
        step = 7 if kind is PeriodKind.WEEK else 1
        return cls(kind, int(first), int(last - first) // step + 1)

    def index(self, day: np.ndarray) -> np.ndarray:
        """The period index of each day ordinal (may fall outside 0..count-1)."""
        offset = period_keys(day, self.kind) - self.first_key
        return offset // 7 if self.kind is PeriodKind.WEEK else offset

    def starts(self) -> np.ndarray:
        """First day (ordinal) of every period."""
        step = 7 if self.kind is PeriodKind.WEEK else 1
        keys = self.first_key + step * np.arange(self.count + 1, dtype=np.int64)
        return _key_start(keys, self.kind)


def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den, nan where den is 0, without floating-point warnings."""
    out = np.full(np.shape(num), NAN, dtype=np.float64)
    np.divide(num, den, out=out, where=den > 0)
    return out


def _sums(idx: np.ndarray, weights: np.ndarray | None, count: int) -> np.ndarray:
    return np.bincount(idx, weights=weights, minlength=count)[:count]


def _mean(idx: np.ndarray, values: np.ndarray, count: int) -> np.ndarray:
    """Per-period plain mean of the finite values (nan where there are none)."""
    ok = np.isfinite(values)
    return ratio(_sums(idx[ok], values[ok], count), _sums(idx[ok], None, count))


def aggregate(
    cols: SessionColumns,
    grid: PeriodGrid,
    currency: str,
    thresholds: Thresholds,
) -> tuple[PeriodSeries, np.ndarray]:
    """Sum the sessions (already limited to the range) into the grid's periods.

    Returns the series and each session's period index.
    """
    n = grid.count
    idx = grid.index(cols.day)
    minutes = cols.minutes
    rated = np.isfinite(cols.value)
    money = cols.money_mask(currency)
    pay = np.where(money, cols.pay_minor, 0).astype(np.float64)
    hours = _sums(idx, minutes, n) / 60.0
    rated_minutes = _sums(idx, np.where(rated, minutes, 0.0), n)
    value_sum = _sums(idx, np.where(rated, minutes * np.nan_to_num(cols.value), 0.0), n)
    pay_sum = _sums(idx, pay, n)
    paid = _sums(idx, np.where(cols.status == STATUS_PAID, pay, 0.0), n)
    pending = _sums(idx, np.where(cols.status == STATUS_PENDING, pay, 0.0), n)
    has_pay = _sums(idx, cols.any_pay_mask().astype(np.float64), n) > 0
    value = ratio(value_sum, rated_minutes)
    # judged on rated work only: value must rest on enough rated hours
    judged = rated_minutes / 60.0 >= thresholds.min_hours(grid.kind)
    bounds = grid.starts()
    series = PeriodSeries(
        kind=grid.kind,
        start=bounds[:-1],
        end=bounds[1:] - 1,
        hours=hours,
        rated_hours=rated_minutes / 60.0,
        sessions=np.bincount(idx, minlength=n)[:n],
        pay_minor=np.rint(pay_sum).astype(np.int64),
        paid_minor=np.rint(paid).astype(np.int64),
        pending_minor=np.rint(pending).astype(np.int64),
        has_pay=has_pay,
        pay_rate=ratio(pay_sum, hours),
        value=value,
        mood=_mean(idx, cols.mood, n),
        energy=_mean(idx, cols.energy, n),
        stress=_mean(idx, cols.stress, n),
        ecological=_mean(idx, cols.ecological, n),
        economic=_mean(idx, cols.economic, n),
        social=_mean(idx, cols.social, n),
        judged=judged,
    )
    return series, idx


def empty_series(kind: PeriodKind) -> PeriodSeries:
    """A series with no periods."""
    f = np.zeros(0, dtype=np.float64)
    i = np.zeros(0, dtype=np.int64)
    b = np.zeros(0, dtype=bool)
    return PeriodSeries(kind, i, i, f, f, i, i, i, i, b, f, f, f, f, f, f, f, f, b)


def rate_reference(series: PeriodSeries, quantile: float) -> tuple[float | None, float | None]:
    """The journal's high-pay threshold and median pay rate from its own periods.

    Both are taken over judged periods with money. The threshold is the ``quantile`` of their
    pay rates (None when there are none); the median falls back to every period with money
    when no judged period has any, so a young journal still has a yardstick.
    """
    with_pay = series.pay_minor > 0
    rates = series.pay_rate[series.judged & with_pay]
    threshold = float(np.quantile(rates, quantile)) if rates.size else None
    if not rates.size:
        rates = series.pay_rate[with_pay]
    median = float(np.median(rates)) if rates.size else None
    return threshold, median


def diary_means(grid: PeriodGrid, days: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per-period mean of mood diary scores (1-5) whose day falls in the grid (nan: none)."""
    if grid.count == 0:
        return np.zeros(0, dtype=np.float64)
    idx = grid.index(np.asarray(days, dtype=np.int64))
    inside = (idx >= 0) & (idx < grid.count)
    return _mean(idx[inside], np.asarray(scores, dtype=np.float64)[inside], grid.count)
