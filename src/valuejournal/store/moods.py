"""Mood diary entries (Daylio) kept beside the sessions (mixed into Journal)."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select

from valuejournal.core.entities import MoodEntry
from valuejournal.store import tombstones
from valuejournal.store.models import MoodEntryRow, table_of
from valuejournal.store.queries import in_chunks

MOODS = table_of(MoodEntryRow)


def mood_values(entry: MoodEntry, now: datetime) -> dict[str, Any]:
    """Column values for a mood_entry row (every column but id)."""
    e = entry
    return {
        "uuid": e.uuid, "day": e.day, "at": e.at, "mood": e.mood[:60], "score": e.score,
        "activities": " | ".join(e.activities), "note_title": e.note_title,
        "note": e.note, "source": e.source[:20], "created_at": now,
    }  # fmt: skip


class MoodsMixin:
    """Mood entry reads and writes for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...

    def add_mood_entries(self, entries: Iterable[MoodEntry]) -> int:
        """Insert mood entries in one transaction (their uuids must be new); how many."""
        now = datetime.now(UTC)
        rows = [mood_values(e, now) for e in entries]
        if not rows:
            return 0
        with self._write() as conn:
            conn.execute(insert(MOODS), rows)
            tombstones.unbury(conn, (r["uuid"] for r in rows))
        return len(rows)

    def delete_mood_entries(self, uuids: Iterable[str]) -> int:
        """Delete mood entries in one transaction (undoing a Daylio import), each remembered
        as a tombstone; returns how many."""
        deleted = 0
        with self._write() as conn:
            for chunk in in_chunks(uuids):
                found = list(
                    conn.execute(select(MOODS.c.uuid).where(MOODS.c.uuid.in_(chunk))).scalars()
                )
                deleted += conn.execute(delete(MOODS).where(MOODS.c.uuid.in_(found))).rowcount
                tombstones.bury(conn, tombstones.MOOD, found)
        return deleted

    def existing_mood_uuids(self, uuids: Iterable[str]) -> set[str]:
        """Which of these mood entry uuids the journal holds."""
        wanted = list(dict.fromkeys(uuids))
        found: set[str] = set()
        with self._read() as conn:
            for i in range(0, len(wanted), 900):
                chunk = wanted[i : i + 900]
                found.update(
                    conn.execute(select(MOODS.c.uuid).where(MOODS.c.uuid.in_(chunk))).scalars()
                )
        return found

    def mood_entries(self, start: date | None = None, end: date | None = None) -> list[MoodEntry]:
        """Mood entries between two days (inclusive; None: unbounded), in time order."""
        stmt = select(MOODS).order_by(MOODS.c.day, MOODS.c.at, MOODS.c.id)
        if start is not None:
            stmt = stmt.where(MOODS.c.day >= start)
        if end is not None:
            stmt = stmt.where(MOODS.c.day <= end)
        with self._read() as conn:
            rows = conn.execute(stmt).mappings().all()
        return [
            MoodEntry(
                day=r["day"], mood=r["mood"], score=r["score"], at=r["at"],
                activities=tuple(a for a in r["activities"].split(" | ") if a),
                note_title=r["note_title"], note=r["note"], source=r["source"], uuid=r["uuid"],
            )
            for r in rows
        ]  # fmt: skip
