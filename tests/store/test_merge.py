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
from valuejournal.core.merge_report import report_lines
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


# -- the kinds kept as rows: projects, invoices, canvases, skill tags, reviews, rates --------


def _dump(path: Path) -> dict[str, list[str]]:
    """Every table's rows, ids left out and each reference named by what it points at (a
    row deleted and written back gets another id), sorted."""
    refs = {"client_id": ("client", "uuid"), "project_id": ("project", "uuid"),
            "invoice_id": ("invoice", "uuid"), "session_id": ("work_session", "uuid"),
            "tag_id": ("tag", "name")}  # fmt: skip
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                            " AND name NOT LIKE 'sqlite_%'")]  # fmt: skip
        lookup = {
            col: dict(conn.execute(f"SELECT id, {key} FROM {table}").fetchall())
            for col, (table, key) in refs.items()
        }
        dump: dict[str, list[str]] = {}
        for name in names:
            rows = []
            for row in conn.execute(f"SELECT * FROM {name}"):
                values = {k: lookup[k].get(row[k]) if k in lookup else row[k]
                          for k in row.keys() if k != "id"}  # fmt: skip  # noqa: SIM118 (a Row iterates values)
                rows.append(repr(sorted(values.items())))
            dump[name] = sorted(rows)
    return dump


def _rows_diverge(demo_path: Path, tmp_path: Path) -> Path:
    """Two copies of the demo journal whose projects, invoices, canvas, skill tags, weekly
    reviews and exchange rates each copy added to, edited and deleted from."""
    from decimal import Decimal

    from valuejournal.core.canvas.model import CanvasRecord
    from valuejournal.core.entities import Project
    from valuejournal.core.fx import ExchangeRate
    from valuejournal.core.invoices import Invoice
    from valuejournal.core.weekly_review import WeeklyAnswers

    there = tmp_path / "journal (conflicted copy 2026-12-01).vjournal"
    with Journal.open(demo_path, create=False) as base:
        client = base.list_clients()[0].name
        sessions = [s.uuid for s in base.all_sessions() if s.client == client]
        for name in ("Alpha", "Beta", "Gamma"):
            base.save_project(Project(client=client, name=name))
        for number, covered in (("M-1", sessions[:1]), ("M-2", sessions[1:2])):
            base.add_invoice(Invoice(number, client, date(2026, 11, 2), 1000, "EUR",
                                     sessions=tuple(covered)))  # fmt: skip
        base.save_rate(ExchangeRate("USD", date(2026, 11, 2), Decimal("1.05"), "EUR"))
        base.save_rate(ExchangeRate("GBP", date(2026, 11, 2), Decimal("0.85"), "EUR"))
        base.put_canvas(CanvasRecord("2026-Q4", {"value": "base"}, uuid="canvas-q4"))
        base.set_skill_tags(["writing"])
    shutil.copy(demo_path, there)
    mine, theirs = Journal.open(demo_path, create=False), Journal.open(there, create=False)
    try:
        p = {x.name: x for x in theirs.list_projects(client)}
        theirs.save_project(replace(p["Alpha"], rate_minor=5000))  # here edits it later: kept
        mine.save_project(replace(p["Alpha"], rate_minor=7000))
        mine.save_project(replace(p["Gamma"], archived=True))  # there edits it later: taken
        theirs.save_project(replace(p["Gamma"], rate_minor=9000))
        mine.delete_project(p["Beta"].uuid)  # deleted here: not brought back
        theirs.save_project(Project(client=client, name="Delta"))  # new there
        invoices = {i.number: i for i in theirs.list_invoices()}
        theirs.delete_invoice(invoices["M-1"].uuid)  # deleted there: deleted here too
        mine.mark_invoice_paid("M-2", date(2026, 11, 20))  # paid here
        theirs.add_invoice(Invoice("M-3", client, date(2026, 11, 25), 500, "EUR",
                                   sessions=tuple(sessions[2:4])))  # fmt: skip
        theirs.put_canvas(CanvasRecord("2026-Q4", {"value": "there"}, uuid="canvas-q4"))
        theirs.set_skill_tags(["writing", "teaching"])
        mine.set_skill_tags(["writing", "design"])
        week = WeeklyAnswers("2026-W48", ("Best?",), ("here",))
        mine.save_weekly_review(week)
        theirs.save_weekly_review(WeeklyAnswers("2026-W48", ("Best?",), ("there, later",)))
        theirs.save_rate(ExchangeRate("CHF", date(2026, 11, 3), Decimal("0.93"), "EUR"))
        rates = {r.currency: r for r in mine.list_rates()}
        mine.save_rate(replace(rates["USD"], rate=Decimal("1.07")))
        theirs.delete_rate(rates["GBP"].uuid)  # deleted there: a tombstone deletes it here
    finally:
        mine.close()
        theirs.close()
    return there


