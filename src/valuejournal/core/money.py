"""Money as integer minor units: parsing user text, and the machine (CSV) form.

Human forms ("€1,234.50", "1.234,50 €") and each currency's minor-unit digits come from
``core.formats`` (babel's CLDR data); ``format_money``/``format_amounts`` are its shorthands
in the current locale.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from valuejournal.core import formats
from valuejournal.core.errors import UserError

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MAX_MINOR = 10**12
"""The largest amount one session, client rate or import row may hold, in minor units
(10 billion in a two-digit currency): two million such sessions still sum within 2^63."""
MAX_AMOUNT_TEXT = 64


class MoneyError(UserError, ValueError):
    """An amount or currency the app cannot read."""


def exponent(currency: str) -> int:
    """Number of minor-unit digits of an ISO 4217 currency, from CLDR (2 for most)."""
    return formats.currency_digits(currency)


def check_currency(code: str) -> str:
    """Return the upper-cased ISO 4217 code, or raise MoneyError."""
    code = (code or "").strip().upper()
    if not _CURRENCY_RE.match(code):
        raise MoneyError(f"currency must be a three-letter ISO code such as EUR, got {code!r}")
    return code


def parse_amount(
    text: str | float | int, currency: str = "EUR", typed_in: formats.Formats | None = None
) -> int:
    """Parse a major-unit amount ("1,234.50", "12,5", 80) into minor units.

    Accepts a decimal point or a decimal comma, thousands separators, a leading currency
    symbol and surrounding spaces. Rejects negatives and anything else with MoneyError.
    ``typed_in`` is the locale a person typed in (not given for files): a lone separator is
    read as that locale writes it ("1.234" is 1234 in de_DE, "12,345" is 12.345 in hu_HU).
    """
    if isinstance(text, int | float) and not isinstance(text, bool):
        raw = str(text)
    else:
        raw = str(text).strip()
    if len(raw) > MAX_AMOUNT_TEXT:
        raise MoneyError(f"not an amount (too long): {raw[:20]!r}…")
    cleaned = re.sub(r"[\s\u00a0\u202f'’€$£¥₹]", "", _without_symbol(raw, currency))
    cleaned = re.sub(r"^[A-Za-z]{3}|[A-Za-z]{3}$", "", cleaned)
    if not cleaned:
        raise MoneyError(f"not an amount: {raw!r}")
    if typed_in is not None:
        cleaned = _as_written_in(cleaned, typed_in)
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        # "1,234" and "1,234,567" group thousands; "12,5" and "12,50" use a decimal comma.
        tail = cleaned.rpartition(",")[2]
        cleaned = cleaned.replace(",", "") if len(tail) == 3 else cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise MoneyError(f"not an amount: {raw!r}")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regex
        raise MoneyError(f"not an amount: {raw!r}") from exc
    if value < 0:
        raise MoneyError(f"amount cannot be negative: {raw!r}")
    with localcontext() as context:
        context.prec = MAX_AMOUNT_TEXT * 2  # exact for every text short enough to get here
        scale = Decimal(10) ** exponent(currency)
        minor = int((value * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if minor > MAX_MINOR:
        raise MoneyError(f"amount is too large: {raw!r}")
    return minor


def typed_currency(text: str) -> str | None:
    """The ISO code a person typed before or after an amount ("300 USD", "usd 300"), if it
    names a currency CLDR knows; else None."""
    match = re.fullmatch(r"\s*([A-Za-z]{3})?[^A-Za-z]*?([A-Za-z]{3})?\s*", text or "")
    if match is None:
        return None
    for found in match.groups():
        if found and found.upper() in formats.known_currencies():
            return found.upper()
    return None


def _as_written_in(cleaned: str, fmt: formats.Formats) -> str:
    """A lone kind of separator read as ``fmt``'s locale reads it (else left as it is)."""
    for sep in (",", "."):
        other = "." if sep == "," else ","
        if sep not in cleaned or other in cleaned:
            continue
        if sep == fmt.decimal_symbol and cleaned.count(sep) == 1:
            return cleaned.replace(sep, ".")
        if sep == fmt.group_symbol and re.fullmatch(rf"\d{{1,3}}(\{sep}\d{{3}})+", cleaned):
            return cleaned.replace(sep, "")
    return cleaned


def _without_symbol(text: str, currency: str) -> str:
    """``text`` without the currency's symbol as the current locale writes it ("US$", "JP¥")."""
    code = str(currency).upper()
    symbol = formats.current().symbol(code) if _CURRENCY_RE.match(code) else ""
    return text.replace(symbol, " ") if symbol else text


def to_major(minor: int, currency: str = "EUR") -> float:
    """Minor units as a float in major units (for JSON and charts only, never storage)."""
    return minor / float(10 ** exponent(currency))


def to_decimal(minor: int, currency: str = "EUR") -> Decimal:
    """Minor units as an exact Decimal in major units."""
    return Decimal(minor) / (Decimal(10) ** exponent(currency))


def format_plain(minor: int, currency: str = "EUR") -> str:
    """Major units with a decimal point and no grouping: the app's CSV form ("1234.50")."""
    digits = exponent(currency)
    return f"{to_decimal(minor, currency):.{digits}f}"


def format_money(minor: int, currency: str = "EUR") -> str:
    """Money as the current locale writes it: "€1,234.50", "1.234,50 €" (``core.formats``)."""
    return formats.current().money(minor, currency)


def format_amounts(amounts: Mapping[str, int], empty: str = "") -> str:
    """Amounts in several currencies, by currency code, in the current locale (``empty`` when
    there are none)."""
    return formats.current().amounts(amounts, empty)
