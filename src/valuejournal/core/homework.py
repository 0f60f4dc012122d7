"""Homework and goals a coach sets in a feedback file, and their progress in the journal.

A coach gives a *task* (done when the client says so) or a *target* the journal can measure:

- ``raise_rate``: raise one client's pay rate by ``amount`` percent. The yardstick is the
  client's pay rate (the insights' balance per client: paid + pending money over all hours)
  in the ``BASELINE_DAYS`` before ``start``; progress is the rate from ``start`` to ``end``
  (or today) against it.
- ``rate_every``: give a value to every session from ``start`` to ``end``; progress is the
  share of those sessions rated.
- ``cap_hplv``: at most ``amount`` minutes of high-pay, low-value work from ``start`` to
  ``end``; counted as the hours of the insights' weekly periods inside a high-pay-low-value
  span (the journal's own definition, journal-wide thresholds) that lie in the range.

The coach owns the wording, the target and ``withdrawn`` (the coach took the item back;
``updated_at`` dates the coach's version); the client owns ``status`` (``status_at`` dates
it). A feedback import updates the coach's part
only, a share carries the status back, and neither side can overwrite the other's part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from valuejournal.core.entities import Client, Session, new_uuid, utc_now
from valuejournal.core.formats import current
from valuejournal.core.i18n import N_, _, n_

BASELINE_DAYS = 90
MAX_TITLE = 200
MAX_CLIENT = 120
MAX_PERCENT = 1000
MAX_CAP_MINUTES = 10_000 * 60


class HomeworkKind(StrEnum):
    """What a homework item asks, and how the journal measures it."""

    TASK = "task"
    RAISE_RATE = "raise_rate"
    RATE_EVERY = "rate_every"
    CAP_HPLV = "cap_hplv"


class HomeworkStatus(StrEnum):
    """Where the client says the item stands."""

    OPEN = "open"
    DONE = "done"


KIND_LABELS = {
    HomeworkKind.TASK: N_("A task"),
    HomeworkKind.RAISE_RATE: N_("Raise a client's rate by a percentage"),
    HomeworkKind.RATE_EVERY: N_("Rate every session for a while"),
    HomeworkKind.CAP_HPLV: N_("At most so many hours of high-pay, low-value work"),
}
"""Each kind in words, marked for translation where it is shown (the coach's form)."""

MEASURED = frozenset({HomeworkKind.RAISE_RATE, HomeworkKind.RATE_EVERY, HomeworkKind.CAP_HPLV})


@dataclass(slots=True)
class Homework:
    """One homework item: a task, or a target the journal can measure (see module doc).

    ``amount`` is percent for ``raise_rate`` and minutes for ``cap_hplv`` (unused otherwise).
    """

    kind: HomeworkKind
    title: str
    author: str = ""
    client: str = ""
    amount: int = 0
    start: date | None = None
    end: date | None = None
    status: HomeworkStatus = HomeworkStatus.OPEN
    done_at: datetime | None = None
    status_at: datetime | None = None
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime | None = None
    uuid: str = field(default_factory=new_uuid)
    withdrawn: bool = False

    @property
    def changed_at(self) -> datetime:
        """The time of the coach's version (last edit, else when it was set)."""
        return self.updated_at or self.created_at

    @property
    def done(self) -> bool:
        """True once the client has marked it done."""
        return self.status is HomeworkStatus.DONE


@dataclass(frozen=True, slots=True)
class Progress:
    """How far an item has come, as the journal shows it.

    ``fraction`` is 0..1 (None: nothing to measure yet); ``met`` says whether the target is
    reached (None for a task, or when it cannot be judged yet); ``text`` says it in words.
    """

    fraction: float | None
    met: bool | None
    text: str


def default_title(kind: HomeworkKind, client: str = "", amount: int = 0) -> str:
    """A title for a measured target when the coach types none."""
    fmt = current()
    if kind is HomeworkKind.RAISE_RATE:
        return _("Raise the {client} rate by {n} %").format(client=client, n=fmt.integer(amount))
    if kind is HomeworkKind.RATE_EVERY:
        return _("Rate every session")
    if kind is HomeworkKind.CAP_HPLV:
        return _("At most {hours} h of high-pay, low-value work").format(
            hours=fmt.hours(amount / 60, trim=True)
        )
    return ""


def homework_problems(item: Homework) -> list[str]:
    """Every reason the app could not use this item (empty when it is fine)."""
    problems: list[str] = []
    if not isinstance(item.kind, HomeworkKind):
        return ["a homework item of an unknown kind"]
    if not item.title.strip() or len(item.title) > MAX_TITLE:
        problems.append(f"a homework item needs a title of 1 to {MAX_TITLE} characters")
    if len(item.author) > MAX_CLIENT or len(item.client) > MAX_CLIENT:
        problems.append(f"a homework name is longer than {MAX_CLIENT} characters")
    for moment in (item.created_at, item.updated_at, item.done_at, item.status_at):
        if moment is not None and moment.tzinfo is None:
            problems.append("a homework item has a time without a time zone")
            break
    if item.start is not None and item.end is not None and item.start > item.end:
        problems.append("a homework item's first day is after its last")
    if item.kind in MEASURED and (item.start is None or item.end is None):
        problems.append("a measured homework target needs a first and a last day")
    if item.kind is HomeworkKind.RAISE_RATE:
        if not item.client.strip():
            problems.append("a rate target must name a client")
        if not 1 <= item.amount <= MAX_PERCENT:
            problems.append(f"a rate target's raise must be 1 to {MAX_PERCENT} %")
    if item.kind is HomeworkKind.CAP_HPLV and not 0 <= item.amount <= MAX_CAP_MINUTES:
        problems.append("an hours cap must be 0 to 10,000 hours")
    return problems


def progress(
    item: Homework,
    sessions: Sequence[Session],
    clients: Sequence[Client] = (),
    *,
    today: date,
    currency: str = "EUR",
) -> Progress:
    """The item's progress over the journal's ``sessions`` as of ``today``."""
    if item.kind is HomeworkKind.TASK or item.start is None or item.end is None:
        text = _("Marked done") if item.done else _("Not marked done yet")
        return Progress(1.0 if item.done else None, None, text)
    if today < item.start:
        return Progress(None, None, _("Starts on {day}").format(day=current().date(item.start)))
    last = min(item.end, today)
    if item.kind is HomeworkKind.RATE_EVERY:
        return _rate_every(item.start, last, sessions, finished=today > item.end)
    if item.kind is HomeworkKind.RAISE_RATE:
        return _raise_rate(item, last, sessions, clients, today, currency)
    return _cap_hplv(item, last, sessions, clients, today, currency)


def _rate_every(
    first: date, last: date, sessions: Sequence[Session], *, finished: bool
) -> Progress:
    inside = [s for s in sessions if first <= s.day <= last]
    if not inside:
        return Progress(None, None, _("No sessions in the range yet"))
    rated = sum(1 for s in inside if s.rated)
    fmt = current()
    text = n_("{rated} of %n session(s) rated", len(inside)).format(rated=fmt.integer(rated))
    complete = rated == len(inside)
    return Progress(rated / len(inside), complete if finished or not complete else None, text)


def _client_rate(
    sessions: Sequence[Session],
    clients: Sequence[Client],
    name: str,
    first: date,
    last: date,
    today: date,
    currency: str,
) -> float | None:
    from valuejournal.core.insights import compute_insights

    found = compute_insights(
        sessions, clients, start=first, end=last, today=today, currency=currency
    )
    key = name.casefold()
    balance = next((c for c in found.clients if c.client and c.client.casefold() == key), None)
    return balance.pay_rate if balance is not None else None


def _raise_rate(
    item: Homework,
    last: date,
    sessions: Sequence[Session],
    clients: Sequence[Client],
    today: date,
    currency: str,
) -> Progress:
    assert item.start is not None
    before_first = item.start - timedelta(days=BASELINE_DAYS)
    before_last = item.start - timedelta(days=1)
    args = (sessions, clients, item.client)
    before = _client_rate(*args, before_first, before_last, today, currency)
    since = _client_rate(*args, item.start, last, today, currency)
    fmt = current()
    if not before:
        text = n_("No paid {client} work in the %n day(s) before", BASELINE_DAYS)
        return Progress(None, None, text.format(client=item.client))
    if since is None:
        text = _("{client}: {before} before; no work since yet").format(
            client=item.client, before=fmt.rate(before, currency)
        )
        return Progress(0.0, None, text)
    change = (since / before - 1) * 100
    fraction = max(0.0, min(1.0, change / item.amount))
    sign = "+" if change >= 0 else "−"
    text = _("{client}: {before} before, {since} since ({change} % of +{target} %)").format(
        client=item.client,
        before=fmt.rate(before, currency),
        since=fmt.rate(since, currency),
        change=f"{sign}{fmt.decimal(abs(change), 1)}",
        target=fmt.integer(item.amount),
    )
    return Progress(fraction, change >= item.amount, text)


def hplv_hours(
    sessions: Sequence[Session],
    clients: Sequence[Client],
    first: date,
    last: date,
    *,
    today: date,
    currency: str = "EUR",
) -> float:
    """Hours of high-pay, low-value work from ``first`` to ``last``: the hours of the weekly
    periods that overlap the range and lie inside the insights' high-pay-low-value spans
    (journal-wide thresholds)."""
    from valuejournal.core.insights import SpanKind, compute_insights

    found = compute_insights(sessions, clients, today=today, currency=currency)
    starts = {
        start
        for span in found.spans
        if span.kind is SpanKind.HIGH_PAY_LOW_VALUE
        for start in span.period_starts
    }
    periods = found.periods
    total = 0.0
    for i in range(len(periods)):
        start = periods.start_date(i)
        if start in starts and start <= last and periods.end_date(i) >= first:
            total += float(periods.hours[i])
    return total


def _cap_hplv(
    item: Homework,
    last: date,
    sessions: Sequence[Session],
    clients: Sequence[Client],
    today: date,
    currency: str,
) -> Progress:
    assert item.start is not None and item.end is not None
    used = hplv_hours(sessions, clients, item.start, last, today=today, currency=currency)
    cap = item.amount / 60
    fmt = current()
    text = _("{used} h of at most {cap} h so far").format(
        used=fmt.hours(used, trim=True), cap=fmt.hours(cap, trim=True)
    )
    within = used <= cap
    fraction = 1.0 if cap == 0 and used == 0 else min(1.0, used / cap) if cap else 1.0
    met: bool | None = within if (today > item.end or not within) else None
    return Progress(fraction, met, text)
