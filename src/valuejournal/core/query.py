"""What a list of sessions asks for: filters and sort order, as plain data.

The store turns a SessionQuery into SQL; the UI and the CLI build them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from valuejournal.core.entities import PayStatus

SORT_KEYS = ("day", "client", "title", "minutes", "pay", "status", "value", "mood")


@dataclass(frozen=True, slots=True)
class SessionQuery:
    """Filters and order for listing sessions; every field optional."""

    text: str = ""
    client: str | None = None
    no_client: bool = False
    start: date | None = None
    end: date | None = None
    status: PayStatus | None = None
    unrated_only: bool = False
    uuids: tuple[str, ...] | None = None
    sort: str = "day"
    descending: bool = True
