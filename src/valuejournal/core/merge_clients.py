"""Matching the clients of two copies of a journal: by uuid, else by name (names are unique,
case-insensitive), the later ``updated_at`` winning, deletions (tombstones) respected.

The result says which clients to write, which to delete, and what each copy's client names
become, so the sessions of both copies can be pointed at the merged clients.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from valuejournal.core.entities import Client
from valuejournal.core.tombstone import Tombstone


@dataclass(frozen=True, slots=True)
class ClientVersion:
    """A client as one copy holds it, with the times the plain `Client` does not carry."""

    client: Client
    created_at: datetime
    updated_at: datetime


@dataclass
class MatchedClients:
    """The merged clients: writes, deletions and where each copy's client names go."""

    written: dict[str, ClientVersion] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    unburied: list[str] = field(default_factory=list)
    buried: list[Tombstone] = field(default_factory=list)
    here_names: dict[str, str | None] = field(default_factory=dict)
    there_names: dict[str, str | None] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    merged_by_name: int = 0
    notes: list[str] = field(default_factory=list)
    settled: set[str] = field(default_factory=set)


def _same(a: Client, b: Client) -> bool:
    return replace(a, uuid=b.uuid) == b


def _buries(stone: Tombstone | None, updated: datetime) -> bool:
    return stone is not None and updated <= stone.deleted_at


class _Matcher:
    def __init__(
        self,
        here: Sequence[ClientVersion],
        there: Sequence[ClientVersion],
        stones_here: Mapping[str, Tombstone],
        stones_there: Mapping[str, Tombstone],
    ) -> None:
        self.here = {v.client.uuid: v for v in here}
        self.there = list(there)
        self.stones_here = stones_here
        self.stones_there = stones_there
        self.final: dict[str, ClientVersion] = dict(self.here)
        self.target: dict[str, str | None] = {}  # other copy's uuid -> merged client's uuid
        self.added: set[str] = set()
        self.out = MatchedClients()

    def match(self) -> MatchedClients:
        by_name = {v.client.name.casefold(): v for v in self.here.values()}
        there_uuids = {v.client.uuid for v in self.there}
        for theirs in self.there:
            mine = self.here.get(theirs.client.uuid)
            if mine is None:
                named = by_name.get(theirs.client.name.casefold())
                if named is not None and named.client.uuid not in there_uuids:
                    mine = named
                    self._note_alias(theirs.client.name, named.client.name)
            if mine is None:
                self._only_there(theirs)
            else:
                self._pair(mine, theirs)
        matched = {t for t in self.target.values() if t is not None}
        for uuid, mine in self.here.items():
            if uuid not in matched:
                self._only_here(mine)
        self._settle_names()
        return self._result()

    def _note_alias(self, theirs: str, mine: str) -> None:
        self.out.merged_by_name += 1
        self.out.notes.append(
            f"client {theirs!r} of the other copy is {mine!r} here (same name): merged"
        )

    def _pair(self, mine: ClientVersion, theirs: ClientVersion) -> None:
        uuid = mine.client.uuid
        self.target[theirs.client.uuid] = uuid
        if _same(theirs.client, mine.client):
            self.out.counts["same"] += 1
            return
        self.out.counts["conflicts"] += 1
        if theirs.updated_at > mine.updated_at:
            self.out.counts["updated"] += 1
            taken = replace(theirs.client, uuid=uuid)
            self.final[uuid] = ClientVersion(taken, mine.created_at, theirs.updated_at)
        else:
            self.out.counts["kept"] += 1

    def _only_there(self, theirs: ClientVersion) -> None:
        uuid = theirs.client.uuid
        stone = self.stones_here.get(uuid)
        if _buries(stone, theirs.updated_at):
            self.out.counts["not_restored"] += 1
            self.target[uuid] = None
            return
        if stone is not None:
            self.out.counts["conflicts"] += 1
            self.out.unburied.append(uuid)
        self.out.counts["added"] += 1
        self.final[uuid] = theirs
        self.target[uuid] = uuid
        self.added.add(uuid)

    def _only_here(self, mine: ClientVersion) -> None:
        uuid = mine.client.uuid
        stone = self.stones_there.get(uuid)
        if _buries(stone, mine.updated_at):
            assert stone is not None
            self.out.counts["deleted"] += 1
            self.out.removed.append(uuid)
            self.out.buried.append(stone)
            del self.final[uuid]
        elif stone is not None:
            self.out.counts["kept"] += 1
            self.out.counts["conflicts"] += 1
        else:
            self.out.counts["only_here"] += 1

    def _settle_names(self) -> None:
        """Two merged clients may not share a name: a name taken from the other copy that
        collides goes back to this copy's; a client added from it joins the namesake."""
        for _round in range(len(self.final) + 1):
            holders: dict[str, list[str]] = {}
            for uuid, version in self.final.items():
                holders.setdefault(version.client.name.casefold(), []).append(uuid)
            clash = next((u for u in holders.values() if len(u) > 1), None)
            if clash is None:
                return
            self._untangle(clash)
        raise ValueError("client names could not be told apart")  # pragma: no cover

    def _untangle(self, clash: list[str]) -> None:
        added = [u for u in clash if u in self.added]
        if added:
            keep = (
                next(u for u in clash if u not in self.added)
                if len(added) < len(clash)
                else added[0]
            )
            for uuid in added:
                if uuid == keep:
                    continue
                name = self.final.pop(uuid).client.name
                self.added.discard(uuid)
                self.out.counts["added"] -= 1
                for source, target in self.target.items():
                    if target == uuid:
                        self.target[source] = keep
                self._note_alias(name, self.final[keep].client.name)
            return
        renamed = [u for u in clash if self.final[u] != self.here[u]]
        uuid = renamed[0] if renamed else clash[0]
        mine = self.here[uuid]
        chosen = replace(self.final[uuid].client, name=mine.client.name)
        self.final[uuid] = replace(self.final[uuid], client=chosen)
        self.out.notes.append(
            f"client {mine.client.name!r} keeps its name here (the other copy's new name is "
            "another client's)"
        )

    def _result(self) -> MatchedClients:
        out = self.out
        out.written = {u: v for u, v in self.final.items() if self.here.get(u) != v}
        for uuid, mine in self.here.items():
            final = self.final.get(uuid)
            out.here_names[mine.client.name.casefold()] = final.client.name if final else None
        for theirs in self.there:
            target = self.target.get(theirs.client.uuid)
            final = self.final.get(target) if target else None
            out.there_names[theirs.client.name.casefold()] = final.client.name if final else None
        out.settled = set(self.here) | {v.client.uuid for v in self.there}
        return out


def match_clients(
    here: Sequence[ClientVersion],
    there: Sequence[ClientVersion],
    stones_here: Mapping[str, Tombstone],
    stones_there: Mapping[str, Tombstone],
) -> MatchedClients:
    """Match the other copy's clients (``there``) to this copy's (``here``)."""
    return _Matcher(here, there, stones_here, stones_there).match()
