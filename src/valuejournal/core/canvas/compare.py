"""Quarter against quarter: what grew, what shrank, what is new or gone, what moved between
blocks. Shares are compared, not hours, so a shorter quarter does not make everything shrink.

A change counts when a name's share moved by at least ``MIN_POINTS`` percentage points (new
and gone names: when the share they have or had reaches it). A name *moved* when it sits in
one set of blocks in the earlier quarter and in other blocks only in the later one (a client
who became a partner, an activity now marked as a skill).
"""

from __future__ import annotations

from dataclasses import dataclass

from valuejournal.core.canvas.blocks import BLOCK_TITLES
from valuejournal.core.canvas.model import CanvasEvidence, Item
from valuejournal.core.periods import parse_quarter, quarter_label

MIN_POINTS = 5.0
COMPARED: tuple[tuple[str, str, str], ...] = (
    ("customers", "customers", "hours"),
    ("activities", "activities", "hours"),
    ("resources", "resources", "hours"),
    ("partners", "partners", "hours"),
    ("revenue", "revenue.by_client", "pay"),
)
"""(block key, evidence attribute, what the share is of)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One change between two quarters. ``kind``: grew | shrank | new | gone | moved.
    Shares are percentages (0-100); for ``moved`` they are None and ``blocks`` say where."""

    block: str
    name: str
    kind: str
    measure: str  # "hours" | "pay" | ""
    before: float | None
    after: float | None
    blocks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    @property
    def points(self) -> float:
        """How far the share moved, in percentage points (0 for a move)."""
        return abs((self.after or 0.0) - (self.before or 0.0))


def previous_quarter(quarter: str) -> str:
    """The quarter before ("2026-Q1" -> "2025-Q4"); raises ``DateError`` for a bad label."""
    year, number = parse_quarter(quarter)
    return quarter_label(year - 1, 4) if number == 1 else quarter_label(year, number - 1)


def _items(ev: CanvasEvidence, attribute: str) -> tuple[Item, ...]:
    holder: object = ev
    for part in attribute.split("."):
        holder = getattr(holder, part)
    assert isinstance(holder, tuple)
    return holder


def compare(before: CanvasEvidence, after: CanvasEvidence) -> list[Change]:
    """The changes from ``before``'s quarter to ``after``'s, largest first."""
    changes: list[Change] = []
    for block, attribute, measure in COMPARED:
        old = {i.name.casefold(): i for i in _items(before, attribute)}
        new = {i.name.casefold(): i for i in _items(after, attribute)}
        for key in sorted(old.keys() | new.keys()):
            was = old[key].share * 100 if key in old else None
            now = new[key].share * 100 if key in new else None
            name = (new.get(key) or old[key]).name
            kind = _kind(was, now)
            if kind:
                changes.append(Change(block, name, kind, measure, was, now))
    changes.sort(key=lambda c: (-c.points, c.block, c.name.casefold()))
    return changes + _moves(before, after)


def _kind(was: float | None, now: float | None) -> str | None:
    if was is None:
        return "new" if (now or 0.0) >= MIN_POINTS else None
    if now is None:
        return "gone" if was >= MIN_POINTS else None
    if now - was >= MIN_POINTS:
        return "grew"
    if was - now >= MIN_POINTS:
        return "shrank"
    return None


def _places(ev: CanvasEvidence) -> dict[str, tuple[str, set[str]]]:
    places: dict[str, tuple[str, set[str]]] = {}
    for block in ("customers", "partners", "resources", "activities"):
        for item in _items(ev, block):
            places.setdefault(item.name.casefold(), (item.name, set()))[1].add(block)
    return places


def _moves(before: CanvasEvidence, after: CanvasEvidence) -> list[Change]:
    old, new = _places(before), _places(after)
    moves = []
    for key in sorted(old.keys() & new.keys()):
        was, now = old[key][1], new[key][1]
        if was and now and not was & now:
            order = list(BLOCK_TITLES)
            blocks = (tuple(sorted(was, key=order.index)), tuple(sorted(now, key=order.index)))
            moves.append(Change(blocks[1][0], new[key][0], "moved", "", None, None, blocks))
    return moves
