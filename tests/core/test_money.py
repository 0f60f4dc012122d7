"""Money parsing and formatting in integer minor units."""

from __future__ import annotations

import pytest

from valuejournal.core.money import (
    MoneyError,
    check_currency,
    format_amounts,
    format_money,
    format_plain,
    parse_amount,
)


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("80", 8000),
        ("12.5", 1250),
        ("12,5", 1250),
        ("1,234.50", 123450),
        ("1.234,50", 123450),
        ("€ 1 200,00", 120000),
        ("0.1", 10),
        ("0.005", 1),
        (19.99, 1999),
    ],
)
def test_parse_amount(text: str, minor: int) -> None:
    assert parse_amount(text) == minor


def test_zero_decimal_currency() -> None:
    assert parse_amount("1500", "JPY") == 1500
    assert format_plain(1500, "JPY") == "1500"


@pytest.mark.parametrize("text", ["", "abc", "-5", "1.2.3x", "--"])
def test_bad_amounts_are_refused(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_amount(text)


def test_format_round_trips_exactly() -> None:
    for minor in (0, 1, 99, 100, 123456789):
        assert parse_amount(format_plain(minor)) == minor
    assert format_money(123450, "EUR") == "€1,234.50"
    assert format_money(5, "SEK") == "0.05 SEK"


def test_currency_codes() -> None:
    assert check_currency(" usd ") == "USD"
    with pytest.raises(MoneyError):
        check_currency("dollars")


def test_amounts_in_several_currencies_are_listed_by_code() -> None:
    amounts = {"SEK": 30000, "EUR": 120050, "JPY": 1500}
    assert format_amounts(amounts) == "€1,200.50, ¥1,500, 300.00 SEK"
    assert format_amounts({}) == ""
    assert format_amounts({}, "—") == "—"
