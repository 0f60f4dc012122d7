"""An import as a plan: what would be added, what is already there, what was rejected.

Every importer returns an :class:`ImportPlan` without touching the journal. The CLI's
``--dry-run`` and the GUI's preview show the plan; :func:`apply_plan` then writes the new
sessions in one transaction. Sessions carry stable uuids (see :func:`stable_uuid`), so
importing the same file twice finds the second time's sessions already present.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid as uuid_mod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from valuejournal.core.entities import Session, round_minutes
from valuejournal.core.errors import UserError
from valuejournal.core.i18n import N_

IMPORT_NAMESPACE = uuid_mod.UUID("6f4b2d8e-3c1a-5e7f-9b0d-2a4c6e8f1b3d")
"""Namespace of the uuid5 identities given to imported sessions (never change it)."""


class ImportFormatError(UserError, ValueError):
    """The file as a whole cannot be imported (unknown format, binary, empty, bad columns).

    The message is one line a person can act on; the CLI prints it and exits with 2.
    """


@dataclass(slots=True)
class RowError:
    """A rejected row: its line in the file as an editor shows it (header = 1), and why."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.row}: {self.reason}"


SHORT = N_("shorter than a minute")
LONG = N_("longer than 24 hours")
TOTALS = N_("a totals row")
REPEAT = N_("an exact repeat of another row")
OTHER_PERSON = N_("another person's work")
SKIP_REASONS: tuple[str, ...] = (SHORT, LONG, TOTALS, REPEAT, OTHER_PERSON)
"""Why a row is not a work session (skipped rows never block an import)."""


@dataclass(slots=True)
class LongEntry:
    """A row longer than 24 hours (a timer left running), kept aside in case the person
    wants it split at midnights or trimmed (see ``interop.long_entries``).

    ``template`` is the session it would be, but for its duration.
    """

    row: int
    template: Session
    seconds: int


