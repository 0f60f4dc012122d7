"""The whole journal as JSON: every field of every record, read back without loss.

Layout (``version`` rises only when old readers could misread the file)::

    {"format": "valuejournal-export", "version": 1, "exported_at": "...",
     "journal": {"uuid": ..., "owner": ..., "base_currency": ..., "schema_version": ...},
     "clients": [...], "sessions": [...], "reflections": [...], "comments": [...],
     "invoices": [...], "canvases": [...], "skills": [...], "rates": [...]}

Each record is its dataclass's fields by name: dates and times ISO 8601 (datetimes keep
their UTC offset), money in integer minor units with its currency, enums by value,
captures and tags as lists, exchange rates as exact decimal text ("1.0856"; a session's
frozen rate travels with it). Unknown keys are ignored, so newer minor additions still read.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from valuejournal.atomic import atomic_writer
from valuejournal.boundedio import UnreadableFileError, read_regular
from valuejournal.core.canvas import CanvasRecord, record_from_json, record_to_json
from valuejournal.core.entities import (
    Client,
    Comment,
    JournalInfo,
    Reflection,
    Session,
    utc_now,
)
from valuejournal.core.fx import ExchangeRate, known_currency, parse_rate, rate_text
from valuejournal.core.invoices import Invoice, validate_invoice
from valuejournal.core.rules import ValidationError, validate_client, validate_session
from valuejournal.interop.csv_reading import MAX_BYTES
from valuejournal.interop.plan import ImportFormatError

FORMAT_MARKER = "valuejournal-export"
FORMAT_VERSION = 1

T = TypeVar("T")


@dataclass(slots=True)
class ExportedJournal:
    """Everything a JSON export holds."""

    info: JournalInfo
    sessions: list[Session] = field(default_factory=list)
    clients: list[Client] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    invoices: list[Invoice] = field(default_factory=list)
    canvases: list[CanvasRecord] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    rates: list[ExchangeRate] = field(default_factory=list)


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return rate_text(value)  # exact decimal text, never a float
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(_encode(v) for v in value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def record_to_dict(record: Any) -> dict[str, Any]:
    """A dataclass record as JSON-ready data, field by field."""
    return {f.name: _encode(getattr(record, f.name)) for f in dataclasses.fields(record)}


def export_json(data: ExportedJournal, path: Path | str) -> None:
    """Write ``data`` to ``path`` as JSON, atomically (the old file survives a failure)."""
    document = {
        "format": FORMAT_MARKER,
        "version": FORMAT_VERSION,
        "exported_at": utc_now().isoformat(),
        "journal": record_to_dict(data.info),
        "clients": [record_to_dict(c) for c in data.clients],
        "sessions": [record_to_dict(s) for s in data.sessions],
        "reflections": [record_to_dict(r) for r in data.reflections],
        "comments": [record_to_dict(c) for c in data.comments],
        "invoices": [record_to_dict(i) for i in data.invoices],
        "canvases": [record_to_json(c) for c in data.canvases],
        "skills": list(data.skills),
        "rates": [record_to_dict(r) for r in data.rates],
    }
    with atomic_writer(path) as stream:
        json.dump(document, stream, ensure_ascii=False, indent=1)
        stream.write("\n")


def _decode(hint: Any, value: Any) -> Any:
    """Convert JSON data to the type a dataclass field declares."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(inner[0], value)
    if origin is frozenset:
        (item,) = typing.get_args(hint)
        return frozenset(_decode(item, v) for v in _expect(value, list))
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_decode(item, v) for v in _expect(value, list))
    if origin is dict:
        return {str(k): str(v) for k, v in _expect(value, dict).items()}
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is datetime:
        return datetime.fromisoformat(_expect(value, str))
    if hint is date:
        return date.fromisoformat(_expect(value, str))
    if hint is time:
        return time.fromisoformat(_expect(value, str))
    if hint is Decimal:
        return parse_rate(_expect(value, str))
    if hint is bool:
        return _expect(value, bool)
    if hint is int:
        if isinstance(value, bool):
            raise ValueError(f"expected a whole number, got {value!r}")
        return _expect(value, int)
    if hint is str:
        return _expect(value, str)
    raise ValueError(f"cannot read a value of type {hint!r}")  # pragma: no cover


