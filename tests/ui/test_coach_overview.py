"""A coach with three clients in the real window, typed with real keys: the overview (filter,
sort, next meeting, Enter opens a client), homework set by the coach and measured and marked
done by the client, its status back with the next share, an edited comment updated in the
client's copy, a reply travelling back, and an encrypted feedback file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.helpers.keys import keys_into
from tests.helpers.windows import open_review_window, open_window, wait_for_title
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.homework import HomeworkKind, HomeworkStatus
from valuejournal.store import coach_index, envelope
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions
from valuejournal.ui.dialogs import files
from valuejournal.ui.widgets import comment_dialogs

PASSPHRASE = "feedback for ann only"
TODAY = date.today()


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"errors": [], "told": [], "asked": []}
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)

    def ask(_cls: object, _parent: object, name: str, hint: str = "", intro: str = "") -> str:
        seen["asked"].append(name)
        return PASSPHRASE

    monkeypatch.setattr(comment_dialogs.PassphraseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(
        files, "ask_save_path", lambda _p, _t, default, _f, _j=(): tmp_path / default
    )
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text: seen["told"].append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: seen["errors"].append(text))
    return seen


def make_client(tmp_path: Path, owner: str, *, strained: bool = False) -> Path:
    """Eight weeks of Brightline work up to today; ``strained``: stress up, mood down."""
    path = tmp_path / f"{owner.lower()}.vjournal"
    with Journal.open(path, owner=owner) as journal:
        for week in range(8):
            for d in range(3):
                day = TODAY - timedelta(weeks=8 - week, days=-d)
                journal.add_session(
                    Session(day=day, minutes=180, client="Brightline", title=f"{owner} {week}",
                            value=6, pay_minor=24_000, status=PayStatus.PAID, paid_on=day,
                            mood=max(1, 5 - week // 2) if strained else 4,
                            stress=min(5, 1 + week // 2) if strained else 2)
                )  # fmt: skip
    return share(path)


def share(journal_path: Path) -> Path:
    out = journal_path.with_suffix(".vjshare")
    with Journal.open(journal_path) as journal:
        write_share(journal, out, ShareOptions(), overwrite=True)
    return out


def test_three_clients_round_trip(
    qtbot: Any, tmp_path: Path, quiet_dialogs: dict[str, list[str]]
) -> None:
    shares = [make_client(tmp_path, n, strained=n == "Cy") for n in ("Ann", "Bo", "Cy")]
    window = open_review_window(qtbot, shares, "ann (review, read-only)")
    coach = window.show_page("coach")
    keys_into(qtbot, coach.author, "Cora")
    qtbot.keyClick(coach.author, Qt.Key.Key_Tab)
    # The coach comments on a period and sets homework, all typed.
    qtbot.keyClicks(coach.period.editor, "Busy weeks: too much Brightline?")
    coach.period.add_button.click()
    form = coach.homework_form
    form.kind.setFocus()
    qtbot.keyClick(form.kind, Qt.Key.Key_Down)  # "Raise a client's rate by a percentage"
    assert form.kind.currentData() == HomeworkKind.RAISE_RATE
    keys_into(qtbot, form.client.lineEdit(), "Brightline")
    keys_into(qtbot, form.amount, "10")
    keys_into(qtbot, form.start, (TODAY - timedelta(days=14)).isoformat())
    keys_into(qtbot, form.end, (TODAY + timedelta(days=30)).isoformat())
    qtbot.keyClick(form.end, Qt.Key.Key_Return)
    ann_share = window.review.current
    (item,) = ann_share.store.list_homework()
    assert (item.title, item.client, item.amount) == (
        "Raise the Brightline rate by 10 %",
        "Brightline",
        10,
    )
    assert coach.homework.count() == 1 and "before" in coach.homework.item(0).text()
    # An encrypted feedback file, written off the GUI thread.
    coach.encrypt.setFocus()
    qtbot.keyClick(coach.encrypt, Qt.Key.Key_Space)
    keys_into(qtbot, coach.passphrase, PASSPHRASE)
    keys_into(qtbot, coach.repeat, PASSPHRASE + "x")
    coach.save_feedback()
    assert "differ" in coach.feedback_error.text()
    keys_into(qtbot, coach.repeat, PASSPHRASE)
    coach.save_feedback()
    qtbot.waitUntil(
        lambda: any("Feedback saved" in t or "encrypted" in t for t in quiet_dialogs["told"])
    )
    (feedback,) = tmp_path.glob("ann-feedback-*.vjfeedback")
    assert envelope.is_sealed(feedback.read_bytes()[:16])
    # The overview: three clients, Cy flagged; filter, sort, a meeting date, Enter opens.
    overview = window.show_page("overview")
    assert overview.proxy.rowCount() == 3
    assert (
        "2 need attention" not in overview.summary.text()
        and "1 need attention" in overview.summary.text()
    )
    overview.flagged.setFocus()
    qtbot.keyClick(overview.flagged, Qt.Key.Key_Space)
    assert overview.proxy.rowCount() == 1 and overview.proxy.index(0, 0).data() == "Cy"
    assert "Stress rising" in overview.proxy.index(0, 6).data()
    qtbot.keyClick(overview.flagged, Qt.Key.Key_Space)
    keys_into(qtbot, overview.filter, "bo")
    assert overview.proxy.rowCount() == 1
    keys_into(qtbot, overview.filter, "")
    qtbot.keyClick(overview.filter, Qt.Key.Key_Backspace)
    assert overview.proxy.rowCount() == 3
    overview.table.setFocus()
    overview.table.setCurrentIndex(overview.proxy.index(overview.row_of("Bo"), 0))
    meeting = (TODAY + timedelta(days=7)).isoformat()
    keys_into(qtbot, overview.meeting, meeting)
    qtbot.keyClick(overview.meeting, Qt.Key.Key_Return)
    bo_uuid = next(s.meta.journal_uuid for s in window.review.shares if s.meta.owner == "Bo")
    assert coach_index.load(bo_uuid).next_meeting == TODAY + timedelta(days=7)  # type: ignore[union-attr]
    overview = window.show_page("overview")
    overview.table.horizontalHeader().sectionClicked.emit(7)  # sort by next meeting
    overview.table.setFocus()
    overview.table.setCurrentIndex(overview.proxy.index(overview.row_of("Bo"), 0))
    qtbot.keyClick(overview.table, Qt.Key.Key_Return)
    wait_for_title(qtbot, window, "bo (review, read-only)")
    window.close()
    assert quiet_dialogs["errors"] == []

    # The client: imports, sees the homework with its progress, marks it done, replies.
    mine = open_window(qtbot, tmp_path / "ann.vjournal")
    assert actions.import_feedback_file(mine, mine.context, feedback) == 1
    assert quiet_dialogs["asked"][-1] == feedback.name
    page = mine.show_page("coach")
    assert page.homework.count() == 1
    row = page.homework.item(0)
    assert "Raise the Brightline rate by 10 %" in row.text() and "€80.00" in row.text()
    page.homework.setFocus()
    page.homework.setCurrentRow(0)
    qtbot.keyClick(page.homework, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: mine.context.journal.list_homework()[0].done)
    (card,) = page.comments.cards
    qtbot.mouseClick(card.buttons["reply"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.text, "Yes: I will ask for more.")
    qtbot.keyClick(page.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(page.comments.cards) == 2
    mine.close()
    share(tmp_path / "ann.vjournal")

    # The coach again: status back, the reply shown; edits the comment and sends it.
    window = open_review_window(qtbot, [tmp_path / "ann.vjshare"], "ann (review, read-only)")
    coach = window.show_page("coach")
    (back,) = window.review.current.store.list_homework()
    assert back.status is HomeworkStatus.DONE
    assert "done" in coach.homework.item(0).text()
    bodies = [c.comment.body for c in coach.comments.cards]
    assert bodies == ["Busy weeks: too much Brightline?", "Yes: I will ask for more."]
    mine_card = coach.comments.cards[0]
    qtbot.mouseClick(mine_card.buttons["edit"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(coach.editor.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(coach.editor.text, "Busy weeks: well done asking for more.")
    qtbot.keyClick(coach.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    edited = coach.comments.cards[0]
    assert edited.comment.body == "Busy weeks: well done asking for more."
    assert "changed" in edited.findChild(QLabel, "commentHead").text()
    for old in tmp_path.glob("ann-feedback-*.vjfeedback"):
        old.unlink()
    coach.save_feedback()  # the passphrase box is unticked: a plain file this time
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("ann-feedback-*.vjfeedback"))) == 1)
    (feedback,) = tmp_path.glob("ann-feedback-*.vjfeedback")
    window.close()

    mine = open_window(qtbot, tmp_path / "ann.vjournal")
    assert actions.import_feedback_file(mine, mine.context, feedback) == 0
    page = mine.show_page("coach")
    bodies = sorted(c.comment.body for c in page.comments.cards)
    assert bodies == ["Busy weeks: well done asking for more.", "Yes: I will ask for more."]
    assert len(mine.context.journal.list_comments()) == 2  # updated, not duplicated
    assert mine.context.journal.list_homework()[0].status is HomeworkStatus.DONE
    assert quiet_dialogs["errors"] == []