def test_every_kind_of_row_merges_by_uuid_key_and_later_edit(
    demo_path: Path, tmp_path: Path
) -> None:
    there = _rows_diverge(demo_path, tmp_path)
    with Journal.open(demo_path, create=False) as journal:
        client = journal.list_clients()[0].name
        outcome = merge_file(journal, there)
        projects = {p.name: p for p in journal.list_projects(client)}
        invoices = {i.number: i for i in journal.list_invoices()}
        canvas = journal.get_canvas("2026-Q4")
        skills = journal.skill_tags()
        week = journal.weekly_review("2026-W48")
        rates = {r.currency: r.rate for r in journal.list_rates()}
    assert sorted(projects) == ["Alpha", "Delta", "Gamma"]
    assert projects["Alpha"].rate_minor == 7000
    assert projects["Gamma"].rate_minor == 9000 and not projects["Gamma"].archived
    assert sorted(invoices) == ["M-2", "M-3"]
    assert invoices["M-2"].paid_on == date(2026, 11, 20)
    assert len(invoices["M-3"].sessions) == 2
    assert canvas is not None and canvas.texts == {"value": "there"}
    assert sorted(s.casefold() for s in skills) == ["design", "teaching", "writing"]
    assert week is not None and week.answers == ("there, later",)
    assert {k: str(v) for k, v in rates.items()} == {"USD": "1.07", "CHF": "0.93"}
    counts = outcome.plan.report.counts
    assert (counts["project"].added, counts["project"].updated, counts["project"].kept,
            counts["project"].not_restored) == (1, 1, 1, 1)  # fmt: skip
    assert (counts["invoice"].added, counts["invoice"].deleted, counts["invoice"].kept) == (1, 1, 1)
    assert counts["canvas"].updated == 1 and counts["skill_tag"].added == 1
    assert counts["weekly"].updated == 1 and counts["weekly"].conflicts == 2
    assert (counts["rate"].added, counts["rate"].kept, counts["rate"].deleted) == (1, 1, 1)
    words = "\n".join(report_lines(outcome.plan.report))
    assert "projects: 1 added from the other copy, 1 updated from it" in words
    assert "invoices: 1 added" in words and "exchange rates: 1 added" in words


def test_undo_gives_every_table_back_and_a_dry_run_writes_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    there = _rows_diverge(demo_path, tmp_path)
    before = _dump(demo_path)
    with Journal.open(demo_path, create=False) as journal:
        planned = plan_merge_file(journal, there)
    assert _dump(demo_path) == before
    assert planned.plan.report.changes > 0
    with Journal.open(demo_path, create=False) as journal:
        outcome = merge_file(journal, there, backup=lambda p: p)
        merged = _dump(demo_path)
        apply_changes(journal, outcome.plan.undo)
        undone = _dump(demo_path)
        apply_changes(journal, outcome.plan.changes)
    assert merged != before
    for table in before:
        assert undone[table] == before[table], table
    assert _dump(demo_path) == merged
