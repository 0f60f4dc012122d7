"""The balance per project: each project of a client judged as its client is."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.helpers.sessions import monday, week
from valuejournal.core.entities import Client, Session
from valuejournal.core.insights import Tip, compute_insights
from valuejournal.core.insights.jsonout import to_json_dict
from valuejournal.core.periods import PeriodKind

TODAY = date(2026, 9, 1)
CLIENTS = [Client(name="Acme", alternative_rate_minor=8000, currency="EUR")]


def _weeks(project: str | None, rate: float, value: int, weeks: range) -> list[Session]:
    out: list[Session] = []
    for n in weeks:
        out += [
            replace(s, project=project)
            for s in week(monday(n), 10, client="Acme", rate=rate, value=value, lag=10)
        ]
    return out


def test_each_project_tips_its_own_way() -> None:
    sessions = (
        _weeks("Launch", 160, 5, range(0, 4))  # twice the alternative rate, ordinary value
        + _weeks("support", 40, 5, range(4, 8))  # half of it
        + _weeks("Support", 40, 5, range(8, 10))  # the same project, typed otherwise
        + _weeks(None, 80, 5, range(10, 12))  # no project: in the client's balance only
    )
    ins = compute_insights(sessions, CLIENTS, kind=PeriodKind.WEEK, today=TODAY)
    by_name = {p.project: p for p in ins.projects}
    assert set(by_name) == {"Launch", "support"}  # the spelling first seen
    launch, support = by_name["Launch"], by_name["support"]
    assert [p.project for p in ins.projects] == ["support", "Launch"]  # most hours first
    assert launch.name == "Acme · Launch" and launch.client == "Acme"
    assert (launch.hours, support.hours) == (pytest.approx(40.0), pytest.approx(60.0))
    assert launch.pay_rate == pytest.approx(16000) and support.pay_rate == pytest.approx(4000)
    assert launch.reference == support.reference == "alternative"
    assert launch.tip is Tip.GET and launch.balance == pytest.approx(1.0)
    assert support.tip is Tip.GIVE and support.balance == pytest.approx(-1.0)
    acme = ins.clients[0]
    assert acme.hours == pytest.approx(120.0)
    data = to_json_dict(ins)
    assert [p["project"] for p in data["projects"]] == ["support", "Launch"]
    assert data["projects"][1]["tip"] == "get" and data["clients"][0]["project"] is None


def test_no_projects_no_project_balances() -> None:
    ins = compute_insights(_weeks(None, 80, 5, range(3)), CLIENTS, today=TODAY)
    assert ins.projects == [] and to_json_dict(ins)["projects"] == []
