"""Rates computing pay (core/rates.py): hourly, daily, and the spread of fixed prices and
retainers, with the figures worked out here from the rule itself."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from valuejournal.core.entities import Giving, PaySource, RateKind
from valuejournal.core.rates import (
    NO_RATE,
    PayRow,
    Rate,
    make_rate,
    pay_for_duration,
    rate_in_force,
    spread,
    spread_shares,
)


def _row(key: str, day: date, hours: float, **kw: object) -> PayRow:
    values: dict[str, object] = {
        "client": "acme",
        "project": None,
        "pay_minor": 0,
        "pay_source": PaySource.RATE,
        "giving": Giving.NONE,
    }
    values.update(kw)
    return PayRow(key=key, day=day, seconds=int(hours * 3600), **values)  # type: ignore[arg-type]


def test_hourly_and_daily_rates_fill_pay_from_the_hours() -> None:
    hourly = Rate(RateKind.HOURLY, 8000)  # 80.00 an hour
    assert pay_for_duration(hourly, 90 * 60) == 12000
    assert pay_for_duration(hourly, 1229) == round(8000 * 1229 / 3600)  # 2731.1 -> 2731
    daily = Rate(RateKind.DAILY, 60000)  # 600.00 a day of 8 hours
    assert pay_for_duration(daily, 8 * 3600) == 60000
    assert pay_for_duration(daily, 2 * 3600) == 15000
    assert pay_for_duration(Rate(RateKind.FIXED, 100000), 3600) is None  # spread, not filled
    assert pay_for_duration(NO_RATE, 3600) is None


def test_a_project_rate_wins_over_the_client_rate() -> None:
    client = make_rate("hourly", 8000)
    assert rate_in_force(client, make_rate("fixed", 500000)).kind is RateKind.FIXED
    assert rate_in_force(client, make_rate("none", None)) == client
    assert rate_in_force(client, None) == client
    assert make_rate(RateKind.HOURLY, 0) == NO_RATE


@given(
    st.integers(min_value=0, max_value=10**9),
    st.lists(st.integers(min_value=0, max_value=86400), max_size=30),
)
def test_a_spread_adds_up_exactly_and_follows_the_weights(amount: int, weights: list[int]) -> None:
    shares = spread(amount, weights)
    assert len(shares) == len(weights)
    if sum(weights) == 0:
        assert shares == [0] * len(weights)
        return
    assert sum(shares) == amount
    for share, weight in zip(shares, weights, strict=True):
        assert abs(share - amount * weight / sum(weights)) < 1


def test_a_fixed_price_is_spread_over_its_sessions_hours() -> None:
    price = 300000  # 3,000.00 for the project
    hours = {"a": 2.0, "b": 3.5, "c": 0.5}
    rows = [
        _row(k, date(2026, 3, i + 1), h, project="site") for i, (k, h) in enumerate(hours.items())
    ]
    rows.append(_row("other", date(2026, 3, 2), 4.0, project="other"))  # no rate of its own
    shares = spread_shares(rows, {"acme": NO_RATE}, {"site": Rate(RateKind.FIXED, price)})
    total_hours = sum(hours.values())
    assert set(shares) == {"a", "b", "c"}
    assert sum(shares.values()) == price
    for key, h in hours.items():
        assert abs(shares[key] - price * h / total_hours) < 1  # 100,000 / 175,000 / 25,000
    assert shares == {"a": 100000, "b": 175000, "c": 25000}


def test_typed_pay_and_gifts_inside_a_fixed_price() -> None:
    rows = [
        _row("typed", date(2026, 3, 1), 2.0, project="site", pay_minor=50000,
             pay_source=PaySource.TYPED),
        _row("a", date(2026, 3, 2), 1.0, project="site"),
        _row("b", date(2026, 3, 3), 3.0, project="site"),
        _row("gift", date(2026, 3, 4), 5.0, project="site", giving=Giving.GIFT),
    ]  # fmt: skip
    shares = spread_shares(rows, {}, {"site": Rate(RateKind.FIXED, 250000)})
    left = 250000 - 50000  # the typed amount is part of the price and is never replaced
    assert "typed" not in shares
    assert shares["gift"] == 0  # a gift takes no share, and its hours do not dilute the rest
    assert shares["a"] == left * 1 // 4 and shares["b"] == left * 3 // 4


def test_a_retainer_is_spread_over_each_months_sessions_for_the_client() -> None:
    retainer = 200000  # 2,000.00 a month
    march = [("m1", 1, 2.0), ("m2", 15, 6.0), ("m3", 31, 2.0)]
    april = [("a1", 1, 1.0)]
    rows = [_row(k, date(2026, 3, d), h) for k, d, h in march]
    rows += [_row(k, date(2026, 4, d), h) for k, d, h in april]
    rows.append(_row("fixed", date(2026, 3, 20), 10.0, project="site"))  # its own rate
    rows.append(_row("other", date(2026, 3, 20), 10.0, client="beta"))  # another client
    shares = spread_shares(
        rows,
        {"acme": Rate(RateKind.RETAINER, retainer), "beta": NO_RATE},
        {"site": Rate(RateKind.FIXED, 90000)},
    )
    march_hours = sum(h for _, _, h in march)
    for key, _, h in march:
        assert shares[key] == round(retainer * h / march_hours)
    assert sum(shares[k] for k, _, _ in march) == retainer
    assert shares["a1"] == retainer  # April's one session carries April's retainer
    assert shares["fixed"] == 90000  # the project's fixed price, not the retainer
    assert "other" not in shares


def test_a_month_whose_typed_pay_exceeds_the_retainer_spreads_nothing() -> None:
    rows = [
        _row("t", date(2026, 5, 2), 1.0, pay_minor=300000, pay_source=PaySource.TYPED),
        _row("r", date(2026, 5, 3), 1.0),
    ]
    shares = spread_shares(rows, {"acme": Rate(RateKind.RETAINER, 200000)}, {})
    assert shares == {"r": 0}
