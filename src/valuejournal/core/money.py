"""Money as integer minor units: parsing user text and formatting amounts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from valuejournal.core.errors import UserError

# ISO 4217 currencies whose minor unit is not 2 digits (the rest use 2).
_EXPONENTS = {
    "JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "HUF": 2, "XOF": 0, "XAF": 0, "UGX": 0,
    "PYG": 0, "RWF": 0, "KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3, "IQD": 3,
}  # fmt: skip
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF "}
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MAX_MINOR = 10**12
"""The largest amount one session, client rate or import row may hold, in minor units
(10 billion in a two-digit currency): two million such sessions still sum within 2^63."""
MAX_AMOUNT_TEXT = 64


class MoneyError(UserError, ValueError):
    """An amount or currency the app cannot read."""


def exponent(currency: str) -> int:
    """Number of minor-unit digits of an ISO 4217 currency (2 for most)."""
    return _EXPONENTS.get(currency.upper(), 2)


def check_currency(code: str) -> str:
    """Return the upper-cased ISO 4217 code, or raise MoneyError."""
    code = (code or "").strip().upper()
    if not _CURRENCY_RE.match(code):
        raise MoneyError(f"currency must be a three-letter ISO code such as EUR, got {code!r}")
    return code


def parse_amount(text: str | float | int, currency: str = "EUR") -> int:
    """Parse a major-unit amount ("1,234.50", "12,5", 80) into minor units.

    Accepts a decimal point or a decimal comma, thousands separators, a leading currency
    symbol and surrounding spaces. Rejects negatives and anything else with MoneyError.
    """
    if isinstance(text, int | float) and not isinstance(text, bool):
        raw = str(text)
    else:
        raw = str(text).strip()
    if len(raw) > MAX_AMOUNT_TEXT:
        raise MoneyError(f"not an amount (too long): {raw[:20]!r}…")
    cleaned = re.sub(r"[\s\u00a0'€$£¥₹]", "", raw)
    cleaned = re.sub(r"^[A-Za-z]{3}|[A-Za-z]{3}$", "", cleaned)
    if not cleaned:
        raise MoneyError(f"not an amount: {raw!r}")
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
    """A short human form: "€1,234.50", "1,234.50 SEK"."""
    digits = exponent(currency)
    body = f"{to_decimal(minor, currency):,.{digits}f}"
    symbol = _SYMBOLS.get(currency.upper())
    if symbol:
        return f"{symbol}{body}"
    return f"{body} {currency.upper()}"


def format_amounts(amounts: Mapping[str, int], empty: str = "") -> str:
    """Amounts in several currencies, by currency code: "€1,200.00, 300.00 SEK" (``empty``
    when there are none)."""
    return ", ".join(format_money(v, c) for c, v in sorted(amounts.items())) or empty
