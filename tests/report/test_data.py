"""The report as data: the quarter's figures against sums done here, spans, sections, notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers.sessions import session
from valuejournal.core.entities import PayStatus, Reflection
from valuejournal.core.insights import SessionColumns, compute_insights
from valuejournal.core.periods import DateError, quarter_range
from valuejournal.report.data import build_report
from valuejournal.report.source import load_columns
from valuejournal.store.journal import Journal

TODAY = date(2026, 11, 23)


def test_figures_match_sums_over_the_quarter(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        data = build_report(journal, "2026-Q2", today=TODAY)
        sessions = journal.all_sessions()
        clients = journal.list_clients()
    start, end = quarter_range("2026-Q2")
    inside = [s for s in sessions if start <= s.day <= end]
    paid = [s for s in inside if s.status is not PayStatus.NONE and s.currency == "EUR"]
    rated = [s for s in inside if s.value is not None]
    f = data.figures
    assert f.totals.sessions == len(inside) > 100
    assert f.totals.hours == pytest.approx(sum(s.minutes for s in inside) / 60)
    assert f.totals.pay_minor == sum(s.pay_minor for s in paid)
    assert f.totals.value == pytest.approx(
        sum(s.value * s.minutes for s in rated) / sum(s.minutes for s in rated)  # type: ignore[operator]
    )
    moods = [s.mood for s in inside if s.mood is not None]
    assert f.mood == pytest.approx(sum(moods) / len(moods))
    # the spans and balances are the engine's own over the whole journal's yardstick
    whole = compute_insights(sessions, clients, start=start, end=end, today=TODAY)
    assert [(s.kind, s.start, s.end) for s in data.spans] == sorted(
        ((s.kind, s.start, s.end) for s in whole.spans), key=lambda t: (t[1], t[0])
    )
    assert [c.name for c in data.clients] == [c.name for c in whole.clients]
    assert data.figures.pay_rate_threshold == pytest.approx(whole.pay_rate_threshold)
    assert data.owner == "Lena Marchetti" and (data.start, data.end) == (start, end)


def test_report_columns_give_the_same_insights_as_entity_sessions(demo_path: Path) -> None:
    start, end = quarter_range("2026-Q3")
    with Journal.open(demo_path) as journal:
        fast = load_columns(journal)
        slow = SessionColumns.from_sessions(journal.all_sessions())
        clients = journal.list_clients()
    a = compute_insights_from(fast, clients, start, end)
    b = compute_insights_from(slow, clients, start, end)
    assert a.totals == b.totals
    assert a.spans == b.spans
    assert a.clients == b.clients
    assert a.pay_rate_threshold == b.pay_rate_threshold
    assert a.capture.pending == b.capture.pending


def compute_insights_from(cols, clients, start, end):
    from valuejournal.core.insights import compute_insights_from_columns

    return compute_insights_from_columns(cols, clients, start=start, end=end, today=TODAY)


def test_sections_follow_the_guided_order_and_skip_empty_ones(journal: Journal) -> None:
    journal.save_reflection(
        Reflection("2026-Q1", {"notes": "last", "created": "first", "captured": "  ", "x": "?"})
    )
    data = build_report(journal, "2026-Q1", today=TODAY)
    assert [(s.key, s.text) for s in data.sections] == [
        ("created", "first"),
        ("notes", "last"),
        ("x", "?"),
    ]
    assert data.written and data.empty


def test_a_quarter_without_sessions_is_empty_not_an_error(journal: Journal) -> None:
    journal.add_session(session(date(2026, 1, 5), 2, rate=50, lag=10))
    data = build_report(journal, "2026-Q3", today=TODAY)
    assert data.empty and not data.written
    assert data.figures.totals.hours == 0 and data.spans == () and data.clients == ()


def test_malformed_quarter_is_a_date_error(journal: Journal) -> None:
    with pytest.raises(DateError, match="2026-Q3"):
        build_report(journal, "2026-Q5")


def test_private_notes_only_when_asked(journal: Journal) -> None:
    public = session(date(2026, 7, 6), 1)
    public.notes = "Shared the draft with the board"
    secret = session(date(2026, 7, 7), 1)
    secret.notes = "Client X is about to go bankrupt"
    secret.private = True
    journal.add_sessions_bulk([public, secret])
    assert build_report(journal, "2026-Q3").notes is None
    notes = build_report(journal, "2026-Q3", include_notes=True).notes
    assert [n.text for n in notes or ()] == ["Shared the draft with the board"]
    both = build_report(journal, "2026-Q3", include_private=True).notes
    assert [n.private for n in both or ()] == [False, True]
