"""The demo journal: reproducible, valid, realistic, and planting exactly what it claims."""

from __future__ import annotations

import math
import statistics
import uuid
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from functools import cache

import pytest

from valuejournal.core.demo import (
    BURNOUT,
    HIGH_PAY_LOW_VALUE,
    HIGH_VALUE_NO_PAY,
    STARTUP,
    WORKS,
    DemoJournal,
    generate_demo,
)
from valuejournal.core.entities import REFLECTION_SECTIONS, Capture, PayStatus, Session
from valuejournal.core.rules import validate_client, validate_session

END = date(2026, 11, 18)  # a Wednesday
CASES = [
    (1, 26, END),
    (2, 52, END),
    (3, 104, END),
    (4, 40, date(2026, 3, 2)),  # ends on a Monday
    (5, 60, date(2025, 12, 28)),  # ends on a Sunday, in Christmas week
]


@cache
def demo(seed: int = 1, weeks: int = 52, end: date = END) -> DemoJournal:
    return generate_demo(seed, weeks, end)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass
class Week:
    """What the insight definitions need of one ISO week, computed independently here."""

    minutes: int = 0
    pay: int = 0
    rated_minutes: int = 0
    value_minutes: int = 0

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def rate(self) -> float:
        return self.pay / self.hours

    @property
    def value(self) -> float | None:
        return self.value_minutes / self.rated_minutes if self.rated_minutes else None


def weekly(sessions: list[Session]) -> dict[date, Week]:
    weeks: dict[date, Week] = {}
    for s in sessions:
        week = weeks.setdefault(monday(s.day), Week())
        week.minutes += s.minutes
        if s.status in (PayStatus.PAID, PayStatus.PENDING):
            week.pay += s.pay_minor
        if s.value is not None:
            week.rated_minutes += s.minutes
            week.value_minutes += s.minutes * s.value
    return weeks


def top_third_threshold(weeks: dict[date, Week]) -> float:
    rates = sorted((w.rate for w in weeks.values() if w.minutes), reverse=True)
    return rates[math.ceil(len(rates) / 3) - 1]


def planted_mondays(journal: DemoJournal, kind: str) -> set[date]:
    mondays: set[date] = set()
    for span in journal.planted:
        if span.kind == kind:
            day = span.start
            while day <= span.end:
                mondays.add(day)
                day += timedelta(weeks=1)
    return mondays


def test_same_arguments_give_the_same_journal() -> None:
    assert generate_demo(7, 52, END) == generate_demo(7, 52, END)
    assert generate_demo(7, 52, END) != generate_demo(8, 52, END)
    assert generate_demo(7, 30, END) != generate_demo(7, 31, END)


def test_end_defaults_to_today() -> None:
    journal = generate_demo(weeks=3)
    assert journal.sessions[-1].day <= date.today()
    assert monday(journal.sessions[0].day) == monday(date.today()) - timedelta(weeks=2)


@pytest.mark.parametrize(("seed", "weeks", "end"), CASES)
def test_sessions_are_valid_sorted_and_inside_the_range(seed: int, weeks: int, end: date) -> None:
    journal = demo(seed, weeks, end)
    first_monday = monday(end) - timedelta(weeks=weeks - 1)
    for s in journal.sessions:
        validate_session(s)
        assert first_monday <= s.day <= end
        assert s.minutes % 15 == 0 and 30 <= s.minutes <= 300
        assert s.currency == "EUR"
    days = [s.day for s in journal.sessions]
    assert days == sorted(days)
    assert monday(days[-1]) == monday(end)
    assert monday(days[0]) == first_monday


@pytest.mark.parametrize(("seed", "weeks", "end"), CASES)
def test_pay_follows_rates_and_statuses(seed: int, weeks: int, end: date) -> None:
    rates = {w.client: set() for w in WORKS.values()}
    for work in WORKS.values():
        rates[work.client].add(work.rate_minor)
    for s in demo(seed, weeks, end).sessions:
        if s.client is None:
            assert (s.pay_minor, s.status, s.paid_on) == (0, PayStatus.NONE, None)
            continue
        if s.pay_minor:
            assert s.pay_minor * 60 % s.minutes == 0
            assert s.pay_minor * 60 // s.minutes in rates[s.client]
        if s.status is PayStatus.PAID:
            assert s.paid_on is not None and s.day <= s.paid_on <= end
        else:
            assert s.paid_on is None


