"""What the report reads from the journal besides its figures: the quarter's session notes.

The figures come from the same columns the Insights page uses
(``SessionColumns.from_rows(journal.insight_rows())``): the high-pay yardstick and the median
rate are the journal's own, taken over every session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from valuejournal.core.insights import SessionColumns
from valuejournal.core.query import SessionQuery

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal


@dataclass(frozen=True, slots=True)
class SessionNote:
    """One session's note as the report may show it."""

    day: date
    client: str | None
    title: str
    text: str
    private: bool


def load_columns(journal: Journal) -> SessionColumns:
    """Every session of the journal as insight columns."""
    return SessionColumns.from_rows(journal.insight_rows(), journal.info().base_currency)


def load_notes(journal: Journal, start: date, end: date, *, private: bool) -> list[SessionNote]:
    """Sessions' notes between two days, oldest first; private ones only when asked."""
    sessions = journal.query_sessions(SessionQuery(start=start, end=end, descending=False))
    return [
        SessionNote(s.day, s.client, s.title, s.notes.strip(), s.private)
        for s in sessions
        if s.notes.strip() and (private or not s.private)
    ]
