"""Column lookup and typed cell access shared by every importer.

A format names the columns it knows as *fields* (``"date"``, ``"duration"``, ...), each
with the header spellings that may carry it. :func:`resolve_columns` finds them in a
file's header once; :class:`Row` then reads one record's cells by field, parsed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from valuejournal.core.money import check_currency, exponent, parse_amount
from valuejournal.interop.csv_reading import (
    parse_bool,
    parse_decimal,
    parse_duration,
    parse_int,
    parse_time,
)
from valuejournal.interop.dates import DateOrder, parse_flexible_date
from valuejournal.interop.plan import ImportFormatError

_CODE = re.compile(r"\b([A-Za-z]{3})\b")
_PLAIN_AMOUNT = re.compile(r"(\d+)(?:\.(\d+))?")
_CODED_AMOUNT = re.compile(
    r"^([A-Za-z]{3})\s*([-+]?[\d.,' ]+)$|^([-+]?[\d.,' ]+?)\s*([A-Za-z]{3})$"
)


def split_money(text: str) -> tuple[str, str]:
    """("48.75", "NZD") from "NZD 48.75" or "48.75 NZD"; (text, "") when no code is written."""
    raw = text.strip()
    match = _CODED_AMOUNT.match(raw)
    if not match:
        return raw, ""
    if match.group(1):
        return match.group(2).strip(), match.group(1).upper()
    return match.group(3).strip(), match.group(4).upper()


@dataclass(slots=True)
class Columns:
    """Where each known field sits in the header, plus a currency named by a header."""

    index: dict[str, int]
    header_currency: str = ""

    def has(self, name: str) -> bool:
        """True if the file has a column for field ``name``."""
        return name in self.index


def resolve_columns(
    keys: Sequence[str],
    spellings: Mapping[str, Sequence[str]],
    required: Sequence[str | tuple[str, ...]],
    label: str,
) -> Columns:
    """Find each field's column among normalised header ``keys``.

    A spelling starting with ``re:`` is a regular expression; its first group, if any,
    is taken as the currency code written in the header ("Amount (USD)"). ``required``
    lists fields that must be present; a tuple means "at least one of these". Raises
    ImportFormatError naming the missing columns.
    """
    index: dict[str, int] = {}
    header_currency = ""
    for name, options in spellings.items():
        for option in options:
            position, currency = _find(keys, option)
            if position is not None:
                index[name] = position
                header_currency = header_currency or currency
                break
    missing = []
    for need in required:
        group = need if isinstance(need, tuple) else (need,)
        if not any(n in index for n in group):
            missing.append(" or ".join(f'"{spellings[n][0]}"' for n in group))
    if missing:
        raise ImportFormatError(
            f"this does not look like a {label} file: missing column {', '.join(missing)}"
        )
    return Columns(index, header_currency)


def _find(keys: Sequence[str], option: str) -> tuple[int | None, str]:
    if option.startswith("re:"):
        pattern = re.compile(option[3:])
        for position, key in enumerate(keys):
            match = pattern.fullmatch(key)
            if match:
                code = match.group(1) if match.groups() and match.group(1) else ""
                return position, code.upper() if len(code) == 3 else ""
        return None, ""
    try:
        return keys.index(option), ""
    except ValueError:
        return None, ""


@dataclass(slots=True)
class Row:
    """One record's cells, read by field name with the file's conventions."""

    cells: list[str]
    columns: Columns
    date_order: DateOrder = DateOrder.DAY_FIRST
    default_currency: str = "EUR"
    extra: dict[str, str] = field(default_factory=dict)

    def text(self, name: str) -> str:
        """The cell's text with surrounding spaces removed ("" if absent)."""
        position = self.columns.index.get(name)
        if position is None:
            return ""
        try:
            return self.cells[position].strip()
        except IndexError:  # a short row
            return ""

    def raw(self, name: str) -> str:
        """The cell's text exactly as written ("" if absent)."""
        position = self.columns.index.get(name)
        if position is None or position >= len(self.cells):
            return ""
        return self.cells[position]

    def date(self, name: str, what: str = "date") -> dt.date:
        """The cell as a date in the file's date order; ValueError if missing or bad."""
        return parse_flexible_date(self.text(name), self.date_order, what)

    def optional_date(self, name: str, what: str) -> dt.date | None:
        """A date, or None for an empty cell."""
        return self.date(name, what) if self.text(name) else None

    def time(self, name: str) -> dt.time | None:
        """A time of day, or None for an empty cell."""
        return parse_time(self.text(name))

    def seconds(self, name: str, plain: str = "hours") -> int:
        """A duration in seconds (see :func:`parse_duration`)."""
        return parse_duration(self.text(name), plain)

    def decimal(self, name: str) -> Decimal | None:
        """A number with a decimal point or comma, or None for an empty cell."""
        text = self.text(name)
        return parse_decimal(text) if text else None

    def integer(self, name: str, what: str) -> int | None:
        """A whole number, or None for an empty cell."""
        return parse_int(self.text(name), what)

    def flag(self, name: str, what: str) -> bool | None:
        """Yes/no, or None for an empty cell."""
        return parse_bool(self.text(name), what)

    def currency(self, name: str = "currency", money: str = "") -> str:
        """The currency: the cell ("EUR", "Euro - EUR", "United States Dollar - USD"), the
        code written in the ``money`` cell (" NZD 48.75 "), the header's, or the default."""
        text = self.text(name)
        if text:
            codes = _CODE.findall(text)
            if not codes:
                raise ValueError(f"currency must be a three-letter code, got {text!r}")
            return check_currency(codes[-1])
        if money:
            code = split_money(self.text(money))[1]
            if code:
                return check_currency(code)
        return self.columns.header_currency or self.default_currency

    def amount(self, name: str, currency: str) -> int:
        """Money in minor units (0 for an empty cell); ValueError if negative or bad."""
        text = self.text(name)
        if not text:
            return 0
        match = _PLAIN_AMOUNT.fullmatch(text)
        if not match:
            text, code = split_money(text)
            if code and code != currency:
                raise ValueError(f"the amount is in {code}, the row's currency is {currency}")
            match = _PLAIN_AMOUNT.fullmatch(text)
        if match:  # the common "1234.50": no need for the general parser
            digits = exponent(currency)
            whole, fraction = match.group(1), match.group(2) or ""
            if len(fraction) <= digits:
                scale: int = 10**digits  # int ** int is typed Any (a negative power is a float)
                return int(whole) * scale + int(fraction.ljust(digits, "0") or 0)
        return parse_amount(text, currency)
