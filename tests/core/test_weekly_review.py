"""The weekly review on a planted journal: last week's figures, spans and filled prompts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.helpers.sessions import session
from valuejournal.core.entities import Giving
from valuejournal.core.weekly_review import (
    WeeklyAnswers,
    build_review,
    is_due,
    last_week,
    week_label,
    week_monday,
)

TODAY = date(2026, 11, 30)  # a Monday: the review is of 23-29 November (2026-W48)
MON = date(2026, 11, 23)


def planted() -> list:  # type: ignore[type-arg]
    brightline = [session(MON + timedelta(days=i), 2.75, value=3, client="Brightline", rate=90,
                          mood=4) for i in range(4)]  # fmt: skip
    unpaid = session(MON + timedelta(days=1), 3, value=9, client="Commons", mood=5)
    gift = replace(session(MON + timedelta(days=4), 2, value=8, mood=4), giving=Giving.PRO_BONO)
    tired = session(MON + timedelta(days=2), 1, value=4, client="Volume Ltd", rate=40, mood=2)
    tired.title = "Invoices"
    older = session(MON - timedelta(days=30), 5, value=5, client="Brightline", rate=60)
    return [*brightline, unpaid, gift, tired, older]


def test_weeks() -> None:
    assert last_week(TODAY) == (MON, MON + timedelta(days=6))
    assert last_week(date(2026, 12, 7)) == (MON + timedelta(days=7), MON + timedelta(days=13))
    assert week_label(MON) == "2026-W48" and week_monday("2026-W48") == MON
    assert week_label(date(2027, 1, 1)) == "2026-W53"


def test_figures_and_prompts_are_filled_from_the_week() -> None:
    review = build_review(planted(), today=TODAY)
    assert review.week == "2026-W48" and review.start == MON
    figures = review.figures
    assert figures.sessions == 7
    assert round(figures.hours, 2) == 17.0
    assert figures.pay_minor == 4 * round(2.75 * 9000) + 4000
    first, second, third = review.prompts
    assert first == "You spent 11 h for Brightline at value 3: what would change that?"
    assert second == (
        "You put 3 h of high-value work for Commons into the week without pay: how could you "
        "capture some of that value?"
    )  # the pro-bono gift is chosen giving: not counted as value not captured
    assert third == "You gave 2 h pro bono or as gifts: did it give back what you hoped?"


def test_mood_and_pay_prompts_follow_when_nothing_else_applies() -> None:
    tired = session(MON, 2, value=6, client="Volume Ltd", rate=40, mood=2)
    tired.title = "Invoices"
    review = build_review([tired], today=TODAY)
    assert review.prompts[0] == (
        "You spent 2 h for Volume Ltd at value 6: what would make it worth more?"
    )
    assert review.prompts[1] == (
        "Your mood was lowest on Monday (2 of 5), on “Invoices”: what drained you, and what "
        "would help?"
    )
    assert review.prompts[2].startswith("Volume Ltd paid you the most per hour (€40.00/h")


def test_an_empty_week_still_asks_three_questions() -> None:
    review = build_review([session(MON - timedelta(days=3), 2)], today=TODAY)
    assert review.figures.sessions == 0
    assert len(review.prompts) == 3
    assert review.prompts[0].startswith("You logged nothing last week")


def test_spans_touching_the_week_are_named() -> None:
    weeks = [
        session(MON - timedelta(days=7 * w) + timedelta(days=d), 3, value=9, client="Commons")
        for w in range(3) for d in range(3)
    ]  # fmt: skip
    review = build_review(weeks, today=TODAY)
    assert any("high-value work" in s and "Commons" in s for s in review.spans)
    assert build_review(weeks, today=TODAY + timedelta(days=28)).spans == ()


def test_due_until_answered_or_dismissed() -> None:
    assert is_due(None)
    blank = WeeklyAnswers("2026-W48", ("a?", "b?", "c?"), ("", "", ""))
    assert is_due(blank)
    assert not is_due(replace(blank, answers=("yes", "", "")))
    assert not is_due(replace(blank, dismissed=True))
