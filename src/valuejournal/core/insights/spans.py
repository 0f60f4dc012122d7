"""Finding the spans where money and value part: high pay with low value, high value unpaid.

A judged period (at least ``Thresholds.min_hours(kind)`` of rated work) matches

- ``high_pay_low_value`` when its pay rate reaches the journal's high-pay threshold (the top
  third of the journal's own judged, paid period rates) and its value is at most
  ``Thresholds.low_value``;
- ``high_value_no_pay`` when its value is at least ``Thresholds.high_value`` and no session in
  it has money paid or pending (in any currency).

Matching periods in a row merge into one span. A judged period that does not match ends the
span. Unjudged periods (too few rated hours, or no work at all) are skipped: they neither
extend nor end a span, unless more than ``Thresholds.max_gap(kind)`` of them come in a row,
which ends it. Skipped periods never add hours, pay or value to a span.
"""

from __future__ import annotations

import numpy as np

from valuejournal.core.insights.columns import NO_CLIENT, SessionColumns
from valuejournal.core.insights.model import PeriodSeries, Span, SpanKind
from valuejournal.core.insights.thresholds import Thresholds


def match_masks(
    series: PeriodSeries, thresholds: Thresholds, pay_threshold: float | None
) -> dict[SpanKind, np.ndarray]:
    """Which periods match each span kind (only judged periods can match)."""
    value = np.nan_to_num(series.value, nan=-1.0)
    judged = series.judged
    if pay_threshold is None:
        high_pay = np.zeros(len(series), dtype=bool)
    else:
        high_pay = (series.pay_minor > 0) & (np.nan_to_num(series.pay_rate) >= pay_threshold)
    low = judged & high_pay & (value >= 0) & (value <= thresholds.low_value)
    unpaid = judged & ~series.has_pay & (value >= thresholds.high_value)
    return {SpanKind.HIGH_PAY_LOW_VALUE: low, SpanKind.HIGH_VALUE_NO_PAY: unpaid}


def runs(match: np.ndarray, judged: np.ndarray, max_gap: int) -> list[np.ndarray]:
    """Group matching period indices into runs, bridging up to ``max_gap`` unjudged periods."""
    relevant = np.flatnonzero(judged)
    out: list[list[int]] = []
    current: list[int] = []
    previous = -1
    for i in relevant.tolist():
        if match[i]:
            if current and i - previous - 1 > max_gap:
                out.append(current)
                current = []
            current.append(i)
        elif current:
            out.append(current)
            current = []
        previous = i
    if current:
        out.append(current)
    return [np.array(r, dtype=np.int64) for r in out]


def find_spans(
    series: PeriodSeries,
    cols: SessionColumns,
    period_idx: np.ndarray,
    thresholds: Thresholds,
    pay_threshold: float | None,
) -> list[Span]:
    """All spans of both kinds in the series, ordered by start date.

    ``cols`` and ``period_idx`` (each session's period) are used to name the top client.
    """
    masks = match_masks(series, thresholds, pay_threshold)
    max_gap = thresholds.max_gap(series.kind)
    order = np.argsort(period_idx, kind="stable")
    sorted_idx = period_idx[order]
    spans: list[Span] = []
    for kind, match in masks.items():
        for run in runs(match, series.judged, max_gap):
            lo = np.searchsorted(sorted_idx, run[0], side="left")
            hi = np.searchsorted(sorted_idx, run[-1], side="right")
            members = order[lo:hi][match[sorted_idx[lo:hi]]]
            spans.append(_span(kind, run, series, cols, members))
    spans.sort(key=lambda s: (s.start, s.kind))
    return spans


def _span(
    kind: SpanKind,
    run: np.ndarray,
    series: PeriodSeries,
    cols: SessionColumns,
    members: np.ndarray,
) -> Span:
    rated_hours = float(series.rated_hours[run].sum())
    hours = float(series.hours[run].sum())
    pay = int(series.pay_minor[run].sum())
    value = None
    if rated_hours > 0:
        value = float(np.nansum(series.value[run] * series.rated_hours[run]) / rated_hours)
    top, top_hours = _top_client(cols, members)
    return Span(
        kind=kind,
        start=series.start_date(int(run[0])),
        end=series.end_date(int(run[-1])),
        hours=hours,
        pay_minor=pay,
        value=value,
        pay_rate=pay / hours if hours > 0 else None,
        period_starts=[series.start_date(int(i)) for i in run],
        top_client=top,
        top_client_hours=top_hours,
    )


def _top_client(cols: SessionColumns, members: np.ndarray) -> tuple[str | None, float]:
    """The client with the most hours among the given sessions (None: no client)."""
    if members.size == 0:
        return None, 0.0
    codes = cols.client[members] + 1  # 0 = no client
    hours = np.bincount(codes, weights=cols.minutes[members]) / 60.0
    best = int(np.argmax(hours))
    name = None if best == NO_CLIENT + 1 else cols.client_names[best - 1]
    return name, float(hours[best])
