"""File → Encryption's dialog: the passphrases for encrypting, re-keying or decrypting a journal.

A new passphrase is typed twice, with a strength hint as it is typed (`core.strength`); the
current one is checked off the GUI thread before the dialog closes, and a wrong one is said
in place. The dialog only asks: `ui/actions/encryption.py` does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.strength import strength
from valuejournal.store.envelope import MIN_PASSPHRASE
from valuejournal.ui import tasks
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.labels import plain_label

Mode = Literal["encrypt", "change", "decrypt"]


@dataclass(frozen=True, slots=True)
class Passphrases:
    """What the person typed: the current passphrase and the new one (None where unused)."""

    old: str | None
    new: str | None


def titles() -> dict[Mode, str]:
    """Each mode's window title (also the File → Encryption entries without the dots)."""
    return {
        "encrypt": tr("Encrypt journal"),
        "change": tr("Change passphrase"),
        "decrypt": tr("Decrypt journal"),
    }


def _intro(mode: Mode, name: str) -> str:
    if mode == "encrypt":
        text = tr(
            "{name} will be encrypted with a passphrase: without it nobody can read the "
            "journal or its backups. Nobody can recover a forgotten passphrase either, so "
            "keep it somewhere safe. A backup is taken first; the journal reopens when done."
        )
    elif mode == "change":
        text = tr(
            "{name} and its new backups will open with the new passphrase only. Backups "
            "taken before keep the current one. A backup is taken first."
        )
    else:
        text = tr(
            "{name} will be stored plain again: anyone who can read the file can read your "
            "journal. Its backups stay encrypted. A backup is taken first."
        )
    return text.format(name=name)


def strength_text(passphrase: str) -> str:
    """The hint shown under a new passphrase as it is typed."""
    if not passphrase:
        return tr("At least {n} characters; a few unusual words are best.").format(n=MIN_PASSPHRASE)
    found = strength(passphrase, MIN_PASSPHRASE)
    if not found.long_enough:
        return tr("Too short: at least {n} characters.").format(n=MIN_PASSPHRASE)
    return [
        tr("Very weak: among the first guesses anyone tries."),
        tr("Weak: easy to guess. Add a word or two."),
        tr("Fair: add another unusual word to be safe."),
        tr("Strong."),
        tr("Very strong."),
    ][max(0, min(found.score, 4))]


class EncryptionDialog(QDialog):
    """Ask the passphrases one of File → Encryption's entries needs."""

    def __init__(
        self,
        mode: Mode,
        name: str,
        check_old: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.check_old = check_old
        self.chosen: Passphrases | None = None
        self.setWindowTitle(titles()[mode])
        self.setMinimumWidth(460)
        self.old = self._secret()
        self.new = self._secret()
        self.repeat = self._secret()
        self.hint = plain_label(strength_text(""), "muted")
        self.error = plain_label("", "formError")
        form = QFormLayout()
        if mode != "encrypt":
            form.addRow(tr("Current passphrase"), self.old)
        if mode != "decrypt":
            form.addRow(tr("New passphrase"), self.new)
            form.addRow("", self.hint)
            form.addRow(tr("Repeat it"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = buttons.addButton(
            titles()[mode], QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_intro(mode, name)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.new.textChanged.connect(lambda text: self.hint.setText(strength_text(text)))
        (self.new if mode == "encrypt" else self.old).setFocus()

    @staticmethod
    def _secret() -> QLineEdit:
        line = QLineEdit()
        line.setEchoMode(QLineEdit.EchoMode.Password)
        return line

    def problem(self) -> str | None:
        """What is wrong with the typed passphrases (before the current one is checked)."""
        if self.mode != "encrypt" and not self.old.text():
            return tr("Type the current passphrase.")
        if self.mode == "decrypt":
            return None
        if len(self.new.text()) < MIN_PASSPHRASE:
            return tr("The new passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
        if self.new.text() != self.repeat.text():
            return tr("The two new passphrases differ.")
        if self.mode == "change" and self.new.text() == self.old.text():
            return tr("The new passphrase is the current one.")
        return None

    def accept(self) -> None:
        """Close with the passphrases once they are usable and the current one opens the
        journal (checked in the background: deriving the key takes a moment)."""
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            return
        old = self.old.text() if self.mode != "encrypt" else None
        new = self.new.text() if self.mode != "decrypt" else None
        check = self.check_old
        if old is None or check is None:
            self._done(Passphrases(old, new))
            return
        self.error.setText(tr("Checking the passphrase…"))
        self.ok.setEnabled(False)
        tasks.run(
            lambda: check(old),
            owner=self,
            key="check",
            title=tr("Checking the passphrase"),
            on_done=lambda _none: self._done(Passphrases(old, new)),
            on_failed=self._wrong,
        )

    def _wrong(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.error.setText(str(exc))
        self.old.selectAll()
        self.old.setFocus()

    def _done(self, chosen: Passphrases) -> None:
        self.chosen = chosen
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        mode: Mode,
        path: Path,
        check_old: Callable[[str], None] | None = None,
    ) -> Passphrases | None:
        """Show the dialog; the passphrases typed, or None if cancelled."""
        dialog = cls(mode, Path(path).name, check_old, parent)
        dialog.exec()
        return dialog.chosen
