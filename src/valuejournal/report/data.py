"""The quarterly report as plain data: the quarter's figures, spans, balances and reflection.

``build_report`` reads the journal and runs the insights engine (the same code the Insights
page and the CLI use) over the quarter; the result is a ``ReportData`` that the PDF renderer
draws and the Reflections page shows beside the editor. No Qt here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

import numpy as np

from valuejournal.core.canvas import CanvasEvidence, without_names
from valuejournal.core.entities import REFLECTION_SECTIONS, Reflection
from valuejournal.core.i18n import _
from valuejournal.core.insights import (
    ClientBalance,
    Insights,
    SessionColumns,
    Span,
    SpanKind,
    Thresholds,
    Totals,
    compute_insights_from_columns,
)
from valuejournal.core.insights.columns import client_key
from valuejournal.core.invoices import Invoice, in_range
from valuejournal.core.periods import PeriodKind, quarter_range
from valuejournal.core.weekly_review import WeeklyAnswers
from valuejournal.report.source import SessionNote, load_columns, load_notes

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal

SECTION_TITLES = dict(REFLECTION_SECTIONS)


@dataclass(frozen=True, slots=True)
class QuarterFigures:
    """The quarter's key figures: the insights' ``Totals`` and what the report adds to them.
    Money in minor units; rates in minor units per hour."""

    totals: Totals
    mood: float | None
    energy: float | None
    stress: float | None
    pending_count: int
    pending_oldest_days: int | None
    high_pay_low_value_hours: float
    high_value_no_pay_hours: float
    lag_median_days: float | None
    pay_rate_threshold: float | None


@dataclass(frozen=True, slots=True)
class ReflectionSection:
    """One written section of the reflection (``text`` is Markdown)."""

    key: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything the quarterly PDF shows, computed before anything is drawn.

    ``notes`` is None unless session notes were asked for; it holds private notes only when
    those were asked for too. ``insights`` is kept for the chart builders.
    """

    quarter: str
    start: date
    end: date
    owner: str
    journal_name: str
    currency: str
    today: date
    figures: QuarterFigures
    spans: tuple[Span, ...]
    clients: tuple[ClientBalance, ...]
    sections: tuple[ReflectionSection, ...]
    reflection_updated: datetime | None
    insights: Insights
    caveats: tuple[str, ...] = ()
    notes: tuple[SessionNote, ...] | None = None
    thresholds: Thresholds = field(default_factory=Thresholds)
    business: str = ""  # the person's business name, under their name on the cover
    weekly: tuple[WeeklyAnswers, ...] | None = None
    """The quarter's answered weekly reviews, when asked for as an appendix (else None)."""
    canvas: CanvasEvidence | None = None  # None: the canvas page was not asked for
    canvas_texts: dict[str, str] = field(default_factory=dict)
    canvas_closed: datetime | None = None  # when a closed quarter's evidence was kept
    invoices: tuple[Invoice, ...] = ()
    """The invoices sent in the quarter (those covering only private work left out unless
    private data was asked for), oldest first."""

    @property
    def empty(self) -> bool:
        """True when no work was logged in the quarter."""
        return self.figures.totals.sessions == 0

    @property
    def written(self) -> bool:
        """True when any reflection section has text."""
        return any(s.text.strip() for s in self.sections)


