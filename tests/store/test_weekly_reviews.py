"""Weekly reviews kept in the journal (revision 0010), and a 0009 journal carried over."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from tests.helpers.sessions import session
from valuejournal.core.errors import UserError
from valuejournal.core.weekly_review import WeeklyAnswers
from valuejournal.store import engine
from valuejournal.store.journal import Journal


def test_save_replace_and_read_by_quarter(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        first = journal.save_weekly_review(
            WeeklyAnswers("2026-W48", ("What would change that?",), ("Fewer meetings",))
        )
        journal.save_weekly_review(WeeklyAnswers("2026-W41", ("Q?",), ("",), dismissed=True))
        journal.save_weekly_review(WeeklyAnswers("2026-W26", ("Q?",), ("June",)))
        again = journal.save_weekly_review(
            WeeklyAnswers("2026-W48", ("What would change that?",), ("Fewer meetings, more",))
        )
        assert again.uuid == first.uuid and again.updated_at is not None
    with Journal.open(journal_path) as journal:
        assert journal.weekly_review("2026-W48").answers == ("Fewer meetings, more",)  # type: ignore[union-attr]
        q4 = journal.weekly_reviews_between(date(2026, 10, 1), date(2026, 12, 31))
        assert [r.week for r in q4] == ["2026-W41", "2026-W48"]
        assert q4[0].dismissed and not q4[0].answered
        assert journal.weekly_review("2026-W01") is None
        with pytest.raises(UserError):
            journal.save_weekly_review(WeeklyAnswers("48", (), ()))


def test_a_0009_journal_gains_the_table_and_keeps_its_sessions(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_session(session(date(2026, 11, 24), 2, client="Brightline"))
    downgrade(journal_path, "0009")
    assert engine.stored_revision(journal_path) == "0009"
    with Journal.open(journal_path) as journal:
        assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
        assert [s.client for s in journal.all_sessions()] == ["Brightline"]
        journal.save_weekly_review(WeeklyAnswers("2026-W48", ("Q?",), ("A",)))
        assert journal.weekly_review("2026-W48") is not None


def test_cli_report_appends_the_weekly_reviews(qapp, journal_path: Path, tmp_path: Path) -> None:
    """(``qapp`` first: the command would make a bare QGuiApplication, no widgets after it.)"""
    from tests.report.pdfs import page_texts
    from valuejournal.cli import main

    with Journal.open(journal_path) as journal:
        journal.add_session(session(date(2026, 11, 24), 2, client="Brightline"))
        journal.save_weekly_review(
            WeeklyAnswers("2026-W48", ("What would change that?",), ("Raise the rate",))
        )
    out = tmp_path / "q4.pdf"
    args = ["report", "--journal", str(journal_path), "--quarter", "2026-Q4", "--out", str(out)]
    assert main([*args, "--with-weekly-reviews", "--locale", "en_GB"]) == 0
    last = page_texts(out)[-1]
    assert "Appendix: weekly reviews" in last and "Raise the rate" in last
