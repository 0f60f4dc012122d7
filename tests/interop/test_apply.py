"""Plans applied to journals: pure duplicate marking, then a real SQLite journal."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import pytest

from valuejournal.core.entities import Session
from valuejournal.interop import (
    ExportError,
    apply_plan,
    check_against,
    export_journal,
    gather,
    import_file,
    mark_duplicates,
    read_csv,
    read_json,
    restore_json,
)
from valuejournal.store.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures"
ALL_FIXTURES = sorted(FIXTURES.glob("*.csv"))
STAMPS = {"created_at", "updated_at"}


def plain(session: Session) -> dict:
    """Every field but the timestamps and the exchange rate the store freezes on it; tags as
    a set (the journal keeps them sorted)."""
    derived = (*STAMPS, "fx_rate", "fx_day")
    fields = {k: v for k, v in dataclasses.asdict(session).items() if k not in derived}
    fields["tags"] = set(fields["tags"])
    return fields


class FakeJournal:
    def __init__(self, uuids: Iterable[str] = ()) -> None:
        self.uuids = set(uuids)
        self.batches: list[list[Session]] = []

    def existing_uuids(self, uuids: Iterable[str]) -> set[str]:
        return self.uuids & set(uuids)

    def add_sessions_bulk(self, sessions: Sequence[Session], *, validated: bool = False) -> int:
        self.batches.append(list(sessions))
        self.uuids.update(s.uuid for s in sessions)
        return len(sessions)


def test_mark_duplicates_is_pure():
    plan = read_csv(FIXTURES / "toggl_detailed.csv")
    before = plan.summary()
    known = {plan.sessions[0].uuid, plan.sessions[2].uuid, "not-in-the-plan"}
    marked = mark_duplicates(plan, known)
    assert plan.summary() == before
    assert marked.summary() == "new 3, already present 2, skipped 2, rejected 1"
    assert [s.uuid for s in marked.duplicates] == [plan.sessions[0].uuid, plan.sessions[2].uuid]
    assert marked.errors == plan.errors and marked.columns == plan.columns
    assert mark_duplicates(plan, set()).summary() == before


def test_apply_plan_inserts_only_new_sessions_in_one_call():
    plan = read_csv(FIXTURES / "harvest_detailed_time.csv")
    journal = FakeJournal({plan.sessions[0].uuid})
    assert apply_plan(plan, journal) == 4
    assert len(journal.batches) == 1
    assert apply_plan(plan, journal) == 0
    assert len(journal.batches) == 1


@pytest.fixture
def journal(tmp_path):
    with Journal.open(tmp_path / "test.vjournal") as opened:
        yield opened


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.stem)
def test_fixture_into_a_real_journal_and_again(journal, path):
    plan = read_csv(path)
    assert apply_plan(plan, journal) == len(plan.sessions)
    stored = {s.uuid: s for s in journal.all_sessions()}
    assert len(stored) == len(plan.sessions)
    for session in plan.sessions:
        assert plain(stored[session.uuid]) == plain(session)
    # The same file again: everything is already present, nothing is added.
    again = check_against(read_csv(path), journal)
    assert again.sessions == []
    assert len(again.duplicates) == len(plan.sessions) + len(plan.duplicates)
    assert apply_plan(again, journal) == 0
    assert journal.count_sessions() == len(plan.sessions)


def test_unknown_clients_are_created_by_name(journal):
    apply_plan(read_csv(FIXTURES / "toggl_detailed.csv"), journal)
    assert set(journal.client_names()) == {"Acme Corp", "Zürich Atelier"}


def test_import_file_dry_run_and_currency_default(tmp_path):
    with Journal.open(tmp_path / "chf.vjournal", currency="CHF") as journal:
        outcome = import_file(journal, FIXTURES / "harvest_detailed_time.csv", dry_run=True)
        assert outcome.added == 0 and journal.count_sessions() == 0
        text = "Date,Client,Project,Task,Notes,Hours,First Name,Last Name\n"
        text += "2026-01-05,Acme,Web,Dev,Work,2,Ana,Lima\n"
        outcome = import_file(journal, text)
        assert outcome.added == 1
        assert journal.all_sessions()[0].currency == "CHF"
        again = import_file(journal, text)
        assert (again.added, again.plan.summary()) == (
            0,
            "new 0, already present 1, skipped 0, rejected 0",
        )


def test_csv_export_of_a_journal_imports_into_another(tmp_path, journal):
    for path in ALL_FIXTURES:
        apply_plan(read_csv(path), journal)
    out = tmp_path / "export.csv"
    assert export_journal(journal, out) == journal.count_sessions()
    with Journal.open(tmp_path / "copy.vjournal") as copy:
        outcome = import_file(copy, out, format="generic")
        assert outcome.plan.errors == []
        assert outcome.added == journal.count_sessions()
        originals = sorted((plain(s) for s in journal.all_sessions()), key=lambda d: d["uuid"])
        copies = sorted((plain(s) for s in copy.all_sessions()), key=lambda d: d["uuid"])
        assert copies == originals


def test_json_export_restores_into_a_new_journal(tmp_path, journal):
    for path in ALL_FIXTURES:
        apply_plan(read_csv(path), journal)
    out = tmp_path / "export.json"
    export_journal(journal, out)
    data = read_json(out)
    assert data == gather(journal)
    with Journal.open(tmp_path / "restored.vjournal") as restored:
        counts = restore_json(data, restored)
        assert counts.sessions == journal.count_sessions()
        assert counts.clients == len(journal.list_clients())
        back = gather(restored)
        assert sorted(back.sessions, key=lambda s: s.uuid) == sorted(
            data.sessions, key=lambda s: s.uuid
        )
        assert [c.name for c in back.clients] == [c.name for c in data.clients]
        assert restore_json(data, restored).sessions == 0


def test_export_private_notes_can_be_left_out(tmp_path, journal):
    apply_plan(read_csv(FIXTURES / "generic_own.csv"), journal)
    everything = gather(journal, include_private=True)
    data = gather(journal, include_private=False)
    assert any(s.private for s in everything.sessions)
    # Without private data, private sessions are left out whole (issue 11), not just their notes.
    assert data.sessions == [s for s in everything.sessions if not s.private]
    assert any(s.notes for s in data.sessions)


def test_export_refuses_other_suffixes(tmp_path, journal):
    with pytest.raises(ExportError, match=r"\.csv or \.json"):
        export_journal(journal, tmp_path / "out.xlsx")


def test_bulk_import_keeps_days(journal):
    apply_plan(read_csv(FIXTURES / "kimai_export.csv"), journal)
    minutes, pay, mean = journal.totals(date(2026, 4, 1), date(2026, 4, 30))
    assert (minutes, pay, mean) == (397, {"EUR": 26000, "CHF": 6000}, None)


def test_a_tracker_row_keeps_the_identity_it_had_in_earlier_versions():
    """A row without an entry id is known by a fingerprint of its content; a journal that
    imported a file before must find the same uuids when the file comes again. The uuids
    below were computed by the version before the fingerprint was built from strings."""
    from valuejournal.interop.toggl import HEADER

    row = ("Ana Lima,ana@example.com, Acme Corp ,Website ,,  Fix the FORM été ,Yes,"
           "2026-03-02,09:05:00,2026-03-02,10:35:30,01:30:30,\"design, call\",120.00")  # fmt: skip
    text = "\n".join([
        HEADER, row, row + " ",  # the same entry twice (not an exact repeat of the row)
        "Ana Lima,ana@example.com,,,,Straße,No,2026-03-03,,2026-03-03,,0:45:00,,0.00", "",
    ])  # fmt: skip
    plan = read_csv(text)
    assert [s.uuid for s in plan.sessions] == [
        "f34d89d6-a1f1-5b3a-bbc8-90ba59506b51",
        "eb3c094e-acdf-5b87-9e0e-2292e268f6d8",
        "a78b9e48-ebb7-5953-b0bb-aea54779f4d7",
    ]
