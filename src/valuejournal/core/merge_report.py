"""What a merge of another copy did, per kind of record: counts, and the report in words.

The command line prints `report_lines`; the window shows the same counts in a table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from valuejournal.core import tombstone as kinds
from valuejournal.core.tombstone import CLIENT, COMMENT, MOOD, REFLECTION, SESSION

KIND_ORDER = (
    SESSION, CLIENT, kinds.PROJECT, kinds.INVOICE, REFLECTION, kinds.CANVAS, kinds.SKILL,
    kinds.WEEKLY, kinds.RATE, COMMENT, MOOD,
)  # fmt: skip
KIND_LABELS = {
    SESSION: "sessions",
    CLIENT: "clients",
    kinds.PROJECT: "projects",
    kinds.INVOICE: "invoices",
    REFLECTION: "reflections",
    kinds.CANVAS: "canvases",
    kinds.SKILL: "skill tags",
    kinds.WEEKLY: "weekly reviews",
    kinds.RATE: "exchange rates",
    COMMENT: "comments",
    MOOD: "mood entries",
}


@dataclass
class KindCounts:
    """One kind's outcome. ``added``/``updated``: came from the other copy; ``kept``: this
    copy's version stayed where the other copy's differed; ``deleted``: deleted here because
    the other copy deleted it (a tombstone); ``not_restored``: the other copy still had it but
    it was deleted here; ``conflicts``: the two copies disagreed and a rule chose (the later
    change, the deletion, the same name); ``same``/``only_here``: nothing to do."""

    added: int = 0
    updated: int = 0
    kept: int = 0
    deleted: int = 0
    not_restored: int = 0
    conflicts: int = 0
    same: int = 0
    only_here: int = 0

    @property
    def changes(self) -> int:
        """How many records of this kind the merge writes."""
        return self.added + self.updated + self.deleted


@dataclass
class MergeReport:
    """Counts per kind (keys of `KIND_ORDER`), deletions learnt, and notes in words."""

    counts: dict[str, KindCounts]
    tombstones_added: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        """How many records the merge writes (0: the copies hold the same)."""
        return sum(c.changes for c in self.counts.values())

    def total(self, name: str) -> int:
        """One count (a `KindCounts` field name) summed over every kind."""
        return sum(getattr(c, name) for c in self.counts.values())


COUNT_PHRASES = (
    ("added", "{n} added from the other copy"),
    ("updated", "{n} updated from it"),
    ("kept", "{n} kept from this one"),
    ("deleted", "{n} deleted (deleted in the other copy)"),
    ("not_restored", "{n} not brought back (deleted here)"),
)
COUNT_FIELDS = tuple(f.name for f in fields(KindCounts))


def kind_line(kind: str, counts: KindCounts) -> str:
    """ "sessions: 3 added from the other copy, ...; 2 conflicts resolved" for one kind."""
    parts = [text.format(n=getattr(counts, name)) for name, text in COUNT_PHRASES
             if getattr(counts, name)]  # fmt: skip
    if not parts:
        parts = [f"nothing to merge ({counts.same + counts.only_here} unchanged)"]
    line = f"{KIND_LABELS[kind]}: " + ", ".join(parts)
    if counts.conflicts:
        noun = "conflict" if counts.conflicts == 1 else "conflicts"
        line += f"; {counts.conflicts} {noun} resolved"
    return line


def report_lines(report: MergeReport, *, dry_run: bool = False) -> list[str]:
    """The report in words, one line per kind, then the notes."""
    lines = [kind_line(kind, report.counts[kind]) for kind in KIND_ORDER]
    if report.tombstones_added:
        lines.append(f"deletions remembered from the other copy: {report.tombstones_added}")
    lines.extend(report.notes)
    if not report.changes and not report.tombstones_added:
        lines.append(
            "the two copies hold the same: nothing " + ("would change" if dry_run else "changed")
        )
    return lines