def test_payments_arrive_weeks_later_and_the_startup_pays_late() -> None:
    journal = demo(2, 104, END)
    lags = {True: [], False: []}
    for s in journal.sessions:
        if s.status is PayStatus.PAID and s.paid_on is not None:
            lags[s.client == STARTUP].append((s.paid_on - s.day).days)
    assert min(lags[False]) >= 14 and max(lags[False]) <= 70
    assert statistics.mean(lags[True]) > 2 * statistics.mean(lags[False])
    old = END - timedelta(weeks=10)
    for s in journal.sessions:
        if s.pay_minor and s.day < old and s.client != STARTUP:
            assert s.status is PayStatus.PAID
    assert any(
        s.status is PayStatus.PENDING and s.client == STARTUP
        for s in journal.sessions
        if s.day < old
    )
    recent = [s for s in journal.sessions if s.pay_minor and s.day > END - timedelta(weeks=4)]
    pending = [s for s in recent if s.status is PayStatus.PENDING]
    assert len(pending) >= 0.7 * len(recent)


@pytest.mark.parametrize(("seed", "weeks", "end"), CASES)
def test_planted_spans_are_whole_weeks_of_the_range(seed: int, weeks: int, end: date) -> None:
    journal = demo(seed, weeks, end)
    assert sorted(p.kind for p in journal.planted) == sorted(
        [HIGH_PAY_LOW_VALUE, HIGH_VALUE_NO_PAY, BURNOUT]
    )
    lengths = {HIGH_PAY_LOW_VALUE: (6, 10), HIGH_VALUE_NO_PAY: (3, 6), BURNOUT: (3, 5)}
    first_monday = monday(end) - timedelta(weeks=weeks - 1)
    for span in journal.planted:
        assert span.start.weekday() == 0 and span.end.weekday() == 6
        assert first_monday <= span.start and span.end < monday(end)
        low, high = lengths[span.kind]
        assert low <= ((span.end - span.start).days + 1) // 7 <= high


@pytest.mark.parametrize(("seed", "weeks", "end"), CASES)
def test_high_pay_low_value_weeks_are_exactly_the_planted_ones(
    seed: int, weeks: int, end: date
) -> None:
    journal = demo(seed, weeks, end)
    stats = weekly(journal.sessions)
    threshold = top_third_threshold(stats)
    planted = planted_mondays(journal, HIGH_PAY_LOW_VALUE)
    for start in planted:
        week = stats[start]
        assert week.rate >= threshold and week.value is not None and week.value <= 4
    others = [w.rate for m, w in stats.items() if m not in planted]
    assert min(stats[m].rate for m in planted) > 1.15 * max(others)
    matching = {
        m for m, w in stats.items() if w.rate >= threshold and w.value is not None and w.value <= 4
    }
    assert matching == planted


@pytest.mark.parametrize(("seed", "weeks", "end"), CASES)
def test_high_value_no_pay_weeks_are_exactly_the_planted_ones(
    seed: int, weeks: int, end: date
) -> None:
    journal = demo(seed, weeks, end)
    stats = weekly(journal.sessions)
    planted = planted_mondays(journal, HIGH_VALUE_NO_PAY)
    for s in journal.sessions:
        if monday(s.day) in planted:
            assert s.status is PayStatus.NONE and s.pay_minor == 0
            assert s.value is not None and 8 <= s.value <= 10
    matching = {m for m, w in stats.items() if w.pay == 0 and w.value is not None and w.value >= 7}
    assert matching == planted


@pytest.mark.parametrize(("seed", "weeks", "end"), CASES)
def test_other_weeks_are_mixed(seed: int, weeks: int, end: date) -> None:
    journal = demo(seed, weeks, end)
    planted = {
        m
        for kind in (HIGH_PAY_LOW_VALUE, HIGH_VALUE_NO_PAY)
        for m in planted_mondays(journal, kind)
    }
    for start, week in weekly(journal.sessions).items():
        if start not in planted and week.value is not None:
            assert 5 <= week.value <= 7 and week.pay > 0


