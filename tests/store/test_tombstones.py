"""Tombstones (revision 0004): every delete in the store remembers the deleted record, adding
it again forgets that, shares carry none, and the hostile-file checks know the table."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from tests.helpers.schema import downgrade
from valuejournal.core.entities import Client, Comment, CommentTarget, MoodEntry, Session
from valuejournal.store import engine, tombstones
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted
from valuejournal.store.writer import write_demo_journal


def _buried(journal: Journal) -> dict[str, str]:
    return {t.uuid: t.kind for t in journal.list_tombstones()}


def test_deleting_a_session_leaves_a_tombstone(journal: Journal) -> None:
    before = datetime.now(UTC)
    stored = journal.add_session(Session(day=date(2026, 3, 2), minutes=60, title="Gone"))
    journal.delete_session(stored.uuid)
    (stone,) = journal.list_tombstones()
    assert (stone.uuid, stone.kind) == (stored.uuid, "session")
    assert before <= stone.deleted_at <= datetime.now(UTC)
    assert stone.deleted_at.tzinfo is not None


def test_bulk_deletes_bury_only_what_was_there(journal: Journal) -> None:
    kept = journal.add_session(Session(day=date(2026, 3, 2), minutes=30))
    batch = [Session(day=date(2026, 3, 3), minutes=45 + i) for i in range(3)]
    journal.add_sessions_bulk(batch)
    deleted = journal.delete_sessions([s.uuid for s in batch] + ["not-a-session-uuid"])
    assert deleted == 3
    assert _buried(journal) == {s.uuid: "session" for s in batch}
    assert [s.uuid for s in journal.all_sessions()] == [kept.uuid]


def test_deleting_a_client_leaves_a_tombstone(journal: Journal) -> None:
    client = journal.save_client(Client(name="Acme"))
    journal.add_session(Session(day=date(2026, 3, 2), minutes=60, client="Acme"))
    journal.delete_client(client.uuid)
    journal.delete_client(client.uuid)  # already gone: nothing more to remember
    assert _buried(journal) == {client.uuid: "client"}
    assert journal.all_sessions()[0].client is None


def test_adding_a_record_again_forgets_its_tombstone(journal: Journal) -> None:
    """Undoing a delete re-adds the record with its uuid: it is no longer deleted."""
    stored = journal.add_session(Session(day=date(2026, 3, 2), minutes=60))
    removed = journal.delete_session(stored.uuid)
    journal.add_session(removed)
    client = journal.save_client(Client(name="Acme"))
    journal.delete_client(client.uuid)
    journal.save_client(client)
    batch = [Session(day=date(2026, 3, 3), minutes=20)]
    journal.add_sessions_bulk(batch)
    journal.delete_sessions([batch[0].uuid])
    assert _buried(journal) == {batch[0].uuid: "session"}
    journal.add_sessions_bulk(batch)  # redo of an undone import
    assert journal.list_tombstones() == []


def test_comments_moods_and_reflections_added_again_are_not_buried(journal: Journal) -> None:
    comment = Comment(target=CommentTarget.PERIOD, body="Good week", author="Coach")
    mood = MoodEntry(day=date(2026, 3, 2), mood="good", score=4)
    with journal.engine.begin() as conn:
        tombstones.bury(conn, "comment", [comment.uuid])
        tombstones.bury(conn, "mood", [mood.uuid])
    journal.add_comments([comment])
    journal.add_mood_entries([mood])
    assert journal.list_tombstones() == []


def test_burying_twice_keeps_the_later_time(journal: Journal) -> None:
    early, late = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
    with journal.engine.begin() as conn:
        tombstones.bury(conn, "session", ["a"], late)
        tombstones.bury(conn, "session", ["a"], early)
    assert [t.deleted_at for t in journal.list_tombstones()] == [late]


def test_a_share_carries_no_tombstones(journal: Journal, tmp_path: Path) -> None:
    kept = journal.add_session(Session(day=date(2026, 3, 2), minutes=60, client="Acme"))
    gone = journal.add_session(Session(day=date(2026, 3, 3), minutes=60))
    journal.delete_session(gone.uuid)
    out = tmp_path / "q1.vjshare"
    write_share(journal, out, ShareOptions())
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM tombstone").fetchone() == (0,)
    opened = open_untrusted(out)
    try:
        assert [s.uuid for s in opened.journal.all_sessions()] == [kept.uuid]
        assert opened.journal.list_tombstones() == []
    finally:
        opened.close()


def test_a_journal_with_tombstones_passes_the_untrusted_checks(
    journal: Journal, tmp_path: Path
) -> None:
    gone = journal.add_session(Session(day=date(2026, 3, 3), minutes=60))
    journal.delete_session(gone.uuid)
    journal.close()
    report = check_file(journal.path)
    assert report.ok, report.problems
    opened = open_untrusted(journal.path, kinds=("journal",))
    try:
        assert _buried(opened.journal) == {gone.uuid: "session"}
    finally:
        opened.close()


def test_a_tombstone_of_an_unknown_kind_is_refused(journal: Journal) -> None:
    journal.close()
    with sqlite3.connect(journal.path) as conn:
        conn.execute(
            "INSERT INTO tombstone (uuid, kind, deleted_at) VALUES ('x', 'password', ?)",
            (datetime.now(UTC).isoformat(),),
        )
    report = check_file(journal.path)
    assert any("unknown kind" in p for p in report.problems), report.problems


def test_a_tombstone_with_an_unreadable_time_is_refused(journal: Journal) -> None:
    journal.close()
    with sqlite3.connect(journal.path) as conn:
        conn.execute("INSERT INTO tombstone (uuid, kind, deleted_at) VALUES ('x', 'session', 'x')")
    assert not check_file(journal.path).ok


def test_a_0003_journal_gains_an_empty_tombstone_table_and_keeps_its_rows(
    journal_path: Path,
) -> None:
    write_demo_journal(journal_path, seed=3, weeks=6, end=date(2026, 9, 30))
    downgrade(journal_path, "0003")  # the migrations' own steps back to 0003
    conn = sqlite3.connect(journal_path)
    sessions_before = conn.execute("SELECT count(*) FROM work_session").fetchone()[0]
    tags_before = conn.execute("SELECT count(*) FROM session_tag").fetchone()[0]
    conn.close()
    assert check_file(journal_path).ok
    with Journal.open(journal_path) as opened:
        assert opened.count_sessions() == sessions_before > 0
        assert opened.list_tombstones() == []
        first = opened.all_sessions()[0]
        opened.delete_session(first.uuid)
        assert _buried(opened) == {first.uuid: "session"}
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
    with sqlite3.connect(journal_path) as conn:
        tags_after = conn.execute("SELECT count(*) FROM session_tag").fetchone()[0]
    assert tags_after == tags_before - len(first.tags)


def test_deleting_mood_entries_leaves_tombstones(journal: Journal) -> None:
    entries = [MoodEntry(day=date(2026, 3, 2), mood="good", score=4) for _ in range(2)]
    journal.add_mood_entries(entries)
    assert journal.delete_mood_entries([entries[0].uuid, "not-there"]) == 1
    assert _buried(journal) == {entries[0].uuid: "mood"}
    assert [e.uuid for e in journal.mood_entries()] == [entries[1].uuid]
