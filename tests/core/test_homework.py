"""Homework targets measured on planted journals (no Qt, no SQL)."""

from __future__ import annotations

from datetime import date, timedelta

from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.homework import (
    Homework,
    HomeworkKind,
    HomeworkStatus,
    default_title,
    homework_problems,
    hplv_hours,
    progress,
)

START = date(2026, 7, 1)


def paid(day: date, client: str, hours: float, pay: int, value: int | None = 6) -> Session:
    return Session(day=day, minutes=int(hours * 60), client=client, value=value,
                   pay_minor=pay, status=PayStatus.PAID, paid_on=day)  # fmt: skip


def test_raise_the_rate_by_ten_percent() -> None:
    item = Homework(HomeworkKind.RAISE_RATE, "Raise Brightline by 10 %", client="Brightline",
                    amount=10, start=START, end=date(2026, 9, 30))  # fmt: skip
    before = [paid(START - timedelta(days=d), "Brightline", 2, 16_000) for d in (5, 20, 40)]
    since = [paid(START + timedelta(days=d), "Brightline", 2, 17_000) for d in (3, 10)]
    found = progress(item, before + since, today=date(2026, 7, 20))
    assert found.fraction is not None and abs(found.fraction - 0.625) < 1e-9  # +6.25 % of 10 %
    assert found.met is False
    assert "€80.00" in found.text and "€85.00" in found.text and "6.2 %" in found.text
    higher = since + [paid(START + timedelta(days=15), "brightline", 2, 20_000)]
    done = progress(item, before + higher, today=date(2026, 7, 20))
    assert done.met is True and done.fraction == 1.0
    # Nothing to measure against: said so, no fraction.
    assert progress(item, since, today=date(2026, 7, 20)).fraction is None


def test_rate_every_session_for_two_weeks() -> None:
    item = Homework(HomeworkKind.RATE_EVERY, "Rate every session", start=START,
                    end=START + timedelta(days=13))  # fmt: skip
    sessions = [paid(START + timedelta(days=d), "Acme", 1, 0, value=None if d % 3 == 0 else 5)
                for d in range(14)]  # fmt: skip
    sessions.append(paid(START - timedelta(days=1), "Acme", 1, 0, value=None))  # before: ignored
    found = progress(item, sessions, today=START + timedelta(days=20))
    assert found.text == "9 of 14 sessions rated" and found.met is False
    assert abs((found.fraction or 0) - 9 / 14) < 1e-9
    rated = [paid(s.day, "Acme", 1, 0, value=5) for s in sessions[:14]]
    assert progress(item, rated, today=START + timedelta(days=20)).met is True
    assert progress(item, rated, today=START + timedelta(days=5)).met is None  # not over yet
    assert progress(item, rated, today=START - timedelta(days=1)).fraction is None


def test_at_most_twenty_hours_of_high_pay_low_value_work() -> None:
    # Twelve weeks: six of well-paid dull work (value 3), six of modest valued work.
    sessions = []
    for week in range(12):
        first = START + timedelta(weeks=week)
        dull = week % 2 == 0
        for d in range(3):
            sessions.append(paid(first + timedelta(days=d), "Bulk" if dull else "Good", 4,
                                 60_000 if dull else 20_000, value=3 if dull else 8))  # fmt: skip
    item = Homework(HomeworkKind.CAP_HPLV, "At most 20 h", amount=20 * 60, start=START,
                    end=START + timedelta(weeks=12) - timedelta(days=1))  # fmt: skip
    used = hplv_hours(sessions, [], item.start, item.end, today=date(2026, 12, 1))  # type: ignore[arg-type]
    assert used == 6 * 12
    found = progress(item, sessions, today=date(2026, 12, 1))
    assert found.met is False and found.fraction == 1.0
    assert "72 h of at most 20 h" in found.text
    calm = [s for s in sessions if s.client == "Good"]
    assert progress(item, calm, today=date(2026, 12, 1)).met is True


def test_a_task_is_done_when_marked() -> None:
    task = Homework(HomeworkKind.TASK, "Write to Acme about the rate")
    assert progress(task, [], today=START).met is None
    task.status = HomeworkStatus.DONE
    assert progress(task, [], today=START).text == "Marked done"


def test_problems_and_titles() -> None:
    assert homework_problems(Homework(HomeworkKind.TASK, "Call Acme")) == []
    bad = Homework(HomeworkKind.RAISE_RATE, "", amount=0, start=START)
    found = homework_problems(bad)
    assert any("title" in p for p in found) and any("first and a last day" in p for p in found)
    assert any("name a client" in p for p in found) and any("1 to 1000 %" in p for p in found)
    backwards = Homework(HomeworkKind.RATE_EVERY, "x", start=START, end=START - timedelta(days=1))
    assert "first day is after its last" in homework_problems(backwards)[0]
    assert (
        default_title(HomeworkKind.RAISE_RATE, "Brightline", 10)
        == "Raise the Brightline rate by 10 %"
    )
    assert default_title(HomeworkKind.CAP_HPLV, amount=20 * 60).startswith("At most 20 h")
