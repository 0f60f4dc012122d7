"""One's own journal in the window: opened under its lock (read-only when another machine
has it), backed up once a day at open and close, File → Backups… to restore one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from valuejournal.ui import tasks
from valuejournal.ui.i18n import tr

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal
    from valuejournal.store.lock import JournalLock
    from valuejournal.ui.context import JournalContext


def open_own(parent: QWidget, path: Path) -> tuple[Journal, JournalLock | None]:
    """Open the person's journal and take its lock; if another machine has it open, say so
    and open it read-only (no lock then)."""
    from valuejournal import settings
    from valuejournal.store import lock
    from valuejournal.store.journal import Journal

    prefs = settings.load()  # a new journal is the person's: their name and currency
    ask_passphrase(parent, path)
    try:
        journal = Journal.open(path, owner=prefs.name, currency=prefs.currency)
    except lock.JournalLockedError:
        return _read_only(parent, path), None
    try:
        held = lock.acquire(path)
    except lock.JournalLockedError:  # another machine took it just now
        journal.close()
        return _read_only(parent, path), None
    return journal, held


def ask_passphrase(parent: QWidget, path: Path) -> None:
    """An encrypted journal not unlocked yet: ask its passphrase until it opens it (a wrong
    one is said in words); cancelled, the open fails with a message saying it is encrypted."""
    from valuejournal.store import cipher

    if not cipher.is_encrypted(path) or cipher.key_for(path) is not None:
        return
    problem = ""
    while True:
        text, ok = QInputDialog.getText(
            parent,
            tr("Unlock journal"),
            (problem + "\n\n" if problem else "")
            + tr("{name} is encrypted. Its passphrase:").format(name=path.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            cipher.unlock(path, text)
            return
        except cipher.WrongPassphraseError as exc:
            problem = str(exc)


def _read_only(parent: QWidget, path: Path) -> Journal:
    from valuejournal.store import lock
    from valuejournal.store.journal import Journal

    holder = lock.foreign_holder(path)
    where = holder.describe() if holder else tr("another computer")
    QMessageBox.warning(
        parent,
        tr("Journal open on another computer"),
        tr(
            "{name} is open in {where}.\n\nIt opens read-only here, so the two copies cannot "
            "drift apart in your synced folder. Close it there, then open it again here to "
            "write in it. If that computer is not running Value Journal, delete {lock}."
        ).format(name=path.name, where=where, lock=lock.lock_path(path)),
    )
    return Journal.open_read_only(path)


def daily_backup_later(owner: QMainWindow, journal: Path) -> None:
    """The day's backup at open, off the GUI thread (nothing if one exists for today)."""
    from valuejournal.store.backups import daily_backup

    tasks.run(
        lambda: daily_backup(journal),
        owner=owner,
        key="daily-backup",
        title=tr("The daily backup"),
        on_failed=lambda exc: owner.statusBar().showMessage(  # logged too; no dialog
            tr("No backup today: {error}").format(error=exc), 10000
        ),
    )


def show_backups(window: QMainWindow, context: JournalContext) -> str | None:
    """File → Backups…: list them, restore one; after a restore, what to tell the person
    (the caller reopens the journal: the undo history no longer fits it), else None."""
    from valuejournal.ui.dialogs.backups_dialog import BackupsDialog

    read_only = context.read_only or context.share is not None
    done = BackupsDialog.ask(window, context.journal.path, read_only=read_only)
    if done is None:
        return None
    when = done.source.name.split(".backup-")[-1]
    return tr("Restored the backup {when}; File → Backups… restores the state before it.").format(
        when=when
    )


RESTORE_SEEN = "backups/restore_seen/{uuid}"
"""QSettings key: the name of the last restore's backup a start of this journal has seen."""
RESTORE_RECENT_DAYS = 7


def first_start_after_restore(journal: Journal) -> bool:
    """Whether the journal was restored (File → Backups… or `valuejournal restore`, each of
    which leaves a ``restore`` backup first) since its last start in the window. The answer
    is remembered: True once per restore, and never for a restore older than a week."""
    from datetime import UTC, datetime, timedelta

    from valuejournal.store.backups import list_backups
    from valuejournal.ui.settings import app_settings

    newest = next((b for b in list_backups(journal.path) if b.reason == "restore"), None)
    if newest is None or datetime.now(UTC) - newest.taken > timedelta(days=RESTORE_RECENT_DAYS):
        return False
    settings = app_settings()
    key = RESTORE_SEEN.format(uuid=journal.info().uuid)
    if settings.value(key, "") == newest.path.name:
        return False
    settings.setValue(key, newest.path.name)
    return True
