"""The evidence for the nine blocks, computed from a quarter's sessions (no Qt, no SQL).

Definitions (the page, the PDF, the CLI and the tests share them):

- **Customers**: hours, value and pay per client; work without a client is grouped by
  its giving: "No client: pro bono", "No client: gifts", "No client: own work".
- **Activity** of a session: its project, else its first tag that names no partner, else
  its title grouped (digits and punctuation dropped, first three words; matched without
  regard to case and shown as typed most often), else "Untitled". **Key activities**: hours
  by activity, most first; **value provided**: the activities by value created (hours x
  value over rated work), most first.
- **Key resources**: one item per tag the person marked as a skill; **key partners**: one
  per partner tag ("@Ana"), both over the sessions carrying them.
- **Relationships**: each client's balance from ``core.insights`` (balance per client).
- **Channels**: sessions with a referral or repeat capture, by client; clients whose first
  session ever lies in the quarter are new, the others returning.
- **Revenue**: paid and pending pay by client; the non-money captures counted.
- **Costs**: hours, hours-weighted stress, energy and mood, strained hours (stress 4-5 or
  energy 1-2), value not captured (value >= 7, nothing paid or pending, not chosen giving),
  chosen giving (pro bono, gifts) and the mean of the three bubbles.

Money is summed in ``currency`` (the base) at the rates frozen on the sessions. Shares are
of the quarter's hours (revenue by client: of its pay). Lists are ordered most first, ties
by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from valuejournal.core import fx
from valuejournal.core.canvas.blocks import is_partner_tag, partner_name
from valuejournal.core.canvas.model import (
    CanvasEvidence,
    Channels,
    Costs,
    Item,
    Relationship,
    Revenue,
    Tally,
)
from valuejournal.core.entities import Capture, Client, Giving, PayStatus, Session
from valuejournal.core.i18n import N_
from valuejournal.core.insights.thresholds import Thresholds
from valuejournal.core.periods import quarter_range

NO_CLIENT = {
    Giving.PRO_BONO: N_("No client: pro bono"),
    Giving.GIFT: N_("No client: gifts"),
    Giving.NONE: N_("No client: own work"),
}
"""The groups of work without a client, by giving: names in English (kept evidence stores
them so), translated where shown (``words.shown_name``)."""
UNTITLED = N_("Untitled")
HIGH_VALUE = 7
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def activity_of(session: Session) -> str:
    """The activity a session counts under (see the module docstring)."""
    if session.project:
        return session.project
    for tag in session.tags:
        if not is_partner_tag(tag):
            return tag
    words = _WORD.findall(session.title)[:3]  # as typed: "API design" stays so
    return " ".join(words) if words else UNTITLED


def customer_of(session: Session) -> str:
    """Whom a session's work was for: its client, or the group of work without one."""
    return session.client or NO_CLIENT[session.giving]


def paid_or_pending(session: Session, currency: str) -> int:
    """The session's pay that counts (paid or pending) in ``currency``, the base, at the
    exchange rate frozen on it (core/fx.py), else 0 (no pay, or no rate yet)."""
    if session.status is PayStatus.NONE:
        return 0
    return fx.in_base(session.pay_minor, session.currency, session.fx_rate, currency) or 0


