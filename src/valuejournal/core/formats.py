"""Money, numbers, dates and plurals as a locale writes them: the one place (babel's CLDR data).

The window, the CLI's text and the PDF all format through a ``Formats`` for one locale, so
the same session reads the same everywhere ("1.234,50 €" and "01.07.26" in de_DE). The
process has a current locale (``set_locale``; the person's Settings, else the system's); code
that prints for people calls ``current()``. Machine forms (CSV, JSON) never come through here.

Currency minor-unit digits are CLDR's too (``currency_digits``): JPY 0, EUR 2, KWD 3.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Literal

from valuejournal.core.dates import DayOrder, order_of
from valuejournal.core.errors import UserError

if TYPE_CHECKING:
    from babel import Locale

FALLBACK = "en_GB"
"""The locale of a system that names none ("C", "POSIX", as on many servers): English with
unambiguous day-month order and A4 paper."""
DateForm = Literal["short", "medium", "long"]
Width = Literal["abbreviated", "wide", "narrow"]
_ENV = ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG")


class LocaleError(UserError, ValueError):
    """A locale name CLDR does not know."""


def _numbers() -> ModuleType:
    """babel.numbers, imported on first use (babel costs a window's start-up ~30 ms)."""
    from babel import numbers

    return numbers


def _dates() -> ModuleType:
    """babel.dates, imported on first use."""
    from babel import dates

    return dates


@lru_cache(maxsize=256)
def currency_digits(code: str) -> int:
    """Minor-unit digits of an ISO 4217 currency, from CLDR (JPY 0, EUR 2, KWD 3; 2 if unknown)."""
    return int(_numbers().get_currency_precision(code.upper()))


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows as a currency (current and historic)."""
    return frozenset(_numbers().list_currencies())


def system_locale() -> str:
    """The system's locale name from the environment, or ``FALLBACK`` for none or "C"."""
    from babel import Locale, UnknownLocaleError, default_locale

    name = default_locale(_ENV)
    if not name or name.startswith(("C", "POSIX", "en_US_POSIX")):
        return FALLBACK
    try:
        return str(Locale.parse(name))
    except (ValueError, UnknownLocaleError):
        return FALLBACK


def check_locale(name: str) -> str:
    """``name`` as CLDR spells it ("de-de" -> "de_DE"); "" means the system's. LocaleError if
    unknown."""
    from babel import Locale, UnknownLocaleError

    if not name.strip():
        return system_locale()
    try:
        return str(Locale.parse(name.strip().replace("-", "_")))
    except (ValueError, UnknownLocaleError) as exc:
        raise LocaleError(f"unknown locale {name!r}; use a name such as de_DE or en_US") from exc


@dataclass(frozen=True, slots=True)
class Formats:
    """Formatting in one locale. Amounts are integer minor units plus an ISO 4217 code."""

    name: str

    @property
    def locale(self) -> Locale:
        """The babel locale."""
        return _locale(self.name)

    # -- money -------------------------------------------------------------------------
    def money(self, minor: float, currency: str, *, whole: bool = False) -> str:
        """An amount as the locale writes money: "€1,234.50", "1.234,50 €", "1 234,50 €".

        ``minor`` may be fractional (a mean or a rate); it is rounded to the currency's
        digits, or to whole major units with ``whole`` ("€74,348")."""
        code = currency.upper()
        major = _major(minor, code)
        if whole:
            pattern = re.sub(r"\.0+", "", self.locale.currency_formats["standard"].pattern)
            return str(
                _numbers().format_currency(
                    major.quantize(Decimal(1)),
                    code,
                    format=pattern,
                    locale=self.locale,
                    currency_digits=False,
                )
            )
        return str(_numbers().format_currency(major, code, locale=self.locale))

    def amount_text(self, minor: int, currency: str) -> str:
        """An amount to edit: major units with the locale's decimal separator, no grouping and
        no symbol ("1234.50", "1234,50"), read back exactly by ``parse_amount(typed_in=)``."""
        digits = currency_digits(currency)
        return f"{Decimal(minor).scaleb(-digits):.{digits}f}".replace(".", self.decimal_symbol)

    def amounts(self, amounts: Mapping[str, int], empty: str = "") -> str:
        """Amounts in several currencies, by currency code ("€1,200.00, SEK300.00")."""
        return ", ".join(self.money(v, c) for c, v in sorted(amounts.items())) or empty

    def rate(self, minor_per_hour: float, currency: str) -> str:
        """A pay rate: "€85.00/h"."""
        return f"{self.money(minor_per_hour, currency)}/h"

    def symbol(self, currency: str) -> str:
        """The currency's symbol in this locale ("€", "$", "SEK")."""
        return str(_numbers().get_currency_symbol(currency.upper(), locale=self.locale))

    # -- numbers -----------------------------------------------------------------------
    @property
    def decimal_symbol(self) -> str:
        """The locale's decimal separator ("." or ",")."""
        return str(_numbers().get_decimal_symbol(self.locale))

    @property
    def group_symbol(self) -> str:
        """The locale's digit-group separator (",", ".", a narrow no-break space ...)."""
        return str(_numbers().get_group_symbol(self.locale))

    def decimal(self, value: float, digits: int = 1, *, trim: bool = False) -> str:
        """A number with ``digits`` decimals and the locale's separators ("1,234.5",
        "1.234,5"); ``trim`` drops trailing zeros ("2.5", not "2.50")."""
        fraction = "0" * digits if not trim else "#" * digits
        pattern = "#,##0" + (f".{fraction}" if digits else "")
        return str(
            _numbers().format_decimal(
                Decimal(repr(float(value))), format=pattern, locale=self.locale
            )
        )

    def integer(self, value: int) -> str:
        """A whole number with the locale's grouping ("2,928", "2.928", "2 928")."""
        return str(_numbers().format_decimal(int(value), format="#,##0", locale=self.locale))

    def hours(self, hours: float, *, trim: bool = False) -> str:
        """Hours to the minute's hundredth, as the session list shows them: "2.75", "2.50"
        ("2,75" in de_DE); ``trim`` for prose drops trailing zeros ("2.5", "38")."""
        return self.decimal(hours, 2, trim=trim)

    # -- dates -------------------------------------------------------------------------
    def date(self, day: _dt.date, form: DateForm = "short") -> str:
        """A date in the locale's short ("01.07.26"), medium ("1 Jul 2026") or long form."""
        return str(_dates().format_date(day, form, locale=self.locale))

    def field_date(self, day: _dt.date) -> str:
        """A date as a date field shows it, to be read back as typed: the locale's short
        form with the whole year ("02/12/2026" en_GB and fr, "2/12/2026" es, "12/2/2026"
        en_US, "02.12.2026" de_DE, "2026-12-02" sv_SE)."""
        return str(_dates().format_date(day, _field_pattern(self.name), locale=self.locale))

    def day_order(self) -> DayOrder:
        """The order of day, month and year in the locale's short date ("dmy", "mdy", "ymd")."""
        return order_of(_field_pattern(self.name))

    def date_range(self, start: _dt.date, end: _dt.date, form: DateForm = "medium") -> str:
        """Two dates joined by an en dash, or one date when they are the same day."""
        if start == end:
            return self.date(start, form)
        return f"{self.date(start, form)} – {self.date(end, form)}"

    def time(self, moment: _dt.time | _dt.datetime) -> str:
        """A time of day in the locale's short form ("14:05", "2:05 PM")."""
        return str(_dates().format_time(moment, "short", locale=self.locale))

    def moment(self, moment: _dt.datetime) -> str:
        """A local date and time, short ("01.07.26 14:05"); aware times are shown local."""
        local = moment.astimezone() if moment.tzinfo else moment
        return f"{self.date(local.date())} {self.time(local.time())}"

    def weekday(self, day: _dt.date, width: Width = "abbreviated") -> str:
        """The day's weekday name ("Mon", "Mo.", "lun.")."""
        return str(_dates().get_day_names(width, locale=self.locale)[day.weekday()])

    def weekday_names(self, width: Width = "abbreviated") -> list[str]:
        """Monday to Sunday in this locale."""
        names = _dates().get_day_names(width, locale=self.locale)
        return [str(names[i]) for i in range(7)]

    def month_names(self, width: Width = "abbreviated") -> list[str]:
        """January to December in this locale (standalone forms, as chart axes use them)."""
        names = _dates().get_month_names(width, "stand-alone", locale=self.locale)
        return [str(names[i]) for i in range(1, 13)]

    def day_month(self, day: _dt.date) -> str:
        """A day and abbreviated month without the year, as a chart tick ("1 Jul", "Jul 1")."""
        skeleton = str(self.locale.datetime_skeletons.get("MMMd", "d MMM"))
        return str(_dates().format_date(day, skeleton, locale=self.locale))

    # -- plurals -----------------------------------------------------------------------
    def count(self, n: int, one: str, other: str) -> str:
        """``n`` things with the number in this locale's grouping: "1 session", "2,928
        sessions". The words are English, so English's plural rule picks the form."""
        word = one if _locale("en").plural_form(n) == "one" else other
        return f"{self.integer(n)} {word}"


def _major(minor: float, currency: str) -> Decimal:
    digits = currency_digits(currency)
    exact = Decimal(minor) if isinstance(minor, int) else Decimal(repr(float(minor)))
    return (exact.scaleb(-digits)).quantize(Decimal(1).scaleb(-digits))


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _field_pattern(name: str) -> str:
    """The locale's short date pattern with a four-digit year (quoted text left alone)."""
    pattern = str(_dates().get_date_format("short", locale=_locale(name)).pattern)
    parts = pattern.split("'")
    return "'".join(re.sub("y+", "y", p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name)


def set_locale(name: str) -> Formats:
    """Make ``name`` (a CLDR name such as de_DE; "" for the system's) the current locale.
    An unknown name falls back to the system's. Returns the new current ``Formats``."""
    global _current, _pending
    try:
        resolved = check_locale(name)
    except LocaleError:
        resolved = system_locale()
    _current, _pending = Formats(resolved), None
    if _then is not None:
        _then(_current)
    return _current


def set_locale_later(name: str, then: Callable[[Formats], None] | None = None) -> None:
    """``set_locale(name)`` at the first ``current()``, and ``then`` with each locale set
    from then on: a window paints before babel is loaded (its first page formats nothing)."""
    global _current, _pending, _then
    _current, _pending, _then = None, name, then


def current() -> Formats:
    """The current locale's formats (the system's until ``set_locale`` is called)."""
    if _current is None:
        return set_locale(_pending or "")
    return _current


def for_locale(name: str | None) -> Formats:
    """Formats for ``name``; None or "" gives the current ones."""
    return Formats(check_locale(name)) if name else current()


def format_currency(minor: float, currency: str, locale: str | None = None) -> str:
    """An amount in minor units as money in ``locale`` (default: the current one)."""
    return for_locale(locale).money(minor, currency)


def format_decimal(value: float, digits: int = 1, locale: str | None = None) -> str:
    """A number with ``digits`` decimals in ``locale`` (default: the current one)."""
    return for_locale(locale).decimal(value, digits)


def format_date(day: _dt.date, form: DateForm = "short", locale: str | None = None) -> str:
    """A date in ``locale``'s short, medium or long form (default: the current locale)."""
    return for_locale(locale).date(day, form)


_current: Formats | None = None
"""The current formats; None until first asked for (then the system's or ``_pending``)."""
_pending: str | None = None
_then: Callable[[Formats], None] | None = None
