"""Reading CSV text the way people's files really are.

Shared by every importer: decoding (UTF-8 with or without BOM, UTF-16, Windows-1252),
refusing binary files, guessing the separator (comma, semicolon, tab), walking records
with the line number a person sees in an editor, and the cell parsers for whole numbers,
times of day and yes/no flags (durations and decimal numbers: ``core.durations``, the one
parser the GUI and CLI use too; dates: ``interop.dates``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import time
from pathlib import Path

from valuejournal.core.durations import parse_decimal
from valuejournal.interop.plan import ImportFormatError

MAX_BYTES = 200 * 1024 * 1024
"""Files larger than this are refused before they are read."""
MAX_ROWS = 1_000_000
"""Files with more records than this are refused."""

_BINARY_SAMPLE = 8192


def load_text(source: Path | str) -> tuple[str, Path | None]:
    """Return the decoded text of a file path, or the given text itself.

    A ``str`` that names an existing file, or any ``Path``, is read from disk; any other
    ``str`` is taken as CSV text. Raises ImportFormatError for a missing, empty, binary or
    oversized file.
    """
    if isinstance(source, Path) or _looks_like_path(source):
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ImportFormatError(f"cannot read {path}: {exc.strerror or exc}") from None
        if size > MAX_BYTES:
            raise ImportFormatError(
                f"{path.name} is {size // (1024 * 1024)} MB; files over "
                f"{MAX_BYTES // (1024 * 1024)} MB are not imported"
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFormatError(f"cannot read {path}: {exc.strerror or exc}") from None
        return decode(data), path
    if len(source) > MAX_BYTES:
        raise ImportFormatError("the text is too large to import")
    return source.removeprefix("\ufeff"), None


def _looks_like_path(text: str) -> bool:
    """A one-line string that names a file (or clearly tries to) rather than CSV text."""
    if "\n" in text or len(text) > 4096:
        return False
    if text.lower().endswith((".csv", ".txt", ".tsv")) or "/" in text or "\\" in text:
        return True
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def decode(data: bytes) -> str:
    """Decode file bytes: BOMs honoured, UTF-8 first, then Windows-1252; binary refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFormatError("the file is not valid UTF-16 text") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:_BINARY_SAMPLE]:
        raise ImportFormatError("this is a binary file, not a CSV text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportFormatError("this is not a text file in a known encoding") from None
    sample = text[:_BINARY_SAMPLE]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > max(2, len(sample) // 100):
        raise ImportFormatError("this looks like a binary file, not a CSV text file")
    return text


def sniff_delimiter(text: str) -> str:
    """Guess the separator from the header line: comma, semicolon or tab."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    counts = dict.fromkeys((",", ";", "\t"), 0)
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


@dataclass(slots=True)
class Record:
    """One CSV record and the line (1-based, as an editor shows it) where it starts."""

    line: int
    cells: list[str]


def iter_records(text: str, delimiter: str) -> Iterator[Record]:
    """Yield every non-blank record with its starting line number.

    Quoted fields may hold separators and newlines; the header is the first record.
    Raises ImportFormatError for broken quoting or too many rows.
    """
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=False)
    previous_end = 0
    count = 0
    try:
        for cells in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if not cells or not (cells[0].strip() or any(c.strip() for c in cells)):
                continue
            count += 1
            if count > MAX_ROWS + 1:
                raise ImportFormatError(f"the file has more than {MAX_ROWS:,} rows")
            yield Record(start, cells)
    except csv.Error as exc:
        raise ImportFormatError(f"line {reader.line_num}: the CSV is malformed ({exc})") from None


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their endings (cheaper in memory than a StringIO copy).

    Only "\n" ends a line ("\r\n" included); a file with old Mac "\r" endings is
    treated as if it used "\n". Quoted newlines are left to the CSV reader to join.
    """
    if "\n" not in text and "\r" in text:
        text = text.replace("\r", "\n")
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def normalise_header(name: str) -> str:
    """A header cell as a lookup key: trimmed, lower-case, inner spaces collapsed."""
    return " ".join(name.replace("\ufeff", "").strip().lower().split())


# --- cell parsers -----------------------------------------------------------------------


def parse_int(text: str, what: str) -> int | None:
    """A whole number, or None for an empty cell; "7.0" is accepted as 7."""
    if not text.strip():
        return None
    try:
        value = parse_decimal(text)
    except ValueError:
        raise ValueError(f"{what} is not a whole number: {text.strip()!r}") from None
    if value != value.to_integral_value():
        raise ValueError(f"{what} is not a whole number: {text.strip()!r}")
    return int(value)


_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?$", re.I)


def parse_time(text: str) -> time | None:
    """A time of day ("09:05", "9:05:00", "01:26:00 PM"), or None for an empty cell."""
    raw = text.strip()
    if not raw:
        return None
    if "t" in raw.lower() and len(raw) > 10:  # an ISO date-time: keep the clock part
        raw = raw.lower().split("t", 1)[1][:8]
    elif " " in raw and "-" in raw.split(" ", 1)[0]:
        raw = raw.split(" ", 1)[1]
    match = _TIME.match(raw)
    if not match:
        raise ValueError(f"not a time of day: {text.strip()!r}")
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    meridiem = (match.group(4) or "").replace(".", "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueError(f"not a time of day: {text.strip()!r}")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"not a time of day: {text.strip()!r}")
    return time(hour, minute, second)


_TRUE = {"yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "sí", "billable"}
_FALSE = {"no", "n", "false", "f", "0", "nein", "non", "-", "not billable"}


def parse_bool(text: str, what: str = "flag") -> bool | None:
    """Yes/no in several spellings; None for an empty cell."""
    raw = text.strip().lower()
    if not raw:
        return None
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ValueError(f"{what} must be yes or no, got {text.strip()!r}")
