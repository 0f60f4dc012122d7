"""Balance per client: value created for a client against value captured from them.

For each client, over the sessions in the range:

- **created index** = the client's hours-weighted mean value (rated sessions only) divided by
  ``Thresholds.neutral_value`` (5): 1.0 is ordinary work, 2.0 is the best work you do;
- **captured index** = the client's pay rate (paid + pending money / all hours for them) divided
  by the **reference rate**: the client's alternative hourly rate when it is set (in another
  currency than the insights': at the rate the client's money was counted at, see
  ``alternative_rates``), otherwise the journal's median period pay rate. 1.0 means the client pays
  what the work would fetch elsewhere (or what you usually earn);
- **balance** = log2(captured index / created index), both indices floored at 1/8 so unpaid or
  worthless work stays finite, and clipped to [-3, 3] (``clipped`` says so). 0 is even;
  -1 means you give twice what you get; +1 you get twice what you give. ``ratio`` = 2**|balance|.
- **tip**: ``GIVE`` below -tolerance, ``GET`` above +tolerance, ``BALANCED`` in between,
  ``UNKNOWN`` when nothing for the client is rated, there is no reference rate while the
  client does pay, or some of the client's money has no exchange rate to the insights'
  currency yet (``uncounted_sessions``: counting only the rest would tip the scales falsely).

Work without a client (personal, community, pro bono) forms its own group, ``client=None``,
named "No client (personal / pro bono)", listed last; the summary leaves it out of "largest
imbalance" because giving is its purpose. Clients are ordered by hours, most first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from valuejournal.core.entities import Client
from valuejournal.core.i18n import N_, _
from valuejournal.core.insights.columns import FX_MISSING, SessionColumns, client_key
from valuejournal.core.insights.model import ClientBalance, Tip
from valuejournal.core.insights.thresholds import Thresholds

NO_CLIENT_NAME = N_("No client (personal / pro bono)")  # shown in the language spoken
FLOOR = 1 / 8
LIMIT = 3.0


def alternative_rates(cols: SessionColumns, clients: Sequence[Client], currency: str) -> np.ndarray:
    """Each client code's alternative rate in minor units of ``currency`` per hour (nan when
    not set).

    A rate set in another currency than ``currency`` is converted at the exchange rate the
    client's own money in that currency was counted at (the rates frozen on their sessions,
    weighted by amount), so pay and yardstick meet at the same rate; a client none of whose
    money in that currency reaches ``currency`` yet keeps nan (the median rate judges them).
    The last element stands for "no client" and is always nan.
    """
    by_key: dict[str, float] = {}
    for c in clients:
        if not c.alternative_rate_minor:
            continue
        key = client_key(c.name)
        if c.currency.upper() == currency.upper():
            by_key[key] = float(c.alternative_rate_minor)
        elif (factor := _counted_at(cols, key, c.currency.upper())) is not None:
            by_key[key] = c.alternative_rate_minor * factor
    rates = [by_key.get(client_key(name), math.nan) for name in cols.client_names]
    return np.array([*rates, math.nan], dtype=np.float64)


def _counted_at(cols: SessionColumns, key: str, currency: str) -> float | None:
    """Minor units of the base one minor unit of ``currency`` counted as, over the client's
    sessions in that currency with a rate (None without any)."""
    code = cols.currency_code(currency)
    names = [i for i, name in enumerate(cols.client_names) if client_key(name) == key]
    if code < 0 or not names:
        return None
    mask = (
        (cols.client == names[0])
        & (cols.currency == code)
        & (cols.fx != FX_MISSING)
        & (cols.own_minor > 0)
    )
    own = int(cols.own_minor[mask].sum())
    return float(cols.pay_minor[mask].sum()) / own if own > 0 else None


def client_balances(
    cols: SessionColumns,
    alt_rates: np.ndarray,
    median_rate: float | None,
    currency: str,
    thresholds: Thresholds,
) -> list[ClientBalance]:
    """One balance per client with work in ``cols`` (see the module docstring)."""
    count = len(cols.client_names) + 1
    codes = np.where(cols.client < 0, count - 1, cols.client)
    groups = [(None if i == count - 1 else cols.client_names[i], None) for i in range(count)]
    out = _grouped(cols, codes, groups, alt_rates, median_rate, currency, thresholds)
    out.sort(key=lambda b: (b.client is None, -b.hours, b.name.casefold()))
    return out


def project_balances(
    cols: SessionColumns,
    alt_rates: np.ndarray,
    median_rate: float | None,
    currency: str,
    thresholds: Thresholds,
) -> list[ClientBalance]:
    """One balance per project with work in ``cols``, judged as its client is (the client's
    alternative rate, else the median); sessions without a project are left out. A project is
    its client and its name (matched without regard to case); most hours first."""
    groups: list[tuple[str | None, str | None]] = []
    client_codes: list[int] = []
    found: dict[tuple[int, str], int] = {}
    codes = np.full(len(cols), -1, dtype=np.int64)
    for i in np.flatnonzero(cols.project != None).tolist():  # noqa: E711 - elementwise
        client, name = int(cols.client[i]), str(cols.project[i])
        key = (client, name.strip().casefold())
        code = found.get(key)
        if code is None:
            code = found[key] = len(groups)
            groups.append((None if client < 0 else cols.client_names[client], name))
            client_codes.append(client if client >= 0 else len(alt_rates) - 1)
        codes[i] = code
    if not groups:
        return []
    mine = codes >= 0
    out = _grouped(
        cols.take(mine), codes[mine], groups, alt_rates[client_codes], median_rate, currency,
        thresholds,
    )  # fmt: skip
    out.sort(key=lambda b: (-b.hours, b.name.casefold()))
    return out


def _grouped(
    cols: SessionColumns,
    codes: np.ndarray,
    groups: Sequence[tuple[str | None, str | None]],
    alt_rates: np.ndarray,
    median_rate: float | None,
    currency: str,
    thresholds: Thresholds,
) -> list[ClientBalance]:
    """A balance per group (``codes[i]``: session i's index into ``groups``, each a client
    and a project name; ``alt_rates[g]``: group g's alternative rate, nan without)."""
    count = len(groups)
    rated = np.isfinite(cols.value)
    minutes = cols.minutes
    pay = np.where(cols.money_mask(currency), cols.pay_minor, 0).astype(np.float64)

    def sums(weights: np.ndarray | None) -> np.ndarray:
        return np.bincount(codes, weights=weights, minlength=count)

    sessions = sums(None)
    hours = sums(minutes) / 60.0
    rated_hours = sums(np.where(rated, minutes, 0.0)) / 60.0
    value_hours = sums(np.where(rated, minutes * np.nan_to_num(cols.value), 0.0)) / 60.0
    pay_sum = sums(pay)
    uncounted = sums(cols.missing_rate_mask().astype(np.float64))
    out = []
    for code in np.flatnonzero(sessions).tolist():
        client, project = groups[code]
        balance = _balance(
            client=client,
            sessions=int(sessions[code]),
            hours=float(hours[code]),
            rated_hours=float(rated_hours[code]),
            value_hours=float(value_hours[code]),
            pay_minor=int(round(pay_sum[code])),
            alt_rate=float(alt_rates[code]),
            median_rate=median_rate,
            thresholds=thresholds,
            uncounted=int(uncounted[code]),
        )
        if project is not None:
            balance = replace(balance, project=project, name=f"{balance.name} · {project}")
        out.append(balance)
    return out


def _balance(
    *,
    client: str | None,
    sessions: int,
    hours: float,
    rated_hours: float,
    value_hours: float,
    pay_minor: int,
    alt_rate: float,
    median_rate: float | None,
    thresholds: Thresholds,
    uncounted: int = 0,
) -> ClientBalance:
    value = value_hours / rated_hours if rated_hours > 0 else None
    pay_rate = pay_minor / hours if hours > 0 else None
    if not math.isnan(alt_rate):
        reference, ref_rate = "alternative", alt_rate
    elif median_rate:
        reference, ref_rate = "median", median_rate
    else:
        reference, ref_rate = "none", None
    created = value / thresholds.neutral_value if value is not None else None
    captured: float | None
    if ref_rate:
        captured = (pay_rate or 0.0) / ref_rate
    else:
        captured = 0.0 if pay_minor == 0 else None
    balance = ratio = None
    clipped = False
    tip = Tip.UNKNOWN
    if created is not None and captured is not None:
        raw = math.log2(max(captured, FLOOR)) - math.log2(max(created, FLOOR))
        clipped = abs(raw) > LIMIT
        balance = max(-LIMIT, min(LIMIT, raw))
        ratio = 2.0 ** abs(balance)
        if abs(balance) <= thresholds.balance_tolerance:
            tip = Tip.BALANCED
        else:
            tip = Tip.GIVE if balance < 0 else Tip.GET
    if uncounted:  # money without an exchange rate: how far the scales tip is not known
        balance = ratio = captured = None
        clipped, tip = False, Tip.UNKNOWN
    return ClientBalance(
        client=client,
        name=_(NO_CLIENT_NAME) if client is None else client,
        sessions=sessions,
        hours=hours,
        rated_hours=rated_hours,
        value=value,
        pay_minor=pay_minor,
        pay_rate=pay_rate,
        reference_rate=ref_rate,
        reference=reference,
        created_index=created,
        captured_index=captured,
        balance=balance,
        tip=tip,
        ratio=ratio,
        clipped=clipped,
        uncounted_sessions=uncounted,
    )
