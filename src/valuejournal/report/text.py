"""Words and numbers in the report: translation hook and locale-aware formatting.

Money, numbers and dates come from ``core.formats`` (babel) in the current locale unless the
caller picks one; the paper size follows the locale's territory (Letter in the Americas that
use it, else A4).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPageSize

from valuejournal.core import formats
from valuejournal.core.i18n import CONTEXT

_T = QLocale.Country
LETTER_TERRITORIES = frozenset(
    {_T.UnitedStates, _T.Canada, _T.Mexico, _T.Philippines, _T.Chile, _T.Colombia,
     _T.Venezuela, _T.PuertoRico, _T.Guatemala, _T.CostaRica, _T.Panama, _T.DominicanRepublic}
)  # fmt: skip
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def tr(text: str) -> str:
    """Translate a report string with the installed Qt translators (the app's one context)."""
    return QCoreApplication.translate(CONTEXT, text)


def user_locale(name: str | None = None) -> QLocale:
    """The locale to format with: ``name`` if given, else the current one (``core.formats``:
    the person's Settings, else the system's; a system without one gets British English)."""
    return QLocale(formats.for_locale(name).name)


def page_size_for(locale: QLocale, choice: str = "auto") -> QPageSize.PageSizeId:
    """The paper size: ``"a4"``, ``"letter"``, or by the locale's territory for ``"auto"``."""
    if choice in PAGE_SIZES:
        return PAGE_SIZES[choice]
    if locale.territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


class Formatter:
    """Formats the report's figures in one locale and one currency, through ``core.formats``
    (the window and the CLI write the same figures the same way)."""

    def __init__(self, locale: QLocale | str, currency: str) -> None:
        name = locale.name() if isinstance(locale, QLocale) else locale
        self.formats = formats.for_locale(name)
        self.currency = currency.upper()

    def money(self, minor: float | None) -> str:
        """An amount in minor units as the locale writes money ("€1,234.50", "1.234,50 €")."""
        return "—" if minor is None else self.formats.money(minor, self.currency)

    def money_round(self, minor: float | None) -> str:
        """Money without the minor units, for large sums and rates in tables."""
        return "—" if minor is None else self.formats.money(minor, self.currency, whole=True)

    def rate(self, minor_per_hour: float | None) -> str:
        """A pay rate ("€85.00/h")."""
        if minor_per_hour is None:
            return "—"
        return tr("{money}/h").format(money=self.money(minor_per_hour))

    def number(self, value: float | None, decimals: int = 1) -> str:
        """A number with the locale's separators ("1,234.5"); "—" when unknown."""
        return "—" if value is None else self.formats.decimal(float(value), decimals)

    def integer(self, value: int) -> str:
        """A whole number with the locale's grouping."""
        return self.formats.integer(value)

    def hours(self, hours: float) -> str:
        """Hours as the session list writes them ("412.50 h")."""
        return tr("{n} h").format(n=self.formats.hours(hours))

    def score(self, value: float | None, scale: int = 10) -> str:
        """A mean rating out of ``scale`` ("6.2/10")."""
        if value is None:
            return "—"
        return f"{self.number(value, 1)}/{scale}"

    def date_short(self, day: date) -> str:
        """A session's date as the session list shows it ("01/07/2026", "01.07.26")."""
        return self.formats.date(day, "short")

    def date_long(self, day: date) -> str:
        """A date in the locale's long form ("1 July 2026", "1. Juli 2026")."""
        return self.formats.date(day, "long")

    def date_medium(self, day: date) -> str:
        """A date with an abbreviated month ("1 Jul 2026")."""
        return self.formats.date(day, "medium")

    def date_range(self, start: date, end: date, *, medium: bool = False) -> str:
        """Two dates joined by an en dash."""
        return self.formats.date_range(start, end, "medium" if medium else "long")
