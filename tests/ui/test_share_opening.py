"""Opening shares and writing feedback off the GUI thread (`ui.share_opening`): the window
keeps answering while a share decrypts, a progress dialog says how far it is, Cancel stops
after the file in flight, a wrong passphrase is said and loses nothing, and the feedback
file written in the background is the file `write_feedback_file` writes."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.helpers.keys import on_modal
from tests.helpers.windows import wait_for_title
from valuejournal.core.entities import Session
from valuejournal.store import envelope
from valuejournal.store.feedback import review_store_path, write_feedback_file
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted
from valuejournal.ui import dialogs, share_opening
from valuejournal.ui.app import build_review_window
from valuejournal.ui.dialogs import files
from valuejournal.ui.widgets.comment_dialogs import PassphraseDialog

PASSPHRASE = "open sesame please"
TIMEOUT = 30_000


@pytest.fixture(autouse=True)
def private_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The decrypted copies go to a temp folder of the test's own, to count them."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"errors": [], "told": []}
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text: seen["told"].append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: seen["errors"].append(text))
    return seen


def copies(tmp: Path) -> list[Path]:
    return [p for p in tmp.iterdir() if p.name.startswith("valuejournal-review-")]


def make_share(folder: Path, owner: str, passphrase: str | None, sessions: int = 6) -> Path:
    path = folder / f"{owner.lower()}.vjournal"
    with Journal.open(path, owner=owner) as journal:
        for day in range(1, sessions + 1):
            journal.add_session(Session(day=date(2026, 8, day), minutes=60, client="Acme",
                                        title=f"{owner} {day}", value=7))  # fmt: skip
        share = path.with_suffix(".vjshare")
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"), passphrase=passphrase)
    return share


def type_passphrases(qtbot: Any, answers: list[str | None], hints: list[str]) -> QTimer:
    """Answer each passphrase dialog as a person would: type the text and press Enter (None:
    Escape); the error line each dialog shows goes to ``hints``. No progress dialog may be
    showing over it (it took the keys: a typed space pressed its Cancel)."""
    from PySide6.QtWidgets import QLabel

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or not dialog.isVisible() or not answers:
            return
        covering = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible()]  # fmt: skip
        if covering:
            hints.append("a progress dialog covers the passphrase dialog")
        if seen[0] is not dialog:
            seen[:] = [dialog, time.monotonic()]
        if time.monotonic() - seen[1] < 0.6:  # a person takes a moment (> SHOW_AFTER_MS)
            return
        seen[:] = [None, 0.0]
        shown = [w.text() for w in dialog.findChildren(QLabel) if w.objectName() == "formError"]
        hints.append(shown[0] if shown else "")
        text = answers.pop(0)
        if text is None:
            qtbot.keyClick(dialog.secret, Qt.Key.Key_Escape)
            return
        qtbot.keyClicks(dialog.secret, text)
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    seen: list[Any] = [None, 0.0]  # the dialog on screen, since when
    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(50)
    return poll


def test_the_window_answers_while_a_share_decrypts(
    qtbot: Any, tmp_path: Path, private_tmp: Path, told: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    share = make_share(tmp_path, "Ann", PASSPHRASE)  # sealed at the real scrypt cost
    monkeypatch.setattr(share_opening, "SHOW_AFTER_MS", 0)
    hints: list[str] = []
    poll = type_passphrases(qtbot, [PASSPHRASE], hints)
    window = build_review_window([share])
    qtbot.addWidget(window)
    ticks: list[int] = []
    seen_progress: list[str] = []

    def tick() -> None:  # a GUI-thread timer: it only fires while the event loop runs
        progress = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        if progress:
            seen_progress.append(progress[0].labelText())
            if hints:  # the passphrase was typed: the job decrypts now
                ticks.append(1)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    wait_for_title(qtbot, window, "ann (review, read-only)")
    timer.stop()
    poll.stop()
    assert hints == [""]
    assert [s.meta.owner for s in window.review.shares] == ["Ann"]
    assert window.pages["journal"].model.total == 6
    assert seen_progress and seen_progress[0].startswith("Opening 1 share…")
    # scrypt at 2**17 takes a good part of a second: the window's timer kept firing meanwhile
    assert len(ticks) >= 5, ticks
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert told["errors"] == []
    window.close()
    assert copies(private_tmp) == []


def test_a_wrong_passphrase_is_said_and_loses_nothing(
    qtbot: Any, tmp_path: Path, private_tmp: Path, told: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)
    share = make_share(tmp_path, "Bo", PASSPHRASE)
    before = share.read_bytes()
    hints: list[str] = []
    poll = type_passphrases(qtbot, [PASSPHRASE], hints)
    window = build_review_window([share])
    qtbot.addWidget(window)
    wait_for_title(qtbot, window, "bo (review, read-only)")
    coach = window.show_page("coach")
    qtbot.keyClicks(coach.period.editor, "Steady month")
    coach.period.add_button.click()
    store = review_store_path(window.review.shares[0].meta.journal_uuid)
    window.review.close_share(window.review.shares[0])
    wait_for_title(qtbot, window, "Value Journal — journal")
    # Again, a wrong passphrase, then Escape on the second ask.
    poll.stop()
    poll = type_passphrases(qtbot, ["not the passphrase", None], hints)
    with qtbot.waitSignal(window.review.open_files([share]).finished, timeout=TIMEOUT) as run:
        pass
    poll.stop()
    assert run.args == [0]
    assert hints == ["", "", "that passphrase does not open bo.vjshare; check it and try again"]
    assert share.read_bytes() == before  # the share is untouched
    assert copies(private_tmp) == []  # no decrypted copy stays
    assert not window.context.read_only  # still the coach's own journal
    with Journal.open(store, kinds=("journal", "review")) as kept:
        assert [c.body for c in kept.list_comments()] == ["Steady month"]
    assert told["errors"] == []  # the hint in the dialog is the message
    window.close()


def test_cancel_stops_after_the_file_in_flight(
    qtbot: Any, tmp_path: Path, private_tmp: Path, told: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(share_opening, "SHOW_AFTER_MS", 0)
    shares = [make_share(tmp_path, name, None, 3) for name in ("Ann", "Bo", "Cy")]
    window = build_review_window([])
    qtbot.addWidget(window)
    wait_for_title(qtbot, window, "Value Journal — journal")
    run = window.review.open_files(shares)
    qtbot.waitUntil(lambda: run.progress.isVisible(), timeout=TIMEOUT)
    assert run.progress.labelText().startswith("Opening 3 shares…")
    qtbot.waitUntil(lambda: len(window.review.shares) == 1, timeout=TIMEOUT)
    with qtbot.waitSignal(run.finished, timeout=TIMEOUT) as ended:
        qtbot.keyClick(run.progress, Qt.Key.Key_Escape)  # Escape is the dialog's Cancel
    assert ended.args[0] in (1, 2)  # the first, and the one in flight if it was done
    assert [s.meta.owner for s in window.review.shares] == ["Ann", "Bo"][: ended.args[0]]
    wait_for_title(qtbot, window, "ann (review, read-only)")
    assert len(copies(private_tmp)) == ended.args[0]  # nothing else stays decrypted
    window.close()
    assert copies(private_tmp) == []


def test_the_feedback_file_written_in_the_background_is_the_same_file(
    qtbot: Any, tmp_path: Path, private_tmp: Path, told: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)
    share = make_share(tmp_path, "Ann", None)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        files, "ask_save_path", lambda _p, _t, default, _f, _j=(): out / Path(default).name
    )
    window = build_review_window([share])
    qtbot.addWidget(window)
    wait_for_title(qtbot, window, "ann (review, read-only)")
    coach = window.show_page("coach")
    qtbot.keyClicks(coach.author, "Cora")
    qtbot.keyClick(coach.author, Qt.Key.Key_Tab)
    qtbot.keyClicks(coach.period.editor, "Good month")
    coach.period.add_button.click()
    coach.encrypt.setChecked(True)
    qtbot.keyClicks(coach.passphrase, PASSPHRASE)
    qtbot.keyClicks(coach.repeat, PASSPHRASE)
    qtbot.mouseClick(coach.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told["told"]), timeout=TIMEOUT)
    (written,) = out.glob("*.vjfeedback")
    assert told["told"][0].startswith(
        f"Saved 1 comment to {written.name}."
    )  # one, not "1 comments"
    assert window.statusBar().currentMessage() == f"Feedback saved: {written.name}"
    shared = window.review.shares[0]
    direct = write_feedback_file(
        tmp_path / "direct.vjfeedback", shared.store.list_comments(),
        homework=shared.store.list_homework(), journal_uuid=shared.meta.journal_uuid,
        author="Cora", start=shared.meta.range_start, end=shared.meta.range_end,
        passphrase=PASSPHRASE,
    )  # fmt: skip
    window.close()
    assert envelope.is_sealed(written.read_bytes()[:16])
    made = [
        open_untrusted(p, passphrase=PASSPHRASE, kinds=("feedback",)) for p in (written, direct)
    ]
    try:
        background, on_the_spot = made
        for name in ("journal_uuid", "owner", "kind", "range_start", "range_end"):
            assert getattr(background.meta, name) == getattr(on_the_spot.meta, name), name
        assert background.journal.list_comments() == on_the_spot.journal.list_comments()
        assert [c.body for c in background.journal.list_comments()] == ["Good month"]
        assert background.journal.list_homework() == on_the_spot.journal.list_homework()
    finally:
        for item in made:
            item.close()
    assert told["errors"] == []


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_the_save_dialog_starts_beside_the_share_and_writing_is_said_once_chosen(
    qtbot: Any, tmp_path: Path, told: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from PySide6.QtWidgets import QFileDialog

    clients, sent, elsewhere = tmp_path / "clients", tmp_path / "sent", tmp_path / "elsewhere"
    for folder in (clients, sent, elsewhere):
        folder.mkdir()
    monkeypatch.chdir(elsewhere)  # the app's current folder is not where the share is
    share = make_share(clients, "Ann", None)
    window = build_review_window([share])
    qtbot.addWidget(window)
    wait_for_title(qtbot, window, "ann (review, read-only)")
    coach = window.show_page("coach")
    qtbot.keyClicks(coach.author, "Cora")
    qtbot.keyClick(coach.author, Qt.Key.Key_Tab)
    qtbot.keyClicks(coach.period.editor, "Good month")
    coach.period.add_button.click()
    seen: list[tuple[str, str]] = []

    def save_as(where: Path | None) -> None:
        def answer(dialog: Any) -> None:
            assert isinstance(dialog, QFileDialog)
            seen.append((dialog.directory().absolutePath(), window.statusBar().currentMessage()))
            edit = dialog.focusWidget()
            if where is not None:  # typed over the name offered
                qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClicks(edit, str(where))
            qtbot.keyClick(edit, Qt.Key.Key_Return)

        on_modal(qtbot, answer, timeout=TIMEOUT)
        coach.save_button.setFocus()
        qtbot.keyClick(coach.save_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: len(told["told"]) == len(seen), timeout=TIMEOUT)

    save_as(None)  # Enter on the name offered
    (written,) = clients.glob("*.vjfeedback")
    assert seen[0] == (str(clients), "Comment saved.")  # beside the share; no "Writing…" yet
    assert window.statusBar().currentMessage() == f"Feedback saved: {written.name}"
    save_as(sent / "for-ann.vjfeedback")
    assert (sent / "for-ann.vjfeedback").is_file()
    assert seen[1][0] == str(clients) and "Writing" not in seen[1][1]
    shutil.rmtree(clients)  # the share's folder went away: the last folder chosen instead
    save_as(None)
    assert seen[2][0] == str(sent) and "Writing" not in seen[2][1]
    assert len(list(sent.glob("*.vjfeedback"))) == 2
    assert not list(elsewhere.iterdir()) and told["errors"] == []
