"""Merging another copy of the journal into this one (a sync-conflict copy), planned as data.

Records are matched by uuid. Sessions, clients and reflections carry ``updated_at``: the
later version wins, whole. A tombstone (a deletion) wins over a version that is not newer
than it, so a record deleted in one copy does not come back from the other; an edit made
after the deletion wins over it. Comments and mood entries are only ever added (no
``updated_at``); a comment resolved in either copy stays resolved (resolving is what a
person does on purpose; nothing in either copy says when it was reopened). A client of the
other copy with another uuid but the same name (names are unique, case-insensitive) is the
same client: it is merged into this copy's one and its sessions follow. A reflection of a
quarter this copy has too is merged into this copy's one the same way.

Projects, invoices (with the sessions they cover), canvases, skill tags, weekly reviews and
exchange rates are merged as rows (`Record`) by the same rules, through the same path: by
uuid, else by their natural key (`RECORD_KEYS`), the later ``updated_at`` winning; skill
tags have neither uuid nor edit time, so the merge is their union by name. Projects and
invoices follow their client's merged name.

`plan_merge` returns the writes that turn this copy into the merged journal, the writes
that turn it back (for undo), and a report of what came from where. The store applies
them (`store.merge`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol, TypeVar

from valuejournal.core import tombstone as kinds
from valuejournal.core.entities import Comment, MoodEntry, Reflection, Session
from valuejournal.core.merge_clients import ClientVersion, match_clients
from valuejournal.core.merge_report import KIND_ORDER, KindCounts, MergeReport
from valuejournal.core.tombstone import CLIENT, COMMENT, MOOD, REFLECTION, SESSION, Tombstone

__all__ = ["RECORD_KEYS", "Changes", "ClientVersion", "MergePlan", "MergeReport", "Record",
           "Snapshot", "plan_merge"]  # fmt: skip

T = TypeVar("T")

RECORD_KEYS: dict[str, tuple[str, ...]] = {
    kinds.PROJECT: ("client", "name"),
    kinds.INVOICE: ("number",),
    kinds.CANVAS: ("quarter",),
    kinds.SKILL: ("name",),
    kinds.WEEKLY: ("week",),
    kinds.RATE: ("currency", "per", "day"),
}
"""The kinds merged as rows (`Record`) and the natural key of each: the unique fields that
make a record of the other copy with another uuid the same record as this copy's."""


@dataclass(frozen=True, slots=True)
class Record:
    """A record of one of the `RECORD_KEYS` kinds as plain data: its uuid, its last edit
    (None: never edited, as a skill tag) and its fields (``values``, sorted by name; a client
    by its name, an invoice's sessions as a sorted tuple of uuids)."""

    uuid: str
    updated_at: datetime | None
    values: tuple[tuple[str, object], ...]

    @classmethod
    def of(cls, uuid: str, updated_at: datetime | None, values: Mapping[str, object]) -> Record:
        """A record from its fields in any order."""
        return cls(uuid, updated_at, tuple(sorted(values.items())))

    def get(self, name: str) -> object:
        """One field (None when it has none)."""
        return dict(self.values).get(name)

    def with_values(self, **changed: object) -> Record:
        """The record with some fields changed."""
        return Record.of(self.uuid, self.updated_at, {**dict(self.values), **changed})

    def key(self, names: tuple[str, ...]) -> tuple[object, ...]:
        """The natural key (text compared regardless of case, as the journal's columns)."""
        fields = dict(self.values)
        return tuple(v.casefold() if isinstance(v, str) else v
                     for v in (fields.get(n) for n in names))  # fmt: skip


@dataclass
class Snapshot:
    """Everything of one copy that a merge reads."""

    clients: Sequence[ClientVersion] = ()
    sessions: Sequence[Session] = ()
    reflections: Sequence[Reflection] = ()
    comments: Sequence[Comment] = ()
    moods: Sequence[MoodEntry] = ()
    tombstones: Sequence[Tombstone] = ()
    records: Mapping[str, Sequence[Record]] = field(default_factory=dict)


