"""File → Encryption as a person uses it: the passphrases typed with real keys (twice, with a
strength hint; a wrong current one said in place), the work off the GUI thread with a backup
first, the journal reopened; then the file read back: plain sqlite3 cannot read it, the
passphrase opens it with every session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.encrypted import session_uuids
from tests.helpers.keys import activate, on_modal, on_next_modal
from tests.helpers.windows import open_window
from valuejournal.store import backups, cipher
from valuejournal.ui.dialogs.encryption_dialog import EncryptionDialog, strength_text

PASS = "correct horse battery staple"
NEW = "purple walrus tangerine 1987"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _forget_keys() -> None:
    cipher._keys.clear()


_uuids = session_uuids


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def _run(qtbot, window, keys: Qt.Key, answer, seen: list[str], mods=CTRL_SHIFT) -> None:
    """Press the entry's shortcut, answer its dialog, wait until the journal is back."""
    before = window.context

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, EncryptionDialog)
        seen.append(dialog.windowTitle())
        answer(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    on_modal(qtbot, in_dialog)
    qtbot.keyClick(window, keys, mods)
    qtbot.waitUntil(
        lambda: window.context is not None and window.context is not before, timeout=30000
    )
    qtbot.waitUntil(lambda: "journal" in window.pages, timeout=20000)


def test_encrypt_change_and_decrypt_from_the_menu(qtbot, demo_path: Path) -> None:
    every = _uuids(demo_path, None)
    assert every
    window = open_window(qtbot, demo_path)
    assert window.encryption_actions["encrypt"].isEnabled()
    assert not window.encryption_actions["decrypt"].isEnabled()
    seen: list[str] = []
    hints: list[str] = []

    def encrypt(dialog: EncryptionDialog) -> None:
        _type(qtbot, "abc")  # the focus starts in "New passphrase"
        hints.append(dialog.hint.text())
        _key(qtbot, Qt.Key.Key_Backspace)
        _key(qtbot, Qt.Key.Key_Backspace)
        _key(qtbot, Qt.Key.Key_Backspace)
        _type(qtbot, "password123")
        hints.append(dialog.hint.text())
        qtbot.keyClick(dialog.new, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, PASS)
        hints.append(dialog.hint.text())
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, PASS + "x")  # a slip in the repeat: said, the dialog stays
        _key(qtbot, Qt.Key.Key_Return)
        hints.append(dialog.error.text())
        assert dialog.isVisible()
        _key(qtbot, Qt.Key.Key_Backspace)
        _key(qtbot, Qt.Key.Key_Return)

    _run(qtbot, window, Qt.Key.Key_K, encrypt, seen)
    assert hints[0].startswith("Too short") and hints[1].startswith("Very weak")
    assert hints[2] == "Very strong." and hints[3] == "The two new passphrases differ."
    assert cipher.is_encrypted(demo_path) and _uuids(demo_path, None) is None
    assert _uuids(demo_path, PASS) == every
    assert window.context.journal.count_sessions() == len(every)
    qtbot.waitUntil(lambda: "is encrypted" in window.statusBar().currentMessage(), timeout=20000)
    (made,) = [b for b in backups.list_backups(demo_path) if b.reason == "encrypt"]
    assert _uuids(made.path, None) is None and _uuids(made.path, PASS) == every
    assert not window.encryption_actions["encrypt"].isEnabled()

    def change(dialog: EncryptionDialog) -> None:
        _type(qtbot, "wrong horse")  # the focus starts in "Current passphrase"
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, NEW)
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, NEW)
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "does not open" in dialog.error.text(), timeout=20000)
        hints.append(dialog.error.text())
        assert dialog.isVisible() and QApplication.focusWidget() is dialog.old
        _type(qtbot, PASS)  # the wrong one is selected: typing replaces it
        _key(qtbot, Qt.Key.Key_Return)

    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    _run(qtbot, window, Qt.Key.Key_K, change, seen, ctrl_alt)
    assert "that passphrase does not open demo.vjournal" in hints[4]
    assert _uuids(demo_path, NEW) == every and _uuids(demo_path, PASS) is None

    def decrypt(dialog: EncryptionDialog) -> None:
        _type(qtbot, NEW)
        _key(qtbot, Qt.Key.Key_Return)

    _run(qtbot, window, Qt.Key.Key_D, decrypt, seen)
    assert seen == ["Encrypt journal", "Change passphrase", "Decrypt journal"]
    assert not cipher.is_encrypted(demo_path) and _uuids(demo_path, None) == every
    assert window.context.journal.count_sessions() == len(every)
    newest = [b.reason for b in backups.list_backups(demo_path)][:3]  # rotation keeps 3 a day
    assert {"decrypt", "encrypt"} <= set(newest)
    window.close()


def test_the_strength_hint_words() -> None:
    assert strength_text("").startswith("At least 8 characters")
    assert strength_text("Password1!").startswith(("Very weak", "Weak"))
    assert strength_text("qwertyuiop").startswith("Very weak")
    assert strength_text(PASS) == "Very strong."


