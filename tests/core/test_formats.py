"""Locale formats from babel's CLDR data: money, numbers, dates, plurals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from valuejournal.core import formats
from valuejournal.core.formats import Formats

DAY = date(2026, 7, 1)
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("name", "money", "whole", "hours", "short", "medium"),
    [
        ("en_US", "€1,234.50", "€74,348", "2.75", "7/1/26", "Jul 1, 2026"),
        ("de_DE", f"1.234,50{NBSP}€", f"74.348{NBSP}€", "2,75", "01.07.26", "01.07.2026"),
        ("fr_FR", f"1{NNBSP}234,50{NBSP}€", f"74{NNBSP}348{NBSP}€", "2,75", "01/07/2026",
         "1 juil. 2026"),
        ("en_GB", "€1,234.50", "€74,348", "2.75", "01/07/2026", "1 Jul 2026"),
    ],
)  # fmt: skip
def test_each_locale_writes_money_hours_and_dates_its_way(
    name: str, money: str, whole: str, hours: str, short: str, medium: str
) -> None:
    fmt = Formats(name)
    assert fmt.money(123450, "EUR") == money
    assert fmt.money(7434812, "EUR", whole=True) == whole
    assert fmt.hours(2.75) == hours
    assert fmt.date(DAY) == short
    assert fmt.date(DAY, "medium") == medium


def test_currency_digits_and_symbols_come_from_cldr() -> None:
    assert [formats.currency_digits(c) for c in ("JPY", "EUR", "KWD", "usd")] == [0, 2, 3, 2]
    us = Formats("en_US")
    assert us.money(1500, "JPY") == "¥1,500"
    assert us.money(12345, "KWD") == "KWD12.345"
    assert us.money(8500.4, "EUR") == "€85.00"  # a fractional mean rounds to cents
    assert Formats("ja_JP").money(1500, "JPY") == "￥1,500"


def test_names_of_days_and_months_and_plurals() -> None:
    de = Formats("de_DE")
    assert de.weekday(DAY) == "Mi."
    assert de.month_names()[0] == "Jan" and len(de.month_names()) == 12
    assert Formats("fr_FR").weekday_names("wide")[0] == "lundi"
    assert de.count(1, "session", "sessions") == "1 session"
    assert de.count(2928, "session", "sessions") == "2.928 sessions"
    assert Formats("en_US").date_range(DAY, DAY) == "Jul 1, 2026"  # one day: one date


def test_the_current_locale_follows_settings_and_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert formats.set_locale("").name == formats.FALLBACK  # the tests' system names none
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert formats.set_locale("").name == "fr_FR"
    assert formats.set_locale("de-de").name == "de_DE"
    assert formats.format_currency(100, "EUR") == f"1,00{NBSP}€"
    assert formats.format_date(DAY) == "01.07.26"
    assert formats.format_decimal(0.5) == "0,5"
    assert formats.set_locale("xx_YY").name == "fr_FR"  # unknown: the system's
    with pytest.raises(formats.LocaleError):
        formats.check_locale("xx_YY")


@pytest.mark.parametrize(
    ("name", "time", "moment"),
    [
        ("en_US", f"2:05{NNBSP}PM", f"7/1/26 2:05{NNBSP}PM"),
        ("de_DE", "14:05", "01.07.26 14:05"),
        ("en_GB", "14:05", "01/07/2026 14:05"),
    ],
)
def test_times_and_moments_are_written_as_the_locale_writes_them(
    name: str, time: str, moment: str
) -> None:
    """Comment, backup and share times use the locale's short forms, never ISO text."""
    fmt = Formats(name)
    naive = datetime(2026, 7, 1, 14, 5)
    assert fmt.time(naive.time()) == time
    assert fmt.moment(naive) == moment
    aware = naive.astimezone()  # the same local moment, timezone-aware
    assert fmt.moment(aware.astimezone(UTC)) == moment


@pytest.mark.parametrize(
    ("name", "shown", "order"),
    [
        ("en_GB", "05/11/2026", "dmy"),
        ("en_US", "11/5/2026", "mdy"),
        ("es_ES", "5/11/2026", "dmy"),
        ("fr_FR", "05/11/2026", "dmy"),
        ("de_DE", "05.11.2026", "dmy"),
        ("sv_SE", "2026-11-05", "ymd"),
        ("ja_JP", "2026/11/05", "ymd"),
    ],
)
def test_a_date_field_shows_the_short_form_with_the_whole_year(
    name: str, shown: str, order: str
) -> None:
    """Read back in the locale's order by core.dates, the field's text is the same day."""
    from valuejournal.core.dates import read_day

    fmt = Formats(name)
    day = datetime(2026, 11, 5).date()
    assert fmt.field_date(day) == shown
    assert fmt.day_order() == order
    assert read_day(shown, today=day, order=fmt.day_order()) == day


def test_a_locale_set_for_later_is_resolved_at_first_use_and_told() -> None:
    """The window's start-up: the locale is named before babel loads; the first format
    resolves it (an unknown name gives the system's) and tells the one who asked."""
    told: list[str] = []
    formats.set_locale_later("de-DE", then=lambda f: told.append(f.name))
    assert told == []
    assert formats.current().money(123450, "EUR") == "1.234,50\xa0€"
    assert told == ["de_DE"]
    formats.current()
    assert told == ["de_DE"]  # once per locale set
    formats.set_locale("fr_FR")
    assert told == ["de_DE", "fr_FR"]  # and at each locale set from then on
    formats.set_locale_later("xx_NOWHERE")
    assert formats.current().name == formats.system_locale()
