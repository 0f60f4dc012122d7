"""File → Backups…: the journal's backups with their date and counts; back up now, restore one.

Listing (counting each backup's sessions and clients), backing up and restoring run off the
GUI thread (`ui/tasks.py`) with progress. A restore backs up the current state first, so it
can be undone by restoring that backup (it is listed at the top afterwards).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.store import backups
from valuejournal.store.restore import Counts, Restored, counts, restore
from valuejournal.ui import dialogs, tasks
from valuejournal.ui.i18n import tr, trn

Row = tuple[backups.Backup, Counts | None]


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    return {
        "daily": tr("daily"),
        "manual": tr("backed up by you"),
        "import": tr("before an import"),
        "merge": tr("before a merge"),
        "restore": tr("before a restore (restore it to undo)"),
        "migration": tr("before an upgrade"),
        "encrypt": tr("before encrypting"),
        "decrypt": tr("before decrypting"),
    }.get(reason, reason)


def _unread(path: Path) -> str:
    """Why a backup's counts are missing: an earlier passphrase, or damage."""
    from valuejournal.store import cipher

    if cipher.is_encrypted(path) and cipher.key_for(path) is None:
        return tr("earlier passphrase")
    return tr("unreadable")


def list_rows(journal: Path) -> list[Row]:
    """The journal's backups, newest first, with what each holds (None: cannot be read)."""
    rows: list[Row] = []
    for backup in backups.list_backups(journal):
        try:
            rows.append((backup, counts(backup.path)))
        except Exception:  # a damaged backup is listed, and refused if chosen
            rows.append((backup, None))
    return rows


class BackupsDialog(QDialog):
    """The backups of one journal; `restored` holds the finished restore, if any."""

    def __init__(self, journal: Path, parent: QWidget | None = None, *, read_only: bool = False):
        super().__init__(parent)
        self.journal = journal
        self.read_only = read_only
        self.rows: list[Row] = []
        self.restored: Restored | None = None
        self.setWindowTitle(tr("Backups of {name}").format(name=journal.stem))
        self.resize(760, 460)
        self.folder = QLabel(
            tr("Backups are kept in {folder}").format(folder=backups.folder_for(journal))
        )
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        columns = [tr("Taken"), tr("Why"), tr("Sessions"), tr("Clients")]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.restore_selected)
        self.status = QLabel(tr("Reading the backups…"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.backup_button = QPushButton(tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        self.backup_button.setEnabled(not read_only)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    # -- listing -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list (and each backup's counts) in the background."""
        journal = self.journal
        tasks.run(
            lambda: list_rows(journal),
            owner=self,
            key="list",
            title=tr("Reading the backups"),
            on_done=self._show_rows,
        )

    def _show_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for r, (backup, found) in enumerate(rows):
            taken = backup.taken.astimezone()
            cells = [
                f"{formats.current().date(taken.date())} {taken.strftime('%H:%M:%S')}",
                reason_text(backup.reason),
                locale.toString(found.sessions) if found else _unread(backup.path),
                locale.toString(found.clients) if found else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.status.setText(
            trn("%n backup(s). Choose one and Restore… to put it back.", len(rows))
            if rows
            else tr("No backups yet: Back up now makes one.")
        )
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected(self) -> backups.Backup | None:
        """The backup chosen in the list."""
        picked = self.table.selectionModel().selectedRows()
        return self.rows[picked[0].row()][0] if picked else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(not self.read_only and self.selected() is not None)

    # -- actions -----------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.backup_button.setEnabled(not self.read_only)
        self._selection_changed()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.status.setText(str(exc))
        dialogs.show_error(self, tr("Backups"), str(exc))

    def back_up_now(self) -> None:
        """Make a backup now (rotation as in Settings)."""
        journal = self.journal
        self._busy(tr("Backing up…"))
        tasks.run(
            lambda report: backups.backup_now(journal, "manual", progress=report),
            owner=self,
            title=tr("Backing up"),
            on_progress=self._progress,
            on_done=self._backed_up,
            on_failed=self._failed,
        )

    def _backed_up(self, _path: Path) -> None:
        self._idle()
        self.reload()

    def restore_selected(self) -> None:
        """Ask, then restore the chosen backup (the current state is backed up first)."""
        backup = self.selected()
        if backup is None or self.read_only:
            return
        found = next((c for b, c in self.rows if b == backup), None)
        when = formats.current().moment(backup.taken)
        what = (
            trn("%n session(s)", found.sessions) + ", " + trn("%n client(s)", found.clients)
            if found
            else tr("contents unknown")
        )
        text = tr(
            "Put back the journal as it was at {when} ({what})?\n\nEverything you did since "
            "is replaced. The journal as it is now is backed up first, so you can undo this "
            "by restoring that backup."
        ).format(when=when, what=what)
        if not dialogs.confirm(self, tr("Restore a backup"), text, tr("Restore")):
            return
        self._restore(backup.path, None)

    def _restore(self, source: Path, passphrase: str | None) -> None:
        journal = self.journal
        self._busy(tr("Restoring…"))
        tasks.run_write(
            lambda report: restore(journal, source, progress=report, passphrase=passphrase),
            owner=self,
            title=tr("Restoring a backup"),
            on_progress=self._progress,
            on_done=self._restored,
            on_failed=lambda exc: self._restore_failed(source, exc),
        )

    def _restore_failed(self, source: Path, exc: BaseException) -> None:
        """A backup under an earlier passphrase: ask for it (again, if it was wrong)."""
        from valuejournal.store import cipher
        from valuejournal.ui.widgets.comment_dialogs import PassphraseDialog

        wrong = isinstance(exc, cipher.WrongPassphraseError)
        locked = cipher.is_encrypted(source) and cipher.key_for(source) is None
        if not locked or not (wrong or isinstance(exc, cipher.PassphraseNeededError)):
            self._failed(exc)
            return
        self._idle()
        intro = tr(
            "{name} was encrypted with an earlier passphrase. Type that one: the journal "
            "comes back encrypted with the passphrase it has now."
        )
        secret = PassphraseDialog.ask(self, source.name, str(exc) if wrong else "", intro)
        if secret is not None:
            self._restore(source, secret)

    def _restored(self, done: Restored) -> None:
        self.restored = done
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, journal: Path, *, read_only: bool = False
    ) -> Restored | None:
        """Show the backups of ``journal``; the restore done, or None."""
        dialog = cls(journal, parent, read_only=read_only)
        dialog.exec()
        return dialog.restored
