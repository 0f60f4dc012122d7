"""The entry points: insights over a date range from sessions or from prebuilt columns.

The high-pay threshold and the median pay rate are the journal's own: they come from every
session in the columns at the requested period kind, not just the range, so zooming into a
range does not move the yardstick. Everything else covers the range only.

Chosen giving (sessions marked pro bono or a gift) is counted apart (``Totals.giving``,
``ClientBalance.giving_hours``): the periods, spans, balances, capture and the yardstick judge
the rest of the work, so work given on purpose never reads as value not captured.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np

from valuejournal.core import formats, fx
from valuejournal.core.entities import Client, Session
from valuejournal.core.i18n import _, n_
from valuejournal.core.insights.aggregate import (
    PeriodGrid,
    aggregate,
    diary_means,
    empty_series,
    rate_reference,
)
from valuejournal.core.insights.balance import (
    alternative_rates,
    client_balances,
    project_balances,
)
from valuejournal.core.insights.capture import capture
from valuejournal.core.insights.columns import STATUS_PAID, STATUS_PENDING, SessionColumns
from valuejournal.core.insights.giving import giving_totals, with_giving
from valuejournal.core.insights.model import Insights, Totals, Uncounted
from valuejournal.core.insights.spans import find_spans
from valuejournal.core.insights.thresholds import Thresholds
from valuejournal.core.insights.wellbeing import bubble_means, correlations
from valuejournal.core.periods import PeriodKind, check_range

DEFAULT_THRESHOLDS = Thresholds()


def compute_insights(
    sessions: Sequence[Session],
    clients: Sequence[Client] = (),
    *,
    start: date | None = None,
    end: date | None = None,
    kind: PeriodKind = PeriodKind.WEEK,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    today: date | None = None,
    currency: str = "EUR",
    invoiced: Mapping[str, date] | None = None,
) -> Insights:
    """Insights over the sessions whose day lies in ``[start, end]`` (open bounds: all).

    ``clients`` supply alternative rates (matched by name without regard to case);
    ``today`` dates the age of pending money (default: the system date). Money in other
    currencies than ``currency`` counts at the rate frozen on its session; without one it
    counts as "paid or pending" but not in any sum, and the notes say which and how to fix it.
    ``invoiced`` gives the day each invoiced session's invoice was sent, by uuid (the
    capture lag's split into work -> invoice -> cash). Raises ``DateError`` when ``start``
    is after ``end``.
    """
    return compute_insights_from_columns(
        SessionColumns.from_sessions(sessions, invoiced, currency.upper()),
        clients,
        start=start,
        end=end,
        kind=kind,
        thresholds=thresholds,
        today=today,
        currency=currency,
    )


def compute_insights_from_columns(
    columns: SessionColumns,
    clients: Sequence[Client] = (),
    *,
    start: date | None = None,
    end: date | None = None,
    kind: PeriodKind = PeriodKind.WEEK,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    today: date | None = None,
    currency: str = "EUR",
    diary: tuple[np.ndarray, np.ndarray] | None = None,
) -> Insights:
    """The same as ``compute_insights``, from columns the caller built (and may cache).

    ``diary`` is a mood diary's (day ordinals, scores 1-5), averaged into the periods.
    The columns must count in ``currency`` (``SessionColumns.base``).
    """
    check_range(start, end)
    kind = PeriodKind(kind)
    currency = currency.upper()
    if len(columns) and columns.base != currency:
        raise ValueError(f"the columns count in {columns.base}, not in {currency}")
    today = today or date.today()
    pay_threshold = median_rate = None
    judged = columns.work()
    if len(judged):
        whole_grid = PeriodGrid.covering(int(judged.day.min()), int(judged.day.max()), kind)
        whole, _periods = aggregate(judged, whole_grid, currency, thresholds)
        pay_threshold, median_rate = rate_reference(whole, thresholds.high_pay_quantile)
    everything = columns.between(start, end)
    cols = everything.work()
    first, last = _range(everything, start, end)
    alt = alternative_rates(cols, clients, currency)
    if first is not None and last is not None:
        grid = PeriodGrid.covering(first, last, kind)
        series, idx = aggregate(cols, grid, currency, thresholds)
    else:
        grid = PeriodGrid(kind, 0, 0)
        series, idx = empty_series(kind), np.zeros(0, dtype=np.int64)
    codes = np.where(cols.client < 0, len(alt) - 1, cols.client)
    session_rate = alt[codes]
    if median_rate:
        session_rate = np.where(np.isnan(session_rate), median_rate, session_rate)
    return Insights(
        kind=kind,
        start=date.fromordinal(first) if first is not None else None,
        end=date.fromordinal(last) if last is not None else None,
        today=today,
        currency=currency,
        thresholds=thresholds,
        periods=series,
        spans=find_spans(series, cols, idx, thresholds, pay_threshold),
        clients=with_giving(
            client_balances(cols, alt, median_rate, currency, thresholds), everything
        ),
        capture=capture(cols, grid, idx, session_rate, currency, thresholds, today),
        correlations=correlations(series, thresholds),
        bubbles=bubble_means(everything),
        totals=_totals(everything, currency),
        pay_rate_threshold=pay_threshold,
        median_pay_rate=median_rate,
        notes=_notes(everything, currency),
        diary_mood=None if diary is None else diary_means(grid, *diary),
        projects=project_balances(cols, alt, median_rate, currency, thresholds),
    )


def _range(
    cols: SessionColumns, start: date | None, end: date | None
) -> tuple[int | None, int | None]:
    """The range's first and last day ordinals: the bounds given, else the sessions' own."""
    if len(cols):
        first = start.toordinal() if start else int(cols.day.min())
        last = end.toordinal() if end else int(cols.day.max())
        return first, last
    if start and end:
        return start.toordinal(), end.toordinal()
    return None, None


def _totals(cols: SessionColumns, currency: str) -> Totals:
    rated = np.isfinite(cols.value)
    money = cols.money_mask(currency)
    pay = np.where(money, cols.pay_minor, 0)
    hours = float(cols.minutes.sum()) / 60.0
    rated_hours = float(cols.minutes[rated].sum()) / 60.0
    value = None
    if rated_hours > 0:
        value = float((cols.minutes[rated] * cols.value[rated]).sum()) / 60.0 / rated_hours
    total = int(pay.sum())
    uncounted = uncounted_money(cols)
    return Totals(
        sessions=len(cols),
        hours=hours,
        rated_hours=rated_hours,
        unrated_sessions=int(np.count_nonzero(~rated)),
        pay_minor=total,
        paid_minor=int(pay[cols.status == STATUS_PAID].sum()),
        pending_minor=int(pay[cols.status == STATUS_PENDING].sum()),
        value=value,
        pay_rate=total / hours if hours > 0 else None,
        other_currency_sessions=sum(u.sessions for u in uncounted),
        uncounted=uncounted,
        guessed_rate_sessions=int(np.count_nonzero(cols.guessed_rate_mask())),
        giving=giving_totals(cols),
    )


def uncounted_money(cols: SessionColumns) -> tuple[Uncounted, ...]:
    """Per currency, the money no exchange rate counts (sessions, amount, earliest day)."""
    missing = cols.missing_rate_mask()
    out = []
    for code in np.unique(cols.currency[missing]).tolist():
        mine = missing & (cols.currency == code)
        out.append(
            Uncounted(
                currency=cols.currencies[code],
                sessions=int(np.count_nonzero(mine)),
                amount_minor=int(cols.own_minor[mine].sum()),
                first_day=date.fromordinal(int(cols.day[mine].min())),
            )
        )
    return tuple(sorted(out, key=lambda u: u.currency))


def rate_notes(cols: SessionColumns, currency: str) -> list[str]:
    """What the figures leave out for want of an exchange rate, what rests on a guessed
    one, and how to fix both."""
    notes = []
    fmt = formats.current()
    for u in uncounted_money(cols):
        notes.append(
            n_(
                "%n session(s) in {currency} without an exchange rate to {base}: {amount} is "
                "not counted in these figures. Add one with Edit → Exchange rates… or "
                "`valuejournal rates add {currency} RATE --date {day}` (RATE: {currency} per "
                "1 {base}).",
                u.sessions,
            ).format(
                currency=u.currency,
                base=currency,
                amount=fmt.money(u.amount_minor, u.currency),
                day=u.first_day.isoformat(),
            )
        )
    guessed = cols.guessed_rate_mask()
    for after in (True, False):
        mine = guessed & ((cols.fx_gap > 0) if after else (cols.fx_gap <= 0))
        count = int(np.count_nonzero(mine))
        if not count:
            continue
        codes = sorted({cols.currencies[c] for c in np.unique(cols.currency[mine]).tolist()})
        gaps = np.abs(cols.fx_gap[mine])
        low, high = int(gaps.min()), int(gaps.max())
        days = n_("%n day(s)", high) if low == high else n_("up to %n day(s)", high)
        if after:
            text = n_(
                "%n session(s) in {currencies} counted at a guessed exchange rate from {days} "
                "after the work (the nearest known): import the ECB's rates or add "
                "the days' rates for exact figures.",
                count,
            )
        else:
            text = n_(
                "%n session(s) in {currencies} counted at a guessed exchange rate from {days} "
                "before the work (the nearest known, more than {limit} days older than the "
                "work): import the ECB's rates or add the days' rates for exact figures.",
                count,
            )
        notes.append(text.format(currencies=", ".join(codes), days=days, limit=fx.GUESS_DAYS))
    return notes


def _notes(cols: SessionColumns, currency: str) -> list[str]:
    """Caveats the reader should know about the numbers."""
    notes = rate_notes(cols, currency)
    unrated = int(np.count_nonzero(~np.isfinite(cols.value)))
    if unrated and len(cols):
        share = unrated / len(cols)
        if unrated == len(cols):
            notes.append(
                n_(
                    "None of the %n session(s) is rated yet, so the value figures wait for "
                    "your ratings.",
                    len(cols),
                )
            )
        elif share >= 0.2:
            notes.append(
                _(
                    "{unrated} of {total} sessions are not rated yet; value rests on the "
                    "{rated} rated ones."
                ).format(
                    unrated=formats.current().integer(unrated),
                    total=formats.current().integer(len(cols)),
                    rated=formats.current().integer(len(cols) - unrated),
                )
            )
    return notes
