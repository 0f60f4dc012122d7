"""The coach edits and withdraws homework in the review store; the changes travel in the
feedback file and update the client's copy by uuid, never duplicating it (revision 0013)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from tests.store.test_coach_feedback import Coach, client_journal, share_of
from valuejournal.core.errors import UserError
from valuejournal.core.homework import Homework, HomeworkKind, HomeworkStatus
from valuejournal.store import coach_index
from valuejournal.store.feedback import import_feedback
from valuejournal.store.journal import Journal


def test_an_edit_and_a_withdrawal_reach_the_client_copy_once(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    item = Homework(HomeworkKind.RATE_EVERY, "Rate every session", author="Cora",
                    start=date(2026, 8, 1), end=date(2026, 8, 14))  # fmt: skip
    coach.reviewed.add_homework(item)
    first = coach.feedback(tmp_path / "one.vjfeedback")
    assert [h.uuid for h in import_feedback(journal, first).homework_added] == [item.uuid]
    journal.set_homework_status(item.uuid, HomeworkStatus.DONE)
    # The coach changes the words and the range.
    edited = coach.reviewed.edit_homework(
        Homework(
            **{
                **_fields(item),
                "title": "Rate every session, even short ones",
                "end": date(2026, 8, 31),
            }
        )  # fmt: skip
    )
    assert edited.updated_at is not None
    (kept,) = coach.reviewed.list_homework()
    assert (kept.title, kept.end, kept.created_at) == (edited.title, date(2026, 8, 31),
                                                       item.created_at)  # fmt: skip
    second = coach.feedback(tmp_path / "two.vjfeedback")
    result = import_feedback(journal, second)
    assert result.homework_added == [] and [h.uuid for h in result.homework_updated] == [item.uuid]
    (copy,) = journal.list_homework()
    assert (copy.title, copy.end) == ("Rate every session, even short ones", date(2026, 8, 31))
    assert copy.status is HomeworkStatus.DONE  # the client's part is the client's
    # Withdrawn: the next file marks the client's copy; importing again changes nothing.
    withdrawn = coach.reviewed.withdraw_homework(item.uuid)
    assert withdrawn is not None and withdrawn.withdrawn
    third = coach.feedback(tmp_path / "three.vjfeedback")
    assert [h.uuid for h in import_feedback(journal, third).homework_updated] == [item.uuid]
    assert import_feedback(journal, third).homework_updated == []
    (copy,) = journal.list_homework()
    assert copy.withdrawn and copy.status is HomeworkStatus.DONE
    # An older file brought again does not set it back.
    import_feedback(journal, second)
    (copy,) = journal.list_homework()
    assert copy.withdrawn and copy.title == "Rate every session, even short ones"
    # The coach's record counts only the items still set.
    record = coach_index.with_counts(coach_index.ClientRecord(coach.opened.meta.journal_uuid),
                                     coach.store)  # fmt: skip
    assert (record.homework_open, record.homework_done) == (0, 0)
    coach.close()
    journal.close()


def test_a_withdrawn_item_never_sent_is_not_added(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    item = Homework(HomeworkKind.TASK, "Call Brightline", author="Cora")
    coach.reviewed.add_homework(item)
    coach.reviewed.withdraw_homework(item.uuid)
    coach.reviewed.add_homework(Homework(HomeworkKind.TASK, "Write the offer", author="Cora"))
    result = import_feedback(journal, coach.feedback(tmp_path / "one.vjfeedback"))
    assert [h.title for h in result.homework_added] == ["Write the offer"]
    assert [h.title for h in journal.list_homework()] == ["Write the offer"]
    coach.close()
    journal.close()


def test_an_edit_the_app_refuses_changes_nothing(tmp_path: Path) -> None:
    journal = client_journal(tmp_path / "ann.vjournal")
    coach = Coach(share_of(journal, tmp_path / "ann.vjshare"))
    item = Homework(HomeworkKind.TASK, "Call Brightline", author="Cora")
    coach.reviewed.add_homework(item)
    with pytest.raises(UserError, match="title"):
        coach.reviewed.edit_homework(Homework(**{**_fields(item), "title": "  "}))
    with pytest.raises(UserError, match="no longer there"):
        coach.reviewed.edit_homework(Homework(HomeworkKind.TASK, "Other", author="Cora"))
    (kept,) = coach.reviewed.list_homework()
    assert kept.title == "Call Brightline" and kept.updated_at is None
    coach.close()
    journal.close()


def test_homework_from_the_previous_revision_reads_as_not_withdrawn(tmp_path: Path) -> None:
    path = tmp_path / "old.vjournal"
    journal = client_journal(path)
    journal.add_homework(Homework(HomeworkKind.TASK, "Call Brightline", author="Cora"))
    journal.close()
    downgrade(path, "0012")
    conn = sqlite3.connect(path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(homework)")}
    conn.close()
    assert "withdrawn" not in columns
    with Journal.open(path) as journal:
        (item,) = journal.list_homework()
        assert item.title == "Call Brightline" and not item.withdrawn


def _fields(item: Homework) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(item)
