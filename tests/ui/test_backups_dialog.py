"""File → Backups… as a person uses it: the list with dates and counts, a restore chosen with
the keyboard and confirmed, then undone the same way; the lock while the window is open, and
a journal another computer has open shown read-only after a warning."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tests.helpers.keys import activate, on_modal, on_next_modal
from tests.helpers.windows import open_window, wait_for_title
from valuejournal.core.entities import Session
from valuejournal.store import backups, lock
from valuejournal.store.journal import Journal
from valuejournal.ui.dialogs.backups_dialog import BackupsDialog


def _titles(path: Path) -> list[str]:
    with Journal.open(path) as journal:
        return sorted(s.title for s in journal.all_sessions())


def _restore_row(qtbot, window, pick: int, seen: list[list[str]]) -> None:
    """Ctrl+Shift+B, Down ``pick`` times, Alt+R (Restore…), then the question's Restore."""

    def confirm(box: QMessageBox) -> None:
        seen.append([box.text()])
        (restore,) = [b for b in box.buttons() if b.text() == "Restore"]
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
        seen.append([dialog.table.item(r, 1).text() + " " + dialog.table.item(r, 2).text()
                     for r in range(dialog.table.rowCount())])  # fmt: skip
        for _ in range(pick):
            qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        on_next_modal(qtbot, QMessageBox, confirm, 10000)
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    on_modal(qtbot, in_dialog)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip


def test_a_restore_from_the_menu_and_its_undo(qtbot, journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_session(Session(day=date(2026, 3, 2), minutes=60, title="kept"))
        old = backups.backup_now(journal_path, "manual")
        journal.add_session(Session(day=date(2026, 3, 3), minutes=30, title="later"))
    window = open_window(qtbot, journal_path)
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    qtbot.waitUntil(lambda: len(backups.list_backups(journal_path)) == 2, timeout=10000)
    assert lock.read_holder(journal_path).pid == lock.me().pid  # type: ignore[union-attr]
    seen: list[list[str]] = []
    _restore_row(qtbot, window, 1, seen)  # the older one, below today's daily backup
    qtbot.waitUntil(lambda: "journal" in window.pages and window.context is not None, timeout=20000)
    qtbot.waitUntil(lambda: window.context.journal.count_sessions() == 1, timeout=20000)
    assert seen[0] == ["daily 2", "backed up by you 1"]
    assert "(1 session, 0 clients)" in seen[1][0] and "backed up first" in seen[1][0]
    assert _titles(journal_path) == ["kept"]
    assert old.exists()
    qtbot.waitUntil(  # said once the journal has opened again
        lambda: "Restored the backup" in window.statusBar().currentMessage(), timeout=20000
    )
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    seen.clear()
    _restore_row(qtbot, window, 0, seen)  # the undo: the state before the restore, on top
    qtbot.waitUntil(
        lambda: window.context is not None and window.context.journal.count_sessions() == 2,
        timeout=20000,
    )
    assert seen[0][0] == "before a restore (restore it to undo) 2"
    assert "(2 sessions, 0 clients)" in seen[1][0]
    assert _titles(journal_path) == ["kept", "later"]
    window.close()
    assert not lock.lock_path(journal_path).exists()


def test_the_list_and_the_question_say_one_backup_one_session(qtbot, journal_path: Path) -> None:
    """ "1 backup", "1 session, 1 client" in the singular; Back up now (Alt+B) makes it two."""
    with Journal.open(journal_path) as journal:
        journal.add_session(Session(day=date(2026, 3, 2), minutes=60, client="Acme"))
    backups.backup_now(journal_path, "daily")
    dialog = BackupsDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: activate(dialog), timeout=10000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.status.text() == "1 backup. Choose one and Restore… to put it back."
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    on_next_modal(qtbot, QMessageBox, cancel, 10000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10000)
    assert "(1 session, 1 client)?" in asked[0]
    qtbot.waitUntil(lambda: activate(dialog), timeout=10000)  # as a window manager does
    qtbot.keyClick(dialog.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20000)
    assert dialog.status.text() == "2 backups. Choose one and Restore… to put it back."
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["backed up by you", "daily"]
    assert len(backups.list_backups(journal_path)) == 2
    assert _titles(journal_path) == [""]  # cancelled: nothing restored


def test_a_journal_open_on_another_computer_opens_read_only(qtbot, journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_session(Session(day=date(2026, 3, 2), minutes=60, title="mine"))
    held = {"host": "other-laptop", "pid": 99, "since": "2026-11-30T09:15:00+00:00"}
    lock.lock_path(journal_path).write_text(json.dumps(held), encoding="utf-8")
    warned: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warned.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    on_modal(qtbot, read)
    from valuejournal.ui.app import build_window

    window = build_window(journal_path, ask_first_start=False)
    qtbot.addWidget(window)
    wait_for_title(qtbot, window, "read-only")
    assert "other-laptop" in warned[0] and "read-only" in warned[0]
    assert window.context.read_only and window.context.journal.read_only
    page = window.pages["journal"]
    assert not any(b.isVisible() for b in page.findChildren(QPushButton) if b.text() == "Add")
    window.close()
    assert json.loads(lock.lock_path(journal_path).read_text())["host"] == "other-laptop"
    assert backups.list_backups(journal_path) == []  # no daily backup of someone else's file


def test_an_encrypted_journal_asks_its_passphrase_at_open(qtbot, demo_path: Path) -> None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from valuejournal.store import cipher
    from valuejournal.store.encryption import encrypt_journal

    encrypt_journal(demo_path, "correct horse")
    cipher._keys.clear()
    asked: list[str] = []

    def answer(typed: str) -> Callable[[QWidget], None]:
        def type_it(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            asked.append(dialog.labelText())
            field = dialog.findChild(QLineEdit)
            assert field.echoMode() == QLineEdit.EchoMode.Password
            qtbot.keyClicks(field, typed)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            if typed != "correct horse":
                on_modal(qtbot, answer("correct horse"))  # asked again, typed right

        return type_it

    on_modal(qtbot, answer("wrong horse"))
    window = open_window(qtbot, demo_path)
    assert "demo.vjournal is encrypted" in asked[0]
    assert "does not open demo.vjournal" in asked[1]
    assert window.context.journal.count_sessions() > 1000
    window.close()
    cipher._keys.clear()
