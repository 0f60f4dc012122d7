"""Insights as a JSON-ready dict: the `valuejournal insights --json` contract (DESIGN.md).

Required keys: ``periods`` (the spans: kind, start, end, hours, pay, value), ``clients`` and
``capture_lag`` (with ``split``: work -> invoice -> cash). Dates are ISO strings, amounts are
major units (floats), rates are major units per hour, unknown numbers are ``null``. Extra
keys: ``projects`` (the balance per project, as ``clients``), ``range``, ``thresholds``,
``totals``, ``pending``, ``timeline`` (every period),
``correlations``, ``bubbles``, ``summary``, ``notes``.
Every amount is in the base currency (``totals.currency``) at the rates frozen on the
sessions; ``totals.uncounted`` lists, per currency, the money no rate counts yet.
``totals.giving`` is the chosen giving (pro bono, gifts: hours, by client), which the spans,
``clients`` (their ``giving_hours`` apart) and ``capture_lag`` leave out.
"""

from __future__ import annotations

import math
from dataclasses import asdict
from datetime import date
from typing import Any

from valuejournal.core.insights.model import (
    CaptureLag,
    ClientBalance,
    GivingTotals,
    Insights,
    LagLeg,
    LagSplit,
    Pending,
    Span,
    Waiting,
)
from valuejournal.core.insights.summary import summarize
from valuejournal.core.money import to_major


def _num(x: float | None, digits: int = 2) -> float | None:
    if x is None or math.isnan(x) or math.isinf(x):
        return None
    return round(float(x), digits)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def to_json_dict(insights: Insights) -> dict[str, Any]:
    """The insights as plain JSON types (see the module docstring for the shape)."""
    cur = insights.currency

    def money(minor: float | None) -> float | None:
        return None if minor is None else _num(to_major(minor, cur), 4)  # type: ignore[arg-type]

    return {
        "periods": [_span(s, money) for s in insights.spans],
        "clients": [_client(c, money) for c in insights.clients],
        "projects": [_client(c, money) for c in insights.projects],
        "capture_lag": {
            **_lag(insights.capture.lag, money),
            "split": _split(insights.capture.split, money),
        },  # fmt: skip
        "pending": _pending(insights.capture.pending, money),
        "range": {
            "start": _iso(insights.start),
            "end": _iso(insights.end),
            "kind": str(insights.kind),
            "currency": cur,
            "today": insights.today.isoformat(),
        },
        "thresholds": {
            **asdict(insights.thresholds),
            "high_pay_rate": money(insights.pay_rate_threshold),
            "median_pay_rate": money(insights.median_pay_rate),
        },
        "totals": _totals(insights, money),
        "timeline": _timeline(insights, money),
        "correlations": [
            {"measure": c.measure, "against": c.against, "r": _num(c.r, 3), "n": c.n}
            for c in insights.correlations
        ],
        "bubbles": {
            "ecological": _num(insights.bubbles.ecological),
            "economic": _num(insights.bubbles.economic),
            "social": _num(insights.bubbles.social),
            "sessions": list(insights.bubbles.counts),
        },
        "summary": summarize(insights),
        "notes": list(insights.notes),
    }


def _span(s: Span, money: Any) -> dict[str, Any]:
    return {
        "kind": str(s.kind),
        "start": s.start.isoformat(),
        "end": s.end.isoformat(),
        "hours": _num(s.hours),
        "pay": money(s.pay_minor),
        "value": _num(s.value),
        "pay_rate": money(s.pay_rate),
        "periods": len(s.period_starts),
        "top_client": s.top_client,
    }


def _client(c: ClientBalance, money: Any) -> dict[str, Any]:
    return {
        "client": c.client,
        "name": c.name,
        "sessions": c.sessions,
        "hours": _num(c.hours),
        "rated_hours": _num(c.rated_hours),
        "value": _num(c.value),
        "pay": money(c.pay_minor),
        "pay_rate": money(c.pay_rate),
        "reference_rate": money(c.reference_rate),
        "reference": c.reference,
        "created_index": _num(c.created_index, 3),
        "captured_index": _num(c.captured_index, 3),
        "balance": _num(c.balance, 3),
        "tip": str(c.tip),
        "ratio": _num(c.ratio),
        "clipped": c.clipped,
        "uncounted_sessions": c.uncounted_sessions,
        "giving_hours": _num(c.giving_hours),
        "project": c.project,
    }


