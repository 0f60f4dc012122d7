"""A realistic, reproducible demo journal: a freelancer's year with a story the charts can tell.

``generate_demo`` draws everything from one ``random.Random(seed)``, so the same seed, length
and end date give the same journal field by field. Most weeks are mixed work; three stretches
are planted on purpose and listed in ``DemoJournal.planted``: an agency grind that pays well and
means little, a burnout that follows it, and weeks on an open-source tool that pay nothing.
"""

from __future__ import annotations

import random
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from valuejournal.core.entities import Capture, Client, PayStatus, Reflection, Session
from valuejournal.core.money import format_money
from valuejournal.core.periods import quarter_of, quarter_range

HIGH_PAY_LOW_VALUE = "high_pay_low_value"
HIGH_VALUE_NO_PAY = "high_value_no_pay"
BURNOUT = "burnout"
NORMAL = "normal"
OFF = "off"
MIN_STORY_WEEKS = 26
_STORY_WINDOW = 52
_R, _J, _L, _P, _RE = (
    Capture.REFERRAL, Capture.JOY, Capture.LEARNING, Capture.REPUTATION, Capture.REPEAT,
)  # fmt: skip


@dataclass
class PlantedSpan:
    """A stretch of whole ISO weeks (Monday to Sunday) planted to show one pattern."""

    kind: str
    start: date
    end: date


@dataclass
class DemoJournal:
    """Everything a demo journal holds, ready for the store to write."""

    owner: str
    base_currency: str
    clients: list[Client]
    sessions: list[Session]
    reflections: list[Reflection]
    planted: list[PlantedSpan]


@dataclass(frozen=True, slots=True)
class Work:
    """A kind of work the demo freelancer does: for whom, at what hourly rate, how it feels."""

    key: str
    client: str | None
    rate_minor: int
    values: tuple[int, int]
    minutes: tuple[int, int]
    impact: tuple[int, int, int]
    captures: tuple[tuple[Capture, float], ...]
    tags: tuple[str, ...]
    titles: tuple[str, ...]
    notes: tuple[str, ...] = ()
    terms: tuple[int, int] = (14, 21)


AGENCY = "Brightline Agency"
DIRECT = "Hofmann & Berg Architekten"
NONPROFIT = "Green Commons Foundation"
STARTUP = "Loopwise GmbH"
ONE_OFF = "Café Lumière"
ARCHIVED = "Nordlicht Verlag"

