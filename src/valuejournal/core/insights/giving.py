"""Chosen giving: sessions marked pro bono or a gift, counted apart from judged work.

A person who gives work on purpose has not failed to capture its value. The balance per
client, the spans, the capture and the pay yardstick judge ``SessionColumns.work()``; this
module says how much was given, of which kind, and to whom.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from valuejournal.core.insights.columns import (
    GIVING_GIFT,
    GIVING_NONE,
    GIVING_PRO_BONO,
    NO_CLIENT,
    SessionColumns,
)
from valuejournal.core.insights.model import ClientBalance, GivenTo, GivingTotals


def _hours(cols: SessionColumns, mask: np.ndarray) -> float:
    return float(cols.minutes[mask].sum()) / 60.0


def giving_totals(cols: SessionColumns) -> GivingTotals:
    """How much of ``cols`` is chosen giving, of each kind and for whom."""
    given = cols.giving != GIVING_NONE
    if not np.any(given):
        return GivingTotals()
    rated = given & np.isfinite(cols.value)
    rated_minutes = float(cols.minutes[rated].sum())
    value = None
    if rated_minutes > 0:
        value = float((cols.minutes[rated] * cols.value[rated]).sum()) / rated_minutes
    by_client = []
    for code in np.unique(cols.client[given]).tolist():
        mine = given & (cols.client == code)
        name = None if code == NO_CLIENT else cols.client_names[code]
        by_client.append(GivenTo(name, int(np.count_nonzero(mine)), _hours(cols, mine)))
    by_client.sort(key=lambda g: (-g.hours, g.client is None, (g.client or "").casefold()))
    return GivingTotals(
        sessions=int(np.count_nonzero(given)),
        hours=_hours(cols, given),
        pro_bono_hours=_hours(cols, cols.giving == GIVING_PRO_BONO),
        gift_hours=_hours(cols, cols.giving == GIVING_GIFT),
        value=value,
        by_client=tuple(by_client),
    )


def with_giving(
    balances: Sequence[ClientBalance], everything: SessionColumns
) -> list[ClientBalance]:
    """The balances with each client's hours of chosen giving (from ``everything``: the
    range's sessions, giving included) filled in."""
    given = {g.client: g.hours for g in giving_totals(everything).by_client}
    if not given:
        return list(balances)
    return [replace(b, giving_hours=given[b.client]) if b.client in given else b for b in balances]