def _lag(lag: CaptureLag, money: Any) -> dict[str, Any]:
    return {
        "paid_sessions": lag.count,
        "paid": money(lag.total_minor),
        "median_days": _num(lag.median_days, 1),
        "p90_days": _num(lag.p90_days, 1),
        "median_days_by_count": _num(lag.median_days_by_count, 1),
        "mean_days": _num(lag.mean_days, 1),
        "weighted_by": "amount",
        "histogram": {
            "bin_edges_days": [int(x) for x in lag.bin_edges],
            "amount": [money(int(x)) for x in lag.bin_amount_minor],
            "sessions": [int(x) for x in lag.bin_count],
        },
        "paid_without_date": lag.without_date,
    }


def _split(split: LagSplit, money: Any) -> dict[str, Any]:
    """work -> invoice -> cash: the two legs and the money waiting at each step."""

    def leg(x: LagLeg) -> dict[str, Any]:
        return {
            "sessions": x.count,
            "amount": money(x.total_minor),
            "median_days": _num(x.median_days, 1),
            "p90_days": _num(x.p90_days, 1),
        }

    def waiting(x: Waiting) -> dict[str, Any]:
        return {
            "sessions": x.count,
            "amount": money(x.total_minor),
            "median_age_days": _num(x.median_age_days, 1),
            "oldest_age_days": x.oldest_age_days,
        }

    return {
        "work_to_invoice": leg(split.to_invoice),
        "invoice_to_cash": leg(split.to_cash),
        "not_invoiced": waiting(split.not_invoiced),
        "invoiced_unpaid": waiting(split.invoiced_unpaid),
        "paid_without_invoice": split.paid_without_invoice,
        "weighted_by": "amount",
    }


def _pending(p: Pending, money: Any) -> dict[str, Any]:
    return {
        "sessions": p.count,
        "amount": money(p.total_minor),
        "median_age_days": _num(p.median_age_days, 1),
        "oldest_age_days": p.oldest_age_days,
        "oldest_day": _iso(p.oldest_day),
    }


def _totals(ins: Insights, money: Any) -> dict[str, Any]:
    t = ins.totals
    return {
        "sessions": t.sessions,
        "hours": _num(t.hours),
        "rated_hours": _num(t.rated_hours),
        "unrated_sessions": t.unrated_sessions,
        "pay": money(t.pay_minor),
        "paid": money(t.paid_minor),
        "pending": money(t.pending_minor),
        "value": _num(t.value),
        "pay_rate": money(t.pay_rate),
        "other_currency_sessions": t.other_currency_sessions,
        "currency": ins.currency,
        "uncounted": [
            {
                "currency": u.currency,
                "sessions": u.sessions,
                "amount": to_major(u.amount_minor, u.currency),
                "first_day": u.first_day.isoformat(),
            }
            for u in t.uncounted
        ],
        "guessed_rate_sessions": t.guessed_rate_sessions,
        "giving": _giving(t.giving),
    }


def _giving(g: GivingTotals) -> dict[str, Any]:
    return {
        "sessions": g.sessions,
        "hours": _num(g.hours),
        "pro_bono_hours": _num(g.pro_bono_hours),
        "gift_hours": _num(g.gift_hours),
        "value": _num(g.value),
        "by_client": [
            {"client": x.client, "sessions": x.sessions, "hours": _num(x.hours)}
            for x in g.by_client
        ],
    }


def _timeline(ins: Insights, money: Any) -> list[dict[str, Any]]:
    p = ins.periods
    out = []
    for i in range(len(p)):
        out.append(
            {
                "start": p.start_date(i).isoformat(),
                "end": p.end_date(i).isoformat(),
                "hours": _num(p.hours[i]),
                "rated_hours": _num(p.rated_hours[i]),
                "pay": money(int(p.pay_minor[i])),
                "pay_rate": money(_num(p.pay_rate[i], 6)),
                "value": _num(p.value[i]),
                "mood": _num(p.mood[i]),
                "energy": _num(p.energy[i]),
                "stress": _num(p.stress[i]),
                "ecological": _num(p.ecological[i]),
                "economic": _num(p.economic[i]),
                "social": _num(p.social[i]),
                "judged": bool(p.judged[i]),
            }
        )
    return out