WORKS: dict[str, Work] = {w.key: w for w in (
    Work("agency", AGENCY, 9000, (3, 6), (60, 150), (-1, 1, 0), ((_RE, 0.05),),
         ("agency", "production"),
         ("Landing page build", "Banner set, spring campaign", "Newsletter template",
          "Client feedback round", "Campaign microsite fixes", "Resize ad variants"),
         ("Fourth round of feedback on the same banner.", "Tight brief, clear handover."),
         (21, 27)),
    Work("agency_rush", AGENCY, 12000, (2, 4), (90, 240), (-1, 1, 0), ((_RE, 0.03),),
         ("agency", "volume"),
         ("Retainer: product page batch", "Retainer: ad variants x40", "Retainer: email flows",
          "Retainer: template clean-up", "Retainer: QA pass on 60 pages"),
         ("Premium rate, but it is copy-paste work.", "Same template, new logo, again."),
         (21, 27)),
    Work("direct", DIRECT, 7500, (5, 8), (45, 150), (1, 1, 1), ((_RE, 0.08), (_R, 0.03)),
         ("web", "long-term"),
         ("Project pages for the new library", "CMS maintenance", "Accessibility fixes",
          "Call with Jana about the archive", "Photo gallery rework", "Monthly updates"),
         ("Jana liked the archive idea; more work in spring.", "Good call, clear next steps."),
         (14, 21)),
    Work("startup", STARTUP, 8000, (4, 8), (60, 150), (0, 2, 0), ((_L, 0.2),),
         ("startup", "product"),
         ("Onboarding flow prototype", "Design system tokens", "Sprint planning",
          "Pricing page experiments", "User interview synthesis", "Bug bash"),
         ("Scope changed mid-sprint again.", "Learned a lot about their analytics stack."),
         (75, 120)),
    Work("nonprofit", NONPROFIT, 4500, (6, 9), (60, 150), (2, 0, 2), ((_P, 0.15), (_J, 0.2)),
         ("nonprofit", "climate"),
         ("Volunteer sign-up form", "Tree-planting map", "Donation page copy",
          "Workshop with the volunteers", "Annual report layout"),
         ("Reduced rate, but the team is a joy.", "Their map got 2,000 visits this week."),
         (18, 25)),
    Work("oneoff", ONE_OFF, 6500, (5, 8), (60, 150), (1, 1, 1), ((_R, 0.2), (_J, 0.2)),
         ("one-off", "branding"),
         ("Menu redesign", "Small website for the café", "Photo shoot brief",
          "Opening flyer"),
         ("They pay on time and bake excellent croissants.",),
         (14, 20)),
    Work("archived", ARCHIVED, 7000, (4, 7), (60, 150), (0, 1, 1), ((_RE, 0.05),),
         ("publishing",),
         ("E-book layout", "Catalogue page templates", "Author page updates"),
         ("The catalogue is nearly done; they are winding down the digital team.",),
         (14, 21)),
    Work("passion", None, 0, (8, 10), (60, 150), (1, 1, 2), ((_J, 0.5), (_L, 0.3), (_P, 0.15)),
         ("open-source", "fieldnote"),
         ("Fieldnote: offline sync", "Fieldnote: review pull requests", "Fieldnote: docs",
          "Fieldnote: release 0.9", "Fieldnote: answer issues", "Fieldnote: map export"),
         ("A researcher in Nairobi uses it for bird counts!", "Merged a first-time PR."),
         ),
    Work("community", None, 0, (7, 10), (60, 120), (0, 0, 2), ((_J, 0.4), (_P, 0.2), (_R, 0.05)),
         ("community", "mentoring"),
         ("CoderDojo mentoring", "Meetup talk preparation", "Portfolio review for a junior"),
         ("Two kids shipped their first website tonight.",)),
    Work("probono", None, 0, (7, 9), (60, 120), (1, 0, 2), ((_J, 0.3), (_P, 0.1)),
         ("pro-bono",),
         ("Food bank volunteer rota site", "Repair café booking page", "Tenants' union flyer"),
         ("Nobody pays, everybody uses it.",)),
    Work("admin", None, 0, (1, 4), (30, 60), (0, 0, 0), (),
         ("admin",),
         ("Invoicing", "Bookkeeping", "Email backlog", "Tax paperwork", "Chasing Loopwise"),
         ("Loopwise invoice still open. Sent a reminder.",)),
    Work("learning", None, 0, (5, 8), (45, 120), (0, 1, 0), ((_L, 0.8),),
         ("learning",),
         ("Course: accessibility audits", "Reading: design systems", "Trying out htmx"),
         ("Finally understood container queries.",)),
)}  # fmt: skip

_BILLABLE = (("agency", 24), ("direct", 24), ("startup", 16), ("nonprofit", 10))
_UNPAID = (("passion", 9), ("community", 3), ("probono", 3), ("admin", 9), ("learning", 4))
_WEEKEND = (("passion", 40), ("learning", 20), ("startup", 15), ("direct", 10), ("admin", 15))
_MIXES: dict[str, tuple[tuple[str, int], ...]] = {
    HIGH_PAY_LOW_VALUE: (("agency_rush", 1),),
    BURNOUT: (("startup", 50), ("direct", 25), ("agency", 15), ("admin", 10)),
    HIGH_VALUE_NO_PAY: (("passion", 60), ("community", 20), ("probono", 20)),
}
# (mood, energy, stress) ranges per planted week kind.
_WELLBEING = {
    HIGH_PAY_LOW_VALUE: ((2, 3), (2, 3), (3, 4)),
    BURNOUT: ((1, 2), (1, 2), (4, 5)),
    HIGH_VALUE_NO_PAY: ((4, 5), (3, 5), (1, 2)),
}
_PRIVATE_NOTES = (
    "Felt talked down to in the review call; I let it pass.",
    "Back pain again. I need a proper chair.",
    "The rate conversation with this client is overdue.",
    "Slept badly, worked anyway.",
)
_BURNOUT_NOTES = (
    "Fourth late night in a row.",
    "Skipped lunch to hit the launch date.",
    "Rewrote the same function three times; my head is full.",
)