def _expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def record_from_dict(cls: type[T], data: Any) -> T:
    """Build a dataclass record from :func:`record_to_dict` output; ValueError if bad."""
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in _expect(data, dict):
            try:
                values[f.name] = _decode(hints[f.name], data[f.name])
            except (ValueError, TypeError) as exc:
                raise ValueError(f"{f.name}: {exc}") from None
    try:
        return cls(**values)
    except TypeError as exc:
        raise ValueError(str(exc)) from None


def read_json(path: Path | str) -> ExportedJournal:
    """Read a file written by :func:`export_json`; ImportFormatError if it is not one."""
    source = Path(path)
    try:
        raw = read_regular(source, MAX_BYTES, "the JSON file")
    except UnreadableFileError as exc:
        raise ImportFormatError(str(exc)) from None
    document = loads_bounded(raw, source.name)
    if not isinstance(document, dict) or document.get("format") != FORMAT_MARKER:
        raise ImportFormatError(f"{source.name} is not a Value Journal JSON export")
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ImportFormatError(
            f"{source.name} was written by a newer Value Journal (format {version!r}); "
            "update the app to read it"
        )
    return ExportedJournal(
        info=_section(JournalInfo, [document.get("journal")], "journal")[0],
        clients=_section(Client, document.get("clients", []), "clients", validate_client),
        sessions=_section(Session, document.get("sessions", []), "sessions", validate_session),
        reflections=_section(Reflection, document.get("reflections", []), "reflections"),
        comments=_section(Comment, document.get("comments", []), "comments"),
        invoices=_section(Invoice, document.get("invoices", []), "invoices", validate_invoice),
        canvases=_canvases(document.get("canvases", [])),
        skills=_skills(document.get("skills", [])),
        rates=_section(ExchangeRate, document.get("rates", []), "rates", _check_rate),
    )


def _check_rate(rate: ExchangeRate) -> None:
    """A rate from a JSON export names two ISO currencies (RateError, a ValueError, if not)."""
    known_currency(rate.currency)
    known_currency(rate.per)


def _canvases(items: Any) -> list[CanvasRecord]:
    if not isinstance(items, list):
        raise ImportFormatError("the JSON export's canvases are not a list")
    records = []
    for position, item in enumerate(items, start=1):
        try:
            records.append(record_from_json(item))
        except (ValueError, TypeError, KeyError) as exc:
            raise ImportFormatError(f"canvases #{position} cannot be read: {exc}") from None
    return records


def _skills(items: Any) -> list[str]:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ImportFormatError("the JSON export's skills are not a list of tag names")
    return list(items)


MAX_DEPTH = 32
MAX_NUMBER_CHARS = 40


def _number(text: str) -> int | float:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number with more than {MAX_NUMBER_CHARS} characters")
    value = float(text) if any(c in text for c in ".eE") else int(text)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("a number too large for a float")
    return value


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def loads_bounded(raw: bytes, name: str) -> Any:
    """Parse JSON text with bounds: nesting at most 32 deep, numbers of at most 40
    characters, no NaN or Infinity. Raises ImportFormatError for anything else."""
    try:
        text = raw.decode("utf-8-sig")
        document = json.loads(
            text, parse_int=_number, parse_float=_number, parse_constant=_no_constant
        )
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(f"{name} is not a JSON file ({exc})") from None
    except RecursionError:
        raise ImportFormatError(
            f"{name} is nested too deeply to be a Value Journal export"
        ) from None
    except ValueError as exc:
        raise ImportFormatError(f"{name} cannot be read: {exc}") from None
    if _depth(document) > MAX_DEPTH:
        raise ImportFormatError(f"{name} is nested too deeply to be a Value Journal export")
    return document


def _section(cls: type[T], items: Any, name: str, check: Any = None) -> list[T]:
    if not isinstance(items, list):
        raise ImportFormatError(f"the JSON export's {name} are not a list")
    records: list[T] = []
    for position, item in enumerate(items, start=1):
        try:
            record = record_from_dict(cls, item)
            if check is not None:
                check(record)
        except (ValueError, ValidationError) as exc:
            raise ImportFormatError(f"{name} #{position} cannot be read: {exc}") from None
        records.append(record)
    return records
