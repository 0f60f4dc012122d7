"""A client headlines "the scales tip furthest" only with enough hours to judge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.helpers.sessions import planted_journal, session
from valuejournal.core.entities import Client
from valuejournal.core.insights import Thresholds, compute_insights, describe_thresholds, summarize


def _headline(thresholds: Thresholds) -> tuple[str, list[str]]:
    p = planted_journal()
    # Friend Org (10 h, clipped at 8×) would tie with the newcomer; leave it out so the test
    # shows the newcomer's one hour is what the minimum keeps from the headline.
    sessions = [s for s in p.sessions if s.client != "Friend Org"]
    one_hour = session(date(2026, 5, 20), 1.0, value=1, client="Newcomer", rate=900.0, lag=5)
    clients = [*p.clients, Client(name="Newcomer")]
    ins = compute_insights([*sessions, one_hour], clients, today=p.today, thresholds=thresholds)
    furthest = [t for t in summarize(ins) if t.startswith("The scales tip furthest")]
    assert len(furthest) == 1
    return furthest[0], describe_thresholds(ins)


def test_one_hour_for_a_new_client_does_not_headline() -> None:
    text, words = _headline(Thresholds())
    assert text.startswith("The scales tip furthest with Volume Inc: you get about 3.3×")
    assert "A client is named for the furthest-tipping scales only from 10 h" in words[-1]


def test_without_the_minimum_the_one_hour_client_would_headline() -> None:
    text, words = _headline(replace(Thresholds(), min_hours_client=0.5))
    assert text.startswith("The scales tip furthest with Newcomer")
    assert "from 0.5 h of work" in words[-1]


def test_a_one_day_span_reads_on_that_day() -> None:
    from valuejournal.core.insights import Span, SpanKind
    from valuejournal.core.insights.summary import span_sentence

    day = date(2026, 3, 21)
    span = Span(
        kind=SpanKind.HIGH_VALUE_NO_PAY, start=day, end=day, hours=6.0, pay_minor=0,
        value=8.0, pay_rate=None, period_starts=[day], top_client=None, top_client_hours=0.0,
    )  # fmt: skip
    assert span_sentence(span, "EUR").startswith("On 21 Mar 2026 you put 6 h")
