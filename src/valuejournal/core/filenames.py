"""Safe file names made from text a person typed or a file brought (owners, labels, stems)."""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 60
# Device names Windows refuses as a file name, whatever the extension.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
)


def safe_file_name(text: str, fallback: str, *, limit: int = MAX_LENGTH) -> str:
    """``text`` as (part of) a file name that is valid and harmless on every system.

    Letters and digits of any script, ``-``, ``_`` and ``.`` are kept; every other run of
    characters (spaces, path separators, control characters, ``<>:"|?*``) becomes one ``-``,
    runs of dots become one dot, and no dot, dash or underscore starts or ends the name (no
    hidden files, no trailing dot Windows drops). At most ``limit`` characters. ``fallback``
    when nothing is left or the name is one Windows reserves (``CON``, ``NUL``, ``COM1`` ...).
    """
    text = unicodedata.normalize("NFC", text)
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text)
    kept = re.sub(r"\.{2,}", ".", re.sub(r"-{2,}", "-", kept))
    name = kept.strip("-_.")[:limit].rstrip("-_.")
    if not name or name.split(".")[0].upper() in _RESERVED:
        return fallback
    return name