def test_a_backup_under_the_old_passphrase_restores_from_file_backups(
    qtbot, demo_path: Path
) -> None:
    from datetime import date

    from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

    from valuejournal.core.entities import Session
    from valuejournal.store.encryption import change_passphrase, encrypt_journal
    from valuejournal.store.journal import Journal
    from valuejournal.ui.dialogs.backups_dialog import BackupsDialog
    from valuejournal.ui.widgets.comment_dialogs import PassphraseDialog

    every = _uuids(demo_path, None)
    encrypt_journal(demo_path, PASS)
    old = backups.backup_now(demo_path, "manual")
    change_passphrase(demo_path, PASS, NEW)
    with Journal.open(demo_path) as journal:
        journal.add_session(Session(day=date(2026, 10, 5), minutes=30, title="after"))
    cipher._keys.clear()
    asked: list[str] = []

    def unlock(dialog: QWidget) -> None:  # the passphrase prompt at open
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        _type(qtbot, NEW)
        _key(qtbot, Qt.Key.Key_Return)

    on_modal(qtbot, unlock)
    window = open_window(qtbot, demo_path)
    assert "demo.vjournal is encrypted" in asked[0]
    assert window.context.journal.count_sessions() == len(every) + 1
    rows: list[str] = []

    def passphrase(attempt: str):
        def answer(box: PassphraseDialog) -> None:
            rows.append(" ".join(label.text() for label in box.findChildren(QLabel)))
            qtbot.keyClicks(box.secret, attempt)
            if attempt != PASS:
                on_next_modal(qtbot, PassphraseDialog, passphrase(PASS))
            qtbot.keyClick(box.secret, Qt.Key.Key_Return)

        return answer

    def confirm(box: QMessageBox) -> None:
        (restore,) = [b for b in box.buttons() if b.text() == "Restore"]
        on_next_modal(qtbot, PassphraseDialog, passphrase("wrong horse"))
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
        texts = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        row = next(r for r, b in enumerate(dialog.rows) if b[0].path == old)
        rows.append(texts[row])
        for _ in range(row):
            qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        on_next_modal(qtbot, QMessageBox, confirm)
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    before = window.context
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    on_modal(qtbot, in_dialog)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: window.context is not None and window.context is not before, timeout=30000
    )
    assert rows[0] == "earlier passphrase"
    assert "encrypted with an earlier passphrase" in rows[1]
    assert "does not open" in rows[2]  # the wrong one said, asked again
    assert _uuids(demo_path, NEW) == every and _uuids(demo_path, PASS) is None
    qtbot.waitUntil(lambda: window.context.journal.count_sessions() == len(every), timeout=20000)
    window.close()


def test_the_newest_sessions_show_right_after_the_passphrase(qtbot, demo_path: Path) -> None:
    """The passphrase is asked before anything reads the file, so the preview (the newest
    sessions, read with the unlocked key) is on screen while the journal opens."""
    from PySide6.QtWidgets import QInputDialog

    from valuejournal.store.encryption import encrypt_journal
    from valuejournal.ui.app import build_window

    encrypt_journal(demo_path, PASS)
    cipher._keys.clear()

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        _type(qtbot, PASS)
        _key(qtbot, Qt.Key.Key_Return)

    on_modal(qtbot, unlock)
    window = build_window(demo_path, ask_first_start=False)
    qtbot.addWidget(window)
    shown: list[int] = []
    window.sessions_previewed.connect(lambda: shown.append(window._preview.model.rowCount()))
    qtbot.waitUntil(lambda: "journal" in window.pages, timeout=20000)
    assert shown and shown[0] > 10
    assert window.pages["journal"].model.total == _uuids_count(demo_path)
    window.close()


def _uuids_count(path: Path) -> int:
    found = _uuids(path, PASS)
    assert found is not None
    return len(found)


def test_review_mode_shares_an_encrypted_journal_and_goes_home_to_one(
    qtbot, demo_path: Path, tmp_path: Path
) -> None:
    """A share written from an encrypted journal opens in review mode; Ctrl+Shift+M (Open my
    journal) goes back to the coach's own encrypted journal, asking its passphrase."""
    import shutil
    from datetime import date

    from PySide6.QtWidgets import QInputDialog

    from tests.helpers.windows import open_review_window, wait_for_title
    from valuejournal import paths
    from valuejournal.core.entities import Session
    from valuejournal.store.encryption import encrypt_journal
    from valuejournal.store.journal import Journal
    from valuejournal.store.share import ShareOptions, write_share

    client = tmp_path / "ann.vjournal"
    with Journal.open(client, owner="Ann") as journal:
        for day in range(3, 10):
            journal.add_session(Session(day=date(2026, 8, day), minutes=60, client="Acme",
                                        title=f"Ann work {day}", value=7))  # fmt: skip
    encrypt_journal(client, PASS)
    share = tmp_path / "ann.vjshare"
    with Journal.open(client) as journal:  # unlocked: the key was remembered
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"))
    own = paths.default_journal()
    own.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_path, own)
    encrypt_journal(own, NEW)
    cipher._keys.clear()
    window = open_review_window(qtbot, [share], "review")
    assert window.context.read_only and window.context.journal.count_sessions() == 7
    assert not any(a.isEnabled() for a in window.encryption_actions.values())
    asked: list[str] = []

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        _type(qtbot, NEW)
        _key(qtbot, Qt.Key.Key_Return)

    on_modal(qtbot, unlock)
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    wait_for_title(qtbot, window, own.stem)
    qtbot.waitUntil(lambda: "journal" in window.pages, timeout=20000)
    assert asked and f"{own.name} is encrypted" in asked[0]
    assert not window.context.read_only
    assert window.context.journal.count_sessions() == len(_uuids(own, NEW) or [])
    assert window.encryption_actions["decrypt"].isEnabled()
    window.close()
