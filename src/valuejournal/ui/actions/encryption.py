"""File → Encryption: encrypt the journal, change its passphrase, or decrypt it.

The passphrases are asked first (`ui/dialogs/encryption_dialog.py`, the current one checked
before the dialog closes); then the window sets its journal aside (pages, timer and lock
released: the file is about to be replaced), the rewrite runs on the write worker with its
progress shown (`store/encryption.py`: a backup first, then the file rewritten beside itself
and renamed into place), and the journal reopens, the new key already unlocked. A failure
is said in words and the journal reopens as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from valuejournal.ui import dialogs, tasks
from valuejournal.ui.dialogs.encryption_dialog import EncryptionDialog, Mode, Passphrases, titles
from valuejournal.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar

    from valuejournal.ui.context import JournalContext


class Host(Protocol):
    """What the flow needs of the main window."""

    context: JournalContext | None
    journal_loaded: SignalInstance

    def set_journal_aside(self, text: str) -> None: ...
    def show_waiting(self, text: str) -> None: ...
    def open_journal(self, path: Path) -> None: ...
    def statusBar(self) -> QStatusBar: ...


def available(context: JournalContext | None) -> dict[Mode, bool]:
    """Which File → Encryption entries apply to the journal shown (one's own, writable)."""
    from valuejournal.store import cipher

    own = context is not None and not context.read_only and context.share is None
    encrypted = own and context is not None and cipher.is_encrypted(context.journal.path)
    return {"encrypt": own and not encrypted, "change": encrypted, "decrypt": encrypted}


def change_encryption(window: Any, mode: Mode) -> None:
    """Run one File → Encryption entry on the window's journal (``window``: a `Host`)."""
    host: Host = window
    if not available(host.context)[mode] or host.context is None:
        return
    from valuejournal.store import cipher

    path = host.context.journal.path
    chosen = EncryptionDialog.ask(
        window, mode, path, None if mode == "encrypt" else lambda old: cipher.verify(path, old)
    )
    if chosen is None:
        return
    doing = _doing(mode)
    host.set_journal_aside(doing)

    def progress(done: int, total: int) -> None:
        from valuejournal.core import formats

        share = formats.current().integer(done * 100 // max(total, 1))
        host.show_waiting(tr("{doing} {percent} % done").format(doing=doing, percent=share))

    tasks.run_write(
        _job(mode, path, chosen),
        owner=window,
        title=titles()[mode],
        on_progress=progress,
        on_done=lambda made: _reopen(host, path, _done_text(mode, made)),
        on_failed=lambda exc: _failed(host, window, mode, path, exc),
    )


def _job(mode: Mode, path: Path, chosen: Passphrases) -> Callable[[Any], Path]:
    from valuejournal.store import encryption

    old, new = chosen.old or "", chosen.new or ""
    if mode == "encrypt":
        return lambda report: encryption.encrypt_journal(path, new, progress=report)
    if mode == "change":
        return lambda report: encryption.change_passphrase(path, old, new, progress=report)
    return lambda report: encryption.decrypt_journal(path, old, progress=report)


def _doing(mode: Mode) -> str:
    return {
        "encrypt": tr("Encrypting the journal…"),
        "change": tr("Changing the passphrase…"),
        "decrypt": tr("Decrypting the journal…"),
    }[mode]


def _done_text(mode: Mode, made: Path) -> str:
    return {
        "encrypt": tr("The journal is encrypted. The state before is in the backup {b}."),
        "change": tr("The passphrase is changed. The backup {b} opens with the old one."),
        "decrypt": tr("The journal is stored plain again. The backup {b} stays encrypted."),
    }[mode].format(b=made.name)


def _failed(host: Host, window: Any, mode: Mode, path: Path, exc: BaseException) -> None:
    from valuejournal.core.errors import UserError

    if isinstance(exc, UserError):
        dialogs.show_error(window, titles()[mode], str(exc))
    else:
        dialogs.show_bug(window, titles()[mode], exc)
    _reopen(host, path, tr("Nothing was changed."))


def _reopen(host: Host, path: Path, text: str) -> None:
    """Open the journal again; say ``text`` once it is shown."""

    def say() -> None:
        host.journal_loaded.disconnect(say)
        host.statusBar().showMessage(text, 20000)

    host.journal_loaded.connect(say)
    host.open_journal(path)
