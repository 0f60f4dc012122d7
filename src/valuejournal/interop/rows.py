"""Column lookup and typed cell access shared by every importer.

A format names the columns it knows as *fields* (``"date"``, ``"duration"``, ...), each
with the header spellings that may carry it. :func:`resolve_columns` finds them in a
file's header once; :class:`Row` then reads each record's cells by field, parsed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Any, TypeVar

from valuejournal.core.durations import parse_decimal, parse_duration
from valuejournal.core.money import check_currency, exponent, parse_amount
from valuejournal.interop.csv_reading import parse_bool, parse_int, parse_time
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


_MEMO_LIMIT = 20_000
"""Distinct cell texts a :class:`Row` remembers per parser (days, times, tags repeat)."""


class Row:
    """One file's records, read by field with the file's conventions.

    Made once per file: each field's position is looked up once, and the parsed value of
    a cell text (a day, a time of day, a duration, a tag list, a currency) is remembered,
    as a file repeats them row after row. :meth:`load` moves it to the next record.
    """

    __slots__ = (
        "_at",
        "_currencies",
        "_dates",
        "_digits",
        "_durations",
        "_flags",
        "_getters",
        "_tags",
        "_times",
        "_width",
        "cells",
        "columns",
        "stripped",
        "date_order",
        "default_currency",
    )

    def __init__(
        self,
        columns: Columns,
        date_order: DateOrder = DateOrder.DAY_FIRST,
        default_currency: str = "EUR",
    ) -> None:
        self.columns = columns
        self.date_order = date_order
        self.default_currency = default_currency
        self._at = dict(columns.index)
        """Field -> position; an absent field reads the empty cell load() adds at the end."""
        self._width = max(self._at.values(), default=-1) + 1
        """Cells a record needs for every known field to be in it."""
        self.cells: list[str] = [""]
        """The loaded record's cells as written, and one empty cell after them."""
        self.stripped: list[str] = [""]
        """The same cells with surrounding spaces removed."""
        self._getters: dict[tuple[str, ...], Callable[[list[str]], Any]] = {}
        self._dates: dict[str, dt.date] = {}
        self._durations: dict[tuple[str, str], int] = {}
        self._digits: dict[str, int] = {}
        self._times: dict[str, dt.time | None] = {"": None}
        self._flags: dict[str, bool | None] = {}
        self._currencies: dict[str, str] = {}
        self._tags: dict[str, tuple[str, ...]] = {}

    def load(self, cells: Sequence[str]) -> Row:
        """Point at the next record's cells (a short row reads as empty cells)."""
        short = self._width - len(cells)
        self.cells = [*cells, *([""] * (short + 1) if short > 0 else ("",))]
        self.stripped = list(map(str.strip, self.cells))
        return self

    def texts(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The stripped texts of several fields at once (positions found once per file)."""
        try:
            getter = self._getters[names]
        except KeyError:
            positions = [self._at.get(name, -1) for name in names]
            pick = itemgetter(*positions)
            getter = self._getters[names] = pick if len(names) > 1 else lambda c: (pick(c),)
        result: tuple[str, ...] = getter(self.stripped)
        return result

    def position(self, name: str) -> int:
        """Where field ``name`` sits in a loaded record (-1: the empty cell, if absent)."""
        return self._at.get(name, -1)

    def text(self, name: str) -> str:
        """The cell's text with surrounding spaces removed ("" if absent)."""
        return self.stripped[self._at.get(name, -1)]

    def raw(self, name: str) -> str:
        """The cell's text exactly as written ("" if absent)."""
        return self.cells[self._at.get(name, -1)]

    def date(self, name: str, what: str = "date") -> dt.date:
        """The cell as a date in the file's date order; ValueError if missing or bad."""
        text = self.text(name)
        try:
            return self._dates[text]
        except KeyError:
            value = parse_flexible_date(text, self.date_order, what)
            return _remember(self._dates, text, value)

    def optional_date(self, name: str, what: str) -> dt.date | None:
        """A date, or None for an empty cell."""
        return self.date(name, what) if self.text(name) else None

    def time(self, name: str) -> dt.time | None:
        """A time of day, or None for an empty cell."""
        text = self.text(name)
        try:
            return self._times[text]
        except KeyError:
            return _remember(self._times, text, parse_time(text))

    def seconds(self, name: str, plain: str = "hours") -> int:
        """A duration in seconds (see :func:`parse_duration`)."""
        text = self.text(name)
        key = (text, plain)
        try:
            return self._durations[key]
        except KeyError:
            return _remember(self._durations, key, parse_duration(text, plain))

    def decimal(self, name: str) -> Decimal | None:
        """A number with a decimal point or comma, or None for an empty cell."""
        text = self.text(name)
        return parse_decimal(text) if text else None

    def integer(self, name: str, what: str) -> int | None:
        """A whole number, or None for an empty cell."""
        return parse_int(self.text(name), what)

    def flag(self, name: str, what: str) -> bool | None:
        """Yes/no, or None for an empty cell."""
        text = self.text(name)
        try:
            return self._flags[text]
        except KeyError:
            return _remember(self._flags, text, parse_bool(text, what))

    def tags(self, name: str, split: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
        """The cell's tags as ``split`` reads them (remembered per cell text)."""
        text = self.text(name)
        try:
            return self._tags[text]
        except KeyError:
            return _remember(self._tags, text, split(text))

    def currency(self, name: str = "currency", money: str = "") -> str:
        """The currency: the cell ("EUR", "Euro - EUR", "United States Dollar - USD"), the
        code written in the ``money`` cell (" NZD 48.75 "), the header's, or the default."""
        text = self.text(name)
        if text:
            try:
                return self._currencies[text]
            except KeyError:
                return _remember(self._currencies, text, _currency_cell(text))
        if money:
            amount = self.text(money)
            # a code is written before or after the number: "48.75" (the usual) has none
            if amount and not (amount[0].isdigit() and amount[-1].isdigit()):
                code = split_money(amount)[1]
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
            try:
                digits = self._digits[currency]
            except KeyError:
                digits = self._digits[currency] = exponent(currency)
            whole, fraction = match.group(1), match.group(2) or ""
            if len(fraction) <= digits:
                scale: int = 10**digits  # int ** int is typed Any (a negative power is a float)
                return int(whole) * scale + int(fraction.ljust(digits, "0") or 0)
        return parse_amount(text, currency)


_T = TypeVar("_T")
_K = TypeVar("_K")


def _remember(memo: dict[_K, _T], text: _K, value: _T) -> _T:
    """Keep ``value`` as the parse of ``text`` (up to a limit), and return it."""
    if len(memo) < _MEMO_LIMIT:
        memo[text] = value
    return value


def _currency_cell(text: str) -> str:
    """The code a currency cell names ("EUR", "Euro - EUR", "United States Dollar - USD")."""
    codes = _CODE.findall(text)
    if not codes:
        raise ValueError(f"currency must be a three-letter code, got {text!r}")
    return check_currency(codes[-1])
