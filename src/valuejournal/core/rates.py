"""How agreed rates turn into a session's pay (one definition for the store, the UI and imports).

- **The rate in force** for a session is its project's rate when the project has one, else
  its client's (``rate_in_force``). Amounts are in the client's currency.
- **Typed pay always wins.** A session whose ``pay_source`` is ``typed`` keeps its amount: the
  person typed it, or the tracker reported it. Nothing here ever replaces it.
- **Hourly** and **daily** rates are filled once, when the session is entered or its hours
  are edited (quick entry, edit dialog, an import row without an amount): hourly pay is
  rate × hours; daily pay is rate × hours / ``DAY_HOURS`` (a day is 8 hours, pro rata), both
  rounded half up to the minor unit. The amount is **stored** on the session
  (``pay_source = rate``), so a later change of the rate leaves past sessions as they were.
- **A fixed price** (a project's) and **a monthly retainer** (a client's) are **spread**:
  the price, less the pay typed on the project's other sessions, is shared by the hours of
  the project's sessions whose pay follows the rate; the retainer, less the typed pay of that
  client's sessions of the month that it covers, is shared by the hours of the month's
  sessions that follow the rate (sessions of a project with a rate of its own are outside the
  retainer). Shares are in whole minor units and add up exactly to what is spread (largest
  remainder). They are derived data, **stored** on the sessions and re-derived by the store
  whenever a session, project or client they rest on changes (``spread_shares``).
- **Pro-bono work and gifts** (``giving``) earn nothing from a rate and take no share: their
  value is chosen giving, not value waiting to be captured.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from valuejournal.core.entities import Giving, PaySource, RateKind

DAY_HOURS = 8
SPREAD_KINDS = frozenset({RateKind.FIXED, RateKind.RETAINER})


@dataclass(frozen=True, slots=True)
class Rate:
    """An agreed rate: its kind and amount in minor units (per hour, per day, the whole
    fixed price, or the retainer per month)."""

    kind: RateKind = RateKind.NONE
    amount_minor: int = 0

    @property
    def is_set(self) -> bool:
        """True when this rate can compute pay."""
        return self.kind is not RateKind.NONE and self.amount_minor > 0


NO_RATE = Rate()


def make_rate(kind: RateKind | str, amount_minor: int | None) -> Rate:
    """A Rate from the stored kind and amount (no amount: no rate)."""
    kind = RateKind(kind)
    if kind is RateKind.NONE or not amount_minor:
        return NO_RATE
    return Rate(kind, int(amount_minor))


def rate_in_force(client_rate: Rate, project_rate: Rate | None) -> Rate:
    """The project's rate when it has one, else the client's."""
    if project_rate is not None and project_rate.is_set:
        return project_rate
    return client_rate


def pay_for_duration(rate: Rate, seconds: int) -> int | None:
    """The pay an hourly or daily rate gives for ``seconds`` of work; None for a rate that is
    spread (fixed, retainer) or no rate at all."""
    if not rate.is_set or seconds <= 0:
        return None
    if rate.kind is RateKind.HOURLY:
        per_second = Decimal(rate.amount_minor) / 3600
    elif rate.kind is RateKind.DAILY:
        per_second = Decimal(rate.amount_minor) / (3600 * DAY_HOURS)
    else:
        return None
    return int((per_second * seconds).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def spread(amount_minor: int, weights: Sequence[int]) -> list[int]:
    """``amount_minor`` shared in proportion to ``weights``, in whole units that add up to it
    exactly (largest remainder; ties go to the earlier weight). No weight: nothing shared."""
    total = sum(weights)
    if amount_minor <= 0 or total <= 0:
        return [0] * len(weights)
    base = [amount_minor * w // total for w in weights]
    left = amount_minor - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(amount_minor * weights[i] % total), i))
    for i in order[:left]:
        base[i] += 1
    return base


@dataclass(frozen=True, slots=True)
class PayRow:
    """What spreading needs to know of one session."""

    key: Hashable
    day: date
    seconds: int
    client: Hashable | None
    project: Hashable | None
    pay_minor: int
    pay_source: PaySource
    giving: Giving


def spread_shares(
    rows: Iterable[PayRow],
    client_rates: dict[Hashable, Rate],
    project_rates: dict[Hashable, Rate],
) -> dict[Hashable, int]:
    """Each session's share of a fixed price or retainer, by key: only the sessions whose pay
    follows a spread rate appear (see the module docstring for the rule)."""
    pools: dict[tuple[object, ...], tuple[Rate, list[PayRow]]] = {}
    typed: dict[tuple[object, ...], int] = defaultdict(int)
    for row in rows:
        if row.client is None:
            continue
        project_rate = project_rates.get(row.project) if row.project is not None else None
        rate = rate_in_force(client_rates.get(row.client, NO_RATE), project_rate)
        if rate.kind not in SPREAD_KINDS or not rate.is_set:
            continue
        if rate.kind is RateKind.FIXED:
            pool: tuple[object, ...] = ("fixed", row.project)
        else:
            pool = ("retainer", row.client, row.day.year, row.day.month)
        if row.pay_source is PaySource.TYPED:
            typed[pool] += row.pay_minor
            continue
        pools.setdefault(pool, (rate, []))[1].append(row)
    shares: dict[Hashable, int] = {}
    for pool, (rate, members) in pools.items():
        takers = [r for r in members if r.giving is Giving.NONE]
        amounts = spread(max(0, rate.amount_minor - typed[pool]), [r.seconds for r in takers])
        shares.update({r.key: 0 for r in members})
        shares.update({r.key: a for r, a in zip(takers, amounts, strict=True)})
    return shares