@dataclass
class _Acc:
    hours: float = 0.0
    sessions: int = 0
    rated_hours: float = 0.0
    created: float = 0.0
    pay: int = 0
    spelled: dict[str, int] = field(default_factory=dict)

    def add(self, s: Session, pay: int, name: str) -> None:
        self.hours += s.hours
        self.sessions += 1
        self.pay += pay
        self.spelled[name] = self.spelled.get(name, 0) + 1
        if s.value is not None:
            self.rated_hours += s.hours
            self.created += s.hours * s.value

    def name(self) -> str:
        return max(self.spelled.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _items(
    sessions: Iterable[Session],
    names: Callable[[Session], Iterable[str]],
    currency: str,
    total: float,
) -> list[Item]:
    """One item per name (case-insensitive) over the sessions naming it."""
    groups: dict[str, _Acc] = {}
    for s in sessions:
        pay = paid_or_pending(s, currency)
        for name in dict.fromkeys(names(s)):
            groups.setdefault(name.casefold(), _Acc()).add(s, pay, name)
    return [
        Item(
            name=acc.name(),
            hours=acc.hours,
            share=acc.hours / total if total > 0 else 0.0,
            sessions=acc.sessions,
            value=acc.created / acc.rated_hours if acc.rated_hours > 0 else None,
            pay_minor=acc.pay,
            created=acc.created,
        )
        for acc in groups.values()
    ]


def _by(items: list[Item], key: Callable[[Item], float]) -> tuple[Item, ...]:
    return tuple(sorted(items, key=lambda i: (-key(i), i.name.casefold())))


def _mean(sessions: Sequence[Session], pick: Callable[[Session], int | None]) -> float | None:
    pairs = [(s.hours, v) for s in sessions if (v := pick(s)) is not None]
    hours = sum(h for h, _ in pairs)
    return sum(h * v for h, v in pairs) / hours if hours > 0 else None


def _tally(kind: str, sessions: Iterable[Session]) -> Tally:
    chosen = list(sessions)
    return Tally(kind, len(chosen), sum(s.hours for s in chosen))


def compute_canvas(
    sessions: Sequence[Session],
    quarter: str,
    *,
    clients: Sequence[Client] = (),
    skills: Collection[str] = (),
    currency: str = "EUR",
    thresholds: Thresholds | None = None,
) -> CanvasEvidence:
    """The canvas evidence of ``quarter`` ("2026-Q3") from the journal's sessions.

    ``sessions`` may hold the whole journal (earlier work tells new clients from returning
    ones, and the journal's median rate is the balance's yardstick); only the quarter's
    work is counted. ``skills`` are the tag names marked as skills (any case).
    Raises ``DateError`` for a malformed quarter.
    """
    start, end = quarter_range(quarter)
    currency = currency.upper()
    inside = [s for s in sessions if start <= s.day <= end]
    total = sum(s.hours for s in inside)
    wanted_skills = {k.casefold() for k in skills}

    def items(names: Callable[[Session], Iterable[str]]) -> list[Item]:
        return _items(inside, names, currency, total)

    activities = items(lambda s: [activity_of(s)])
    return CanvasEvidence(
        quarter=quarter,
        start=start,
        end=end,
        currency=currency,
        sessions=len(inside),
        hours=total,
        customers=_by(items(_customers), lambda i: i.hours),
        value_provided=_by([i for i in activities if i.created > 0], lambda i: i.created),
        activities=_by(activities, lambda i: i.hours),
        resources=_by(
            items(lambda s: [t for t in s.tags if t.casefold() in wanted_skills]),
            lambda i: i.hours,
        ),
        partners=_by(
            items(lambda s: [partner_name(t) for t in s.tags if is_partner_tag(t)]),
            lambda i: i.hours,
        ),
        relationships=_relationships(sessions, clients, start, end, currency, thresholds),
        channels=_channels(sessions, inside, start, currency, total),
        revenue=_revenue(inside, currency, total),
        costs=_costs(inside, currency, total),
    )


def _relationships(
    sessions: Sequence[Session],
    clients: Sequence[Client],
    start: date,
    end: date,
    currency: str,
    thresholds: Thresholds | None,
) -> tuple[Relationship, ...]:
    from valuejournal.core.insights import compute_insights

    chosen = thresholds or Thresholds()
    insights = compute_insights(
        sessions, clients, start=start, end=end, currency=currency, thresholds=chosen
    )
    return tuple(
        Relationship(c.name, c.hours, c.tip.value, c.ratio, c.clipped)
        for c in insights.clients
        if c.client is not None
    )


def _channels(
    sessions: Sequence[Session], inside: list[Session], start: date, currency: str, total: float
) -> Channels:
    earlier = {s.client.casefold() for s in sessions if s.client and s.day < start}
    seen: dict[str, str] = {}
    for s in sorted(inside, key=lambda s: s.day):
        if s.client:
            seen.setdefault(s.client.casefold(), s.client)
    referral = [s for s in inside if Capture.REFERRAL in s.captures]
    repeat = [s for s in inside if Capture.REPEAT in s.captures]
    new = sorted((n for k, n in seen.items() if k not in earlier), key=str.casefold)
    returning = sorted((n for k, n in seen.items() if k in earlier), key=str.casefold)
    return Channels(
        referral=_tally(Capture.REFERRAL.value, referral),
        repeat=_tally(Capture.REPEAT.value, repeat),
        referral_by=_by(_items(referral, _customers, currency, total), lambda i: i.sessions),
        repeat_by=_by(_items(repeat, _customers, currency, total), lambda i: i.sessions),
        new_clients=tuple(new),
        returning_clients=tuple(returning),
    )


def _customers(session: Session) -> list[str]:
    return [customer_of(session)]


def _revenue(inside: list[Session], currency: str, total: float) -> Revenue:
    paid = sum(paid_or_pending(s, currency) for s in inside if s.status is PayStatus.PAID)
    pending = sum(paid_or_pending(s, currency) for s in inside if s.status is PayStatus.PENDING)
    by_client = _items(inside, _customers, currency, total)
    pay = paid + pending
    shared = [
        Item(i.name, i.hours, i.pay_minor / pay if pay else 0.0, i.sessions, i.value,
             i.pay_minor, i.created)
        for i in by_client
        if i.pay_minor > 0
    ]  # fmt: skip
    others = sum(  # money no exchange rate counts yet
        1
        for s in inside
        if s.status is not PayStatus.NONE
        and fx.in_base(s.pay_minor, s.currency, s.fx_rate, currency) is None
    )
    return Revenue(
        pay_minor=pay,
        paid_minor=paid,
        pending_minor=pending,
        by_client=_by(shared, lambda i: i.pay_minor),
        captures=tuple(_tally(c.value, (s for s in inside if c in s.captures)) for c in Capture),
        other_currency_sessions=others,
    )


def _costs(inside: list[Session], currency: str, total: float) -> Costs:
    strained = [
        s
        for s in inside
        if (s.stress is not None and s.stress >= 4) or (s.energy is not None and s.energy <= 2)
    ]
    uncaptured = [
        s
        for s in inside
        if s.value is not None
        and s.value >= HIGH_VALUE
        and s.status is PayStatus.NONE
        and s.giving is Giving.NONE
    ]
    bubbles: list[float | None] = []
    counts: list[int] = []
    for name in ("ecological", "economic", "social"):
        marks = [v for s in inside if (v := getattr(s, name)) is not None]
        bubbles.append(sum(marks) / len(marks) if marks else None)
        counts.append(len(marks))
    return Costs(
        hours=total,
        stress=_mean(inside, lambda s: s.stress),
        energy=_mean(inside, lambda s: s.energy),
        mood=_mean(inside, lambda s: s.mood),
        strained_hours=sum(s.hours for s in strained),
        uncaptured_hours=sum(s.hours for s in uncaptured),
        uncaptured_created=sum(s.hours * (s.value or 0) for s in uncaptured),
        giving=tuple(
            _tally(g.value, (s for s in inside if s.giving is g))
            for g in (Giving.PRO_BONO, Giving.GIFT)
        ),
        bubbles=(bubbles[0], bubbles[1], bubbles[2]),
        bubble_counts=(counts[0], counts[1], counts[2]),
    )


def without_names(ev: CanvasEvidence, hidden: Collection[str]) -> CanvasEvidence:
    """The evidence without the clients named in ``hidden`` (casefolded): what a PDF or a
    share without private data may show of a canvas computed over all sessions."""
    if not hidden:
        return ev

    def keep(items: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(i for i in items if i.name.casefold() not in hidden)

    ch = replace(
        ev.channels,
        referral_by=keep(ev.channels.referral_by),
        repeat_by=keep(ev.channels.repeat_by),
        new_clients=tuple(n for n in ev.channels.new_clients if n.casefold() not in hidden),
        returning_clients=tuple(
            n for n in ev.channels.returning_clients if n.casefold() not in hidden
        ),
    )
    return replace(
        ev,
        customers=keep(ev.customers),
        relationships=keep(ev.relationships),
        revenue=replace(ev.revenue, by_client=keep(ev.revenue.by_client)),
        channels=ch,
    )
