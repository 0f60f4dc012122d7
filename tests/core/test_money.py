"""Money parsing and formatting in integer minor units."""

from __future__ import annotations

import pytest

from valuejournal.core import formats
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


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("JP¥1,500", "JPY", 1500),  # CLDR's digits: JPY has none, KWD three, HUF none
        ("12.345", "KWD", 12345),
        ("KWD12.345", "KWD", 12345),
        ("US$1,234.50", "USD", 123450),
        ("1 234,50 €", "EUR", 123450),  # fr_FR: narrow no-break space groups
        ("1.234,50 €", "EUR", 123450),  # de_DE
        ("SEK300.00", "SEK", 30000),
    ],
)
def test_amounts_as_locales_write_them_are_read(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "name", "minor"),
    [("1.234", "de_DE", 123400), ("1,234", "en_US", 123400), ("1,5", "de_DE", 150),
     ("12,345", "hu_HU", 1235), ("1.234.567", "de_DE", 123456700)],
)  # fmt: skip
def test_a_lone_separator_is_read_as_the_person_s_locale_writes_it(
    text: str, name: str, minor: int
) -> None:
    assert parse_amount(text, "EUR", formats.Formats(name)) == minor


@pytest.mark.parametrize("name", ["hu_HU", "de_DE", "fr_FR", "en_US", "ja_JP"])
def test_money_shown_in_a_locale_reads_back(name: str) -> None:
    shown = formats.set_locale(name)
    for minor, code in ((1234650, "HUF"), (123450, "EUR"), (1500, "JPY"), (12345, "KWD")):
        assert parse_amount(shown.money(minor, code), code, shown) == minor
    assert shown.money(1234650, "HUF").endswith("Ft") == (name == "hu_HU")


@pytest.mark.parametrize("text", ["", "abc", "-5", "1.2.3x", "--"])
def test_bad_amounts_are_refused(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_amount(text)


def test_format_round_trips_exactly() -> None:
    for minor in (0, 1, 99, 100, 123456789):
        assert parse_amount(format_plain(minor)) == minor
    assert format_money(123450, "EUR") == "€1,234.50"
    assert format_money(5, "SEK") == "SEK0.05"  # British English: the tests' system locale


def test_currency_codes() -> None:
    assert check_currency(" usd ") == "USD"
    with pytest.raises(MoneyError):
        check_currency("dollars")


def test_amounts_in_several_currencies_are_listed_by_code() -> None:
    amounts = {"SEK": 30000, "EUR": 120050, "JPY": 1500}
    assert format_amounts(amounts) == "€1,200.50, JP¥1,500, SEK300.00"
    assert format_amounts({}) == ""
    assert format_amounts({}, "—") == "—"
