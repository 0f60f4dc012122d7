"""Dialogs of the coach round trip: "Share with coach…" and asking for a passphrase.

Both have an `ask(...)` classmethod returning the answer or None, so callers are tested by
patching it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.errors import UserError
from valuejournal.core.periods import quarter_of, quarter_range
from valuejournal.store.envelope import MIN_PASSPHRASE
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.labels import plain_label
from valuejournal.ui.widgets.parsed_field import FieldProblem, with_note

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal
    from valuejournal.store.share import ShareOptions


@dataclass(frozen=True, slots=True)
class ShareRequest:
    """What the person chose in the share dialog."""

    options: ShareOptions
    passphrase: str | None
    label: str


def _quarters(first: date, last: date) -> list[str]:
    """Quarter labels from the one of ``last`` back to the one of ``first``."""
    labels, day = [], first
    while day <= last:
        labels.append(quarter_of(day))
        day = quarter_range(labels[-1])[1] + timedelta(days=1)
    return labels[::-1]


def passphrase_problem(secret: str, repeat: str) -> str | None:
    """What is wrong with a new passphrase typed twice (None: it will do)."""
    if len(secret) < MIN_PASSPHRASE:
        return tr("The passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
    if secret != repeat:
        return tr("The two passphrases differ.")
    return None


class ShareDialog(QDialog):
    """Choose the range, private data and a passphrase for a share file."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Share with coach"))
        self.journal = journal
        self.request: ShareRequest | None = None
        days = [s.day for s in journal.all_sessions()]
        first, last = (min(days), max(days)) if days else (date.today(), date.today())
        self.everything = QRadioButton(tr("Everything"))
        self.by_quarter = QRadioButton(tr("One quarter"))
        self.by_dates = QRadioButton(tr("Dates"))
        group = QButtonGroup(self)
        for button in (self.everything, self.by_quarter, self.by_dates):
            group.addButton(button)
        self.quarter = QComboBox()
        self.quarter.addItems(_quarters(first, last))
        self.start = DateField(first)
        self.end = DateField(last)
        self.by_quarter.setChecked(True)
        self.private = QCheckBox(tr("Include private sessions and my notes about clients"))
        self.encrypt = QCheckBox(tr("Protect the file with a passphrase"))
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for line in (self.passphrase, self.repeat):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.preview = plain_label("", "muted")
        self.error = plain_label("", "formError")
        self._build()
        group.buttonToggled.connect(self._update)
        self.quarter.currentIndexChanged.connect(self._update)
        self.start.textChanged.connect(self._update)
        self.end.textChanged.connect(self._update)
        self.private.toggled.connect(self._update)
        self.encrypt.toggled.connect(self._update)
        self._update()

    def _build(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(with_note(self.start))
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(with_note(self.end))
        form = QFormLayout()
        form.addRow(self.everything)
        form.addRow(self.by_quarter, self.quarter)
        form.addRow(self.by_dates, dates)
        form.addRow(self.private)
        form.addRow(self.encrypt)
        form.addRow(tr("Passphrase"), self.passphrase)
        form.addRow(tr("Repeat it"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(tr("Save share file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = tr(
            "Your coach gets a file with the sessions, clients and reflections of the range you "
            "choose. Private sessions stay here unless you include them."
        )
        layout.addWidget(plain_label(intro))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def options(self) -> ShareOptions:
        """The range and privacy chosen so far."""
        from valuejournal.store.share import ShareOptions

        private = self.private.isChecked()
        if self.by_quarter.isChecked() and self.quarter.currentText():
            return ShareOptions.for_quarter(self.quarter.currentText(), include_private=private)
        if self.by_dates.isChecked():
            try:
                start, end = self.start.value(), self.end.value()
            except FieldProblem as exc:
                raise UserError(str(exc)) from None
            return ShareOptions(start, end, private)
        return ShareOptions(include_private=private)

    def _label(self) -> str:
        if self.by_quarter.isChecked():
            return self.quarter.currentText()
        if self.by_dates.isChecked():
            return f"{self.start.value().isoformat()}_{self.end.value().isoformat()}"
        return tr("all")

    def _update(self) -> None:
        from valuejournal.store.share import shared_contents

        for edit in (self.passphrase, self.repeat):
            edit.setEnabled(self.encrypt.isChecked())
        self.error.clear()
        try:
            contents, left_out = shared_contents(self.journal, self.options())
        except UserError as exc:
            self.preview.setText(str(exc))
            return
        text = tr("The file will hold {sessions}, {clients} and {reflections}.").format(
            sessions=trn("%n session(s)", len(contents.sessions)),
            clients=trn("%n client(s)", len(contents.clients)),
            reflections=trn("%n reflection(s)", len(contents.reflections)),
        )
        if left_out:
            text += " " + trn("%n private session(s) will stay here.", left_out)
        self.preview.setText(text)

    def accept(self) -> None:
        """Close only with a usable range and, if asked for, a matching passphrase."""
        secret = None
        if self.encrypt.isChecked():
            secret = self.passphrase.text()
            problem = passphrase_problem(secret, self.repeat.text())
            if problem:
                self.error.setText(problem)
                return
        try:
            options = self.options()
            from valuejournal.core.periods import check_range

            check_range(options.start, options.end)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.request = ShareRequest(options, secret, self._label())
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, journal: Journal) -> ShareRequest | None:
        """Show the dialog; the choice, or None if cancelled."""
        dialog = cls(journal, parent)
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None


class PassphraseDialog(QDialog):
    """Ask for the passphrase of an encrypted file."""

    def __init__(
        self, name: str, hint: str = "", parent: QWidget | None = None, intro: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Passphrase needed"))
        self.setMinimumWidth(420)  # the title is not cut to "Passp… eeded"
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = intro or tr("{name} is encrypted. Enter the passphrase it was sent with.")
        layout.addWidget(plain_label(intro.format(name=name)))
        if hint:
            layout.addWidget(plain_label(hint, "formError"))
        layout.addWidget(self.secret)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, hint: str = "", intro: str = "") -> str | None:
        """The passphrase typed, or None if cancelled (``intro``: other words than a share's,
        with ``{name}`` for the file's name)."""
        dialog = cls(name, hint, parent, intro)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.secret.text():
            return dialog.secret.text()
        return None
