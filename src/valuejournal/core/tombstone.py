"""A deleted record remembered by the journal (a tombstone), as plain data.

Merging two copies of a journal needs to know what one of them deleted, or the other copy
would bring it back; the store writes one at every delete (`store.tombstones`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SESSION = "session"
CLIENT = "client"
REFLECTION = "reflection"
COMMENT = "comment"
MOOD = "mood"
INVOICE = "invoice"
PROJECT = "project"
RATE = "rate"
KINDS = (SESSION, CLIENT, REFLECTION, COMMENT, MOOD, INVOICE, PROJECT, RATE)
"""The kinds of record a tombstone can name (the ones whose delete the store remembers)."""
CANVAS = "canvas"
SKILL = "skill_tag"
WEEKLY = "weekly"
"""Kinds a merge carries whose records are never deleted one by one (no tombstones): a
canvas and a weekly review are only rewritten, skill tags are set as a whole."""


@dataclass(frozen=True, slots=True)
class Tombstone:
    """A deleted record: its uuid, its kind (one of `KINDS`) and when it was deleted (UTC)."""

    uuid: str
    kind: str
    deleted_at: datetime
