"""Wellbeing against pay and value, and the three impact bubbles.

Correlations are Pearson's r over the judged periods of the range, pairing each period's mean
mood, energy or stress with its pay rate (0 for unpaid periods) or its value. A correlation
on fewer than ``Thresholds.min_correlation_n`` periods, or where one side never varies, is
reported with ``r=None`` and its ``n`` so the reader knows why.
"""

from __future__ import annotations

import math

import numpy as np

from valuejournal.core.insights.columns import SessionColumns
from valuejournal.core.insights.model import Bubbles, Correlation, PeriodSeries
from valuejournal.core.insights.thresholds import Thresholds

MEASURES = ("mood", "energy", "stress")
AGAINST = ("pay_rate", "value")


def pearson(x: np.ndarray, y: np.ndarray, min_n: int) -> tuple[float | None, int]:
    """Pearson's r over the pairs where both are finite, and how many there were."""
    ok = np.isfinite(x) & np.isfinite(y)
    n = int(np.count_nonzero(ok))
    if n < max(min_n, 2):
        return None, n
    dx = x[ok] - x[ok].mean()
    dy = y[ok] - y[ok].mean()
    den = math.sqrt(float(dx @ dx) * float(dy @ dy))
    if den <= 1e-12:
        return None, n
    return max(-1.0, min(1.0, float(dx @ dy) / den)), n


def correlations(series: PeriodSeries, thresholds: Thresholds) -> list[Correlation]:
    """Each wellbeing measure against pay rate and value (six correlations)."""
    judged = series.judged
    pay_rate = np.where(series.hours > 0, np.nan_to_num(series.pay_rate), np.nan)[judged]
    against = {"pay_rate": pay_rate, "value": series.value[judged]}
    out = []
    for measure in MEASURES:
        x = getattr(series, measure)[judged]
        for name in AGAINST:
            r, n = pearson(x, against[name], thresholds.min_correlation_n)
            out.append(Correlation(measure=measure, against=name, r=r, n=n))
    return out


def bubble_means(cols: SessionColumns) -> Bubbles:
    """Mean impact on each bubble over the sessions that recorded it."""
    means: list[float | None] = []
    counts: list[int] = []
    for name in ("ecological", "economic", "social"):
        values = getattr(cols, name)
        ok = np.isfinite(values)
        count = int(np.count_nonzero(ok))
        counts.append(count)
        means.append(float(values[ok].mean()) if count else None)
    return Bubbles(means[0], means[1], means[2], (counts[0], counts[1], counts[2]))