def _uuid(rng: random.Random) -> str:
    return str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))


def _clients(rng: random.Random) -> list[Client]:
    """The six demo clients; the rates they would pay elsewhere are the yardsticks."""
    specs = (
        (AGENCY, 8000, "Volume production work; pays well and on time.", False),
        (DIRECT, 7000, "Long-term direct client; Jana runs the studio.", False),
        (NONPROFIT, 7500, "Reduced rate: climate education nonprofit.", False),
        (STARTUP, 8500, "Seed-stage product team. Pays late; chase every invoice.", False),
        (ONE_OFF, None, "One-off: menu, flyer and a small website.", False),
        (ARCHIVED, 6500, "Closed their digital team; no new work.", True),
    )
    return [
        Client(name, "EUR", alt, notes, archived, _uuid(rng))
        for name, alt, notes, archived in specs
    ]


def _layout(weeks: int) -> list[tuple[str, int, int]]:
    """(kind, first week index, length) of the planted stretches, oldest first.

    They sit in the last min(weeks, 52) weeks: grind, burnout, unpaid passion, then a tail of
    ordinary weeks up to ``end``. With fewer than 26 weeks nothing is planted.
    """
    if weeks < MIN_STORY_WEEKS:
        return []
    window = min(weeks, _STORY_WINDOW)
    grind = 6 if window < _STORY_WINDOW else 8
    free = window - grind - 8
    tail, gap2, gap1 = max(2, free // 5), max(2, free // 4), max(1, free // 8)
    start = weeks - window + free - tail - gap2 - gap1
    spans = []
    for kind, length, gap in (
        (HIGH_PAY_LOW_VALUE, grind, gap1), (BURNOUT, 4, gap2), (HIGH_VALUE_NO_PAY, 4, tail)
    ):  # fmt: skip
        spans.append((kind, start, length))
        start += length + gap
    return spans


@dataclass(slots=True)
class _Item:
    """A session being planned: value may still be steered before it becomes a Session."""

    day: date
    work: Work
    minutes: int
    value: int | None
    start: int | None


class _Generator:
    """Plans and builds the sessions week by week; keeps the rng and the invoice dates."""

    def __init__(self, rng: random.Random, weeks: int, end: date) -> None:
        self.rng = rng
        self.weeks = weeks
        self.end = end
        self.payments: dict[tuple[str, int, int], date] = {}
        spans = _layout(weeks)
        self.kinds = {i: kind for kind, first, n in spans for i in range(first, first + n)}
        one_off = spans[0][1] - 4 if spans else weeks // 3
        self.one_off = range(max(0, one_off), max(0, one_off) + 3)
        self.archived_until = max(6, weeks * 3 // 10)

    def week_kind(self, index: int, monday: date) -> str:
        """Planted kind, a holiday week (Christmas, mid-August), or an ordinary week."""
        if index in self.kinds:
            return self.kinds[index]
        christmas = date(monday.year, 12, 25)
        holiday = monday <= christmas <= monday + timedelta(days=6)
        holiday = holiday or monday.isocalendar().week == 33
        return OFF if holiday and 0 < index < self.weeks - 2 else NORMAL

    def week(self, index: int, monday: date) -> list[Session]:
        """All sessions of one week (none after ``end``)."""
        kind = self.week_kind(index, monday)
        if kind == OFF:
            return []
        items: list[_Item] = []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if day > self.end:
                break
            items.extend(self._day(kind, index, day))
        if kind in (NORMAL, BURNOUT):
            self._steer(items, 5, 7)
        elif kind == HIGH_VALUE_NO_PAY:
            for item in items:
                item.value = self.rng.randint(8, 10)
        return [self._session(kind, item) for item in items]

    def _day(self, kind: str, index: int, day: date) -> list[_Item]:
        rng, weekday = self.rng, day.weekday()
        if kind == NORMAL:
            return self._normal_day(index, day)
        if kind == BURNOUT:
            target = rng.randrange(600, 781, 15) if weekday < 5 else rng.randrange(240, 421, 15)
            return self._fill(day, _MIXES[kind], target, None, 10)
        if weekday >= 5 and rng.random() >= (0.4, 0.15)[weekday - 5]:
            return []
        target = rng.randrange(480, 601, 15) if weekday < 5 else rng.randrange(180, 301, 15)
        if kind == HIGH_VALUE_NO_PAY:
            target -= 120
        items = self._fill(day, _MIXES[kind], target, None, 6)
        if kind == HIGH_PAY_LOW_VALUE and rng.random() < 0.25:
            items.append(_Item(day, WORKS["admin"], 30, rng.randint(2, 3), None))
        return items

    def _normal_day(self, index: int, day: date) -> list[_Item]:
        """Mondays always work and every weekday starts with client work, so each ordinary
        week has something paid or pending; some weekends see a session or two."""
        rng, weekday = self.rng, day.weekday()
        if weekday >= 5:
            if rng.random() >= (0.2, 0.08)[weekday - 5]:
                return []
            return self._fill(day, _WEEKEND, rng.randrange(60, 181, 15), None, 2)
        if weekday and rng.random() < 0.05:
            return []
        billable = self._billable(index)
        return self._fill(day, billable + _UNPAID, rng.randrange(390, 571, 15), billable, 6)

    def _billable(self, index: int) -> tuple[tuple[str, int], ...]:
        extra = [("archived", 14)] if index < self.archived_until else []
        if index in self.one_off:
            extra.append(("oneoff", 30))
        return _BILLABLE + tuple(extra)

    def _fill(
        self,
        day: date,
        mix: tuple[tuple[str, int], ...],
        target: int,
        first: tuple[tuple[str, int], ...] | None,
        cap: int,
    ) -> list[_Item]:
        """Sessions from ``mix`` until the day reaches ``target`` minutes (first from ``first``)."""
        rng, total = self.rng, 0
        items: list[_Item] = []
        cursor = rng.randrange(480, 586, 15)
        while total + 30 <= target and len(items) < cap:
            pool = first if first and not items else mix
            work = WORKS[rng.choices([k for k, _ in pool], [w for _, w in pool])[0]]
            minutes = min(rng.randrange(work.minutes[0], work.minutes[1] + 1, 15), target - total)
            start = cursor if rng.random() < 0.9 and cursor + minutes < 24 * 60 else None
            items.append(_Item(day, work, minutes, self._value(day, work), start))
            total += minutes
            cursor += minutes + rng.choice((0, 15, 15, 30, 45, 60))
        return items

    def _value(self, day: date, work: Work) -> int | None:
        recent = (self.end - day).days < 14
        if self.rng.random() < (0.2 if recent else 0.01) and work.key in ("direct", "agency"):
            return None
        return self.rng.randint(*work.values)

    def _steer(self, items: list[_Item], low: int, high: int) -> None:
        """Nudge values until the week's hours-weighted value lies within [low, high]."""
        rated = [item for item in items if item.value is not None]
        total = sum(item.minutes for item in rated)
        score = sum(item.minutes * item.value for item in rated if item.value is not None)
        while rated and score < low * total:
            item = self.rng.choice(rated)
            if item.value is not None and item.value < 10:
                item.value += 1
                score += item.minutes
        while rated and score > high * total:
            item = self.rng.choice(rated)
            if item.value is not None and item.value > 0:
                item.value -= 1
                score -= item.minutes

    def _session(self, kind: str, item: _Item) -> Session:
        rng, work = self.rng, item.work
        pay = item.minutes * work.rate_minor // 60
        status, paid_on = self._pay_status(work, item.day) if pay else (PayStatus.NONE, None)
        mood, energy, stress = self._feelings(kind, item.value)
        has_feelings = kind != NORMAL or rng.random() < 0.9
        impact = [min(2, max(-2, b + rng.choice((-1, 0, 0, 0, 1)))) for b in work.impact]
        has_impact = rng.random() < 0.85
        notes, private = self._notes(kind, work)
        finish = min((17 * 60 if item.start is None else item.start) + item.minutes, 24 * 60 - 1)
        created = datetime.combine(item.day, time(finish // 60, finish % 60), tzinfo=UTC)
        updated = datetime.combine(paid_on, time(9, 0), tzinfo=UTC) if paid_on else created
        return Session(
            day=item.day,
            minutes=item.minutes,
            title=rng.choice(work.titles),
            client=work.client,
            value=item.value,
            notes=notes,
            private=private,
            start_time=None if item.start is None else time(item.start // 60, item.start % 60),
            pay_minor=pay,
            currency="EUR",
            status=status,
            paid_on=paid_on,
            captures=frozenset(c for c, p in work.captures if rng.random() < p),
            mood=mood if has_feelings else None,
            energy=energy if has_feelings else None,
            stress=stress if has_feelings else None,
            ecological=impact[0] if has_impact else None,
            economic=impact[1] if has_impact else None,
            social=impact[2] if has_impact else None,
            tags=work.tags + (("deadline",) if kind == BURNOUT else ()),
            uuid=_uuid(rng),
            created_at=created,
            updated_at=max(updated, created),
        )

    def _feelings(self, kind: str, value: int | None) -> tuple[int, int, int]:
        """Mood, energy and stress: fixed ranges in planted weeks, following value otherwise."""
        rng = self.rng
        if kind != NORMAL:
            mood_range, energy_range, stress_range = _WELLBEING[kind]
            return rng.randint(*mood_range), rng.randint(*energy_range), rng.randint(*stress_range)
        mood = min(5, max(1, round(1 + 0.4 * (5 if value is None else value)) + rng.randint(-1, 1)))
        energy = min(5, max(1, mood + rng.choice((-1, 0, 0, 1))))
        return mood, energy, min(4, max(1, 5 - mood + rng.choice((-1, 0, 1))))

    def _notes(self, kind: str, work: Work) -> tuple[str, bool]:
        roll = self.rng.random()
        if roll < (0.15 if kind == BURNOUT else 0.03):
            pool = _BURNOUT_NOTES if kind == BURNOUT else _PRIVATE_NOTES
            return self.rng.choice(pool), True
        if roll < 0.25 and work.notes:
            return self.rng.choice(work.notes), False
        return "", False

    def _pay_status(self, work: Work, day: date) -> tuple[PayStatus, date | None]:
        """Invoiced monthly, paid on the client's terms; not yet paid by ``end`` means pending."""
        key = (work.client or "", day.year, day.month)
        if key not in self.payments:
            next_month = date(day.year + day.month // 12, day.month % 12 + 1, 1)
            lag = self.rng.randint(0, 4) + self.rng.randint(*work.terms)
            paid = next_month + timedelta(days=lag)
            weekend_shift = 7 - paid.weekday() if paid.weekday() >= 5 else 0
            self.payments[key] = paid + timedelta(days=weekend_shift)
        paid_on = self.payments[key]
        return (PayStatus.PAID, paid_on) if paid_on <= self.end else (PayStatus.PENDING, None)


def generate_demo(seed: int = 1, weeks: int = 52, end: date | None = None) -> DemoJournal:
    """A demo journal of ``weeks`` ISO weeks, the last one containing ``end`` (default today).

    The same arguments always give the same journal. With 26 weeks or more it holds the three
    planted stretches listed in ``planted``.
    """
    if weeks < 1:
        raise ValueError("a demo journal needs at least one week")
    end = end or date.today()
    rng = random.Random(seed)
    clients = _clients(rng)
    first_monday = end - timedelta(days=end.weekday(), weeks=weeks - 1)
    generator = _Generator(rng, weeks, end)
    sessions: list[Session] = []
    for index in range(weeks):
        sessions.extend(generator.week(index, first_monday + timedelta(weeks=index)))
    planted = [
        PlantedSpan(
            kind,
            first_monday + timedelta(weeks=first),
            first_monday + timedelta(weeks=first + length, days=-1),
        )
        for kind, first, length in _layout(weeks)
    ]
    reflections = _reflections(rng, sessions, planted, end)
    return DemoJournal("Lena Marchetti", "EUR", clients, sessions, reflections, planted)


_SPAN_LINES = {
    HIGH_PAY_LOW_VALUE: "The agency retainer paid the best rate I have ever had, and I felt "
    "nothing. It was naïve to think it would leave room for my own work.",
    BURNOUT: "Then the Loopwise launch came on top and I ran on empty for a month: long "
    "days, bad sleep, short temper.",
    HIGH_VALUE_NO_PAY: "The weeks on Fieldnote paid nothing and were the best work of the "
    "quarter; people in three countries use it now.",
}


def _previous_quarter(label: str) -> str:
    start, _ = quarter_range(label)
    return quarter_of(start - timedelta(days=1))


def _top_client(sessions: list[Session]) -> str:
    minutes: dict[str, int] = {}
    for s in sessions:
        if s.client:
            minutes[s.client] = minutes.get(s.client, 0) + s.minutes
    return max(minutes, key=minutes.__getitem__, default="nobody in particular")


def _quarter_text(
    label: str, sessions: list[Session], planted: list[PlantedSpan]
) -> dict[str, str]:
    """The five sections of one quarter's reflection, written from its sessions."""
    start, last = quarter_range(label)
    inside = [s for s in sessions if start <= s.day <= last]
    hours = sum(s.minutes for s in inside) / 60
    unpaid = sum(s.minutes for s in inside if s.client is None and s.value and s.value >= 7) / 60
    paid = sum(s.pay_minor for s in inside if s.status is PayStatus.PAID)
    pending = sum(s.pay_minor for s in inside if s.status is PayStatus.PENDING)
    top = _top_client(inside)
    referrals = sum(Capture.REFERRAL in s.captures for s in inside)
    story = " ".join(_SPAN_LINES[p.kind] for p in planted if p.start <= last and p.end >= start)
    return {
        "created": f"I logged {hours:.0f} hours in {label}, most of them for {top}. "
        + (
            f"The work I am proudest of was {unpaid:.0f} unpaid hours on Fieldnote, mentoring "
            "and pro-bono pages; the nonprofit's volunteers and the CoderDojo kids got the most."
            if unpaid >= 40
            else f"Only {unpaid:.0f} hours went to Fieldnote, mentoring and pro-bono pages, "
            "the work I am proudest of; the paid work got the rest of me."
        ),
        "captured": f"{format_money(paid)} arrived for this quarter's work"
        + (f" and {format_money(pending)} is still pending" if pending else "")
        + f". {STARTUP} paid months late again. Beyond money: {referrals} "
        + ("referral" if referrals == 1 else "referrals")
        + ", a lot of learning, and some joy on the open-source side.",
        "scales": (story or "An even quarter: the scales tipped neither way for long.")
        + f" With {STARTUP} they tip their way: I deliver now and they pay months later.",
        "change": "Raise the agency rate or cut its hours; invoice Loopwise weekly with a "
        "deposit; keep Friday afternoons for Fieldnote, and protect the evenings.",
        "notes": "Wrote most of this at the café on the corner. Less naïve about retainers "
        "now, and kinder to myself about the slow weeks.",
    }


def _reflections(
    rng: random.Random, sessions: list[Session], planted: list[PlantedSpan], end: date
) -> list[Reflection]:
    """Reflections for the two most recent fully past quarters that have sessions."""
    labels = [_previous_quarter(quarter_of(end))]
    labels.insert(0, _previous_quarter(labels[0]))
    first_day = sessions[0].day if sessions else end
    reflections = []
    for label in labels:
        start, last = quarter_range(label)
        if last < first_day:
            continue
        written = min(last + timedelta(days=6), end)
        reflections.append(
            Reflection(
                quarter=label,
                sections=_quarter_text(label, sessions, planted),
                uuid=_uuid(rng),
                updated_at=datetime.combine(written, time(20, 30), tzinfo=UTC),
            )
        )
    return reflections