def build_report(
    journal: Journal,
    quarter: str,
    *,
    today: date | None = None,
    include_notes: bool = False,
    include_private: bool = False,
    columns: SessionColumns | None = None,
    thresholds: Thresholds | None = None,
    include_weekly: bool = False,
    include_canvas: bool = True,
) -> ReportData:
    """The report for ``quarter`` ("2026-Q3"); raises ``DateError`` for a malformed quarter.

    ``include_private`` implies ``include_notes``. ``columns`` may be passed when the caller
    already holds the journal's columns. ``include_weekly`` adds the answered weekly reviews
    of the weeks starting in the quarter (an appendix).
    already holds the journal's columns. ``include_canvas`` adds the quarter's canvas (kept
    or computed now; without private data, clients only private work is for are left out).
    """
    start, end = quarter_range(quarter)
    today = today or date.today()
    info = journal.info()
    cols = columns if columns is not None else load_columns(journal)
    insights = compute_insights_from_columns(
        cols,
        journal.list_clients(),
        start=start,
        end=end,
        kind=PeriodKind.WEEK,
        thresholds=thresholds or Thresholds(),
        today=today,
        currency=info.base_currency,
    )
    insights_all_clients = [c for c in insights.clients if c.client is not None]
    if not include_private:  # a client only private work is for is not named in the PDF
        insights = dataclasses.replace(
            insights, clients=public_clients(insights.clients, cols.between(start, end))
        )
    reflection = journal.get_reflection(quarter)
    notes = None
    if include_notes or include_private:
        notes = tuple(load_notes(journal, start, end, private=include_private))
    weekly = None
    if include_weekly:
        weekly = tuple(r for r in journal.weekly_reviews_between(start, end) if r.answered)
    canvas = texts = closed = None
    if include_canvas:
        from valuejournal.store.canvas_view import canvas_view

        view = canvas_view(journal, quarter, thresholds=thresholds)
        canvas, texts = view.evidence, view.record.texts
        closed = view.record.closed_at if view.kept else None
        if not include_private:
            hidden = {c.name.casefold() for c in insights_all_clients} - {
                c.name.casefold() for c in insights.clients
            }
            canvas = without_names(canvas, hidden)
    return ReportData(
        quarter=quarter,
        start=start,
        end=end,
        owner=info.owner or journal.name,
        journal_name=journal.name,
        currency=insights.currency,
        today=today,
        figures=quarter_figures(insights, cols.between(start, end)),
        spans=tuple(sorted(insights.spans, key=lambda s: (s.start, s.kind))),
        clients=tuple(insights.clients),
        sections=reflection_sections(reflection),
        reflection_updated=reflection.updated_at if reflection else None,
        insights=insights,
        caveats=tuple(insights.notes),
        notes=notes,
        thresholds=insights.thresholds,
        weekly=weekly,
        canvas=canvas,
        canvas_texts=dict(texts or {}),
        canvas_closed=closed,
        invoices=tuple(quarter_invoices(journal, start, end, private=include_private)),
    )


def quarter_invoices(journal: Journal, start: date, end: date, *, private: bool) -> list[Invoice]:
    """The invoices sent from ``start`` to ``end``; without ``private``, those whose
    sessions are all private are left out (their client may be private too)."""
    sent = in_range(journal.list_invoices(), start, end)
    if private:
        return sent
    covered = [u for i in sent for u in i.sessions]
    public = {s.uuid for s in journal.sessions_by_uuid(covered) if not s.private}
    return [i for i in sent if any(u in public for u in i.sessions)]


def public_clients(clients: list[ClientBalance], cols: SessionColumns) -> list[ClientBalance]:
    """The balances of clients that some non-private session of ``cols`` is for."""
    public = {
        client_key(cols.client_names[code])
        for code, private in zip(cols.client.tolist(), cols.private.tolist(), strict=True)
        if code >= 0 and not private
    }
    return [c for c in clients if c.client is None or client_key(c.client) in public]


def quarter_figures(insights: Insights, cols: SessionColumns) -> QuarterFigures:
    """The key figures of a quarter from its insights and its sessions' columns."""
    pending = insights.capture.pending
    lag = insights.capture.lag

    def hours_of(kind: SpanKind) -> float:
        return sum(s.hours for s in insights.spans if s.kind is kind)

    return QuarterFigures(
        totals=insights.totals,
        mood=_mean(cols.mood),
        energy=_mean(cols.energy),
        stress=_mean(cols.stress),
        pending_count=pending.count,
        pending_oldest_days=pending.oldest_age_days,
        high_pay_low_value_hours=hours_of(SpanKind.HIGH_PAY_LOW_VALUE),
        high_value_no_pay_hours=hours_of(SpanKind.HIGH_VALUE_NO_PAY),
        lag_median_days=lag.median_days,
        pay_rate_threshold=insights.pay_rate_threshold,
    )


def reflection_sections(reflection: Reflection | None) -> tuple[ReflectionSection, ...]:
    """The reflection's sections in the guided order (unknown keys last), text stripped."""
    if reflection is None:
        return ()
    keys = [k for k, _title in REFLECTION_SECTIONS]
    keys += sorted(k for k in reflection.sections if k not in SECTION_TITLES)
    return tuple(
        ReflectionSection(
            k, _(SECTION_TITLES.get(k, k.capitalize())), reflection.sections[k].strip()
        )
        for k in keys
        if reflection.sections.get(k, "").strip()
    )


def _mean(values: np.ndarray) -> float | None:
    """Mean of the recorded (finite) values, or None when there are none."""
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if finite.size else None
