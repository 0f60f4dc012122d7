"""What the window says after importing a coach's feedback file, counted in words: one
comment added, one already here, one the coach changed, one homework item (singular)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.windows import open_window
from valuejournal.cli import main
from valuejournal.core.entities import Comment, CommentTarget, Session
from valuejournal.core.homework import Homework, HomeworkKind
from valuejournal.store import envelope
from valuejournal.store.feedback import write_feedback_file
from valuejournal.store.journal import Journal
from valuejournal.store.untrusted import open_untrusted
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)


def test_one_comment_is_counted_in_the_singular(
    qtbot: Any, journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(journal_path, owner="Ann") as journal:
        journal.add_session(Session(day=date(2026, 8, 3), minutes=60, client="Acme", value=7))
    share = tmp_path / "ann.vjshare"
    assert main(["share", "--journal", str(journal_path), "--out", str(share)]) == 0
    opened = open_untrusted(share)
    try:
        session = opened.journal.all_sessions()[0]
        uuid = opened.meta.journal_uuid
    finally:
        opened.close()
    comment = Comment(CommentTarget.SESSION, "Why 7?", "Cora", target_uuid=session.uuid)
    first, second = tmp_path / "one.vjfeedback", tmp_path / "two.vjfeedback"
    write_feedback_file(first, [comment], journal_uuid=uuid, author="Cora")
    changed = replace(comment, body="Why 7, not 8?", updated_at=datetime.now(UTC))
    homework = Homework(HomeworkKind.RATE_EVERY, "Rate every session", author="Cora",
                        start=date(2026, 9, 1), end=date(2026, 9, 14))  # fmt: skip
    write_feedback_file(second, [changed], journal_uuid=uuid,
                        author="Cora", homework=[homework])  # fmt: skip
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text: told.append(text))
    window = open_window(qtbot, journal_path)
    assert actions.import_feedback_file(window, window.context, first) == 1
    assert actions.import_feedback_file(window, window.context, first) == 0
    assert actions.import_feedback_file(window, window.context, second) == 0
    assert told == [
        "Added 1 comment from Cora.",
        "Added 0 comments from Cora. Already here: 1 comment.",
        "Added 0 comments from Cora. Updated 1 comment your coach changed.\n"
        "New homework: 1 item (see the Coach page).",
    ]
