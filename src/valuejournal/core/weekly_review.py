"""The weekly review: last week's figures and spans, and three prompts filled from the data.

Figures and spans come from ``core.insights`` (weeks as periods; the spans are the journal's
own, cut to the ones touching the week), so the review, the Insights page and the PDF agree.
The prompts read the week's sessions per client (hours, hours-weighted value over rated
sessions, pay paid or pending in the base currency), in this order, and the first three that
apply are asked:

1. the client with the most hours and their value ("You spent 11 h for Brightline at value
   3: what would change that?"; unrated hours ask how it went);
2. high-value work without pay that was not chosen giving (value >= ``high_value``, nothing
   paid or pending, not pro bono or a gift);
3. chosen giving (pro bono, gifts): whether it gave back what was hoped;
4. the day of the lowest mood and its work;
5. the best-paid client per hour against its value;
6. questions for any week (so there are always three), and for a week with nothing logged.

A review is shown on the first start of a week for the week before, and not again that week
once it was answered or dismissed (``WeeklyAnswers``, kept in the journal).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from valuejournal.core import formats
from valuejournal.core.entities import Client, Giving, PayStatus, Session, new_uuid
from valuejournal.core.i18n import _
from valuejournal.core.insights.thresholds import Thresholds


@dataclass(frozen=True, slots=True)
class WeeklyAnswers:
    """A week's review as kept in the journal: its prompts, the answers (same order), and
    whether it was dismissed instead. ``week`` is the ISO week ("2026-W48")."""

    week: str
    prompts: tuple[str, ...]
    answers: tuple[str, ...]
    dismissed: bool = False
    uuid: str = field(default_factory=new_uuid)
    updated_at: datetime | None = None

    @property
    def start(self) -> date:
        """The Monday of the week."""
        return week_monday(self.week)

    @property
    def answered(self) -> bool:
        """True when any answer has text."""
        return any(a.strip() for a in self.answers)


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """The week's totals (money in minor units of ``currency``)."""

    sessions: int
    hours: float
    unrated: int
    pay_minor: int
    value: float | None
    pay_rate: float | None
    mood: float | None


@dataclass(frozen=True, slots=True)
class WeeklyReview:
    """What the review dialog shows for one week."""

    week: str
    start: date
    end: date
    currency: str
    figures: WeekFigures
    spans: tuple[str, ...]  # the spans touching the week, in words
    prompts: tuple[str, ...]


@dataclass
class _ClientWeek:
    name: str | None
    hours: float = 0.0
    rated_hours: float = 0.0
    value_hours: float = 0.0
    pay_minor: int = 0

    @property
    def value(self) -> float | None:
        return self.value_hours / self.rated_hours if self.rated_hours else None


def week_label(day: date) -> str:
    """The ISO week of ``day`` ("2026-W48")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(label: str) -> date:
    """The Monday of an ISO week label ("2026-W48"); ValueError when it is not one."""
    year, _, week = label.partition("-W")
    return date.fromisocalendar(int(year), int(week), 1)


def last_week(today: date) -> tuple[date, date]:
    """Monday and Sunday of the week before ``today``'s."""
    monday = today - timedelta(days=today.weekday() + 7)
    return monday, monday + timedelta(days=6)


def is_due(stored: WeeklyAnswers | None) -> bool:
    """True when last week's review should open by itself: not answered or dismissed yet."""
    return stored is None or not (stored.answered or stored.dismissed)


def build_review(
    sessions: Sequence[Session],
    clients: Sequence[Client] = (),
    *,
    today: date,
    currency: str = "EUR",
    thresholds: Thresholds | None = None,
) -> WeeklyReview:
    """The review of the week before ``today``'s, from the journal's sessions (all of them:
    the spans and the high-pay yardstick are the journal's)."""
    from valuejournal.core.insights import compute_insights, span_sentence
    from valuejournal.core.periods import PeriodKind

    thresholds = thresholds or Thresholds()
    start, end = last_week(today)
    whole = compute_insights(sessions, clients, kind=PeriodKind.WEEK, thresholds=thresholds,
                             today=today, currency=currency)  # fmt: skip
    week = compute_insights(sessions, clients, start=start, end=end, kind=PeriodKind.WEEK,
                            thresholds=thresholds, today=today, currency=currency)  # fmt: skip
    spans = tuple(
        span_sentence(s, whole.currency) for s in whole.spans if s.start <= end and s.end >= start
    )
    in_week = [s for s in sessions if start <= s.day <= end]
    moods = [s.mood for s in in_week if s.mood is not None]
    totals = week.totals
    figures = WeekFigures(
        sessions=totals.sessions,
        hours=totals.hours,
        unrated=totals.unrated_sessions,
        pay_minor=totals.pay_minor,
        value=totals.value,
        pay_rate=totals.pay_rate,
        mood=sum(moods) / len(moods) if moods else None,
    )
    prompts = week_prompts(in_week, whole.currency, thresholds)
    return WeeklyReview(week_label(start), start, end, whole.currency, figures, spans, prompts)


