"""The insights engine finds the stretches the demo generator planted."""

from __future__ import annotations

from datetime import date

import pytest

from valuejournal.core import demo
from valuejournal.core.insights import SpanKind, compute_insights, summarize

END = date(2026, 6, 30)


@pytest.mark.parametrize("seed", [1, 2])
def test_demo_planted_spans_are_found(seed):
    journal = demo.generate_demo(seed=seed, weeks=52, end=END)
    ins = compute_insights(journal.sessions, journal.clients, today=END)
    planted = [p for p in journal.planted if p.kind in {k.value for k in SpanKind}]
    assert planted
    for p in planted:  # each planted stretch lies within a span of its kind
        assert any(
            s.kind.value == p.kind and s.start <= p.start and p.end <= s.end for s in ins.spans
        ), p
    assert len(summarize(ins)) <= 12
