"""What a quarter's canvas shows, decided in one place: the kept evidence of a closed quarter
(as it was, whatever changed in the journal since), else the evidence computed now from the
journal's sessions; and closing or reopening a quarter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from valuejournal.core.canvas import CanvasEvidence, CanvasRecord, compute_canvas
from valuejournal.core.periods import parse_quarter
from valuejournal.store.journal import Journal

if TYPE_CHECKING:
    from valuejournal.core.insights.thresholds import Thresholds


@dataclass(frozen=True, slots=True)
class CanvasView:
    """What a quarter's canvas shows: its record (texts) and its evidence; ``kept`` says
    whether the evidence is the closed quarter's kept one."""

    record: CanvasRecord
    evidence: CanvasEvidence
    kept: bool


def live_evidence(
    journal: Journal, quarter: str, *, thresholds: Thresholds | None = None
) -> CanvasEvidence:
    """The quarter's evidence computed now from the journal's sessions."""
    return compute_canvas(
        journal.all_sessions(),
        quarter,
        clients=journal.list_clients(),
        skills=journal.skill_tags(),
        currency=journal.info().base_currency,
        thresholds=thresholds,
    )


def canvas_view(
    journal: Journal, quarter: str, *, thresholds: Thresholds | None = None
) -> CanvasView:
    """The quarter's canvas: the kept evidence when closed, else computed now. Raises
    ``DateError`` for a malformed quarter."""
    parse_quarter(quarter)
    record = journal.get_canvas(quarter) or journal.new_canvas(quarter)
    if record.kept is not None:
        return CanvasView(record, record.kept, True)
    return CanvasView(record, live_evidence(journal, quarter, thresholds=thresholds), False)


def close_quarter(
    journal: Journal, quarter: str, *, thresholds: Thresholds | None = None
) -> CanvasRecord:
    """Keep the quarter's evidence as it is now, with its text (the quarter is closed)."""
    record = journal.get_canvas(quarter) or journal.new_canvas(quarter)
    if record.kept is not None:
        return record
    evidence = live_evidence(journal, quarter, thresholds=thresholds)
    closed = CanvasRecord(
        quarter, dict(record.texts), record.uuid, evidence, datetime.now(UTC), None
    )
    return journal.put_canvas(closed)


def reopen_quarter(journal: Journal, quarter: str) -> CanvasRecord:
    """Let the quarter's evidence follow the journal again (the kept copy is dropped)."""
    record = journal.get_canvas(quarter) or journal.new_canvas(quarter)
    return journal.put_canvas(CanvasRecord(quarter, dict(record.texts), record.uuid))
