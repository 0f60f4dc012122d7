"""The canvas in the journal file: texts and kept evidence, skills, the 0007 -> 0008 migration,
shares carrying canvases, and a coach's comment on a block through share, review store,
feedback file and import (store level; the window's round trip is in tests/ui)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.canvas import SKILLS, write_planted
from tests.helpers.schema import downgrade
from valuejournal.core.canvas import canvas_uuid
from valuejournal.core.entities import Comment, CommentTarget, Session
from valuejournal.core.errors import UserError
from valuejournal.store import engine
from valuejournal.store.canvas_view import canvas_view, close_quarter, reopen_quarter
from valuejournal.store.feedback import (
    comment_problems,
    describe_target,
    import_feedback,
    open_review_store,
    orphaned_comments,
    write_feedback_file,
)
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    return write_planted(tmp_path / "p.vjournal")


def test_texts_are_kept_per_quarter_and_block(planted: Path) -> None:
    with Journal.open(planted) as journal:
        record = journal.new_canvas("2026-Q3")
        assert record.uuid == canvas_uuid(journal.info().uuid, "2026-Q3")
        record.texts.update(customers="Cobalt, *mostly*", value="  ", nonsense="dropped")
        journal.put_canvas(record)
        record.texts["costs"] = "Too many hours"
        journal.put_canvas(record)
    with Journal.open(planted) as journal:
        kept = journal.get_canvas("2026-Q3")
        assert kept is not None and kept.uuid == record.uuid
        assert kept.texts == {"customers": "Cobalt, *mostly*", "costs": "Too many hours"}
        assert journal.get_canvas("2026-Q2") is None
        assert journal.skill_tags() == list(SKILLS)
        assert journal.set_skill_tags(["Writing", "writing", " design "]) == ["design", "Writing"]
        with pytest.raises(UserError):
            journal.set_skill_tags(["a;b"])


def test_a_closed_quarter_keeps_its_evidence_and_text_until_reopened(planted: Path) -> None:
    with Journal.open(planted) as journal:
        record = journal.new_canvas("2026-Q2")
        record.texts["customers"] = "Brightline first"
        journal.put_canvas(record)
        closed = close_quarter(journal, "2026-Q2")
        assert closed.closed and closed.closed_at is not None
        journal.add_session(Session(day=date(2026, 6, 1), minutes=1200, client="Dune", value=2))
        view = canvas_view(journal, "2026-Q2")
        assert view.kept and view.record.texts == {"customers": "Brightline first"}
        assert [c.name for c in view.evidence.customers][0] == "Brightline"
        assert "Dune" not in [c.name for c in view.evidence.customers]
        reopen_quarter(journal, "2026-Q2")
        live = canvas_view(journal, "2026-Q2")
        assert not live.kept and live.evidence.customers[0].name == "Dune"
        assert live.record.texts == {"customers": "Brightline first"}


def test_a_0008_journal_migrates_and_gains_empty_canvas_tables(planted: Path) -> None:
    downgrade(planted, "0008")
    assert engine.stored_revision(planted) == "0008" and check_file(planted).ok
    conn = sqlite3.connect(planted)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    sessions = conn.execute("SELECT COUNT(*) FROM work_session").fetchone()[0]
    conn.close()
    assert "canvas" not in tables and "skill_tag" not in tables and sessions == 10
    with Journal.open(planted) as journal:
        assert journal.list_canvases() == [] and journal.skill_tags() == []
        assert len(journal.all_sessions()) == 10
        assert canvas_view(journal, "2026-Q2").evidence.customers[0].name == "Brightline"
    assert engine.stored_revision(planted) == engine.HEAD_REVISION and check_file(planted).ok


def test_a_share_carries_the_quarters_canvases_and_skills(planted: Path, tmp_path: Path) -> None:
    with Journal.open(planted) as journal:
        for quarter in ("2026-Q2", "2026-Q3"):
            record = journal.new_canvas(quarter)
            record.texts["value"] = f"Words for {quarter}"
            journal.put_canvas(record)
        close_quarter(journal, "2026-Q3")
        write_share(journal, tmp_path / "q3.vjshare", ShareOptions.for_quarter("2026-Q3"))
    opened = open_untrusted(tmp_path / "q3.vjshare")
    try:
        shared = opened.journal
        assert [c.quarter for c in shared.list_canvases()] == ["2026-Q3"]
        assert shared.skill_tags() == list(SKILLS)
        view = canvas_view(shared, "2026-Q3")
        assert view.kept and view.record.texts == {"value": "Words for 2026-Q3"}
        assert view.evidence.customers[0].name == "Cobalt"
    finally:
        opened.close()


def test_kept_evidence_that_cannot_be_read_is_refused(planted: Path, tmp_path: Path) -> None:
    with Journal.open(planted) as journal:
        close_quarter(journal, "2026-Q3")
        write_share(journal, tmp_path / "q3.vjshare", ShareOptions.for_quarter("2026-Q3"))
    conn = sqlite3.connect(tmp_path / "q3.vjshare")
    with conn:
        conn.execute("""UPDATE canvas SET evidence_json = '{"format": 1, "quarter": 5}'""")
    conn.close()
    with pytest.raises(UserError, match="cannot"):
        open_untrusted(tmp_path / "q3.vjshare")


def test_a_coach_comment_on_a_block_round_trips(planted: Path, tmp_path: Path) -> None:
    share = tmp_path / "q3.vjshare"
    with Journal.open(planted) as journal:
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"))
        mine = journal.info().uuid
    opened = open_untrusted(share)
    try:
        store = open_review_store(opened.meta)
        target = canvas_uuid(opened.journal.info().uuid, "2026-Q3")
        comment = Comment(CommentTarget.CANVAS, "Cobalt is half your hours.", "Cora",
                          target_uuid=target, section="customers",
                          period_start=date(2026, 7, 1), period_end=date(2026, 9, 30))  # fmt: skip
        assert comment_problems(comment) == []
        store.add_comments([comment])
        out = tmp_path / "back.vjfeedback"
        write_feedback_file(out, store.list_comments(), journal_uuid=opened.meta.journal_uuid,
                            author="Cora")  # fmt: skip
        store.close()
    finally:
        opened.close()
    with Journal.open(planted) as journal:
        result = import_feedback(journal, out)
        assert [c.uuid for c in result.added] == [comment.uuid] and result.orphaned == []
        back = journal.list_comments()[0]
        assert (back.target, back.section, back.target_uuid) == ("canvas", "customers", target)
        assert target == canvas_uuid(mine, "2026-Q3")
        assert describe_target(journal, back) == "canvas 2026-Q3, “Customers”"
        assert orphaned_comments(journal) == []


def test_a_comment_on_an_unknown_block_is_a_problem() -> None:
    bad = Comment(CommentTarget.CANVAS, "Hm", "C", target_uuid=canvas_uuid(
        "5b7f8a3e-2d7c-4a8e-9a37-3a3f0c9d1e11", "2026-Q3"), section="dreams")  # fmt: skip
    problems = comment_problems(bad)
    assert any("unknown canvas block" in p for p in problems)
    assert any("which quarter" in p for p in problems)


def test_a_share_without_private_work_keeps_no_private_client_in_kept_evidence(
    planted: Path, tmp_path: Path
) -> None:
    with Journal.open(planted) as journal:
        journal.add_session(Session(day=date(2026, 9, 15), minutes=60, client="Hidden Ltd",
                                    private=True, value=5))  # fmt: skip
        closed = close_quarter(journal, "2026-Q3")
        assert closed.kept is not None
        assert "Hidden Ltd" in [c.name for c in closed.kept.customers]
        write_share(journal, tmp_path / "q3.vjshare", ShareOptions.for_quarter("2026-Q3"))
        write_share(journal, tmp_path / "all.vjshare",
                    ShareOptions.for_quarter("2026-Q3", include_private=True))  # fmt: skip
    for name, seen in (("q3.vjshare", False), ("all.vjshare", True)):
        opened = open_untrusted(tmp_path / name)
        try:
            kept = canvas_view(opened.journal, "2026-Q3")
            names = [c.name for c in kept.evidence.customers]
            names += [r.name for r in kept.evidence.relationships]
            assert kept.kept and ("Hidden Ltd" in names) is seen
        finally:
            opened.close()


def test_a_json_export_carries_canvases_and_skills_back(planted: Path, tmp_path: Path) -> None:
    from valuejournal.interop import export_journal, read_json, restore_json

    with Journal.open(planted) as journal:
        record = journal.new_canvas("2026-Q2")
        record.texts["value"] = "Rebrand *mattered*"
        journal.put_canvas(record)
        journal.add_session(Session(day=date(2026, 9, 15), minutes=60, client="Hidden Ltd",
                                    private=True, value=5))  # fmt: skip
        close_quarter(journal, "2026-Q3")
        export_journal(journal, tmp_path / "all.json")
        export_journal(journal, tmp_path / "public.json", include_private=False)
    data = read_json(tmp_path / "all.json")
    assert [c.quarter for c in data.canvases] == ["2026-Q2", "2026-Q3"]
    assert data.skills == list(SKILLS)
    public = read_json(tmp_path / "public.json").canvases[1].kept
    assert public is not None and "Hidden Ltd" not in [c.name for c in public.customers]
    with Journal.open(tmp_path / "fresh.vjournal") as fresh:
        counts = restore_json(data, fresh)
        assert counts.canvases == 2 and fresh.skill_tags() == list(SKILLS)
        q2, q3 = fresh.list_canvases()
        assert q2.texts == {"value": "Rebrand *mattered*"} and q2.uuid == record.uuid
        assert q3.closed and q3.kept is not None
        assert q3.kept.customers[0].name == "Cobalt"
        assert restore_json(data, fresh).canvases == 0  # matched by quarter: nothing twice