class SkipRow(Exception):  # a signal, not an error (hence not named ...Error)
    """Raised by a parser for a row that is not a work session (one of SKIP_REASONS)."""

    def __init__(self, reason: str, long_entry: LongEntry | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.long_entry = long_entry


@dataclass(slots=True)
class ImportPlan:
    """The outcome of reading a file, before anything is written."""

    format: str
    path: Path | None
    sessions: list[Session] = field(default_factory=list)
    """Valid sessions not seen before (in this file, or in the journal once checked)."""
    duplicates: list[Session] = field(default_factory=list)
    """Sessions already in the journal."""
    errors: list[RowError] = field(default_factory=list)
    """Rejected rows: malformed (a date that does not exist, an unreadable duration)."""
    skipped: dict[str, int] = field(default_factory=dict)
    """Rows that are not work sessions, counted per reason (SKIP_REASONS)."""
    long_entries: list[LongEntry] = field(default_factory=list)
    """The rows skipped as longer than 24 hours, for the person to keep if they wish."""
    people: dict[str, int] = field(default_factory=dict)
    """Whose work the file holds: person -> rows (a team export names several)."""
    user: str | None = None
    """The person whose rows were taken (None: every row)."""
    columns: list[str] = field(default_factory=list)
    """The header row as read."""

    def summary(self) -> str:
        """One line for people: "new 120, already present 3, skipped 4, rejected 2"."""
        return (
            f"new {len(self.sessions)}, already present {len(self.duplicates)}, "
            f"skipped {sum(self.skipped.values())}, rejected {len(self.errors)}"
        )

    @property
    def needs_person(self) -> bool:
        """True when the file holds several people's work and nobody was chosen."""
        return self.user is None and len(self.people) > 1

    def skip(self, reason: str, count: int = 1) -> None:
        """Count a skipped row."""
        self.skipped[reason] = self.skipped.get(reason, 0) + count

    @property
    def total_seconds(self) -> int:
        """The exact duration of the new sessions."""
        return sum(s.duration_seconds for s in self.sessions)

    @property
    def total_minutes(self) -> int:
        """Minutes of work in the new sessions: their exact total, rounded once."""
        return round_minutes(self.total_seconds)

    def pay_by_currency(self) -> dict[str, int]:
        """Pay of the new sessions in minor units, per currency."""
        totals: dict[str, int] = {}
        for session in self.sessions:
            if session.pay_minor:
                totals[session.currency] = totals.get(session.currency, 0) + session.pay_minor
        return totals


_NAMESPACE_HASH = hashlib.sha1(IMPORT_NAMESPACE.bytes)
_VARIANT = {f"{n:x}": f"{n & 0x3 | 0x8:x}" for n in range(16)}
"""A hex digit with its top two bits set to RFC 4122's variant (10)."""


def stable_uuid(fmt: str, key: str) -> str:
    """The uuid5 of ``"{fmt}:{key}"`` in the import namespace, as a string.

    Equal to ``str(uuid.uuid5(IMPORT_NAMESPACE, ...))``, computed without building UUID
    objects (imports make one per row): the namespace is hashed once, and the version and
    variant are written into the hex digits.
    """
    digest = _NAMESPACE_HASH.copy()
    digest.update(f"{fmt}:{key}".encode())
    h = digest.hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


def normalise_parts(parts: Sequence[object]) -> str:
    """Row content as one comparable string: trimmed, case-folded, unit-separated."""
    # Case folding maps character by character, so folding the joined text is the same.
    return "\x1f".join(["" if p is None else str(p).strip() for p in parts]).casefold()


def fingerprint(fmt: str, normalised: str, occurrence: int) -> str:
    """A stable uuid for a row without an id, from its :func:`normalise_parts` content.

    ``occurrence`` counts earlier rows with the same content in the same file, so two
    identical entries (two one-hour meetings on one day) stay two sessions and keep
    their identities when the file is imported again.
    """
    suffix = f"#{occurrence}" if occurrence else ""
    return stable_uuid(fmt, f"fp:{normalised}{suffix}")


class Fingerprints:
    """Stable uuids for the rows of one file that carry no id of their own.

    The first row with some content gets ``fingerprint(..., 0)``; identical rows after it
    get occurrences 1, 2, ... Counts are keyed by the first uuid, a string the session
    already holds, so a large file costs little memory.
    """

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self._counts: dict[str, int] = {}

    def uuid(self, parts: Sequence[object]) -> str:
        """The uuid for a row with this content (see :func:`normalise_parts`)."""
        return self.uuid_of(normalise_parts(parts))

    def uuid_of(self, key: str) -> str:
        """The uuid for a row whose content :func:`normalise_parts` gives as ``key``."""
        first = stable_uuid(self.fmt, f"fp:{key}")  # fingerprint(self.fmt, key, 0)
        seen = self._counts.get(first, 0)
        self._counts[first] = seen + 1
        return fingerprint(self.fmt, key, seen) if seen else first


def mark_duplicates(plan: ImportPlan, existing: set[str]) -> ImportPlan:
    """A copy of ``plan`` with sessions whose uuid is in ``existing`` moved to duplicates."""
    if not existing:
        return dataclasses.replace(
            plan, sessions=list(plan.sessions), duplicates=list(plan.duplicates)
        )
    fresh = [s for s in plan.sessions if s.uuid not in existing]
    known = [s for s in plan.sessions if s.uuid in existing]
    return dataclasses.replace(plan, sessions=fresh, duplicates=[*plan.duplicates, *known])


class UuidLookup(Protocol):
    """What a preview needs from a journal: which of these sessions it holds."""

    def existing_uuids(self, uuids: Iterable[str]) -> set[str]: ...


class SessionSink(UuidLookup, Protocol):
    """What :func:`apply_plan` needs from a journal (``store.journal.Journal`` fits)."""

    def add_sessions_bulk(self, sessions: Sequence[Session], *, validated: bool = ...) -> int: ...


def check_against(plan: ImportPlan, journal: UuidLookup) -> ImportPlan:
    """The plan with sessions already in ``journal`` marked as duplicates (a preview)."""
    existing = journal.existing_uuids(s.uuid for s in plan.sessions)
    return mark_duplicates(plan, existing)


def apply_plan(plan: ImportPlan, journal: SessionSink) -> int:
    """Add the plan's new sessions to ``journal`` in one transaction; return how many.

    Sessions already in the journal are skipped, so applying a plan twice adds nothing
    the second time. Clients are created by name as needed by the journal.
    """
    checked = check_against(plan, journal)
    if not checked.sessions:
        return 0
    return journal.add_sessions_bulk(checked.sessions, validated=True)
