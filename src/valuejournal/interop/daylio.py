"""Daylio's CSV export: a mood diary, read as daily mood records beside the work sessions.

Header as Daylio writes it (Settings → Export entries → CSV; older versions lack
``note_title``)::

    full_date,date,weekday,time,mood,activities,note_title,note

``full_date`` is ISO (2024-03-05), ``time`` "21:30" or "9:30 pm", ``mood`` one of Daylio's
five default words (rad, good, meh, bad, awful: scores 5 to 1) or a mood the person named
(kept with no score), ``activities`` separated by " | ". Each entry gets a stable uuid from
its content, so importing the same export again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from valuejournal.core.entities import MoodEntry
from valuejournal.interop.csv_reading import (
    iter_records,
    load_text,
    normalise_header,
    parse_time,
    sniff_delimiter,
)
from valuejournal.interop.dates import DateOrder, parse_flexible_date
from valuejournal.interop.plan import ImportFormatError, RowError, normalise_parts, stable_uuid

NAME = "daylio"
LABEL = "Daylio mood diary"
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note"
SCORES = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
"""Daylio's default moods, best to worst, as the app's 1-5 scale."""


def detect(header: Iterable[str]) -> bool:
    """A Daylio export: full_date, mood and activities columns."""
    return {"full_date", "mood", "activities"} <= {normalise_header(h) for h in header}


def is_daylio(path: Path | str) -> bool:
    """True if the file's header is Daylio's (False for anything unreadable)."""
    try:
        text, _ = load_text(path)
        header = next(iter_records(text, sniff_delimiter(text)), None)
    except ImportFormatError:
        return False
    return header is not None and detect(header.cells)


@dataclass(slots=True)
class MoodPlan:
    """What a Daylio export holds, before anything is written."""

    path: Path | None
    entries: list[MoodEntry] = field(default_factory=list)
    present: list[MoodEntry] = field(default_factory=list)
    """Entries the journal already holds."""
    errors: list[RowError] = field(default_factory=list)

    def summary(self) -> str:
        """One line for people: "moods: new 120, already present 0, rejected 1"."""
        return (
            f"moods: new {len(self.entries)}, already present {len(self.present)}, "
            f"rejected {len(self.errors)}"
        )


class MoodStore(Protocol):
    """What the Daylio import needs from a journal (``store.journal.Journal`` fits)."""

    def existing_mood_uuids(self, uuids: Iterable[str]) -> set[str]: ...
    def add_mood_entries(self, entries: Iterable[MoodEntry]) -> int: ...


def read_daylio(path_or_text: Path | str) -> MoodPlan:
    """Read a Daylio CSV export; ImportFormatError if it is not one."""
    text, path = load_text(path_or_text)
    records = iter_records(text, sniff_delimiter(text))
    header = next(records, None)
    if header is None or not detect(header.cells):
        raise ImportFormatError("this is not a Daylio export (no full_date, mood, activities)")
    keys = [normalise_header(h) for h in header.cells]
    plan = MoodPlan(path)
    seen: set[str] = set()
    for record in records:
        cells = dict(zip(keys, (c.strip() for c in record.cells), strict=False))
        try:
            entry = _entry(cells, record.cells)
        except ValueError as exc:
            plan.errors.append(RowError(record.line, str(exc)))
            continue
        if entry.uuid not in seen:
            seen.add(entry.uuid)
            plan.entries.append(entry)
    return plan


def _entry(cells: dict[str, str], raw: list[str]) -> MoodEntry:
    day = parse_flexible_date(cells.get("full_date", ""), DateOrder.DAY_FIRST, "full_date")
    mood = cells.get("mood", "")
    if not mood:
        raise ValueError("the mood is missing")
    activities = tuple(a.strip() for a in cells.get("activities", "").split("|") if a.strip())
    return MoodEntry(
        day=day,
        mood=mood,
        score=SCORES.get(mood.casefold()),
        at=parse_time(cells.get("time", "")),
        activities=activities,
        note_title=cells.get("note_title", ""),
        note=cells.get("note", "").replace("\r\n", "\n"),
        uuid=stable_uuid(NAME, normalise_parts(raw)),
    )


def check_moods(plan: MoodPlan, journal: MoodStore) -> MoodPlan:
    """The plan with entries the journal already holds moved to ``present``."""
    have = journal.existing_mood_uuids(e.uuid for e in plan.entries)
    return MoodPlan(
        plan.path,
        [e for e in plan.entries if e.uuid not in have],
        [*plan.present, *(e for e in plan.entries if e.uuid in have)],
        plan.errors,
    )


def apply_moods(plan: MoodPlan, journal: MoodStore) -> list[MoodEntry]:
    """Add the plan's new mood entries in one transaction; return the entries added."""
    fresh = check_moods(plan, journal).entries
    if fresh:
        journal.add_mood_entries(fresh)
    return fresh
