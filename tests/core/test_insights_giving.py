"""Chosen giving (pro bono, gifts) is counted apart: it never reads as value not captured."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.helpers.sessions import monday, session, week
from valuejournal.core.entities import Client, Giving, Session
from valuejournal.core.insights import Insights, SpanKind, Tip, compute_insights
from valuejournal.core.insights.jsonout import to_json_dict
from valuejournal.core.insights.summary import summarize
from valuejournal.core.periods import PeriodKind

TODAY = date(2026, 9, 1)
CLIENTS = [Client(name="Acme", alternative_rate_minor=8000, currency="EUR")]


def _paid_work() -> list[Session]:
    """Ten weeks for Acme at its alternative rate, value 5: the scales are even."""
    out: list[Session] = []
    for n in range(10):
        out += week(monday(n), 10, client="Acme", rate=80, value=5, lag=20)
    return out


def _given(kind: Giving, weeks: range, client: str | None = "Acme") -> list[Session]:
    """Unpaid work of high value, marked as chosen giving."""
    out: list[Session] = []
    for n in weeks:
        out += [replace(s, giving=kind) for s in week(monday(n), 10, client=client, value=9)]
    return out


def _insights(sessions: list[Session]) -> Insights:
    return compute_insights(sessions, CLIENTS, kind=PeriodKind.WEEK, today=TODAY)


def test_giving_leaves_the_balance_as_the_paid_work_alone_has_it() -> None:
    alone = _insights(_paid_work())
    given = _insights(_paid_work() + _given(Giving.PRO_BONO, range(10, 14)))
    before, after = alone.clients[0], given.clients[0]
    assert before.tip is Tip.BALANCED
    assert after.tip is before.tip and after.balance == pytest.approx(before.balance)
    assert after.hours == pytest.approx(100.0) and after.pay_rate == pytest.approx(8000)
    assert after.giving_hours == pytest.approx(40.0) and before.giving_hours == 0.0


def test_the_same_work_unmarked_tips_the_scales_and_makes_a_span() -> None:
    """The control: without the mark, the same unpaid high-value weeks count against Acme."""
    unmarked = _insights(_paid_work() + _given(Giving.NONE, range(10, 14)))
    assert unmarked.clients[0].tip is Tip.GIVE
    assert any(s.kind is SpanKind.HIGH_VALUE_NO_PAY for s in unmarked.spans)
    marked = _insights(_paid_work() + _given(Giving.GIFT, range(10, 14)))
    assert not any(s.kind is SpanKind.HIGH_VALUE_NO_PAY for s in marked.spans)


def test_totals_count_every_hour_and_say_how_much_was_given() -> None:
    sessions = (
        _paid_work()
        + _given(Giving.PRO_BONO, range(10, 12))
        + _given(Giving.GIFT, range(12, 13), client=None)
    )
    ins = _insights(sessions)
    assert ins.totals.hours == pytest.approx(130.0)
    assert ins.totals.sessions == len(sessions)
    g = ins.totals.giving
    assert (g.sessions, g.hours) == (15, pytest.approx(30.0))
    assert (g.pro_bono_hours, g.gift_hours) == (pytest.approx(20.0), pytest.approx(10.0))
    assert g.value == pytest.approx(9.0)
    assert [(x.client, x.hours) for x in g.by_client] == [
        ("Acme", pytest.approx(20.0)),
        (None, pytest.approx(10.0)),
    ]
    data = to_json_dict(ins)
    assert data["totals"]["giving"]["hours"] == pytest.approx(30.0)
    assert data["totals"]["giving"]["by_client"][0] == {
        "client": "Acme", "sessions": 10, "hours": pytest.approx(20.0)
    }  # fmt: skip
    assert data["clients"][0]["giving_hours"] == pytest.approx(20.0)
    assert any("chosen giving" in line for line in summarize(ins))


def test_giving_is_not_value_waiting_to_be_captured() -> None:
    unpaid = [session(monday(n), 8, client="Acme", value=9) for n in range(3)]
    marked = [replace(s, giving=Giving.PRO_BONO) for s in unpaid]
    work = _paid_work()
    waiting = _insights(work + unpaid).capture.cumulative
    given = _insights(work + marked).capture.cumulative
    alone = _insights(work).capture.cumulative
    assert float(waiting.created_minor[-1]) > float(alone.created_minor[-1])
    assert float(given.created_minor[-1]) == pytest.approx(float(alone.created_minor[-1]))
