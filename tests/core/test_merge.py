"""The merge plan on plain data: which version wins, what a tombstone does, how clients of
the same name become one, and that the undo writes put back what was there."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from valuejournal.core.entities import Client, Comment, CommentTarget, Reflection, Session
from valuejournal.core.merge import ClientVersion, Snapshot, plan_merge
from valuejournal.core.merge_report import report_lines
from valuejournal.core.tombstone import Tombstone

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def session(title: str, updated: int, client: str | None = None, uuid: str = "") -> Session:
    made = Session(day=date(2026, 11, 2), minutes=60, title=title, client=client)
    return replace(made, uuid=uuid or made.uuid, created_at=T0, updated_at=at(updated))


def client(name: str, updated: int, uuid: str = "", notes: str = "") -> ClientVersion:
    made = Client(name=name, notes=notes)
    return ClientVersion(replace(made, uuid=uuid or made.uuid), T0, at(updated))


def test_the_later_version_wins_and_ties_keep_this_copy() -> None:
    a, b = session("a", 5, uuid="a"), session("b", 5, uuid="b")
    here = Snapshot(sessions=[a, b])
    there = Snapshot(sessions=[replace(a, title="a there", updated_at=at(9)),
                               replace(b, title="b there")])  # fmt: skip
    plan = plan_merge(here, there)
    assert [s.title for s in plan.changes.sessions] == ["a there"]
    assert plan.undo.sessions == [a]
    counts = plan.report.counts["session"]
    assert (counts.updated, counts.kept, counts.conflicts) == (1, 1, 2)


def test_a_tombstone_wins_over_older_versions_only() -> None:
    old, edited = session("old", 1, uuid="old"), session("edited", 9, uuid="edited")
    stones = [Tombstone("old", "session", at(5)), Tombstone("edited", "session", at(5))]
    plan = plan_merge(Snapshot(sessions=[old, edited]), Snapshot(tombstones=stones))
    assert plan.changes.removed == {"session": ["old"]}
    assert plan.changes.buried == [stones[0]]
    assert plan.undo.sessions == [old] and plan.undo.unburied == ["old"]
    counts = plan.report.counts["session"]
    assert (counts.deleted, counts.kept, counts.conflicts) == (1, 1, 1)
    # seen from the other side: deleted here, still there -> not brought back
    back = plan_merge(Snapshot(tombstones=stones), Snapshot(sessions=[old, edited]))
    assert [s.uuid for s in back.changes.sessions] == ["edited"]
    assert back.changes.unburied == ["edited"]
    assert back.report.counts["session"].not_restored == 1


def test_deletions_only_the_other_copy_knows_are_remembered() -> None:
    stone = Tombstone("gone-long-ago", "session", at(1))
    plan = plan_merge(Snapshot(), Snapshot(tombstones=[stone]))
    assert plan.changes.buried == [stone] and plan.report.tombstones_added == 1
    assert plan.undo.unburied == ["gone-long-ago"]


def test_clients_of_the_same_name_become_one_and_sessions_follow() -> None:
    mine, theirs = client("Acme", 1, "mine"), client("ACME", 3, "theirs", notes="there")
    work = session("work there", 4, client="ACME")
    plan = plan_merge(Snapshot(clients=[mine]), Snapshot(clients=[theirs], sessions=[work]))
    (written,) = plan.changes.clients
    assert (written.client.uuid, written.client.name, written.client.notes) == (
        "mine", "ACME", "there",
    )  # fmt: skip
    assert plan.changes.sessions[0].client == "ACME"
    assert plan.undo.clients == [mine]
    assert plan.report.counts["client"].conflicts >= 1
    assert any("same name" in note for note in plan.report.notes)


def test_a_rename_into_another_clients_name_keeps_this_copys_name() -> None:
    acme, beta = client("Acme", 1, "acme"), client("Beta", 1, "beta")
    there = Snapshot(clients=[replace(acme, client=replace(acme.client, name="Beta"),
                                      updated_at=at(5)), beta])  # fmt: skip
    plan = plan_merge(Snapshot(clients=[acme, beta]), there)
    assert {v.client.name for v in plan.changes.clients} <= {"Acme"}
    assert any("keeps its name" in note for note in plan.report.notes)


def test_a_client_deleted_there_leaves_its_sessions_here_without_it() -> None:
    acme = client("Acme", 1, "acme")
    work = session("work", 2, client="Acme")
    there = Snapshot(sessions=[work], tombstones=[Tombstone("acme", "client", at(3))])
    plan = plan_merge(Snapshot(clients=[acme], sessions=[work]), there)
    assert plan.changes.removed == {"client": ["acme"]}
    assert [s.client for s in plan.changes.sessions] == [None]
    assert plan.undo.clients == [acme] and plan.undo.sessions == [work]


def test_a_quarter_written_in_both_copies_is_one_reflection() -> None:
    mine = Reflection("2026-Q4", {"notes": "here"}, uuid="r-here", updated_at=at(1))
    theirs = Reflection("2026-Q4", {"notes": "there"}, uuid="r-there", updated_at=at(2))
    plan = plan_merge(Snapshot(reflections=[mine]), Snapshot(reflections=[theirs]))
    (written,) = plan.changes.reflections
    assert (written.uuid, written.sections) == ("r-here", {"notes": "there"})
    assert plan.undo.reflections == [mine]


def test_comments_are_added_and_resolved_in_either_copy_stays_resolved() -> None:
    note = Comment(CommentTarget.PERIOD, "look", "Coach", created_at=T0)
    new = Comment(CommentTarget.PERIOD, "new", "Coach", created_at=T0)
    plan = plan_merge(
        Snapshot(comments=[note]), Snapshot(comments=[replace(note, resolved=True), new])
    )
    assert sorted((c.body, c.resolved) for c in plan.changes.comments) == [
        ("look", True), ("new", False),
    ]  # fmt: skip
    resolved_here = plan_merge(Snapshot(comments=[replace(note, resolved=True)]),
                               Snapshot(comments=[note]))  # fmt: skip
    assert resolved_here.changes.empty


def test_identical_copies_plan_nothing_and_say_so() -> None:
    snap = Snapshot(clients=[client("Acme", 1)], sessions=[session("s", 1, client="Acme")])
    plan = plan_merge(snap, snap)
    assert plan.changes.empty and plan.undo.empty and plan.report.changes == 0
    assert report_lines(plan.report)[-1].startswith("the two copies hold the same")


def test_rows_match_by_natural_key_follow_their_client_and_respect_deletions() -> None:
    from valuejournal.core.merge import Record

    def project(uuid: str, name: str, updated: int, client: str = "Acme", rate: int = 0) -> Record:
        return Record.of(uuid, at(updated), {"client": client, "name": name, "rate_minor": rate})

    acme = client("Acme", 1, uuid="acme")
    here = Snapshot(clients=[acme], records={"project": [
        project("p-here", "Site", 2), project("gone", "Old", 1)]})  # fmt: skip
    there = Snapshot(
        clients=[replace(acme, client=replace(acme.client, name="Acme Ltd"), updated_at=at(5))],
        records={"project": [project("p-there", "site", 4, "Acme Ltd", rate=500),
                             project("new", "Shop", 3, "Acme Ltd")]},
        tombstones=[Tombstone("gone", "project", at(6))],
    )  # fmt: skip
    plan = plan_merge(here, there)
    written = {r.uuid: dict(r.values) for r in plan.changes.records["project"]}
    # the same project name under the same client is this copy's project: its uuid stays
    assert written["p-here"] == {"client": "Acme Ltd", "name": "site", "rate_minor": 500}
    assert written["new"]["client"] == "Acme Ltd"
    assert plan.changes.removed["project"] == ["gone"]
    assert sorted(r.uuid for r in plan.undo.records["project"]) == ["gone", "p-here"]
    assert plan.undo.removed["project"] == ["new"]
    counts = plan.report.counts["project"]
    assert (counts.added, counts.updated, counts.deleted) == (1, 1, 1)
    # the other way round: this copy's deletion keeps it deleted
    back = plan_merge(Snapshot(tombstones=[Tombstone("gone", "project", at(6))]),
                      Snapshot(records={"project": [project("gone", "Old", 1)]}))  # fmt: skip
    assert back.changes.empty and back.report.counts["project"].not_restored == 1
