"""The insights engine at its edges: nothing, little, unrated, gaps, ranges, year ends."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import numpy as np
import pytest

from tests.helpers.sessions import session, week
from valuejournal.core.entities import Client, PayStatus
from valuejournal.core.insights import (
    SessionColumns,
    SpanKind,
    Thresholds,
    Tip,
    compute_insights,
    summarize,
    to_json_dict,
)
from valuejournal.core.periods import DateError, PeriodKind

TODAY = date(2026, 6, 1)
MON = date(2026, 1, 5)


def test_empty_journal():
    ins = compute_insights([], today=TODAY)
    assert ins.empty
    assert ins.start is None and ins.end is None
    assert len(ins.periods) == 0
    assert ins.spans == [] and ins.clients == []
    assert ins.capture.lag.count == 0 and ins.capture.lag.median_days is None
    assert ins.capture.pending.total_minor == 0
    assert all(c.r is None for c in ins.correlations)
    assert summarize(ins) == ["There is nothing to show yet: the journal has no work sessions."]
    json.dumps(to_json_dict(ins), allow_nan=False)


def test_one_session():
    ins = compute_insights([session(MON, 3, value=8, client="Solo", rate=50, lag=10)], today=TODAY)
    assert len(ins.periods) == 1
    assert ins.totals.hours == pytest.approx(3)
    assert ins.spans == []  # 3 h is too little to judge a week
    assert ins.capture.lag.median_days == 10
    assert ins.median_pay_rate == pytest.approx(5_000)  # falls back to an unjudged period
    assert ins.pay_rate_threshold is None
    (only,) = ins.clients
    assert only.name == "Solo" and only.tip is Tip.GIVE  # value 8 at the median rate
    assert len(summarize(ins)) >= 2


def test_all_unrated():
    sessions = week(MON, 20, value=None, client="Tracker", rate=40, lag=5)
    ins = compute_insights(sessions, today=TODAY)
    assert np.isnan(ins.periods.value).all()
    assert not ins.periods.judged.any()
    assert ins.spans == []
    assert ins.totals.value is None and ins.totals.unrated_sessions == 5
    assert ins.clients[0].tip is Tip.UNKNOWN and ins.clients[0].balance is None
    assert ins.capture.cumulative.created_minor[-1] == 0
    assert any(n.startswith("None of the 5 sessions is rated yet") for n in ins.notes)
    assert not any("rests on the rest" in n for n in ins.notes)  # nothing rated: say so
    json.dumps(to_json_dict(ins), allow_nan=False)


def test_zero_hour_periods_are_gaps():
    sessions = week(MON, 10, value=5) + week(MON + timedelta(weeks=3), 10, value=5)
    ins = compute_insights(sessions, today=TODAY)
    assert len(ins.periods) == 4
    assert list(ins.periods.hours) == pytest.approx([10, 0, 0, 10])
    assert np.isnan(ins.periods.value[1:3]).all()
    assert np.isnan(ins.periods.pay_rate[1:3]).all()
    assert np.isnan(ins.periods.mood).all()
    assert ins.periods.row(1).value is None and ins.periods.row(1).hours == 0


def test_gap_longer_than_allowed_splits_a_span():
    unpaid = {"value": 9}
    sessions = week(MON, 10, **unpaid) + week(MON + timedelta(weeks=3), 10, **unpaid)
    ins = compute_insights(sessions, today=TODAY)
    assert [s.kind for s in ins.spans] == [SpanKind.HIGH_VALUE_NO_PAY] * 2
    bridged = compute_insights(sessions, today=TODAY, thresholds=Thresholds(max_gap_week=2))
    assert len(bridged.spans) == 1
    assert bridged.spans[0].hours == pytest.approx(20)
    assert len(bridged.spans[0].period_starts) == 2


def test_single_client():
    sessions = [
        s
        for n in range(6)
        for s in week(MON + timedelta(weeks=n), 20, client="Only", rate=50 + 10 * n, value=5, lag=3)
    ]
    ins = compute_insights(sessions, today=TODAY)
    assert [c.name for c in ins.clients] == ["Only"]
    assert ins.clients[0].tip is Tip.BALANCED
    # the top third of six rising rates is the last two weeks, but value 5 is not low
    assert ins.spans == []
    low = compute_insights(sessions, today=TODAY, thresholds=Thresholds(low_value=5))
    (span,) = low.spans
    assert span.kind is SpanKind.HIGH_PAY_LOW_VALUE
    assert span.period_starts == [MON + timedelta(weeks=4), MON + timedelta(weeks=5)]


def test_range_that_excludes_everything():
    sessions = week(MON, 20, value=5)
    start, end = date(2027, 1, 4), date(2027, 1, 31)
    ins = compute_insights(sessions, start=start, end=end, today=TODAY)
    assert ins.empty
    assert (ins.start, ins.end) == (start, end)
    assert len(ins.periods) == 4 and ins.periods.hours.sum() == 0
    assert ins.spans == [] and ins.clients == []
    assert summarize(ins) == [
        "There is nothing to show yet: no work sessions between 4 Jan 2027 and 31 Jan 2027."
    ]
    open_end = compute_insights(sessions, start=start, today=TODAY)
    assert open_end.empty and len(open_end.periods) == 0  # an open range ends at the work


def test_backwards_range_is_refused():
    with pytest.raises(DateError):
        compute_insights([], start=date(2026, 2, 1), end=date(2026, 1, 1))


def test_year_boundary_iso_week_53():
    # 2020-12-28 is the Monday of ISO week 2020-W53, which ends on Sunday 2021-01-03
    days = [date(2020, 12, 28), date(2020, 12, 31), date(2021, 1, 2), date(2021, 1, 4)]
    sessions = [session(d, 2, value=5) for d in days]
    weeks = compute_insights(sessions, today=TODAY, kind=PeriodKind.WEEK)
    assert [weeks.periods.start_date(i) for i in range(len(weeks.periods))] == [
        date(2020, 12, 28),
        date(2021, 1, 4),
    ]
    assert list(weeks.periods.hours) == pytest.approx([6, 2])
    assert weeks.periods.end_date(0) == date(2021, 1, 3)
    months = compute_insights(sessions, today=TODAY, kind=PeriodKind.MONTH)
    assert list(months.periods.hours) == pytest.approx([4, 4])
    assert months.periods.start_date(1) == date(2021, 1, 1)
    days_ins = compute_insights(sessions, today=TODAY, kind=PeriodKind.DAY)
    assert len(days_ins.periods) == 8
    assert days_ins.periods.index_of(date(2021, 1, 1)) == 4
    assert days_ins.periods.index_of(date(2021, 1, 5)) is None


def test_range_starting_mid_week_keeps_whole_periods():
    sessions = week(MON, 10, value=5)
    ins = compute_insights(sessions, start=MON + timedelta(days=2), today=TODAY)
    assert ins.periods.start_date(0) == MON
    assert ins.periods.hours[0] == pytest.approx(6)  # only Wednesday to Friday count


def test_other_currency_without_a_rate_counts_as_paid_but_not_in_sums():
    sessions = week(MON, 20, value=9, rate=50, lag=10, currency="USD")
    ins = compute_insights(sessions, today=TODAY)
    assert ins.totals.pay_minor == 0
    assert ins.totals.other_currency_sessions == 5
    assert ins.periods.has_pay[0]
    assert ins.spans == []  # not "no pay": it was paid, in dollars
    (note,) = [n for n in ins.notes if "exchange rate" in n]
    assert note.startswith("5 sessions in USD without an exchange rate to EUR")
    assert "Exchange rates…" in note and "valuejournal rates add USD" in note
    usd = compute_insights(sessions, today=TODAY, currency="usd")
    assert usd.totals.pay_minor == 100_000 and usd.currency == "USD"


def test_paid_without_a_date_is_left_out_of_the_lag():
    s = session(MON, 2, value=5, rate=50, status=PayStatus.PAID)
    ins = compute_insights([s], today=TODAY)
    assert ins.capture.lag.count == 0 and ins.capture.lag.without_date == 1
    assert ins.totals.paid_minor == 10_000


def test_pending_age_never_negative():
    s = session(TODAY + timedelta(days=3), 2, value=5, rate=50)
    ins = compute_insights([s], today=TODAY)
    assert ins.capture.pending.oldest_age_days == 0


def test_columns_match_client_names_without_case():
    sessions = [
        session(MON, 1, client="Acme"),
        session(MON, 1, client="ACME "),
        session(MON, 1, client=" "),
        session(MON, 1),
    ]
    cols = SessionColumns.from_sessions(sessions)
    assert cols.client_names == ["Acme"]
    assert list(cols.client) == [0, 0, -1, -1]
    part = cols.between(MON + timedelta(days=1))
    assert len(part) == 0 and part.client_names == ["Acme"]
    assert list(cols.take(np.array([False, True, False, True])).row) == [1, 3]


def test_columns_types():
    cols = SessionColumns.from_sessions([session(MON, 1.5, value=None, rate=10, lag=2, mood=3)])
    assert cols.day.dtype == np.int64 and cols.day[0] == MON.toordinal()
    assert cols.minutes[0] == 90
    assert math.isnan(cols.value[0]) and cols.mood[0] == 3 and math.isnan(cols.stress[0])
    assert cols.paid_on[0] == MON.toordinal() + 2
    assert cols.pay_minor[0] == 1_500
    assert len(SessionColumns.empty()) == 0


def test_thresholds_per_kind():
    t = Thresholds()
    assert (
        t.min_hours(PeriodKind.DAY) < t.min_hours(PeriodKind.WEEK) < t.min_hours(PeriodKind.MONTH)
    )
    assert t.max_gap(PeriodKind.DAY) >= 2  # a weekend does not cut a run of days
    assert t.high_pay_quantile == pytest.approx(2 / 3)


def test_a_week_is_judged_on_its_rated_hours():
    rated = week(MON, 4, value=9)  # 4 h rated: below the 5 h a week needs
    unrated = week(MON, 20, value=None)
    ins = compute_insights(rated + unrated, today=TODAY)
    assert ins.periods.hours[0] == pytest.approx(24)
    assert not ins.periods.judged[0] and ins.spans == []
    more = compute_insights(rated + week(MON, 2, value=8) + unrated, today=TODAY)
    assert more.periods.judged[0]
    assert [s.kind for s in more.spans] == [SpanKind.HIGH_VALUE_NO_PAY]


def test_alternative_rate_in_another_currency_is_not_a_yardstick():
    sessions = week(MON, 20, client="Abroad", rate=50, value=5, lag=5)
    usd = [Client("abroad", currency="USD", alternative_rate_minor=20_000)]
    ins = compute_insights(sessions, usd, today=TODAY)
    assert ins.clients[0].reference == "median"
    eur = [Client("ABROAD", alternative_rate_minor=10_000)]
    ins = compute_insights(sessions, eur, today=TODAY)
    assert ins.clients[0].reference == "alternative"
    assert ins.clients[0].tip is Tip.GIVE and ins.clients[0].ratio == pytest.approx(2)
