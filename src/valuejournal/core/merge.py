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

`plan_merge` returns the writes that turn this copy into the merged journal, the writes
that turn it back (for undo), and a report of what came from where. The store applies
them (`store.merge`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from valuejournal.core.entities import Comment, MoodEntry, Reflection, Session
from valuejournal.core.merge_clients import ClientVersion, match_clients
from valuejournal.core.merge_report import KIND_ORDER, KindCounts, MergeReport
from valuejournal.core.tombstone import CLIENT, COMMENT, MOOD, REFLECTION, SESSION, Tombstone

__all__ = ["Changes", "ClientVersion", "MergePlan", "MergeReport", "Snapshot", "plan_merge"]


@dataclass
class Snapshot:
    """Everything of one copy that a merge reads."""

    clients: Sequence[ClientVersion] = ()
    sessions: Sequence[Session] = ()
    reflections: Sequence[Reflection] = ()
    comments: Sequence[Comment] = ()
    moods: Sequence[MoodEntry] = ()
    tombstones: Sequence[Tombstone] = ()


@dataclass
class Changes:
    """Writes to a journal, applied in this order: clients, sessions, reflections and comments
    written whole (matched by uuid, inserted if missing), mood entries inserted, the records
    in ``removed`` deleted (no tombstone written for them), the tombstones of ``unburied``
    forgotten, and ``buried`` set exactly (with their own times)."""

    clients: list[ClientVersion] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    moods: list[MoodEntry] = field(default_factory=list)
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
            or any(self.removed.values()) or self.unburied or self.buried
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

    def _decide_edited(
        self, kind: str, uuid: str, mine: _Edited | None, theirs: _Edited | None
    ) -> str:
        """`_decide` for a record that keeps its last edit time (sessions, reflections)."""
        return self._decide(
            kind,
            uuid,
            mine.updated_at if mine else None,
            theirs.updated_at if theirs else None,
            mine is not None,
            theirs is not None,
        )

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
        here = {s.uuid: s for s in self.here.sessions}
        there = {s.uuid: s for s in self.other.sessions}
        for uuid in sorted(here.keys() | there.keys()):
            mine, theirs = here.get(uuid), there.get(uuid)
            outcome = self._decide_edited(SESSION, uuid, mine, theirs)
            if outcome == "delete":
                assert mine is not None
                self.do.remove(SESSION, uuid)
                self.undo.sessions.append(mine)
                continue
            if outcome == "take":
                assert theirs is not None
                self.do.sessions.append(self._client_there(theirs))
                self.undo.remove(SESSION, uuid)
                continue
            if mine is None:
                continue
            final = self._client_here(mine)
            if outcome == "compare":
                assert theirs is not None
                taken = self._client_there(theirs)
                if self._compare(
                    SESSION, taken != final, _later(theirs.updated_at, mine.updated_at)
                ):
                    final = taken
            if final != _normal(mine):  # taken, or its client renamed, merged or deleted
                self.do.sessions.append(final)
                self.undo.sessions.append(mine)

    # -- reflections ---------------------------------------------------------------------
    def reflections(self) -> None:
        here = {r.uuid: r for r in self.here.reflections}
        by_quarter = {r.quarter: r for r in self.here.reflections}
        for theirs in self.other.reflections:
            mine = here.get(theirs.uuid)
            if mine is None and theirs.quarter in by_quarter:
                mine = by_quarter[theirs.quarter]  # the same quarter written in both copies
                theirs = replace(theirs, uuid=mine.uuid)
                self.report.counts[REFLECTION].conflicts += 1
            self._reflection(mine, theirs)
        for mine in self.here.reflections:
            if mine.uuid not in self.settled:
                self._reflection(mine, None)

    def _reflection(self, mine: Reflection | None, theirs: Reflection | None) -> None:
        uuid = (mine or theirs).uuid  # type: ignore[union-attr]
        outcome = self._decide_edited(REFLECTION, uuid, mine, theirs)
        if outcome == "delete":
            assert mine is not None
            self.do.remove(REFLECTION, uuid)
            self.undo.reflections.append(mine)
        elif outcome == "take":
            assert theirs is not None
            self.do.reflections.append(theirs)
            self.undo.remove(REFLECTION, uuid)
        elif outcome == "compare":
            assert mine is not None and theirs is not None
            differ = mine.sections != theirs.sections or mine.quarter != theirs.quarter
            if self._compare(REFLECTION, differ, _later(theirs.updated_at, mine.updated_at)):
                self.do.reflections.append(replace(theirs, quarter=mine.quarter))
                self.undo.reflections.append(mine)

    # -- comments and mood entries (added only) ------------------------------------------
    def comments(self) -> None:
        here = {c.uuid: c for c in self.here.comments}
        there = {c.uuid: c for c in self.other.comments}
        for uuid in sorted(here.keys() | there.keys()):
            mine, theirs = here.get(uuid), there.get(uuid)
            stamp = (mine or theirs).created_at  # type: ignore[union-attr]
            outcome = self._decide(
                COMMENT, uuid, stamp, stamp, mine is not None, theirs is not None
            )
            if outcome == "delete":
                assert mine is not None
                self.do.remove(COMMENT, uuid)
                self.undo.comments.append(mine)
            elif outcome == "take":
                assert theirs is not None
                self.do.comments.append(theirs)
                self.undo.remove(COMMENT, uuid)
            elif outcome == "compare":
                assert mine is not None and theirs is not None
                self._comment_pair(mine, theirs)

    def _comment_pair(self, mine: Comment, theirs: Comment) -> None:
        counts = self.report.counts[COMMENT]
        if theirs.resolved and not mine.resolved:
            self.do.comments.append(replace(mine, resolved=True))
            self.undo.comments.append(mine)
            counts.updated += 1
        elif replace(theirs, resolved=mine.resolved) != mine:
            counts.kept += 1  # a comment is never edited: this copy's text stays
            counts.conflicts += 1
        else:
            counts.same += 1

    def moods(self) -> None:
        here = {m.uuid: m for m in self.here.moods}
        there = {m.uuid: m for m in self.other.moods}
        for uuid in sorted(here.keys() | there.keys()):
            mine, theirs = here.get(uuid), there.get(uuid)
            outcome = self._decide(MOOD, uuid, None, None, mine is not None, theirs is not None)
            if outcome == "delete":
                assert mine is not None
                self.do.remove(MOOD, uuid)
                self.undo.moods.append(mine)
            elif outcome == "take":
                assert theirs is not None
                self.do.moods.append(theirs)
                self.undo.remove(MOOD, uuid)
            elif outcome == "compare":
                assert mine is not None and theirs is not None
                self._compare(MOOD, mine != theirs, False)

    # -- deletions only the other copy knows about ---------------------------------------
    def tombstones(self) -> None:
        for uuid, stone in self.stones_other.items():
            if uuid not in self.settled:
                before = len(self.do.buried)
                self._bury_here(stone)
                self.report.tombstones_added += len(self.do.buried) - before


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
    planner.tombstones()
    return MergePlan(planner.do, planner.undo, planner.report)
