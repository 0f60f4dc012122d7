"""Merging two diverged copies of the demo journal: the test keeps its own log of what each
copy did and when, and the merged journal must be what that log says (the later change
wins, a deletion wins over older versions, a deleted session never comes back)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import (
    Client,
    Comment,
    CommentTarget,
    MoodEntry,
    Reflection,
    Session,
)
from valuejournal.core.errors import UserError
from valuejournal.store.journal import Journal
from valuejournal.store.merge import apply_changes, merge_file, plan_merge_file, read_snapshot
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share


@dataclass
class Log:
    """What happened to each session uuid, in the order it happened (across both copies)."""

    last: dict[str, Session | None] = field(default_factory=dict)

    def wrote(self, session: Session) -> None:
        self.last[session.uuid] = session

    def deleted(self, uuid: str) -> None:
        self.last[uuid] = None


def _view(session: Session) -> tuple[object, ...]:
    return (session.day, session.minutes, session.title, session.client, session.value,
            tuple(sorted(t.casefold() for t in session.tags)))  # fmt: skip


def _expected(
    start: list[Session], log: Log, renamed: dict[str, str]
) -> dict[str, tuple[object, ...]]:
    """The sessions the log leaves, their clients renamed as ``renamed`` says."""
    state = {s.uuid: s for s in start}
    for uuid, last in log.last.items():
        if last is None:
            state.pop(uuid, None)
        else:
            state[uuid] = last
    return {
        u: _view(replace(s, client=renamed.get(s.client or "", s.client))) for u, s in state.items()
    }


def _sessions(path: Path) -> dict[str, tuple[object, ...]]:
    with Journal.open(path, create=False) as journal:
        return {s.uuid: _view(s) for s in journal.all_sessions()}


@dataclass
class Copies:
    here: Path
    there: Path
    start: list[Session]
    log: Log
    names: dict[str, list[str]]  # what each step did, for the assertions below


def _diverge(demo_path: Path, tmp_path: Path, seed: int = 5) -> Copies:
    """Two copies of the demo journal, each edited, added to and deleted from, in turns."""
    here, there = demo_path, tmp_path / "journal (Sam's conflicted copy 2026-11-30).vjournal"
    shutil.copy(here, there)
    rng = random.Random(seed)
    mine, theirs = Journal.open(here, create=False), Journal.open(there, create=False)
    log = Log()
    start = mine.all_sessions()
    picked = rng.sample(start, 12)
    names: dict[str, list[str]] = {}
    try:
        # there edits 0, here edits it later: here wins; here edits 1, there later: there wins
        log.wrote(theirs.update_session(replace(picked[0], title="edited there first")))
        log.wrote(mine.update_session(replace(picked[0], title="edited here later")))
        log.wrote(mine.update_session(replace(picked[1], title="edited here first")))
        log.wrote(theirs.update_session(replace(picked[1], title="edited there later", value=2)))
        # deleted here after an edit there: gone; deleted there, then edited here: kept
        log.wrote(theirs.update_session(replace(picked[2], title="edited there, deleted here")))
        mine.delete_session(picked[2].uuid)
        log.deleted(picked[2].uuid)
        theirs.delete_session(picked[3].uuid)
        log.deleted(picked[3].uuid)
        log.wrote(mine.update_session(replace(picked[3], title="edited here after the delete")))
        # plain deletes and edits on one side only
        for session in picked[4:6]:
            mine.delete_session(session.uuid)
            log.deleted(session.uuid)
        theirs.delete_sessions([s.uuid for s in picked[6:8]])
        for s in picked[6:8]:
            log.deleted(s.uuid)
        log.wrote(theirs.update_session(replace(picked[8], tags=("merged-tag", "Deep work"))))
        log.wrote(mine.update_session(replace(picked[9], minutes=picked[9].minutes + 15)))
        # the same new client made in both copies (other uuids, one name), sessions for each
        theirs.save_client(Client(name="Riverside Co-op", notes="met at the fair"))
        mine.save_client(Client(name="riverside co-op"))
        for journal, title in ((mine, "new here"), (theirs, "new there")):
            added = journal.add_session(
                Session(day=date(2026, 9, 28), minutes=90, title=title, client="Riverside Co-op",
                        value=7, tags=("new",))
            )  # fmt: skip
            log.wrote(added)
        # a client renamed there, edited here before that: the rename wins
        client = mine.list_clients()[0]
        mine.save_client(replace(client, notes="notes here"))
        theirs.save_client(replace(client, name=client.name + " Ltd"))
        names["renamed"] = [client.name, client.name + " Ltd"]
        # an undone add there (a tombstone for a session that was never here)
        undone = theirs.add_session(Session(day=date(2026, 9, 29), minutes=30, title="undone"))
        theirs.delete_session(undone.uuid)
        log.deleted(undone.uuid)
        # comments: one each, one made here and resolved there
        both = Comment(target=CommentTarget.PERIOD, body="Look at August", author="Coach",
                       period_start=date(2026, 8, 1), period_end=date(2026, 8, 31))  # fmt: skip
        mine.add_comments([both, Comment(CommentTarget.PERIOD, "here", "Coach")])
        theirs.add_comments([both, Comment(CommentTarget.PERIOD, "there", "Coach")])
        theirs.set_comment_resolved(both.uuid, True)
        theirs.add_mood_entries([MoodEntry(day=date(2026, 9, 28), mood="good", score=4)])
        quarter = mine.list_reflections()[-1]
        mine.save_reflection(replace(quarter, sections={**quarter.sections, "notes": "here"}))
        theirs.save_reflection(replace(quarter, sections={**quarter.sections, "notes": "there"}))
        theirs.save_reflection(Reflection(quarter="2026-Q4", sections={"notes": "new there"}))
        names["deleted"] = [s.uuid for s in (picked[2], picked[4], picked[5], picked[6])]
        names["kept_after_delete"] = [picked[3].uuid]
    finally:
        mine.close()
        theirs.close()
    return Copies(here, there, start, log, names)


def test_two_diverged_demo_copies_merge_to_what_the_log_says(
    demo_path: Path, tmp_path: Path
) -> None:
    copies = _diverge(demo_path, tmp_path)
    old, renamed = copies.names["renamed"]
    # the two "Riverside Co-op"s are one client, named as in the later one (made here)
    expected = _expected(
        copies.start, copies.log, {old: renamed, "Riverside Co-op": "riverside co-op"}
    )
    with Journal.open(copies.here, create=False) as journal:
        outcome = merge_file(journal, copies.there)
        clients = {c.name: c for c in journal.list_clients()}
        comments = {c.body: c for c in journal.list_comments()}
        reflections = {r.quarter: r for r in journal.list_reflections()}
        moods = journal.mood_entries()
        stones = {t.uuid for t in journal.list_tombstones()}
    assert _sessions(copies.here) == expected
    assert outcome.applied and outcome.same_journal and outcome.backup is not None
    assert check_file(outcome.backup).ok and check_file(copies.here).ok
    counts = outcome.plan.report.counts
    assert counts["session"].added == 1  # "new there"
    assert counts["session"].deleted == 2  # deleted there: picked 6 and 7
    assert counts["session"].not_restored == 3  # deleted here, still there: 2, 4, 5
    assert counts["session"].updated == 2  # picked 1 and 8: changed there later
    assert counts["session"].kept == 3  # picked 0 and 9, and 3 (edited after the delete)
    assert counts["session"].conflicts == 5
    # one client for both "Riverside Co-op"s, holding both new sessions
    riverside = [c for c in clients.values() if c.name.casefold() == "riverside co-op"]
    assert len(riverside) == 1 and counts["client"].conflicts >= 1
    assert (riverside[0].name, riverside[0].notes) == ("riverside co-op", "")  # the later one
    new = [v for v in _sessions(copies.here).values() if v[2] in ("new here", "new there")]
    assert [v[3] for v in new] == ["riverside co-op"] * 2
    assert renamed in clients and old not in clients
    assert {"Look at August", "here", "there"} <= set(comments)
    assert comments["Look at August"].resolved
    assert len(moods) == 1 and reflections["2026-Q4"].sections == {"notes": "new there"}
    last_quarter = sorted(q for q in reflections if q != "2026-Q4")[-1]
    assert reflections[last_quarter].sections["notes"] == "there"
    assert set(copies.names["deleted"]) <= stones
    assert not set(copies.names["kept_after_delete"]) & stones


def test_a_deleted_session_never_comes_back(demo_path: Path, tmp_path: Path) -> None:
    copies = _diverge(demo_path, tmp_path)
    with Journal.open(copies.here, create=False) as journal:
        merge_file(journal, copies.there)
        merge_file(journal, copies.there)  # a second merge of the same copy changes nothing
    after = _sessions(copies.here)
    for uuid in copies.names["deleted"]:
        assert uuid not in after
    # and merged the other way round, the other copy ends with the same sessions
    with Journal.open(copies.there, create=False) as journal:
        merge_file(journal, copies.here)
    assert _sessions(copies.there) == after


def test_a_dry_run_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    copies = _diverge(demo_path, tmp_path)
    before = copies.here.read_bytes()
    listing = sorted(p.name for p in copies.here.parent.iterdir())
    with Journal.open(copies.here, create=False) as journal:
        outcome = plan_merge_file(journal, copies.there)
        journal.engine.dispose()
    assert not outcome.applied and outcome.backup is None
    assert outcome.plan.report.changes > 0
    assert copies.here.read_bytes() == before
    assert sorted(p.name for p in copies.here.parent.iterdir()) == listing


def test_undo_puts_back_exactly_what_was_there_and_redo_merges_again(
    demo_path: Path, tmp_path: Path
) -> None:
    copies = _diverge(demo_path, tmp_path)
    with Journal.open(copies.here, create=False) as journal:
        before = read_snapshot(journal)
        outcome = merge_file(journal, copies.there)
        merged = read_snapshot(journal)
        apply_changes(journal, outcome.plan.undo)
        undone = read_snapshot(journal)
        apply_changes(journal, outcome.plan.changes)
        redone = read_snapshot(journal)
    for name in ("clients", "reflections", "comments", "moods"):
        assert _key(getattr(undone, name)) == _key(getattr(before, name)), name
        assert _key(getattr(redone, name)) == _key(getattr(merged, name)), name
    assert _key(undone.sessions) == _key(before.sessions)
    assert _key(redone.sessions) == _key(merged.sessions)
    assert _key(undone.tombstones) == _key(before.tombstones)
    assert _key(redone.tombstones) == _key(merged.tombstones)


def _key(records: object) -> list[str]:
    return sorted(repr(r) for r in records)  # type: ignore[attr-defined]


def test_an_older_copy_is_migrated_in_a_private_copy(demo_path: Path, tmp_path: Path) -> None:
    copies = _diverge(demo_path, tmp_path)
    downgrade(copies.there, "0003")  # the migrations' own steps back to 0003
    old = copies.there.read_bytes()
    with Journal.open(copies.here, create=False) as journal:
        outcome = merge_file(journal, copies.there)
    assert outcome.plan.report.counts["session"].added == 1
    assert copies.there.read_bytes() == old  # the other copy is never written


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        ("UPDATE alembic_version SET version_num = '9999'", "newer version"),
        ("CREATE TRIGGER t AFTER INSERT ON client BEGIN SELECT 1; END", "trigger"),
        ("UPDATE work_session SET status = 'stolen'", "pay status"),
    ],
)
def test_a_bad_other_file_is_refused_and_nothing_changes(
    demo_path: Path, tmp_path: Path, spoil: str, message: str
) -> None:
    other = tmp_path / "copy.vjournal"
    shutil.copy(demo_path, other)
    with sqlite3.connect(other) as conn:
        conn.execute(spoil)
    with Journal.open(demo_path, create=False) as journal:
        before = read_snapshot(journal)
        with pytest.raises(UserError) as caught:
            merge_file(journal, other)
        after = read_snapshot(journal)
    assert message in str(caught.value)
    assert repr(after) == repr(before)
    assert not list(tmp_path.glob("*.backup-*"))  # refused before the backup


def test_a_share_or_the_journal_itself_is_not_another_copy(demo_path: Path, tmp_path: Path) -> None:
    share = tmp_path / "q3.vjshare"
    with Journal.open(demo_path, create=False) as journal:
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"))
        with pytest.raises(UserError, match="only another copy of a journal"):
            merge_file(journal, share)
        with pytest.raises(UserError, match="the journal itself"):
            merge_file(journal, demo_path)
