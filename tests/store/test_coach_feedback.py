"""Comments that change, replies and homework through real share and feedback files."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import Comment, CommentTarget, PayStatus, Session, reply_for
from valuejournal.core.homework import Homework, HomeworkKind, HomeworkStatus
from valuejournal.store import coach_index
from valuejournal.store.errors import UnsafeJournalError
from valuejournal.store.feedback import (
    ReviewedJournal,
    import_feedback,
    open_review_store,
    take_share_news,
    write_feedback_file,
)
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted


def client_journal(path: Path) -> Journal:
    journal = Journal.open(path, owner="Ann")
    for day in range(1, 11):
        journal.add_session(
            Session(day=date(2026, 8, day), minutes=120, client="Brightline", value=5,
                    pay_minor=16_000, status=PayStatus.PAID, paid_on=date(2026, 8, day))
        )  # fmt: skip
    return journal


class Coach:
    """The coach's side: opens a share, keeps comments and homework in the review store."""

    def __init__(self, share: Path) -> None:
        self.opened = open_untrusted(share)
        self.store = open_review_store(self.opened.meta)
        self.reviewed = ReviewedJournal(self.opened.journal, self.store)
        take_share_news(self.opened.journal, self.store)

    def feedback(self, out: Path) -> Path:
        return write_feedback_file(
            out,
            self.reviewed.list_comments(),
            homework=self.reviewed.list_homework(),
            journal_uuid=self.opened.meta.journal_uuid,
            author="Cora",
        )

    def close(self) -> None:
        self.store.close()
        self.opened.close()


def share_of(journal: Journal, out: Path) -> Path:
    write_share(journal, out, ShareOptions(), overwrite=True)
    return out


