"""Exchange rates: the person's rate table, the rate frozen on a session, conversion to base.

A rate is quoted the European Central Bank's way: ``rate`` units of ``currency`` buy one unit
of ``per`` (USD 1.0856 per EUR: €1 = $1.0856). A session in another currency than the
journal's base keeps its own amount and carries the rate frozen when it was entered or
imported (``Session.fx_rate``: units of its currency per one base unit, ``fx_day``: the day
of that rate), so history does not move when the table changes. The rate for a day is the
last one known on or before it (else the first one after it); a rate from more than
``GUESS_DAYS`` before the session's day (or after it) is a *guessed* rate, and figures
resting on it say so. Rates quoted per another currency than the base (the ECB's are per
EUR) reach the base as cross rates through that currency, on their own days.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from valuejournal.core import formats
from valuejournal.core.entities import new_uuid
from valuejournal.core.errors import UserError
from valuejournal.core.money import check_currency

GUESS_DAYS = 4
"""A rate up to this many days older than the session is the day's (weekends, bank holidays:
the ECB publishes on working days only); older, or newer than the session, it is guessed."""
MAX_RATE = Decimal(10) ** 9
NOT_MONEY = frozenset({"XXX", "XTS"})  # ISO 4217's "no currency" and "testing" codes
SIGNIFICANT = 12  # digits a rate keeps (the ECB quotes at most 6)
ONE = Decimal(1)


class RateError(UserError, ValueError):
    """A rate, or a currency for one, that the app cannot use."""


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """One row of the rate table: ``rate`` units of ``currency`` per one ``per`` on ``day``."""

    currency: str
    day: date
    rate: Decimal
    per: str
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Frozen:
    """The rate a session carries: units of its currency per one base unit, and its day
    (None for the base currency itself, whose rate is 1)."""

    rate: Decimal
    day: date | None

    @property
    def text(self) -> str:
        """The rate as stored (plain decimal text, no exponent)."""
        return rate_text(self.rate)


BASE = Frozen(ONE, None)

Nearest = Callable[[str, str, date], tuple[date, Decimal] | None]
"""(currency, per, day) -> the table's rate for that day (last on or before, else first
after) and its day, or None when the table has none for the pair."""


def known_currency(code: str) -> str:
    """The upper-cased ISO 4217 code, if CLDR knows it as a currency; else RateError."""
    try:
        code = check_currency(code)
    except UserError as exc:
        raise RateError(str(exc)) from exc
    if code not in formats.known_currencies() or code in NOT_MONEY:
        raise RateError(f"{code} is not an ISO 4217 currency")
    return code


def parse_rate(text: str | Decimal) -> Decimal:
    """A rate as typed ("1.0856", "1,0856", "157.3"): positive, at most 10^9, else RateError."""
    raw = str(text).strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise RateError(f"not a rate: {str(text)[:20]!r} (write it like 1.0856)") from exc
    if not value.is_finite() or value <= 0:
        raise RateError(f"a rate must be above zero, got {str(text)[:20]!r}")
    if value > MAX_RATE:
        raise RateError(f"a rate that large cannot be right: {str(text)[:20]!r}")
    return _rounded(value)


def _rounded(value: Decimal) -> Decimal:
    with localcontext() as context:
        context.prec = SIGNIFICANT
        return +value


def rate_text(rate: Decimal) -> str:
    """A rate as plain decimal text without trailing zeros or an exponent ("1.0856")."""
    text = f"{rate.normalize():f}"
    return text


def rate_of(text: str | None) -> Decimal | None:
    """A stored rate text back to a Decimal (None stays None)."""
    return None if text is None else Decimal(text)


def to_base(minor: int, currency: str, rate: Decimal, base: str) -> int:
    """``minor`` units of ``currency`` in minor units of ``base`` at ``rate`` (units of the
    currency per one base unit), rounded half up."""
    if currency == base:
        return int(minor)
    shift = formats.currency_digits(base) - formats.currency_digits(currency)
    with localcontext() as context:
        context.prec = 40
        exact = Decimal(int(minor)) * (Decimal(10) ** shift) / rate
        return int(exact.quantize(ONE, rounding=ROUND_HALF_UP))


def in_base(minor: int, currency: str, rate: str | None, base: str) -> int | None:
    """An amount of one session in ``base`` at the rate frozen on it (``Session.fx_rate``),
    or None when it is in another currency and has no rate yet."""
    if currency.upper() == base.upper():
        return int(minor)
    if rate is None:
        return None
    return to_base(minor, currency.upper(), Decimal(rate), base.upper())


def guessed(day: date, rate_day: date | None) -> bool:
    """True when a rate from ``rate_day`` is only a guess for work on ``day``."""
    if rate_day is None:
        return False
    age = (day - rate_day).days
    return age < 0 or age > GUESS_DAYS


def choose(
    currency: str, base: str, day: date, nearest: Nearest, pivots: Iterable[str] = ()
) -> Frozen | None:
    """The rate to freeze on a session in ``currency`` on ``day`` for a journal in ``base``.

    Candidates: a rate quoted per the base, one of the base quoted per the currency
    (inverted), and cross rates through each of ``pivots`` (both quoted per it; the older of
    the two days is the rate's day). The candidate whose day is nearest the session's (on or
    before it first) wins; None when the table has nothing that reaches the base.
    """
    currency, base = currency.upper(), base.upper()
    if currency == base:
        return BASE
    found: list[Frozen] = []
    direct = nearest(currency, base, day)
    if direct is not None:
        found.append(Frozen(direct[1], direct[0]))
    inverse = nearest(base, currency, day)
    if inverse is not None:
        found.append(Frozen(_rounded(ONE / inverse[1]), inverse[0]))
    for pivot in pivots:
        if pivot in (currency, base):
            continue
        mine, theirs = nearest(currency, pivot, day), nearest(base, pivot, day)
        if mine is not None and theirs is not None:
            older = min(mine[0], theirs[0])
            found.append(Frozen(_rounded(mine[1] / theirs[1]), older))
    if not found:
        return None
    return min(found, key=lambda f: _distance(day, f.day))


def _distance(day: date, rate_day: date | None) -> tuple[int, int]:
    """How far a rate's day is from the session's: before it (0) ranks above after it (1)."""
    if rate_day is None:
        return (0, 0)
    age = (day - rate_day).days
    return (0, age) if age >= 0 else (1, -age)


def nearest_in(rates: Iterable[ExchangeRate]) -> tuple[Nearest, list[str]]:
    """A ``Nearest`` over rates in memory, and the currencies they are quoted per (for
    tests, share files and small tables; the store asks SQLite instead)."""
    pairs: dict[tuple[str, str], list[tuple[date, Decimal]]] = {}
    for r in rates:
        pairs.setdefault((r.currency, r.per), []).append((r.day, r.rate))
    for rows in pairs.values():
        rows.sort()

    def nearest(currency: str, per: str, day: date) -> tuple[date, Decimal] | None:
        rows = pairs.get((currency, per))
        if not rows:
            return None
        before = [r for r in rows if r[0] <= day]
        return before[-1] if before else rows[0]

    return nearest, sorted({per for _c, per in pairs})
