"""Capture lag, money waiting, and value created against value captured over time.

- **Lag**: for paid sessions with a paid-on date (money in the insights' currency), the days
  from the session to the payment. The median and 90th percentile weigh each session by its
  amount ("half the money arrived within N days"); a by-count median is given as well.
- **Pending**: sessions whose money is pending; age = ``today`` - session day (never negative).
- **Split** (invoices): an invoiced session's lag is work -> invoice (session day to the day
  its invoice was sent) then invoice -> cash (sent to paid); money pending is either not
  invoiced yet (aged from the work) or invoiced and unpaid (aged from sending). Days never
  count below zero; medians and 90th percentiles weigh each session by its amount.
- **Cumulative**: see ``model.Cumulative``. Created value is priced at the client's alternative
  rate, else the journal's median pay rate, and scaled by value / neutral value.
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np

from valuejournal.core.insights.aggregate import PeriodGrid
from valuejournal.core.insights.columns import NO_DATE, STATUS_PAID, STATUS_PENDING, SessionColumns
from valuejournal.core.insights.model import (
    Capture,
    CaptureLag,
    Cumulative,
    LagLeg,
    LagSplit,
    Pending,
    Waiting,
)
from valuejournal.core.insights.thresholds import Thresholds

BIN_DAYS = 7
MAX_BINS = 26


def weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float | None:
    """The smallest value whose cumulative weight reaches ``q`` of the total (None if empty)."""
    if values.size == 0 or not np.any(weights > 0):
        return None
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(weights[order])
    pos = int(np.searchsorted(cum, q * cum[-1], side="left"))
    return float(values[order][min(pos, values.size - 1)])


def capture_lag(cols: SessionColumns, currency: str) -> CaptureLag:
    """Lag statistics and a weekly histogram over the paid sessions in ``cols``."""
    money = cols.money_mask(currency) & (cols.status == STATUS_PAID)
    dated = money & (cols.paid_on != NO_DATE)
    days = (cols.paid_on[dated] - cols.day[dated]).astype(np.int64)
    amount = cols.pay_minor[dated]
    top = int(days.max()) if days.size else 0
    nbins = max(1, min(MAX_BINS, top // BIN_DAYS + 1))
    edges = np.arange(nbins + 1, dtype=np.int64) * BIN_DAYS
    bins = np.clip(days // BIN_DAYS, 0, nbins - 1) if days.size else days
    return CaptureLag(
        count=int(days.size),
        total_minor=int(amount.sum()),
        median_days=weighted_quantile(days, amount.astype(np.float64), 0.5),
        p90_days=weighted_quantile(days, amount.astype(np.float64), 0.9),
        median_days_by_count=float(np.median(days)) if days.size else None,
        mean_days=float(days.mean()) if days.size else None,
        days=days,
        amount_minor=amount,
        bin_edges=edges,
        bin_amount_minor=np.bincount(bins, weights=amount, minlength=nbins).astype(np.int64),
        bin_count=np.bincount(bins, minlength=nbins).astype(np.int64),
        without_date=int(np.count_nonzero(money & (cols.paid_on == NO_DATE))),
    )


def pending(cols: SessionColumns, currency: str, today: date) -> Pending:
    """Money pending in ``cols`` and how long it has waited on ``today``."""
    mask = cols.money_mask(currency) & (cols.status == STATUS_PENDING)
    if not np.any(mask):
        return Pending(0, 0, None, None, None)
    days = cols.day[mask]
    amount = cols.pay_minor[mask]
    age = np.maximum(today.toordinal() - days, 0)
    oldest = int(days.min())
    return Pending(
        count=int(days.size),
        total_minor=int(amount.sum()),
        median_age_days=weighted_quantile(age, amount.astype(np.float64), 0.5),
        oldest_age_days=int(age.max()),
        oldest_day=date.fromordinal(oldest),
    )


def _leg(days: np.ndarray, amount: np.ndarray) -> LagLeg:
    weights = amount.astype(np.float64)
    return LagLeg(
        count=int(days.size),
        total_minor=int(amount.sum()),
        median_days=weighted_quantile(days, weights, 0.5),
        p90_days=weighted_quantile(days, weights, 0.9),
    )


def _waiting(age: np.ndarray, amount: np.ndarray) -> Waiting:
    return Waiting(
        count=int(age.size),
        total_minor=int(amount.sum()),
        median_age_days=weighted_quantile(age, amount.astype(np.float64), 0.5),
        oldest_age_days=int(age.max()) if age.size else None,
    )


def lag_split(cols: SessionColumns, currency: str, today: date) -> LagSplit:
    """The capture lag of ``cols`` split by invoices into work -> invoice -> cash."""
    money = cols.money_mask(currency)
    invoiced = money & (cols.invoiced_on != NO_DATE)
    paid = cols.status == STATUS_PAID
    waiting = cols.status == STATUS_PENDING
    cashed = invoiced & paid & (cols.paid_on != NO_DATE)
    not_invoiced = money & waiting & ~invoiced
    unpaid = invoiced & waiting
    now = today.toordinal()
    amount = cols.pay_minor
    return LagSplit(
        to_invoice=_leg(
            np.maximum(cols.invoiced_on[invoiced] - cols.day[invoiced], 0), amount[invoiced]
        ),
        to_cash=_leg(
            np.maximum(cols.paid_on[cashed] - cols.invoiced_on[cashed], 0), amount[cashed]
        ),
        not_invoiced=_waiting(np.maximum(now - cols.day[not_invoiced], 0), amount[not_invoiced]),
        invoiced_unpaid=_waiting(np.maximum(now - cols.invoiced_on[unpaid], 0), amount[unpaid]),
        paid_without_invoice=int(np.count_nonzero(money & paid & ~invoiced)),
    )


def cumulative(
    cols: SessionColumns,
    grid: PeriodGrid,
    period_idx: np.ndarray,
    session_rate: np.ndarray,
    currency: str,
    thresholds: Thresholds,
) -> Cumulative:
    """Running created / captured / pending totals per period of ``grid``.

    ``session_rate`` is each session's reference rate (minor units per hour, nan when none).
    """
    n = grid.count
    rated = np.isfinite(cols.value)
    money = cols.money_mask(currency)
    worth = cols.minutes / 60.0 * np.nan_to_num(cols.value) / thresholds.neutral_value
    priced = rated & np.isfinite(session_rate)
    created_w = np.where(priced, worth * np.nan_to_num(session_rate), 0.0)
    created = np.cumsum(np.bincount(period_idx, weights=created_w, minlength=n)[:n])
    if not np.any(priced) and np.any(rated):
        created = np.full(n, math.nan)
    paid = rated & money & (cols.status == STATUS_PAID)
    when = np.where(cols.paid_on != NO_DATE, cols.paid_on, cols.day)
    paid_idx = grid.index(when)
    paid &= paid_idx < n  # paid after the range: not captured yet
    captured = np.bincount(
        paid_idx[paid], weights=cols.pay_minor[paid].astype(np.float64), minlength=n
    )[:n]
    waiting = money & (cols.status == STATUS_PENDING)
    pend = np.bincount(
        period_idx[waiting], weights=cols.pay_minor[waiting].astype(np.float64), minlength=n
    )[:n]
    return Cumulative(created, np.cumsum(captured), np.cumsum(pend))


def capture(
    cols: SessionColumns,
    grid: PeriodGrid,
    period_idx: np.ndarray,
    session_rate: np.ndarray,
    currency: str,
    thresholds: Thresholds,
    today: date,
) -> Capture:
    """Lag, pending and running totals together."""
    return Capture(
        lag=capture_lag(cols, currency),
        pending=pending(cols, currency, today),
        cumulative=cumulative(cols, grid, period_idx, session_rate, currency, thresholds),
        split=lag_split(cols, currency, today),
    )
