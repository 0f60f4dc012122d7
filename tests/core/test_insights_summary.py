"""Insights in words and as the CLI's JSON."""

from __future__ import annotations

import json

import pytest

from tests.helpers.sessions import planted_journal
from valuejournal.core.insights import (
    Thresholds,
    compute_insights,
    describe_thresholds,
    summarize,
    to_json_dict,
)


@pytest.fixture(scope="module")
def planted():
    p = planted_journal()
    return compute_insights(p.sessions, p.clients, today=p.today), p


def test_summary_names_spans_imbalance_money_and_correlations(planted):
    ins, _ = planted
    text = summarize(ins)
    assert text[0].startswith("Between 2 Mar 2026 and 5 Jun 2026 you logged 235 h")
    assert (
        "Between 16 Mar 2026 and 12 Apr 2026 you spent 60 h in high-pay, low-value work "
        "(€120.00/h, value 3.0/10), mostly for Volume Inc."
    ) in text
    assert any("27 Apr 2026 and 10 May 2026" in t and "mostly your own work" in t for t in text)
    assert any(t.startswith("The scales tip furthest with Friend Org: you give at least 8.0×")
               for t in text)  # fmt: skip
    assert any(t.startswith("€1,200.00 is still waiting to be paid") for t in text)
    assert any("within 30 days" in t for t in text)
    assert any("your mood was clearly lower when your pay rate was higher" in t for t in text)


def test_summary_leaves_out_correlations_on_too_few_periods(planted):
    _, p = planted
    ins = compute_insights(
        p.sessions, p.clients, today=p.today, thresholds=Thresholds(min_correlation_n=20)
    )
    assert all(c.r is None for c in ins.correlations)
    assert not any("r = " in t for t in summarize(ins))


def test_threshold_words(planted):
    ins, _ = planted
    words = describe_thresholds(ins)
    assert words[0] == "High pay: a pay rate in the top third of your own weeks, at least €60.00/h."
    assert "4/10 or less" in words[1] and "7/10 or more" in words[1]
    assert words[2] == "Weeks with less than 5 h of rated work are not judged."


def test_json_contract(planted):
    ins, _ = planted
    data = to_json_dict(ins)
    json.loads(json.dumps(data, allow_nan=False))
    assert {"periods", "clients", "capture_lag"} <= data.keys()
    first = data["periods"][0]
    assert {"kind", "start", "end", "hours", "pay", "value"} <= first.keys()
    assert first == {
        **first,
        "kind": "high_pay_low_value",
        "start": "2026-03-16",
        "end": "2026-04-12",
        "hours": 60.0,
        "pay": 7200.0,
        "value": 3.0,
        "top_client": "Volume Inc",
    }
    assert [p["kind"] for p in data["periods"]] == [
        "high_pay_low_value",
        "high_value_no_pay",
        "high_value_no_pay",
    ]
    normal = next(c for c in data["clients"] if c["name"] == "Normal Co")
    assert normal["tip"] == "give" and normal["reference_rate"] == 90.0 and normal["pay"] == 6000.0
    personal = data["clients"][-1]
    assert personal["client"] is None
    lag = data["capture_lag"]
    assert lag["median_days"] == 30 and lag["paid"] == 14520.0
    assert sum(lag["histogram"]["amount"]) == pytest.approx(14520.0)
    assert data["pending"]["amount"] == 1200.0
    assert data["range"] == {**data["range"], "start": "2026-03-02", "kind": "week"}
    assert len(data["timeline"]) == 14 and data["timeline"][4]["judged"] is False
    assert data["timeline"][1]["pay_rate"] == 60.0
    assert data["summary"] == summarize(ins)
