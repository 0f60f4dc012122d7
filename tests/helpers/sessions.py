"""Builders for test sessions, and a planted journal whose insights are known in advance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from valuejournal.core.entities import Client, PayStatus, Session


def session(
    day: date,
    hours: float = 1.0,
    *,
    value: int | None = 5,
    client: str | None = None,
    rate: float = 0.0,
    status: PayStatus | None = None,
    lag: int | None = None,
    currency: str = "EUR",
    mood: int | None = None,
    energy: int | None = None,
    stress: int | None = None,
    impacts: tuple[int, int, int] | None = None,
) -> Session:
    """One session; ``rate`` is major units per hour; paid after ``lag`` days when given.

    Status defaults to paid (with a lag), pending (pay but no lag) or none (no pay).
    """
    pay = round(rate * hours * 100)
    if status is None:
        status = (
            PayStatus.NONE if pay == 0 else PayStatus.PAID if lag is not None else PayStatus.PENDING
        )
    eco, econ, soc = impacts if impacts else (None, None, None)
    return Session(
        day=day,
        minutes=round(hours * 60),
        value=value,
        client=client,
        pay_minor=pay,
        currency=currency,
        status=status,
        paid_on=day + timedelta(days=lag) if lag is not None and status is PayStatus.PAID else None,
        mood=mood,
        energy=energy,
        stress=stress,
        ecological=eco,
        economic=econ,
        social=soc,
    )


def week(monday: date, hours: float, *, days: int = 5, **kwargs: object) -> list[Session]:
    """``hours`` of work spread evenly over the first ``days`` days of the week."""
    assert monday.weekday() == 0, "weeks start on Monday"
    return [session(monday + timedelta(days=i), hours / days, **kwargs) for i in range(days)]  # type: ignore[arg-type]


START = date(2026, 3, 2)  # a Monday (ISO 2026-W10)


def monday(n: int) -> date:
    """The Monday of the planted journal's week ``n`` (0-based)."""
    return START + timedelta(weeks=n)


@dataclass
class Planted:
    """A journal with known spans, balances and lags (see ``planted_journal``)."""

    sessions: list[Session]
    clients: list[Client]
    today: date
    hplv_weeks: list[int] = field(default_factory=list)
    hvnp_weeks: list[int] = field(default_factory=list)


def planted_journal() -> Planted:
    """Fourteen weeks from 2026-03-02 with one high-pay span and two unpaid spans planted.

    - weeks 0-1, 7, 10, 12: "Normal Co", 20 h at €60/h, value 6, paid 14 days later
      (alternative rate €90/h: you give more than you get);
    - weeks 2-3 and 5: "Volume Inc", 20 h at €120/h, value 3, paid 30 days later: high pay,
      low value; week 4 has 1 h only (not judged) and is bridged, so weeks 2-5 are one span;
    - weeks 8-9: 12 h of unpaid work without a client, value 9: high value, no pay;
    - week 6: "Fair Ltd", 20 h at €60/h (the journal's median), value 5: balanced;
      week 11: 10 h for "Friend Org", value 8, unpaid: a second high-value, unpaid span;
    - week 13: "Late Ltd", 20 h at €60/h, value 6, pending (€1,200 waiting).
    Mood is 4 in normal weeks, 2 in volume weeks, 5 in unpaid weeks.
    """
    s: list[Session] = []
    for n in (0, 1, 7, 10, 12):
        s += week(monday(n), 20, client="Normal Co", rate=60, value=6, lag=14, mood=4,
                  impacts=(0, 1, 0))  # fmt: skip
    for n in (2, 3, 5):
        s += week(monday(n), 20, client="Volume Inc", rate=120, value=3, lag=30, mood=2,
                  impacts=(-1, 2, -1))  # fmt: skip
    s += week(monday(4), 1, days=1, client="Volume Inc", rate=120, value=3, lag=30, mood=2)
    for n in (8, 9):
        s += week(monday(n), 12, days=3, value=9, mood=5, impacts=(2, 0, 2))
    s += week(monday(6), 20, client="Fair Ltd", rate=60, value=5, lag=7, mood=3)
    s += week(monday(11), 10, client="Friend Org", value=8, mood=5)
    s += week(monday(13), 20, client="Late Ltd", rate=60, value=6, mood=3)
    clients = [
        Client("Normal Co", alternative_rate_minor=9000),
        Client("Volume Inc"),
        Client("Fair Ltd"),
        Client("Friend Org"),
        Client("Late Ltd"),
    ]
    return Planted(
        sessions=s,
        clients=clients,
        today=monday(14) + timedelta(days=4),
        hplv_weeks=[2, 3, 5],
        hvnp_weeks=[8, 9, 11],
    )
