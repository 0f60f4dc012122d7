"""The coach's attention flags and 'what is new' on planted journals (no Qt, no SQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from valuejournal.core.coach import (
    FlagKind,
    Snapshot,
    attention_flags,
    flags_for,
    news,
)
from valuejournal.core.entities import Comment, CommentTarget, PayStatus, Reflection, Session
from valuejournal.core.insights import compute_insights

MONDAY = date(2026, 6, 1)


def week_of_work(week: int, *, mood: int, stress: int, **more: object) -> list[Session]:
    """Three 3-hour sessions in week ``week`` after MONDAY."""
    first = MONDAY + timedelta(weeks=week)
    return [
        Session(day=first + timedelta(days=d), minutes=180, client="Acme", value=6,
                pay_minor=30_000, status=PayStatus.PAID, paid_on=first + timedelta(days=d + 7),
                mood=mood, stress=stress, **more)  # type: ignore[arg-type]
        for d in range(3)
    ]  # fmt: skip


def kinds(sessions: list[Session], today: date) -> set[FlagKind]:
    return {f.kind for f in flags_for(sessions, [], today=today, currency="EUR")}


def test_stress_rising_and_mood_falling_over_weeks_is_flagged() -> None:
    planted = [
        s for w in range(6) for s in week_of_work(w, mood=5 - w * 4 // 5, stress=1 + w * 4 // 5)
    ]
    flags = flags_for(planted, [], today=date(2026, 8, 1), currency="EUR")
    assert [f.kind for f in flags] == [FlagKind.WELLBEING]
    assert "Stress rising" in flags[0].text and "6 weeks" in flags[0].text


def test_steady_or_one_sided_wellbeing_is_not_flagged() -> None:
    steady = [s for w in range(6) for s in week_of_work(w, mood=4, stress=2)]
    assert kinds(steady, date(2026, 8, 1)) == set()
    # Stress rises but mood rises too: not the pattern.
    both_up = [
        s for w in range(6) for s in week_of_work(w, mood=1 + w * 4 // 5, stress=1 + w * 4 // 5)
    ]
    assert kinds(both_up, date(2026, 8, 1)) == set()
    # Three weeks are too few to call a trend.
    short = [s for w in range(3) for s in week_of_work(w, mood=5 - w, stress=1 + w)]
    assert kinds(short, date(2026, 8, 1)) == set()


def test_a_balance_tipping_far_is_flagged_only_with_enough_hours() -> None:
    steady = [s for w in range(6) for s in week_of_work(w, mood=4, stress=2)]
    # Brightline pays a tenth of the usual rate for the best work: you give far more.
    cheap = [
        Session(day=MONDAY + timedelta(days=d), minutes=240, client="Brightline", value=10,
                pay_minor=4_000, status=PayStatus.PAID, paid_on=MONDAY + timedelta(days=d + 3))
        for d in range(4)
    ]  # fmt: skip
    flags = flags_for(steady + cheap, [], today=date(2026, 8, 1), currency="EUR")
    assert [f.kind for f in flags] == [FlagKind.BALANCE]
    assert "Brightline" in flags[0].text and "you give" in flags[0].text
    assert kinds(steady + cheap[:2], date(2026, 8, 1)) == set()  # 8 h: too few to judge


def test_money_waiting_long_is_flagged() -> None:
    steady = [s for w in range(6) for s in week_of_work(w, mood=4, stress=2)]
    owed = Session(day=date(2026, 6, 3), minutes=120, client="Acme", value=6, pay_minor=50_000,
                   status=PayStatus.PENDING)  # fmt: skip
    assert kinds([*steady, owed], date(2026, 7, 31)) == set()  # 58 days
    found = flags_for([*steady, owed], [], today=date(2026, 8, 2), currency="EUR")
    assert [f.kind for f in found] == [FlagKind.MONEY_WAITING]
    assert "60 days" in found[0].text


def test_flags_read_the_insights() -> None:
    assert attention_flags(compute_insights([], today=date(2026, 8, 1))) == []


def test_news_since_the_last_look() -> None:
    stamp = datetime(2026, 8, 1, tzinfo=UTC)
    one = Session(day=MONDAY, minutes=60, updated_at=stamp)
    two = Session(day=MONDAY, minutes=60, updated_at=stamp)
    reflection = Reflection("2026-Q3", {"created": "Helped Acme", "change": ""})
    reply = Comment(CommentTarget.PERIOD, "Thanks", "Ann", reply_to="x")
    seen = Snapshot.of([one], [reflection], [])
    assert news(seen, seen).any is False
    assert news(seen, None).sessions == 1 and news(seen, None).sections == ("2026-Q3/created",)
    one.updated_at = stamp + timedelta(hours=1)
    changed = Reflection("2026-Q3", {"created": "Helped Acme a lot", "change": "Ask more"})
    now = Snapshot.of([one, two], [changed], [reply])
    found = news(now, seen)
    assert found.sessions == 2  # one edited, one new
    assert found.sections == ("2026-Q3/change", "2026-Q3/created")
    assert found.replies == 1
    assert Snapshot.from_json(now.to_json()) == now
    assert Snapshot.from_json("garbage") == Snapshot()