@dataclass
class Changes:
    """Writes to a journal, applied in this order: clients, projects, sessions, the other
    ``records`` kinds, reflections and comments written whole (matched by uuid, inserted if
    missing), mood entries inserted, the records
    in ``removed`` deleted (no tombstone written for them), the tombstones of ``unburied``
    forgotten, and ``buried`` set exactly (with their own times)."""

    clients: list[ClientVersion] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    moods: list[MoodEntry] = field(default_factory=list)
    records: dict[str, list[Record]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    unburied: list[str] = field(default_factory=list)
    buried: list[Tombstone] = field(default_factory=list)

    def remove(self, kind: str, uuid: str) -> None:
        """Delete the record ``uuid`` of ``kind``."""
        self.removed.setdefault(kind, []).append(uuid)

    @property
    def empty(self) -> bool:
        """True when applying these changes writes nothing."""
        return not (
            self.clients or self.sessions or self.reflections or self.comments or self.moods
            or any(self.records.values()) or any(self.removed.values())
            or self.unburied or self.buried
        )  # fmt: skip


@dataclass
class MergePlan:
    """What merging the other copy does (``changes``), what undoes it (``undo``), and the
    report of what came from where."""

    changes: Changes
    undo: Changes
    report: MergeReport


def _later(a: datetime | None, b: datetime | None) -> bool:
    """True when ``a`` is strictly later than ``b`` (a missing time is the earliest)."""
    if a is None:
        return False
    return b is None or a > b


def _buries(stone: Tombstone | None, updated: datetime | None) -> bool:
    """True when the deletion wins over a version last changed at ``updated``."""
    return stone is not None and not _later(updated, stone.deleted_at)


class _Edited(Protocol):
    """A record with its last edit time (what decides a conflict)."""

    @property
    def updated_at(self) -> datetime | None: ...


class _Planner:
    def __init__(self, here: Snapshot, other: Snapshot) -> None:
        self.here = here
        self.other = other
        self.do = Changes()
        self.undo = Changes()
        self.report = MergeReport(counts={kind: KindCounts() for kind in KIND_ORDER})
        self.stones_here = {t.uuid: t for t in here.tombstones}
        self.stones_other = {t.uuid: t for t in other.tombstones}
        self.settled: set[str] = set()  # uuids whose tombstones the records decided

    # -- the pieces every kind shares ----------------------------------------------------
    def _bury_here(self, stone: Tombstone) -> None:
        """Remember the other copy's deletion here (undo: forget it, or the older one)."""
        before = self.stones_here.get(stone.uuid)
        if before is not None and not _later(stone.deleted_at, before.deleted_at):
            return
        self.do.buried.append(stone)
        if before is None:
            self.undo.unburied.append(stone.uuid)
        else:
            self.undo.buried.append(before)

    def _unbury_here(self, uuid: str) -> None:
        before = self.stones_here.get(uuid)
        if before is not None:
            self.do.unburied.append(uuid)
            self.undo.buried.append(before)

    def _decide(
        self,
        kind: str,
        uuid: str,
        here_at: datetime | None,
        there_at: datetime | None,
        exists_here: bool,
        exists_there: bool,
    ) -> str:
        """One record's outcome: "same-or-compare", "take", "keep", "delete", "drop", "only"."""
        counts = self.report.counts[kind]
        self.settled.add(uuid)
        here_stone, there_stone = self.stones_here.get(uuid), self.stones_other.get(uuid)
        if exists_here and exists_there:
            return "compare"
        if exists_here:
            if _buries(there_stone, here_at):
                assert there_stone is not None
                counts.deleted += 1
                self._bury_here(there_stone)
                return "delete"
            if there_stone is not None:  # edited here after the other copy deleted it
                counts.kept += 1
                counts.conflicts += 1
                return "keep"
            counts.only_here += 1
            return "only"
        if _buries(here_stone, there_at):
            counts.not_restored += 1
            return "drop"
        if here_stone is not None:  # edited there after this copy deleted it
            counts.conflicts += 1
            self._unbury_here(uuid)
        counts.added += 1
        return "take"

    def _compare(self, kind: str, differ: bool, there_newer: bool) -> bool:
        """Both copies hold the record: True when the other copy's version is taken."""
        counts = self.report.counts[kind]
        if not differ:
            counts.same += 1
            return False
        counts.conflicts += 1
        if there_newer:
            counts.updated += 1
            return True
        counts.kept += 1
        return False

    # -- clients -------------------------------------------------------------------------
    def clients(self) -> None:
        matched = match_clients(
            self.here.clients, self.other.clients, self.stones_here, self.stones_other
        )
        self.client_names_here = matched.here_names
        self.client_names_there = matched.there_names
        for note in matched.notes:
            self.report.notes.append(note)
        counts = self.report.counts[CLIENT]
        counts.conflicts += matched.merged_by_name
        here = {v.client.uuid: v for v in self.here.clients}
        for uuid, version in matched.written.items():
            before = here.get(uuid)
            self.do.clients.append(version)
            if before is None:
                self.undo.remove(CLIENT, uuid)
            else:
                self.undo.clients.append(before)
        for uuid in matched.removed:
            self.do.remove(CLIENT, uuid)
            self.undo.clients.append(here[uuid])
        for uuid in matched.unburied:
            self._unbury_here(uuid)
        for stone in matched.buried:
            self._bury_here(stone)
        for key, value in matched.counts.items():
            setattr(counts, key, getattr(counts, key) + value)
        self.settled.update(matched.settled)

    # -- one kind of record, matched by uuid (the path every kind takes) ----------------
    def _each(
        self,
        kind: str,
        mine_by: Mapping[str, T],
        theirs_by: Mapping[str, T],
        do: list[T],
        undo: list[T],
        stamp: Callable[[T], datetime | None],
        pair: Callable[[T, T | None], T | None],
        take: Callable[[T], T] = lambda record: record,
        alone: bool = False,
    ) -> None:
        """Merge one kind: a deletion wins over older versions, a record only one copy has is
        kept or taken, and ``pair`` decides a record both hold (its result is written here,
        None: this copy's stays); with ``alone`` it also sees one held only here."""
        for uuid in sorted(mine_by.keys() | theirs_by.keys()):
            mine, theirs = mine_by.get(uuid), theirs_by.get(uuid)
            outcome = self._decide(
                kind,
                uuid,
                stamp(mine) if mine is not None else None,
                stamp(theirs) if theirs is not None else None,
                mine is not None,
                theirs is not None,
            )
            if outcome == "delete":
                assert mine is not None
                self.do.remove(kind, uuid)
                undo.append(mine)
            elif outcome == "take":
                assert theirs is not None
                do.append(take(theirs))
                self.undo.remove(kind, uuid)
            elif mine is not None and (outcome == "compare" or alone):
                final = pair(mine, theirs)
                if final is not None:
                    do.append(final)
                    undo.append(mine)

    def _rekeyed(
        self,
        kind: str,
        mine: Sequence[T],
        theirs: Sequence[T],
        key: Callable[[T], object],
        uuid: Callable[[T], str],
        rebase: Callable[[T, T], T],
    ) -> tuple[dict[str, T], dict[str, T]]:
        """Both copies by uuid; a record of the other copy with another uuid but the same
        natural ``key`` as one here (the same quarter, number, week...) is this copy's one."""
        here = {uuid(r): r for r in mine}
        by_key = {key(r): r for r in mine}
        there: dict[str, T] = {}
        for record in theirs:
            same = by_key.get(key(record))
            if uuid(record) not in here and same is not None:
                record = rebase(record, same)
                self.report.counts[kind].conflicts += 1
            there[uuid(record)] = record
        return here, there

    def _pair(self, kind: str, differ: bool, newer: bool, taken: T) -> T | None:
        """``taken`` when the two versions differ and the other copy's is the later one."""
        return taken if self._compare(kind, differ, newer) else None

    # -- sessions ------------------------------------------------------------------------
    def _client_here(self, session: Session) -> Session:
        name = session.client
        final = self.client_names_here.get(name.casefold()) if name else None
        return _normal(replace(session, client=final))

    def _client_there(self, session: Session) -> Session:
        name = session.client
        final = self.client_names_there.get(name.casefold()) if name else None
        return _normal(replace(session, client=final))

    def sessions(self) -> None:
        def pair(mine: Session, theirs: Session | None) -> Session | None:
            final = self._client_here(mine)
            if theirs is not None:
                taken = self._client_there(theirs)
                newer = _later(theirs.updated_at, mine.updated_at)
                if self._compare(SESSION, taken != final, newer):
                    final = taken
            # taken, or its client renamed, merged or deleted
            return final if final != _normal(mine) else None

        self._each(
            SESSION, {s.uuid: s for s in self.here.sessions},
            {s.uuid: s for s in self.other.sessions}, self.do.sessions, self.undo.sessions,
            _edited, pair, self._client_there, alone=True,
        )  # fmt: skip

    # -- reflections ---------------------------------------------------------------------
    def reflections(self) -> None:
        here, there = self._rekeyed(
            REFLECTION, self.here.reflections, self.other.reflections,
            lambda r: r.quarter, lambda r: r.uuid, lambda r, same: replace(r, uuid=same.uuid),
        )  # fmt: skip

        def pair(mine: Reflection, theirs: Reflection | None) -> Reflection | None:
            assert theirs is not None
            differ = mine.sections != theirs.sections or mine.quarter != theirs.quarter
            newer = _later(theirs.updated_at, mine.updated_at)
            return self._pair(REFLECTION, differ, newer, replace(theirs, quarter=mine.quarter))

        self._each(REFLECTION, here, there, self.do.reflections, self.undo.reflections,
                   _edited, pair)  # fmt: skip

    # -- comments and mood entries (added only) ------------------------------------------
    def comments(self) -> None:
        self._each(
            COMMENT, {c.uuid: c for c in self.here.comments},
            {c.uuid: c for c in self.other.comments}, self.do.comments, self.undo.comments,
            lambda c: c.created_at, self._comment_pair,
        )  # fmt: skip

    def _comment_pair(self, mine: Comment, theirs: Comment | None) -> Comment | None:
        assert theirs is not None
        counts = self.report.counts[COMMENT]
        if theirs.resolved and not mine.resolved:
            counts.updated += 1
            return replace(mine, resolved=True)
        if replace(theirs, resolved=mine.resolved) != mine:
            counts.kept += 1  # a comment is never edited: this copy's text stays
            counts.conflicts += 1
        else:
            counts.same += 1
        return None

    def moods(self) -> None:
        self._each(
            MOOD, {m.uuid: m for m in self.here.moods}, {m.uuid: m for m in self.other.moods},
            self.do.moods, self.undo.moods, lambda m: None,
            lambda mine, theirs: self._pair(MOOD, mine != theirs, False, mine),
        )  # fmt: skip

    # -- the kinds kept as rows (projects, invoices, canvases...) ------------------------
    def records(self) -> None:
        for kind, key_fields in RECORD_KEYS.items():
            self._records(kind, key_fields)

    def _client_of(self, record: Record, names: Mapping[str, str | None]) -> Record:
        name = record.get("client")
        if not isinstance(name, str) or not name:
            return record
        return record.with_values(client=names.get(name.casefold(), name))

    def _records(self, kind: str, key_fields: tuple[str, ...]) -> None:
        mine = [self._client_of(r, self.client_names_here)
                for r in self.here.records.get(kind, ())]  # fmt: skip
        theirs = [self._client_of(r, self.client_names_there)
                  for r in self.other.records.get(kind, ())]  # fmt: skip
        here, there = self._rekeyed(
            kind, mine, theirs, lambda r: r.key(key_fields), lambda r: r.uuid,
            lambda r, same: replace(r, uuid=same.uuid),
        )  # fmt: skip
        originals = {r.uuid: r for r in self.here.records.get(kind, ())}

        def pair(mine: Record, theirs: Record | None) -> Record | None:
            final = mine
            if theirs is not None:
                newer = _later(theirs.updated_at, mine.updated_at)
                if self._compare(kind, theirs.values != mine.values, newer):
                    final = theirs
            return final if final != originals[mine.uuid] else None  # or its client renamed

        do = self.do.records.setdefault(kind, [])
        undo = self.undo.records.setdefault(kind, [])
        self._each(kind, here, there, do, [], _edited, pair, alone=True)
        # what undo writes back is this copy's record as it was (its client's old name)
        undo.extend(originals[r.uuid] for r in do if r.uuid in originals)
        undo.extend(originals[u] for u in self.do.removed.get(kind, ()))

    # -- deletions only the other copy knows about ---------------------------------------
    def tombstones(self) -> None:
        for uuid, stone in self.stones_other.items():
            if uuid not in self.settled:
                before = len(self.do.buried)
                self._bury_here(stone)
                self.report.tombstones_added += len(self.do.buried) - before


def _edited(record: _Edited) -> datetime | None:
    return record.updated_at


def _normal(session: Session) -> Session:
    """A session compared regardless of the order and case of its tags."""
    tags = tuple(sorted({t.casefold(): t for t in session.tags}.values(), key=str.casefold))
    return replace(session, tags=tags)


def plan_merge(here: Snapshot, other: Snapshot) -> MergePlan:
    """The plan that merges ``other`` (another copy of the journal) into ``here``."""
    planner = _Planner(here, other)
    planner.clients()
    planner.sessions()
    planner.reflections()
    planner.comments()
    planner.moods()
    planner.records()
    planner.tombstones()
    return MergePlan(planner.do, planner.undo, planner.report)
