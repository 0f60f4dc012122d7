"""core/fx.py: rates as typed, the rate chosen for a day (direct, inverted, crossed), guesses,
conversion to the base in minor units (computed here by hand)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from valuejournal.core.fx import (
    BASE,
    ExchangeRate,
    RateError,
    choose,
    guessed,
    known_currency,
    nearest_in,
    parse_rate,
    rate_text,
    to_base,
)

NOV2 = date(2026, 11, 2)


def test_rates_as_typed() -> None:
    assert parse_rate("1.0856") == Decimal("1.0856")
    assert parse_rate(" 1,0856 ") == Decimal("1.0856")
    assert rate_text(parse_rate("157.300")) == "157.3"
    for bad in ("", "abc", "-1", "0", "1e12", "nan", "inf"):
        with pytest.raises(RateError):
            parse_rate(bad)


def test_currencies_must_be_iso() -> None:
    assert known_currency(" usd ") == "USD"
    for bad in ("US", "ABC", "XXX", "12$"):
        with pytest.raises(RateError):
            known_currency(bad)


def test_conversion_in_minor_units_rounds_half_up() -> None:
    # $300.00 at 1.08 USD per EUR: 30000 / 1.08 = 27777.78 cents -> €277.78
    assert to_base(30000, "USD", Decimal("1.08"), "EUR") == 27778
    # ¥10,000 (no minor digits) at 160 JPY per EUR: €62.50 -> 6250 cents
    assert to_base(10000, "JPY", Decimal("160"), "EUR") == 6250
    # €100.00 in a USD base at 0.925 EUR per USD: 10000 / 0.925 = 10810.81 -> $108.11
    assert to_base(10000, "EUR", Decimal("0.925"), "USD") == 10811
    # exactly half a cent rounds up: 1 cent / 0.4 = 2.5 cents
    assert to_base(1, "USD", Decimal("0.4"), "EUR") == 3
    assert to_base(12345, "EUR", Decimal("7"), "EUR") == 12345  # the base itself: as it is


def test_a_rate_from_a_few_days_before_is_the_days_a_later_or_older_one_a_guess() -> None:
    assert not guessed(NOV2, NOV2)
    assert not guessed(date(2026, 11, 1), date(2026, 10, 30))  # a Sunday: Friday's rate
    assert guessed(NOV2, date(2026, 10, 1))
    assert guessed(NOV2, date(2026, 11, 3))  # from after the work
    assert not guessed(NOV2, None)


def table(*rows: tuple[str, str, date, str]) -> list[ExchangeRate]:
    return [ExchangeRate(c, d, Decimal(r), per) for c, per, d, r in rows]


def test_the_last_known_rate_on_or_before_the_day_else_the_first_after() -> None:
    rates = table(
        ("USD", "EUR", date(2026, 10, 30), "1.07"),
        ("USD", "EUR", date(2026, 11, 4), "1.09"),
    )
    nearest, pivots = nearest_in(rates)
    frozen = choose("USD", "EUR", NOV2, nearest, pivots)
    assert frozen is not None and (frozen.rate, frozen.day) == (Decimal("1.07"), date(2026, 10, 30))
    early = choose("USD", "EUR", date(2026, 1, 1), nearest, pivots)
    assert early is not None and early.day == date(2026, 10, 30)  # nothing before: first after
    assert choose("EUR", "EUR", NOV2, nearest, pivots) is BASE
    assert choose("GBP", "EUR", NOV2, nearest, pivots) is None


def test_a_base_other_than_eur_gets_inverse_and_cross_rates() -> None:
    rates = table(
        ("USD", "EUR", NOV2, "1.08"),
        ("GBP", "EUR", NOV2, "0.864"),
    )
    nearest, pivots = nearest_in(rates)
    eur = choose("EUR", "USD", NOV2, nearest, pivots)  # inverted: 1 / 1.08 EUR per USD
    assert eur is not None and eur.rate == Decimal("0.925925925926")
    gbp = choose("GBP", "USD", NOV2, nearest, pivots)  # crossed: 0.864 / 1.08 GBP per USD
    assert gbp is not None and gbp.rate == Decimal("0.8") and gbp.day == NOV2
    # £100 in a USD base: 10000 / 0.8 = $125.00
    assert to_base(10000, "GBP", gbp.rate, "USD") == 12500
