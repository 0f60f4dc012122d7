"""The insights engine on a planted journal: it must find exactly what was planted."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest

from tests.helpers.sessions import monday, planted_journal
from valuejournal.core.insights import (
    NO_CLIENT_NAME,
    Insights,
    SessionColumns,
    SpanKind,
    Tip,
    compute_insights,
    compute_insights_from_columns,
)
from valuejournal.core.periods import PeriodKind


@pytest.fixture(scope="module")
def planted() -> tuple[Insights, object]:
    p = planted_journal()
    return compute_insights(p.sessions, p.clients, today=p.today), p


def test_periods_cover_every_week_of_the_range(planted):
    ins, p = planted
    assert ins.start == monday(0)
    assert ins.end == monday(13) + timedelta(days=4)
    assert len(ins.periods) == 14
    assert ins.periods.start_date(0) == monday(0)
    assert ins.periods.end_date(13) == monday(13) + timedelta(days=6)
    assert ins.periods.hours[0] == pytest.approx(20)
    assert ins.periods.pay_minor[0] == 120_000
    assert ins.periods.pay_rate[2] == pytest.approx(12_000)
    assert ins.periods.value[8] == pytest.approx(9)
    assert not ins.periods.judged[4]  # 1 h only
    assert ins.periods.pending_minor[13] == 120_000
    assert ins.periods.paid_minor[13] == 0


def test_high_pay_low_value_span_bridges_the_short_week(planted):
    ins, p = planted
    spans = [s for s in ins.spans if s.kind is SpanKind.HIGH_PAY_LOW_VALUE]
    assert len(spans) == 1
    span = spans[0]
    assert span.start == monday(2)
    assert span.end == monday(5) + timedelta(days=6)
    assert span.period_starts == [monday(2), monday(3), monday(5)]
    assert span.hours == pytest.approx(60)  # the bridged week's hour is not counted
    assert span.pay_minor == 3 * 20 * 12_000
    assert span.value == pytest.approx(3)
    assert span.top_client == "Volume Inc"


def test_high_value_no_pay_spans_are_cut_by_a_paid_week(planted):
    ins, p = planted
    spans = [s for s in ins.spans if s.kind is SpanKind.HIGH_VALUE_NO_PAY]
    assert [(s.start, s.end) for s in spans] == [
        (monday(8), monday(9) + timedelta(days=6)),
        (monday(11), monday(11) + timedelta(days=6)),
    ]
    assert spans[0].top_client is None
    assert spans[0].hours == pytest.approx(24)
    assert spans[0].value == pytest.approx(9)
    assert spans[1].top_client == "Friend Org"
    assert [s.start for s in ins.spans] == sorted(s.start for s in ins.spans)


def test_journal_rates(planted):
    ins, _ = planted
    assert ins.median_pay_rate == pytest.approx(6_000)
    assert ins.pay_rate_threshold is not None
    assert 6_000 <= ins.pay_rate_threshold <= 12_000


def test_client_balances_tip_the_planted_way(planted):
    ins, _ = planted
    by = {c.name: c for c in ins.clients}
    normal = by["Normal Co"]
    assert normal.reference == "alternative"
    assert normal.reference_rate == pytest.approx(9_000)
    assert normal.tip is Tip.GIVE
    assert normal.balance == pytest.approx(math.log2((60 / 90) / (6 / 5)))
    assert normal.ratio == pytest.approx(1.8)
    volume = by["Volume Inc"]
    assert volume.reference == "median"
    assert volume.tip is Tip.GET
    assert volume.ratio == pytest.approx(2.0 / 0.6)
    assert volume.hours == pytest.approx(61)
    assert by["Fair Ltd"].tip is Tip.BALANCED
    assert by["Fair Ltd"].balance == pytest.approx(0)
    friend = by["Friend Org"]
    assert friend.tip is Tip.GIVE and friend.clipped and friend.balance == -3
    personal = by[NO_CLIENT_NAME]
    assert personal.client is None and personal.personal
    assert ins.clients[-1] is personal  # work without a client comes last
    named = [c.hours for c in ins.clients if c.client]
    assert named == sorted(named, reverse=True)


def test_capture_lag_is_weighted_by_amount(planted):
    ins, _ = planted
    lag = ins.capture.lag
    # paid money: Normal 6,000 EUR at 14 d, Volume 7,320 at 30 d, Fair 1,200 at 7 d
    assert lag.total_minor == 600_000 + 732_000 + 120_000
    assert lag.count == 25 + 16 + 5
    assert lag.median_days == 30  # 7,200 of 14,520 EUR arrived within 14 days: not half
    assert lag.median_days_by_count == 14
    assert lag.bin_edges[0] == 0 and np.all(np.diff(lag.bin_edges) == 7)
    assert lag.bin_amount_minor.sum() == lag.total_minor
    assert lag.bin_count.sum() == lag.count
    assert lag.bin_amount_minor[4] == 732_000  # 30 days falls in the 28-35 bin


def test_pending_money_and_its_age(planted):
    ins, p = planted
    pending = ins.capture.pending
    assert pending.count == 5
    assert pending.total_minor == 120_000
    assert pending.oldest_day == monday(13)
    assert pending.oldest_age_days == (p.today - monday(13)).days


def test_cumulative_created_and_captured(planted):
    ins, _ = planted
    cum = ins.capture.cumulative
    assert len(cum.created_minor) == len(ins.periods)
    assert np.all(np.diff(cum.created_minor) >= 0)
    # week 0: 20 h of value 6 for Normal Co priced at its alternative rate of 90 EUR/h
    assert cum.created_minor[0] == pytest.approx(20 * 6 / 5 * 9_000)
    assert cum.captured_minor[0] == 0  # paid two weeks later
    assert cum.captured_minor[2] == pytest.approx(120_000)
    assert cum.pending_minor[-1] == pytest.approx(120_000)
    assert cum.captured_minor[-1] <= ins.totals.paid_minor


def test_correlations_need_enough_periods(planted):
    ins, _ = planted
    by = {(c.measure, c.against): c for c in ins.correlations}
    mood_pay = by["mood", "pay_rate"]
    assert mood_pay.n == 13 and mood_pay.r is not None and mood_pay.r < -0.8
    assert by["mood", "value"].r > 0.8
    assert by["stress", "value"].r is None and by["stress", "value"].n == 0


def test_bubbles(planted):
    ins, _ = planted
    assert ins.bubbles.counts == (25 + 15 + 6,) * 3
    assert ins.bubbles.social == pytest.approx((15 * -1 + 6 * 2) / 46)
    assert np.isnan(ins.periods.social[6])  # Fair Ltd recorded no impacts
    assert ins.periods.ecological[8] == pytest.approx(2)


def test_range_filter_keeps_the_journal_yardstick(planted):
    ins, p = planted
    part = compute_insights(
        p.sessions, p.clients, start=monday(2), end=monday(3) + timedelta(days=6), today=p.today
    )
    assert part.pay_rate_threshold == ins.pay_rate_threshold
    assert part.median_pay_rate == ins.median_pay_rate
    assert len(part.periods) == 2
    assert [s.kind for s in part.spans] == [SpanKind.HIGH_PAY_LOW_VALUE]
    assert part.spans[0].end == monday(3) + timedelta(days=6)
    assert [c.name for c in part.clients] == ["Volume Inc"]


def test_from_columns_equals_from_sessions(planted):
    ins, p = planted
    cols = SessionColumns.from_sessions(p.sessions)
    again = compute_insights_from_columns(cols, p.clients, today=p.today)
    assert again.spans == ins.spans
    assert again.clients == ins.clients


@pytest.mark.parametrize(
    ("kind", "count"), [(PeriodKind.DAY, 96), (PeriodKind.WEEK, 14), (PeriodKind.MONTH, 4)]
)
def test_grouping_by_day_week_month(planted, kind, count):
    _, p = planted
    ins = compute_insights(p.sessions, p.clients, kind=kind, today=p.today)
    assert len(ins.periods) == count
    assert ins.periods.hours.sum() == pytest.approx(ins.totals.hours)
    assert ins.periods.pay_minor.sum() == ins.totals.pay_minor
    assert np.all(ins.periods.end[:-1] + 1 == ins.periods.start[1:])
    if kind is PeriodKind.MONTH:
        assert ins.periods.start_date(0) == date(2026, 3, 1)
        assert ins.periods.end_date(3) == date(2026, 6, 30)
    if kind is PeriodKind.DAY:
        hplv = [s for s in ins.spans if s.kind is SpanKind.HIGH_PAY_LOW_VALUE]
        # weekends are bridged; the quiet week 4 (1 h on Monday) is too long a gap
        assert [(s.start, s.end) for s in hplv] == [
            (monday(2), monday(3) + timedelta(days=4)),
            (monday(5), monday(5) + timedelta(days=4)),
        ]