@pytest.mark.parametrize(("seed", "weeks", "end"), CASES)
def test_burnout_weeks_are_long_and_miserable(seed: int, weeks: int, end: date) -> None:
    journal = demo(seed, weeks, end)
    planted = planted_mondays(journal, BURNOUT)
    assert planted
    for s in journal.sessions:
        if monday(s.day) in planted:
            assert s.stress is not None and s.stress >= 4
            assert s.mood is not None and s.mood <= 2
            assert s.energy is not None and s.energy <= 2
    stats = weekly(journal.sessions)
    usual = statistics.median(w.hours for m, w in stats.items() if m not in planted)
    assert all(stats[m].hours >= max(55, 1.3 * usual) for m in planted)


def test_short_journals_plant_nothing_but_stay_valid() -> None:
    journal = generate_demo(3, 12, END)
    assert journal.planted == []
    for s in journal.sessions:
        validate_session(s)
    with pytest.raises(ValueError):
        generate_demo(1, 0, END)


def test_session_count_scales_with_weeks() -> None:
    n26, n52, n104 = (len(demo(1, w, END).sessions) for w in (26, 52, 104))
    assert n26 >= 20 * 26 and 1.8 < n52 / n26 < 2.2 and 1.8 < n104 / n52 < 2.2


def test_two_thousand_weeks_is_a_big_journal() -> None:
    assert len(generate_demo(1, 2000, END).sessions) >= 40_000


def test_uuids_are_unique_version_4() -> None:
    journal = demo(2, 104, END)
    ids = [s.uuid for s in journal.sessions] + [c.uuid for c in journal.clients]
    ids += [r.uuid for r in journal.reflections]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_timestamps_come_from_the_session_day() -> None:
    for s in demo(2, 52, END).sessions:
        assert s.created_at is not None and s.updated_at is not None
        assert s.created_at.tzinfo is UTC and s.updated_at.tzinfo is UTC
        assert s.created_at.date() == s.day and s.updated_at >= s.created_at
        assert s.updated_at.date() <= END


def test_clients_look_real() -> None:
    clients = demo().clients
    assert 5 <= len(clients) <= 7
    for client in clients:
        validate_client(client)
        assert client.currency == "EUR"
    assert sum(c.archived for c in clients) == 1
    assert sum(c.alternative_rate_minor is not None for c in clients) >= 3
    assert len({c.name.lower() for c in clients}) == len(clients)
    used = {s.client for s in demo().sessions}
    assert used - {None} == {c.name for c in clients}


def test_sessions_look_like_a_working_life() -> None:
    journal = demo(2, 52, END)
    sessions = journal.sessions
    per_day: dict[date, int] = {}
    for s in sessions:
        per_day[s.day] = per_day.get(s.day, 0) + 1
    weekdays = [n for d, n in per_day.items() if d.weekday() < 5]
    assert 3 <= statistics.mean(weekdays) <= 6
    assert any(d.weekday() >= 5 for d in per_day)
    assert any(s.value is None for s in sessions)
    assert sum(s.value is None for s in sessions) < 0.05 * len(sessions)
    assert any(s.private and s.notes for s in sessions)
    assert any(s.notes and not s.private for s in sessions)
    assert {c for s in sessions for c in s.captures} == set(Capture)
    assert sum(s.mood is not None for s in sessions) > 0.8 * len(sessions)
    assert sum(s.ecological is not None for s in sessions) > 0.7 * len(sessions)
    assert all(s.tags for s in sessions)
    passion = [s for s in sessions if s.client is None and "open-source" in s.tags]
    assert passion and all(s.value is None or s.value >= 8 for s in passion)


def test_reflections_cover_the_two_last_past_quarters() -> None:
    journal = demo(2, 52, END)
    assert [r.quarter for r in journal.reflections] == ["2026-Q2", "2026-Q3"]
    keys = {key for key, _ in REFLECTION_SECTIONS}
    for reflection in journal.reflections:
        assert set(reflection.sections) == keys
        assert all(len(text) > 40 for text in reflection.sections.values())
        assert reflection.updated_at is not None and reflection.updated_at.date() <= END
    text = " ".join(t for r in journal.reflections for t in r.sections.values())
    assert "café" in text and "naïve" in text
