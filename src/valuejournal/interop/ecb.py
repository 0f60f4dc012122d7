"""The European Central Bank's euro reference rates as published (no network: a file).

Layout of ``eurofxref-hist.csv`` (and of the one-day ``eurofxref.csv``): a header
``Date,USD,JPY,…`` (often with a trailing comma), then one row per working day, newest
first, each rate the units of that currency one euro buys, ``N/A`` where the ECB had none
(a currency it no longer quotes, or not yet). Dates are ISO (``2026-11-27``) in the history
file and written out (``27 November 2026``) in the daily one. The ZIP files the ECB offers
are read too (the one CSV inside). Every rate is per EUR; a journal in another base reaches
it through cross rates (core/fx.py).
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

from valuejournal.core.errors import UserError
from valuejournal.core.fx import ExchangeRate, RateError, known_currency, parse_rate

PER = "EUR"
MAX_BYTES = 64 * 1024 * 1024
MISSING = {"", "N/A", "NA", "-"}


class EcbError(UserError, ValueError):
    """A file that is not the ECB's reference-rate CSV, or a cell in it that is not a rate."""


def read_ecb(path: Path | str) -> list[ExchangeRate]:
    """Every rate in the ECB file at ``path`` (CSV or the ECB's ZIP of it), per EUR."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise EcbError(f"{path.name} is too large for an ECB rate file")
        data = path.read_bytes()
    except OSError as exc:
        raise EcbError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if data[:4] == b"PK\x03\x04":
        data = _unzipped(data, path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EcbError(f"{path.name} is not a text file (an ECB rate CSV is)") from exc
    return parse_ecb(text, path.name)


def _unzipped(data: bytes, name: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if m.filename.lower().endswith(".csv")]
            if len(members) != 1 or members[0].file_size > MAX_BYTES:
                raise EcbError(f"{name} does not hold one ECB rate CSV")
            return archive.read(members[0])
    except zipfile.BadZipFile as exc:
        raise EcbError(f"{name} is a damaged ZIP file") from exc


def parse_ecb(text: str, name: str = "the file") -> list[ExchangeRate]:
    """The rates in an ECB reference-rate CSV's text (see the module docstring)."""
    rows = list(csv.reader(io.StringIO(text)))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows or rows[0][0].strip().lower() != "date":
        raise EcbError(f"{name} is not an ECB reference-rate file (its first column is not Date)")
    currencies: list[str | None] = []
    for cell in rows[0][1:]:
        code = cell.strip().upper()
        if not code:
            currencies.append(None)  # the trailing comma's empty column
            continue
        try:
            currencies.append(known_currency(code))
        except RateError as exc:
            raise EcbError(f"{name} is not an ECB reference-rate file: {exc}") from exc
    if not any(currencies):
        raise EcbError(f"{name} names no currencies in its header")
    out: list[ExchangeRate] = []
    for number, row in enumerate(rows[1:], start=2):
        day = _day(row[0], name, number)
        for quoted, cell in zip(currencies, row[1:], strict=False):
            value = cell.strip()
            if quoted is None or value.upper() in MISSING:
                continue
            try:
                out.append(ExchangeRate(quoted, day, parse_rate(value), PER))
            except RateError as exc:
                raise EcbError(f"{name}, line {number}, {quoted}: {exc}") from exc
    if not out:
        raise EcbError(f"{name} holds no rates")
    return out


def _day(text: str, name: str, number: int) -> date:
    raw = text.strip()
    for pattern in ("%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise EcbError(f"{name}, line {number}: not a date: {raw[:20]!r}")
