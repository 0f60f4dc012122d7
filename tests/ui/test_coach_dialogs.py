"""The client's side in the window: "Share with coach…" and the Coach page's own view."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import activate, press, type_text
from valuejournal.core.entities import Reflection, Session
from valuejournal.store import envelope
from valuejournal.store.journal import Journal
from valuejournal.store.untrusted import open_untrusted
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions
from valuejournal.ui.dialogs import files
from valuejournal.ui.widgets.comment_dialogs import PassphraseDialog, ShareDialog, ShareRequest


@pytest.fixture
def filled(journal: Journal) -> Journal:
    for day, private in ((date(2026, 8, 3), False), (date(2026, 8, 4), True),
                         (date(2026, 5, 5), False)):  # fmt: skip
        journal.add_session(Session(day=day, minutes=60, title="Work", private=private))
    journal.save_reflection(Reflection("2026-Q3", {"created": "Good quarter"}))
    return journal


def test_share_dialog_previews_and_checks_the_passphrase(qtbot: Any, filled: Journal) -> None:
    dialog = ShareDialog(filled)
    qtbot.addWidget(dialog)
    assert [dialog.quarter.itemText(i) for i in range(dialog.quarter.count())] == [
        "2026-Q3", "2026-Q2"]  # fmt: skip
    assert dialog.preview.text() == (
        "The file will hold 1 session, 0 clients and 1 reflection. "
        "1 private session will stay here."
    )
    dialog.everything.setChecked(True)
    dialog.private.setChecked(True)
    assert dialog.preview.text() == "The file will hold 3 sessions, 0 clients and 1 reflection."
    dialog.encrypt.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, "short")
    dialog.accept()
    assert dialog.request is None and "at least 8" in dialog.error.text()
    dialog.passphrase.setText("long enough now")
    dialog.repeat.setText("long enough no")
    dialog.accept()
    assert dialog.request is None and "differ" in dialog.error.text()
    dialog.repeat.setText("long enough now")
    dialog.accept()
    assert dialog.request is not None
    assert dialog.request.passphrase == "long enough now" and dialog.request.label == "all"
    assert dialog.request.options.include_private


def test_share_preview_follows_typed_dates_in_the_singular_and_plural(
    qtbot: Any, filled: Journal
) -> None:
    filled.add_session(Session(day=date(2026, 8, 5), minutes=60, client="Acme", private=True))
    dialog = ShareDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: activate(dialog), timeout=10000)
    dialog.by_dates.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.by_dates.isChecked()

    def dates(start: str, end: str) -> str:
        for field, typed in ((dialog.start, start), (dialog.end, end)):
            field.setFocus(Qt.FocusReason.TabFocusReason)
            type_text(qtbot, typed)
            press(qtbot, Qt.Key.Key_Tab)
        return dialog.preview.text()

    assert dates("2026-05-01", "2026-08-03").startswith(
        "The file will hold 2 sessions, 0 clients and "
    )
    assert "private" not in dialog.preview.text()
    text = dates("2026-08-01", "2026-08-04")
    assert text.startswith("The file will hold 1 session, 0 clients and ")
    assert text.endswith(" 1 private session will stay here.")
    assert dates("2026-08-01", "2026-08-31").endswith(" 2 private sessions will stay here.")
    press(qtbot, Qt.Key.Key_Space)  # Tab left the focus on "Include private sessions…"
    assert dialog.private.isChecked()
    assert dialog.preview.text() == "The file will hold 3 sessions, 1 client and 1 reflection."


def test_share_with_coach_writes_the_file(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = main_window.context.journal
    journal.add_session(Session(day=date(2026, 8, 3), minutes=60, title="Workshop"))
    journal.add_session(Session(day=date(2026, 8, 4), minutes=60, title="Mine", private=True))
    from valuejournal.store.share import ShareOptions

    request = ShareRequest(ShareOptions.for_quarter("2026-Q3"), "a fine passphrase", "2026-Q3")
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)
    monkeypatch.setattr(ShareDialog, "ask", classmethod(lambda cls, parent, j: request))
    monkeypatch.setattr(
        files, "ask_save_path", lambda _p, _t, default, _f, _j=(): tmp_path / default
    )
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text: told.append(text))
    path = actions.share_with_coach(main_window, main_window.context)
    assert path == tmp_path / "test-2026-Q3.vjshare"  # no owner yet: the file name
    assert told[0].startswith("Saved test-2026-Q3.vjshare: 1 session, 0 clients, 0 reflections.")
    assert "\n1 private session stayed here.\n" in told[0] and "encrypted" in told[0]
    opened = open_untrusted(path, passphrase="a fine passphrase")
    assert [s.title for s in opened.journal.all_sessions()] == ["Workshop"]
    opened.close()


def test_coach_page_for_ones_own_journal(
    qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = main_window.show_page("coach")
    assert page.share is None and page.comments.cards == []
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(files, "ask_open_paths", lambda *_args: [Path("/nonexistent.vjfeedback")])
    assert actions.import_feedback_file(main_window, main_window.context) is None
    assert "does not exist" in errors[0]


def test_passphrase_dialog_returns_what_was_typed(qtbot: Any) -> None:
    dialog = PassphraseDialog("x.vjshare", "that passphrase does not open x.vjshare")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret, "secret words")
    assert dialog.secret.text() == "secret words"


def test_a_period_comment_takes_typed_dates(qtbot, journal) -> None:
    from datetime import date

    from PySide6.QtCore import Qt

    from valuejournal.core.entities import Session
    from valuejournal.ui.widgets.comment_composer import PeriodComposer

    journal.add_session(Session(day=date(2026, 11, 2), minutes=60))
    composer = PeriodComposer(journal, lambda: "Maya")
    qtbot.addWidget(composer)
    composer.show()
    composer.activateWindow()
    qtbot.waitUntil(lambda: activate(composer), timeout=10000)
    sent: list[object] = []
    composer.submitted.connect(sent.append)
    for field, typed in ((composer.start, "2026-11-02"), (composer.end, "2026-11-31")):
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClicks(composer.editor, "A steady fortnight.")
    qtbot.mouseClick(composer.add_button, Qt.MouseButton.LeftButton)
    assert sent == [] and "no such day" in composer.end.note.full_text()
    composer.end.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(composer.end, "2026-11-15")
    qtbot.mouseClick(composer.add_button, Qt.MouseButton.LeftButton)
    (comment,) = sent
    assert (comment.period_start, comment.period_end) == (date(2026, 11, 2), date(2026, 11, 15))
    assert comment.body == "A steady fortnight."