def week_prompts(
    sessions: Sequence[Session], currency: str, thresholds: Thresholds
) -> tuple[str, ...]:
    """Three questions about these sessions (one week's), filled from their figures."""
    fmt = formats.current()
    if not sessions:
        return (
            _("You logged nothing last week: was that rest, or did logging slip?"),
            _("What value did you create last week that no session shows?"),
            _("What one thing will you do differently this week?"),
        )
    by_client = _per_client(sessions, currency)
    found: list[str] = []
    top = max(by_client, key=lambda c: (c.hours, c.name is not None))
    hours = fmt.hours(top.hours, trim=True)
    if top.value is None:
        found.append(
            (
                _("You spent {hours} h for {client} and rated none of it: how did it go?")
                if top.name
                else _("You spent {hours} h on your own work and rated none of it: how did it go?")
            ).format(hours=hours, client=top.name)
        )
    else:
        if top.value <= thresholds.low_value:
            ask = _("what would change that?")
        elif top.value >= thresholds.high_value:
            ask = _("how do you get more work like that?")
        else:
            ask = _("what would make it worth more?")
        found.append(
            (
                _("You spent {hours} h for {client} at value {value}: {question}")
                if top.name
                else _("You spent {hours} h on your own work at value {value}: {question}")
            ).format(
                hours=hours,
                client=top.name,
                value=fmt.decimal(top.value, trim=True),
                question=ask,
            )  # fmt: skip
        )
    unpaid = [
        s for s in sessions
        if s.value is not None and s.value >= thresholds.high_value
        and s.status is PayStatus.NONE and s.pay_minor == 0 and s.giving is Giving.NONE
    ]  # fmt: skip
    if unpaid:
        hours = fmt.hours(sum(s.hours for s in unpaid), trim=True)
        names = sorted({s.client for s in unpaid if s.client})
        found.append(
            (
                _(
                    "You put {hours} h of high-value work for {clients} into the week without "
                    "pay: how could you capture some of that value?"
                )
                if names
                else _(
                    "You put {hours} h of high-value work into the week without pay: how could "
                    "you capture some of that value?"
                )
            ).format(hours=hours, clients=", ".join(names))
        )
    giving = [s for s in sessions if s.giving is not Giving.NONE]
    if giving:
        hours = fmt.hours(sum(s.hours for s in giving), trim=True)
        found.append(
            _("You gave {hours} h pro bono or as gifts: did it give back what you hoped?").format(
                hours=hours
            )
        )
    low = _lowest_mood(sessions)
    if low is not None and low.mood is not None and low.mood <= 3:
        if low.title:
            what = _("on “{title}”").format(title=low.title)
        elif low.client:
            what = _("on work for {client}").format(client=low.client)
        else:
            what = _("on your own work")
        found.append(
            _(
                "Your mood was lowest on {day} ({mood} of 5), {what}: what drained you, and "
                "what would help?"
            ).format(day=fmt.weekday(low.day, "wide"), mood=low.mood, what=what)
        )
    paid = [c for c in by_client if c.name and c.pay_minor > 0 and c.hours > 0]
    if paid:
        best = max(paid, key=lambda c: c.pay_minor / c.hours)
        value = (
            _("unrated")
            if best.value is None
            else _("value {value}").format(value=fmt.decimal(best.value, trim=True))
        )
        rate = fmt.rate(best.pay_minor / best.hours, currency)
        found.append(
            _(
                "{client} paid you the most per hour ({rate}, {value}): is that the work you "
                "want more of?"
            ).format(client=best.name, rate=rate, value=value)
        )
    found += [
        _("What was the most valuable hour of last week, and why?"),
        _("What will you stop doing this week?"),
    ]
    out: list[str] = []
    for prompt in found:
        if prompt not in out:
            out.append(prompt)
    return tuple(out[:3])


def _per_client(sessions: Sequence[Session], currency: str) -> list[_ClientWeek]:
    groups: dict[str, _ClientWeek] = {}
    for s in sessions:
        key = (s.client or "").strip().casefold()
        group = groups.setdefault(key, _ClientWeek(s.client or None))
        group.hours += s.hours
        if s.value is not None:
            group.rated_hours += s.hours
            group.value_hours += s.hours * s.value
        if s.currency.upper() == currency.upper() and s.status is not PayStatus.NONE:
            group.pay_minor += s.pay_minor
    return list(groups.values())


def _lowest_mood(sessions: Sequence[Session]) -> Session | None:
    rated = [s for s in sessions if s.mood is not None]
    if not rated:
        return None
    return min(rated, key=lambda s: (s.mood, -s.hours, s.day))
