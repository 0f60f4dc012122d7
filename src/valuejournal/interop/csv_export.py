"""Writing the app's own CSV, which ``read_csv(format="generic")`` reads back unchanged.

One session per row, columns as in DESIGN.md ("The app's own CSV") plus ``start``,
``seconds``, ``project`` (under the client) and ``giving`` (``pro_bono``, ``gift`` or
empty). Durations are written as ``hours`` (two decimals, for people and spreadsheets),
``minutes`` and ``seconds`` (exact; the importer prefers it). Pay is written with a decimal
point and no grouping (``format_plain``), captures and tags separated by
``;``, dates ISO.

A text cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) is written with a single quote in front, as OWASP
advises against CSV injection; the app's importer takes exactly that quote off again
(:func:`unguard`), so the text round-trips unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from valuejournal.atomic import atomic_writer
from valuejournal.core.entities import Session
from valuejournal.core.money import format_plain

COLUMNS: tuple[str, ...] = (
    "date",
    "start",
    "hours",
    "minutes",
    "seconds",
    "value",
    "client",
    "project",
    "title",
    "pay",
    "currency",
    "status",
    "paid_on",
    "giving",
    "mood",
    "energy",
    "stress",
    "ecological",
    "economic",
    "social",
    "captures",
    "tags",
    "private",
    "note",
    "uuid",
)
"""The header of the app's CSV, in the order it is written."""


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection")."""


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def guard(text: str) -> str:
    """A text cell made safe for spreadsheets: a formula-like start gets a ``'`` before it.

    A text that already starts with ``'`` gets one too, so :func:`unguard` is exact.
    """
    if text.startswith((*FORMULA_STARTS, "'")):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """The text :func:`guard` was given (the app's own CSV only)."""
    if text.startswith("'") and text[1:].startswith((*FORMULA_STARTS, "'")):
        return text[1:]
    return text


def session_row(session: Session) -> list[str]:
    """The cells of one session, in :data:`COLUMNS` order."""
    return [
        session.day.isoformat(),
        session.start_time.isoformat(timespec="seconds") if session.start_time else "",
        f"{session.minutes / 60:.2f}",
        str(session.minutes),
        str(session.duration_seconds),
        _number(session.value),
        guard(session.client or ""),
        guard(session.project or ""),
        guard(session.title),
        format_plain(session.pay_minor, session.currency),
        session.currency,
        session.status.value,
        session.paid_on.isoformat() if session.paid_on else "",
        session.giving.value,
        _number(session.mood),
        _number(session.energy),
        _number(session.stress),
        _number(session.ecological),
        _number(session.economic),
        _number(session.social),
        ";".join(sorted(c.value for c in session.captures)),
        guard(";".join(session.tags)),
        "true" if session.private else "false",
        guard(session.notes),
        session.uuid,
    ]


def export_csv(sessions: Iterable[Session], path: Path | str) -> int:
    """Write ``sessions`` to ``path`` as the app's CSV, atomically; return the row count.

    Private notes are written as they are: leave private sessions out, or blank their
    notes, before calling this when they must not leave the journal.
    """
    count = 0
    with atomic_writer(path, newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for session in sessions:
            writer.writerow(session_row(session))
            count += 1
    return count
