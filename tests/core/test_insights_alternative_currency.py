"""A client's alternative rate set in another currency than the base is the yardstick too.

Found trying the EUR + USD journal of issue 13 under Xvfb: a USD client with an alternative
rate of $50/h was judged against the journal's median rate ("reference": "median"), as if
no alternative rate had been set, and the scales said "you give 2.0x" where the client's
own yardstick gives 1.2x.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from valuejournal.core.entities import Client, PayStatus, Session
from valuejournal.core.insights import Tip, compute_insights

TODAY = date(2026, 12, 2)
CLIENTS = [
    Client(name="Brightline", currency="EUR", alternative_rate_minor=6000),
    Client(name="Yankee Labs", currency="USD", alternative_rate_minor=5000),
]


def _session(day: int, hours: float, client: str, pay: int, currency: str, value: int,
             rate: str | None) -> Session:  # fmt: skip
    return Session(
        day=date(2026, 11, day), minutes=round(hours * 60), title="Work", client=client,
        value=value, pay_minor=pay, currency=currency, status=PayStatus.PENDING,
        fx_rate=rate, fx_day=date(2026, 11, day) if rate else None,
    )  # fmt: skip


def test_a_usd_alternative_rate_is_counted_at_the_rate_of_the_clients_money() -> None:
    sessions = [
        _session(30, 5, "Brightline", 40700, "EUR", 5, "1"),
        _session(30, 3, "Yankee Labs", 15000, "USD", 9, "1.25"),
        _session(30, 1, "Yankee Labs", 15000, "USD", 9, "1.0"),
    ]
    ins = compute_insights(sessions, CLIENTS, today=TODAY)
    yankee = next(c for c in ins.clients if c.client == "Yankee Labs")
    assert yankee.reference == "alternative"
    # $300 reached the base as €120 + €150 = €270, so $1 counted as €0.90 for this client
    assert yankee.reference_rate == pytest.approx(5000 * 270 / 300)
    assert yankee.pay_rate == pytest.approx(27000 / 4)
    captured = (27000 / 4) / (5000 * 0.9)  # 1.5: the client pays 1.5x its yardstick
    created = 9 / 5
    assert yankee.captured_index == pytest.approx(captured)
    assert yankee.balance == pytest.approx(math.log2(captured / created), abs=1e-3)
    assert yankee.tip is Tip.GIVE and yankee.ratio == pytest.approx(1.2, abs=0.01)  # not 2.0
    brightline = next(c for c in ins.clients if c.client == "Brightline")
    assert brightline.reference == "alternative" and brightline.reference_rate == 6000


def test_without_money_counted_in_its_currency_the_median_stays_the_yardstick() -> None:
    sessions = [
        _session(30, 5, "Brightline", 40700, "EUR", 5, "1"),
        _session(30, 4, "Yankee Labs", 0, "USD", 9, None),  # no pay: no rate to convert at
    ]
    ins = compute_insights(sessions, CLIENTS, today=TODAY)
    yankee = next(c for c in ins.clients if c.client == "Yankee Labs")
    assert yankee.reference == "median"
