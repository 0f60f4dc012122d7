"""The feedback round trip: two clients share, a coach comments, each client imports."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from valuejournal.core.entities import Comment, CommentTarget, Reflection, Session
from valuejournal.core.errors import UserError
from valuejournal.store.errors import JournalError, NotAJournalError, UnsafeJournalError
from valuejournal.store.feedback import (
    ReviewedJournal,
    describe_target,
    import_feedback,
    open_review_store,
    orphaned_comments,
    review_store_path,
    write_feedback_file,
)
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted


def client_journal(path: Path, owner: str) -> Journal:
    journal = Journal.open(path, owner=owner)
    for day in (3, 4, 5):
        journal.add_session(
            Session(day=date(2026, 8, day), minutes=90, client="Acme", title=f"Work {day}", value=6)
        )
    journal.save_reflection(Reflection("2026-Q3", {"created": "I helped Acme", "change": "Ask"}))
    return journal


def coach_comments(share: Path, author: str) -> tuple[Path, list[Comment]]:
    """The coach opens a share, comments on a session, a period and a reflection section,
    resolves one, and saves a feedback file next to the share."""
    opened = open_untrusted(share)
    try:
        store = open_review_store(opened.meta)
        sessions = opened.journal.all_sessions()
        reflection = opened.journal.list_reflections()[0]
        comments = [
            Comment(CommentTarget.SESSION, f"{author}: why value 6?", author,
                    target_uuid=sessions[0].uuid),
            Comment(CommentTarget.SESSION, "Well priced.", author, target_uuid=sessions[1].uuid,
                    resolved=True),
            Comment(CommentTarget.PERIOD, "A busy week.", author, period_start=date(2026, 8, 3),
                    period_end=date(2026, 8, 9)),
            Comment(CommentTarget.REFLECTION, "Ask for what?", author,
                    target_uuid=reflection.uuid, section="change"),
        ]  # fmt: skip
        assert store.add_comments(comments) == comments
        saved = store.list_comments()
        out = share.with_suffix(".vjfeedback")
        write_feedback_file(out, saved, journal_uuid=opened.meta.journal_uuid, author=author,
                            start=opened.meta.range_start, end=opened.meta.range_end)  # fmt: skip
        store.close()
    finally:
        opened.close()
    return out, saved


def test_round_trip_with_two_clients_and_every_kind_of_comment(tmp_path: Path) -> None:
    clients = {name: client_journal(tmp_path / f"{name}.vjournal", name) for name in ("Ann", "Bo")}
    try:
        shares = {}
        for name, journal in clients.items():
            shares[name] = tmp_path / f"{name}.vjshare"
            write_share(journal, shares[name], ShareOptions.for_quarter("2026-Q3"))
        feedback = {name: coach_comments(shares[name], "Cora") for name in clients}
        for name, journal in clients.items():
            path, sent = feedback[name]
            assert check_file(path).ok
            result = import_feedback(journal, path)
            assert result.author == "Cora" and result.already == 0 and result.orphaned == []
            received = {c.uuid: c for c in journal.list_comments()}
            assert received == {c.uuid: c for c in sent}  # the same comments, as written
            assert sum(c.resolved for c in received.values()) == 1
            again = import_feedback(journal, path)
            assert (again.added, again.already) == ([], 4)
            assert len(journal.list_comments()) == 4
        with pytest.raises(JournalError, match="feedback on another journal"):
            import_feedback(clients["Ann"], feedback["Bo"][0])
        assert len(clients["Ann"].list_comments()) == 4
    finally:
        for journal in clients.values():
            journal.close()


def test_comments_on_deleted_things_are_kept_and_listed_as_orphaned(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "c.vjournal", "Ann")
    share = tmp_path / "c.vjshare"
    write_share(journal, share, ShareOptions())
    path, sent = coach_comments(share, "Cora")
    gone = next(c for c in sent if c.target is CommentTarget.SESSION and not c.resolved)
    journal.delete_session(gone.target_uuid)
    result = import_feedback(journal, path)
    assert len(result.added) == 4
    assert [c.uuid for c in result.orphaned] == [gone.uuid]
    assert [c.uuid for c in orphaned_comments(journal)] == [gone.uuid]
    assert describe_target(journal, gone) == "a session"
    period = next(c for c in sent if c.target is CommentTarget.PERIOD)
    assert describe_target(journal, period) == "period 2026-08-03 to 2026-08-09"
    journal.close()


def test_feedback_file_holds_comments_only(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "c.vjournal", "Ann")
    share = tmp_path / "c.vjshare"
    write_share(journal, share, ShareOptions())
    path, _sent = coach_comments(share, "Cora")
    conn = sqlite3.connect(path)
    try:
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("work_session", "client", "reflection", "comment")}  # fmt: skip
        kind, owner = conn.execute("SELECT kind, owner FROM journal_meta").fetchone()
    finally:
        conn.close()
    assert counts == {"work_session": 0, "client": 0, "reflection": 0, "comment": 4}
    assert (kind, owner) == ("feedback", "Cora")
    with pytest.raises(NotAJournalError, match="shared journal; only a feedback file"):
        import_feedback(journal, share)
    with pytest.raises(NotAJournalError, match="feedback file; import it"):
        open_untrusted(path)
    journal.close()


def test_a_bad_comment_refuses_the_whole_file(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "c.vjournal", "Ann")
    share = tmp_path / "c.vjshare"
    write_share(journal, share, ShareOptions())
    path, _sent = coach_comments(share, "Cora")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE comment SET section = 'secret' WHERE target = 'reflection'")
    conn.commit()
    conn.close()
    with pytest.raises(
        UnsafeJournalError, match="unknown reflection section.*nothing was imported"
    ):
        import_feedback(journal, path)
    assert journal.list_comments() == []
    with pytest.raises(UserError, match="no comments"):
        write_feedback_file(tmp_path / "empty.vjfeedback", [], journal_uuid="x", author="C")
    journal.close()


def test_review_store_is_one_per_client_journal_and_survives(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "c.vjournal", "Ann")
    uuid = journal.info().uuid
    share = tmp_path / "c.vjshare"
    write_share(journal, share, ShareOptions())
    coach_comments(share, "Cora")
    assert review_store_path(uuid).exists()
    opened = open_untrusted(share)
    store = open_review_store(opened.meta)
    assert len(store.list_comments()) == 4  # earlier comments are still there
    store.close()
    opened.close()
    with pytest.raises(ValueError):
        review_store_path("../../etc/passwd")
    journal.close()


def test_the_reviewed_journal_writes_comments_to_the_store_only(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "c.vjournal", "Ann")
    share = tmp_path / "c.vjshare"
    write_share(journal, share, ShareOptions())
    before = share.read_bytes()
    opened = open_untrusted(share)
    store = open_review_store(opened.meta)
    reviewed = ReviewedJournal(opened.journal, store)
    session = reviewed.all_sessions()[0]
    comment = Comment(CommentTarget.SESSION, "Hm", "Cora", target_uuid=session.uuid)
    reviewed.add_comments([comment])
    reviewed.set_comment_resolved(comment.uuid, True)
    assert [(c.uuid, c.resolved) for c in reviewed.list_comments()] == [(comment.uuid, True)]
    assert opened.journal.list_comments() == []  # the share itself is never written
    with pytest.raises(JournalError, match="read-only"):
        reviewed.add_session(Session(day=date(2026, 8, 9), minutes=5))
    store.close()
    opened.close()
    journal.close()
    assert share.read_bytes() == before
