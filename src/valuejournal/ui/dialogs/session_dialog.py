"""The dialog that edits every field of one session."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.entities import Session
from valuejournal.core.rules import ValidationError
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.pay_fill import FormChoices
from valuejournal.ui.widgets.session_form import SessionForm


class SessionDialog(QDialog):
    """Edit every field of one session."""

    def __init__(
        self,
        session: Session,
        clients: list[str],
        parent: QWidget | None = None,
        choices: FormChoices | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Edit session"))
        self.form = SessionForm(compact=False)
        if choices is not None:
            self.form.set_choices(choices)
        else:
            self.form.set_clients(clients)
        self.form.load(session)
        self.form.submitted.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.result_session: Session | None = None
        self.resize(640, 560)

    def accept(self) -> None:
        """Close only when the fields make a valid session."""
        try:
            self.result_session = self.form.session()
        except ValidationError:
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        clients: list[str],
        choices: FormChoices | None = None,
    ) -> Session | None:
        """Show the dialog; the edited session, or None if cancelled."""
        dialog = cls(session, clients, parent, choices)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_session
        return None
