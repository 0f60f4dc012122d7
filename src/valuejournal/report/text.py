"""Words and numbers in the report: translation hook and locale-aware formatting.

Money, numbers and dates follow a ``QLocale`` (the user's, unless the caller picks one), and
the paper size follows the locale's territory (Letter in the Americas that use it, else A4).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QPageSize

from valuejournal.core.money import exponent

_T = QLocale.Country
LETTER_TERRITORIES = frozenset(
    {_T.UnitedStates, _T.Canada, _T.Mexico, _T.Philippines, _T.Chile, _T.Colombia,
     _T.Venezuela, _T.PuertoRico, _T.Guatemala, _T.CostaRica, _T.Panama, _T.DominicanRepublic}
)  # fmt: skip
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def tr(text: str) -> str:
    """Translate a report string with the installed Qt translators."""
    return QCoreApplication.translate("Report", text)


def user_locale(name: str | None = None) -> QLocale:
    """The locale to format with: ``name`` if given, else the user's; a system without a
    locale ("C", as on many servers) gets British English (unambiguous dates, A4)."""
    if name:
        return QLocale(name)
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return system


def page_size_for(locale: QLocale, choice: str = "auto") -> QPageSize.PageSizeId:
    """The paper size: ``"a4"``, ``"letter"``, or by the locale's territory for ``"auto"``."""
    if choice in PAGE_SIZES:
        return PAGE_SIZES[choice]
    if locale.territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


@lru_cache(maxsize=32)
def currency_symbol(code: str, locale_name: str) -> str:
    """The symbol for an ISO 4217 code ("€" for EUR), from the locale or any locale using it."""
    code = code.upper()
    here = QLocale(locale_name)
    if here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    any_ = QLocale.Language.AnyLanguage
    for loc in QLocale.matchingLocales(any_, QLocale.Script.AnyScript, _T.AnyTerritory):
        if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            symbol = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
            if symbol and len(symbol) <= 3:
                return symbol
    return code


class Formatter:
    """Formats the report's figures in one locale and one currency."""

    def __init__(self, locale: QLocale, currency: str) -> None:
        self.locale = locale
        self.currency = currency.upper()
        self.symbol = currency_symbol(self.currency, locale.name())
        self.digits = exponent(self.currency)
        long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
        self._long = re.sub(r"dddd[,.،]?\s*|[,\s]*dddd", "", long_format).strip() or "d MMMM yyyy"
        self._medium = self._long.replace("MMMM", "MMM")

    def money(self, minor: float | None) -> str:
        """An amount in minor units as the locale writes money ("€1,234.50", "1.234,50 €")."""
        if minor is None:
            return "—"
        major = minor / 10**self.digits
        return self.locale.toCurrencyString(major, self.symbol, self.digits)

    def money_round(self, minor: float | None) -> str:
        """Money without the minor units, for large sums and rates in tables."""
        if minor is None:
            return "—"
        return self.locale.toCurrencyString(round(minor / 10**self.digits), self.symbol, 0)

    def rate(self, minor_per_hour: float | None) -> str:
        """A pay rate ("€85.00/h")."""
        if minor_per_hour is None:
            return "—"
        return tr("{money}/h").format(money=self.money(minor_per_hour))

    def number(self, value: float | None, decimals: int = 1) -> str:
        """A number with the locale's separators ("1,234.5"); "—" when unknown."""
        if value is None:
            return "—"
        return self.locale.toString(float(value), "f", decimals)

    def integer(self, value: int) -> str:
        """A whole number with the locale's grouping."""
        return self.locale.toString(int(value))

    def hours(self, hours: float) -> str:
        """Hours with one decimal ("412.5 h")."""
        return tr("{n} h").format(n=self.number(hours, 1))

    def score(self, value: float | None, scale: int = 10) -> str:
        """A mean rating out of ``scale`` ("6.2/10")."""
        if value is None:
            return "—"
        return f"{self.number(value, 1)}/{scale}"

    def date_long(self, day: date) -> str:
        """A date in the locale's long form without the weekday ("1 July 2026")."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self._long)

    def date_medium(self, day: date) -> str:
        """A date with an abbreviated month ("1 Jul 2026")."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self._medium)

    def date_range(self, start: date, end: date, *, medium: bool = False) -> str:
        """Two dates joined by an en dash."""
        fmt = self.date_medium if medium else self.date_long
        return f"{fmt(start)} – {fmt(end)}"