def test_edited_resolved_and_withdrawn_comments_update_the_client_copy(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    sessions = coach.reviewed.all_sessions()
    comments = [
        Comment(CommentTarget.SESSION, f"Note {i}", "Cora", target_uuid=sessions[i].uuid)
        for i in range(3)
    ]
    coach.reviewed.add_comments(comments)
    first = coach.feedback(tmp_path / "one.vjfeedback")
    result = import_feedback(journal, first)
    assert len(result.added) == 3 and result.updated == []
    edited = coach.reviewed.change_comment(comments[0].uuid, body="Note 0, said better")
    coach.reviewed.set_comment_resolved(comments[1].uuid, True)
    coach.reviewed.change_comment(comments[2].uuid, withdrawn=True)
    assert edited is not None and edited.updated_at is not None
    second = coach.feedback(tmp_path / "two.vjfeedback")
    result = import_feedback(journal, second)
    assert result.added == [] and len(result.updated) == 3 and result.already == 0
    mine = {c.uuid: c for c in journal.list_comments()}
    assert len(mine) == 3  # never duplicated
    assert mine[comments[0].uuid].body == "Note 0, said better"
    assert mine[comments[1].uuid].resolved and not mine[comments[1].uuid].withdrawn
    assert mine[comments[2].uuid].withdrawn and mine[comments[2].uuid].body == "Note 2"
    # Importing again, or the older file after the newer one, changes nothing.
    again = import_feedback(journal, second)
    assert (again.added, again.updated, again.already) == ([], [], 3)
    older = import_feedback(journal, first)
    assert older.updated == [] and journal.list_comments() == list(mine.values())
    coach.close()
    journal.close()


def test_a_reply_travels_with_the_next_share_and_is_never_overwritten(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    target = coach.reviewed.all_sessions()[0]
    asked = Comment(CommentTarget.SESSION, "Why only 5?", "Cora", target_uuid=target.uuid)
    coach.reviewed.add_comments([asked])
    import_feedback(journal, coach.feedback(tmp_path / "one.vjfeedback"))
    coach.close()
    reply = reply_for(journal.list_comments()[0], "It felt routine.", "Ann")
    journal.add_comments([reply])
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    seen = {c.uuid: c for c in coach.reviewed.list_comments()}
    assert set(seen) == {asked.uuid, reply.uuid}
    assert seen[reply.uuid].reply_to == asked.uuid and seen[reply.uuid].author == "Ann"
    assert [c.uuid for c in coach.store.list_comments()] == [asked.uuid]  # not in the store
    # The feedback written from everything shown carries the coach's comment, not the reply.
    path = coach.feedback(tmp_path / "two.vjfeedback")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM comment WHERE reply_to != ''").fetchone()[0] == 0
    conn.close()
    coach.close()
    assert import_feedback(journal, path).already == 1
    assert {c.uuid: c.body for c in journal.list_comments()}[reply.uuid] == "It felt routine."


def test_homework_round_trip_with_status_back_to_the_coach(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    item = Homework(HomeworkKind.RAISE_RATE, "Raise the Brightline rate by 10 %", author="Cora",
                    client="Brightline", amount=10, start=date(2026, 9, 1),
                    end=date(2026, 9, 30))  # fmt: skip
    coach.reviewed.add_homework(item)
    result = import_feedback(journal, coach.feedback(tmp_path / "one.vjfeedback"))
    assert [h.uuid for h in result.homework_added] == [item.uuid]
    (copy,) = journal.list_homework()
    assert (copy.title, copy.amount, copy.status) == (item.title, 10, HomeworkStatus.OPEN)
    marked = journal.set_homework_status(item.uuid, HomeworkStatus.DONE)
    assert marked is not None and marked.done_at is not None
    coach.close()
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    (back,) = coach.reviewed.list_homework()
    assert back.status is HomeworkStatus.DONE and back.status_at == marked.status_at
    # The coach's next feedback (even saying "open") never resets the client's status.
    again = import_feedback(journal, coach.feedback(tmp_path / "two.vjfeedback"))
    assert again.homework_added == [] and again.homework_updated == []
    assert journal.list_homework()[0].status is HomeworkStatus.DONE
    with pytest.raises(Exception, match="only your client"):
        coach.reviewed.set_homework_status(item.uuid, HomeworkStatus.OPEN)
    coach.close()
    journal.close()


def hostile_feedback(tmp_path: Path) -> tuple[Journal, Path]:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    coach.reviewed.add_comments(
        [Comment(CommentTarget.PERIOD, "A week", "Cora", period_start=date(2026, 8, 3),
                 period_end=date(2026, 8, 9))]
    )  # fmt: skip
    coach.reviewed.add_homework(Homework(HomeworkKind.TASK, "Write to Acme", author="Cora"))
    path = coach.feedback(tmp_path / "f.vjfeedback")
    coach.close()
    return journal, path


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE homework SET kind = 'bribe'", "homework of an unknown kind"),
        ("UPDATE homework SET status = 'maybe'", "homework in an unknown state"),
        ("UPDATE homework SET title = ''", "needs a title"),
        ("UPDATE homework SET kind = 'raise_rate', amount = 10", "first and a last day"),
        ("UPDATE homework SET \"end\" = 'soon'", "whose end the app cannot use"),
        ("UPDATE comment SET withdrawn = 7", "neither"),
        ("UPDATE comment SET reply_to = 'x'", "reply to something unknown"),
        ("UPDATE comment SET reply_to = '0b7a5c1e-0000-4000-8000-000000000000'",
         "cannot carry replies"),
        ("UPDATE comment SET updated_at = '2001-01-01T00:00:00+00:00'", "changed before"),
    ],
)  # fmt: skip
def test_bad_or_hostile_fields_refuse_the_whole_file(
    tmp_path: Path, sql: str, message: str
) -> None:
    journal, path = hostile_feedback(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(UnsafeJournalError, match=message):
        import_feedback(journal, path)
    assert journal.list_comments() == [] and journal.list_homework() == []  # nothing imported
    journal.close()


def test_a_journal_at_the_previous_revision_keeps_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "old.vjournal"
    journal = client_journal(path)
    note = Comment(CommentTarget.PERIOD, "Old note", "Cora", period_start=date(2026, 8, 1),
                   period_end=date(2026, 8, 2), resolved=True)  # fmt: skip
    journal.add_comments([note])
    journal.close()
    downgrade(path, "0010")
    conn = sqlite3.connect(path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(comment)")}
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "withdrawn" not in columns and "homework" not in tables
    journal = Journal.open(path)
    (back,) = journal.list_comments()
    assert (back.body, back.resolved, back.withdrawn, back.updated_at, back.reply_to) == (
        "Old note", True, False, None, "")  # fmt: skip
    assert journal.list_homework() == []
    journal.close()


def test_the_coach_index_remembers_clients_news_and_meetings(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    meta = coach.opened.meta

    def record() -> coach_index.ClientRecord:
        return coach_index.record_share(
            coach.opened.journal, coach.store, journal_uuid=meta.journal_uuid, owner=meta.owner,
            source=coach.opened.source, range_start=meta.range_start, range_end=meta.range_end,
            written_at=meta.written_at,
        )  # fmt: skip

    first = record()
    assert first.news.sessions == 10 and first.seen is None and first.sessions == 10
    coach_index.mark_looked(first)
    coach_index.set_next_meeting(coach_index.load(meta.journal_uuid), date(2026, 9, 14))  # type: ignore[arg-type]
    coach.close()
    journal.add_session(Session(day=date(2026, 8, 20), minutes=60, client="Brightline"))
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    question = Comment(CommentTarget.PERIOD, "?", "Cora", period_start=date(2026, 8, 1),
                       period_end=date(2026, 8, 2))  # fmt: skip
    coach.reviewed.add_comments([question])
    later = record()
    assert later.news.sessions == 1 and later.unresolved == 1
    assert later.next_meeting == date(2026, 9, 14)
    (kept,) = coach_index.load_all()
    assert kept == later and kept.share_name == "ann.vjshare"
    coach_index.record_path(meta.journal_uuid).write_text("{broken")
    assert coach_index.load_all() == []  # an unreadable record is skipped, not fatal
    coach.close()
    journal.close()


def test_an_older_status_from_a_share_never_undoes_a_newer_one(tmp_path: Path) -> None:
    store = Journal.open(tmp_path / "store.vjournal")
    item = Homework(HomeworkKind.TASK, "Call", status_at=None)
    store.add_homework(item)
    now = datetime.now(UTC)
    done = replace(item, status=HomeworkStatus.DONE, status_at=now)
    assert store.take_statuses([done]) == [done]
    stale = replace(item, status=HomeworkStatus.OPEN, status_at=now - timedelta(days=1))
    assert store.take_statuses([stale]) == []
    assert store.list_homework()[0].status is HomeworkStatus.DONE
    store.close()
