"""Review mode in the real window: two shared journals open, comments of every kind, the
feedback file, and the client importing it; hostile files get a message, not a crash."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.helpers.windows import open_review_window, open_window, wait_for_title
from valuejournal.core.entities import CommentTarget, Reflection, Session
from valuejournal.store import envelope
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions
from valuejournal.ui.dialogs import files
from valuejournal.ui.widgets import comment_dialogs

PASSPHRASE = "open sesame please"


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, list[str]]:
    """No modal dialogs: passphrases, save paths and messages are answered or recorded."""
    seen: dict[str, list[str]] = {"errors": [], "told": [], "asked": []}
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)

    def ask(_cls: object, _parent: object, name: str, hint: str = "") -> str:
        seen["asked"].append(name)
        return PASSPHRASE

    monkeypatch.setattr(comment_dialogs.PassphraseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(
        files, "ask_save_path", lambda _p, _t, default, _f, _j=(): tmp_path / default
    )
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text: seen["told"].append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: seen["errors"].append(text))
    return seen


def make_client(path: Path, owner: str, passphrase: str | None) -> Path:
    with Journal.open(path, owner=owner) as journal:
        for day in range(3, 10):
            journal.add_session(Session(day=date(2026, 8, day), minutes=60 + day, client="Acme",
                                        title=f"{owner} work {day}", value=day % 10))  # fmt: skip
        journal.add_session(Session(day=date(2026, 8, 10), minutes=30, private=True, title="X"))
        journal.save_reflection(Reflection("2026-Q3", {"created": f"{owner} helped Acme"}))
        share = path.with_suffix(".vjshare")
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"), passphrase=passphrase)
    return share


def comment_everything(qtbot: Any, window: Any) -> None:
    """As the coach: a period, a reflection section and two sessions; resolve one."""
    coach = window.show_page("coach")
    coach.author.setText("Cora")
    coach.author.editingFinished.emit()
    qtbot.keyClicks(coach.period.editor, "Busy weeks")
    coach.period.add_button.click()
    coach.reflection.section.setCurrentIndex(0)
    qtbot.keyClicks(coach.reflection.editor, "Who else benefited?")
    coach.reflection.add_button.click()
    page = window.show_page("journal")
    assert page.context.read_only and not page.entry.parentWidget().isVisible()
    for row, text in ((0, "Why this value?"), (1, "Well done")):
        page.table.selectRow(row)
        qtbot.keyClicks(page.comment_panel.editor, text)
        page.comment_panel.add_button.click()
    assert len(page.comment_panel.list.cards) == 1
    canvas = window.show_page("canvas")
    canvas.load_quarter("2026-Q3")
    qtbot.keyClicks(canvas.blocks["customers"].comment_editor, "Only Acme?")
    qtbot.mouseClick(canvas.blocks["customers"].comment_button, Qt.MouseButton.LeftButton)
    coach = window.show_page("coach")
    assert len(coach.comments.cards) == 5
    open_card = next(c for c in coach.comments.cards if c.comment.body == "Well done")
    open_card.resolved.click()


def test_review_two_shares_then_the_clients_import_the_feedback(
    qtbot: Any, tmp_path: Path, quiet_dialogs: dict[str, list[str]]
) -> None:
    ann = make_client(tmp_path / "ann.vjournal", "Ann", None)
    bo = make_client(tmp_path / "bo.vjournal", "Bo", PASSPHRASE)
    window = open_review_window(qtbot, [ann, bo], "ann (review, read-only)")
    assert quiet_dialogs["asked"] == ["bo.vjshare"]
    review = window.review
    assert [s.meta.owner for s in review.shares] == ["Ann", "Bo"]
    assert window.pages["journal"].model.total == 7  # the private session stayed home
    comment_everything(qtbot, window)
    reflections = window.show_page("reflections")  # the same page, read-only, with comments
    reflections.load_quarter("2026-Q3")
    assert "Who else benefited?" in reflections.sections["created"].comment_label.text()
    figures = reflections.figures  # the quarter's figures arrive (real worker thread)
    qtbot.waitUntil(lambda: figures.data is not None and figures.data.quarter == "2026-Q3")
    coach = window.show_page("coach")
    assert coach.switcher.count() == 2
    coach.switcher.activated.emit(1)
    wait_for_title(qtbot, window, "bo (review, read-only)")
    comment_everything(qtbot, window)
    for share in review.shares:
        store = share.store
        assert {c.target for c in store.list_comments()} == set(CommentTarget)
        assert sum(c.resolved for c in store.list_comments()) == 1
        assert actions.save_feedback_file(window, share, "Cora") is not None
    # Written off the GUI thread: wait for both files.
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*-feedback-*.vjfeedback"))) == 2)
    workdirs = [s.opened.workdir for s in review.shares]
    assert all(w.exists() for w in workdirs)
    window.close()
    assert not any(w.exists() for w in workdirs)  # the private copies are gone
    assert quiet_dialogs["errors"] == []
    for name in ("Ann", "Bo"):
        client_sees_feedback(qtbot, tmp_path, name)


def client_sees_feedback(qtbot: Any, tmp_path: Path, name: str) -> None:
    window = open_window(qtbot, tmp_path / f"{name.lower()}.vjournal")
    (feedback,) = tmp_path.glob(f"{name.lower()}-feedback-*.vjfeedback")
    assert actions.import_feedback_file(window, window.context, feedback) == 5
    assert actions.import_feedback_file(window, window.context, feedback) == 0
    coach = window.show_page("coach")
    assert len(coach.comments.cards) == 5
    on_canvas = next(c for c in coach.comments.cards if c.comment.body == "Only Acme?")
    coach.show_target(on_canvas.comment)  # its card's "show" goes to the canvas's quarter
    assert window.stack.currentWidget() is window.pages["canvas"]
    assert window.pages["canvas"].quarter == "2026-Q3"
    assert "Only Acme?" in window.pages["canvas"].blocks["customers"].comments.text()
    page = window.show_page("journal")
    counts = page.model.comment_counts
    assert sorted(counts.values()) == [(0, 1), (1, 1)]
    commented = next(u for u, (open_, _all) in counts.items() if open_)
    page.show_sessions([commented])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert [c.comment.body for c in page.comment_panel.list.cards] == ["Why this value?"]
    assert page.comment_panel.isVisible() and not page.comment_panel.editor.isVisible()
    window.close()


def test_hostile_and_locked_files_get_a_message(
    qtbot: Any, tmp_path: Path, quiet_dialogs: dict[str, list[str]], journal_path: Path
) -> None:
    text = tmp_path / "notes.vjshare"
    text.write_text("not a journal")
    window = open_review_window(
        qtbot, [text], "Value Journal — "
    )  # falls back to the person's own journal
    assert "notes.vjshare is not a Value Journal file" in quiet_dialogs["errors"][0]
    assert not window.context.read_only
    bo = make_client(journal_path, "Bo", PASSPHRASE)
    quiet_dialogs["errors"].clear()
    assert actions.import_feedback_file(window, window.context, bo) is None
    assert "is a shared journal" in quiet_dialogs["errors"][0]
    window.close()


def test_passphrase_retries_closing_shares_and_going_home(
    qtbot: Any, tmp_path: Path, quiet_dialogs: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ann = make_client(tmp_path / "ann.vjournal", "Ann", None)
    bo = make_client(tmp_path / "bo.vjournal", "Bo", PASSPHRASE)
    answers = iter(["wrong passphrase", PASSPHRASE])
    hints: list[str] = []

    def ask(_cls: object, _parent: object, _name: str, hint: str = "") -> str:
        hints.append(hint)
        return next(answers)

    monkeypatch.setattr(comment_dialogs.PassphraseDialog, "ask", classmethod(ask))
    # the same file twice: opened once
    window = open_review_window(qtbot, [bo, ann, ann], "bo (review, read-only)")
    assert hints == ["", "that passphrase does not open bo.vjshare; check it and try again"]
    review = window.review
    assert [s.opened.source.name for s in review.shares] == ["bo.vjshare", "ann.vjshare"]
    first = review.shares[0]
    review.close_share(first)
    wait_for_title(qtbot, window, "ann (review, read-only)")
    assert not first.opened.workdir.exists()
    review.close_share(review.shares[0])
    wait_for_title(qtbot, window, "Value Journal — journal")  # the coach's own (default) journal
    assert not window.context.read_only and review.shares == []
    assert window.windowTitle() == "Value Journal — journal"
    home = window.show_page("coach")
    assert home.share is None
    monkeypatch.setattr(comment_dialogs.PassphraseDialog, "ask", classmethod(lambda *_: None))
    with qtbot.waitSignal(review.open_files([bo]).finished) as blocker:
        pass
    assert blocker.args == [0]  # cancelled: nothing opened, no error shown
    assert quiet_dialogs["errors"] == []
    window.close()
