"""The Clients page: list, add, rename, archive; currency and alternative hourly rate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import Client
from valuejournal.core.errors import UserError
from valuejournal.core.money import parse_amount
from valuejournal.core.rules import validate_client
from valuejournal.ui import dialogs
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr

HEADERS = ("Name", "Currency", "Alternative rate / h", "Archived", "Notes")


Save = Callable[[Client | None, Client], object]
"""Stores a client (before, after); raises UserError when it cannot (a duplicate name)."""


class ClientDialog(QDialog):
    """Add or edit one client; saving happens while the dialog is open, so a refusal (a name
    already taken) is shown in place, with everything typed still there."""

    def __init__(
        self, client: Client, save: Save, parent: QWidget | None = None, *, new: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New client") if new else tr("Client"))
        self.client = client
        self._save = save
        self._new = new
        self.name = QLineEdit(client.name)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "JPY"])
        self.currency.setEditText(client.currency)
        rate = client.alternative_rate_minor
        self.rate = QLineEdit(
            "" if rate is None else formats.current().amount_text(rate, client.currency)
        )
        self.rate.setPlaceholderText(tr("what they would pay elsewhere per hour"))
        self.notes = QPlainTextEdit(client.notes)
        self.notes.setTabChangesFocus(True)
        self.archived = QCheckBox(tr("Archived (hidden from quick entry)"))
        self.archived.setChecked(client.archived)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setFixedHeight(2 * self.error.fontMetrics().lineSpacing() + 4)
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Currency"), self.currency)
        form.addRow(tr("&Alternative rate"), self.rate)
        form.addRow(tr("Notes"), self.notes)
        form.addRow("", self.archived)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_client: Client | None = None

    def accept(self) -> None:
        """Save and close; a client that is not valid or cannot be saved keeps it open."""
        try:
            currency = self.currency.currentText().strip().upper()
            rate_text = self.rate.text().strip()
            rate = parse_amount(rate_text, currency, formats.current()) if rate_text else None
            self.result_client = validate_client(
                replace(
                    self.client,
                    name=self.name.text().strip(),
                    currency=currency,
                    alternative_rate_minor=rate,
                    notes=self.notes.toPlainText(),
                    archived=self.archived.isChecked(),
                )
            )
            if self._new or self.result_client != self.client:
                self._save(None if self._new else self.client, self.result_client)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, client: Client, save: Save, *, new: bool = False
    ) -> Client | None:
        """Show the dialog until the client is saved (the saved client) or cancelled (None)."""
        dialog = cls(client, save, parent, new=new)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_client
        return None


class ClientsPage(QWidget):
    """Everyone the person works for."""

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(tr("&Add client…"))
        self.add_button.clicked.connect(self.add_client)
        self.edit_button = QPushButton(tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(tr("Archive / unarchive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.archive_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        intro = QLabel(
            tr(
                "The alternative rate is what a client would pay someone else per hour; "
                "the Insights page weighs what they pay you against it."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.clients: list[Client] = []
        context.journal_changed.connect(self.refresh)
        self.refresh()
        self.set_read_only(context.read_only)

    def refresh(self) -> None:
        """Re-read the clients from the journal."""
        self.clients = self.context.journal.list_clients()
        self.table.setRowCount(len(self.clients))
        for row, c in enumerate(self.clients):
            rate = c.alternative_rate_minor
            cells = (
                c.name,
                c.currency,
                "" if rate is None else formats.current().money(rate, c.currency),
                tr("yes") if c.archived else "",
                c.notes.splitlines()[0] if c.notes else "",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c.archived:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)

    def _selected(self) -> Client | None:
        rows = self.table.selectionModel().selectedRows()
        return self.clients[rows[0].row()] if rows else None

    def add_client(self) -> None:
        """Ask for a new client and store it."""
        base = self.context.journal.info().base_currency
        ClientDialog.ask(self, Client(name="", currency=base), self.context.save_client, new=True)

    def edit_selected(self) -> None:
        """Edit (or rename) the selected client."""
        before = self._selected()
        if before is None:
            return
        ClientDialog.ask(self, before, self.context.save_client)

    def toggle_archived(self) -> None:
        """Archive the selected client, or bring it back."""
        before = self._selected()
        if before is not None:
            self._save(before, replace(before, archived=not before.archived))

    def _save(self, before: Client | None, after: Client) -> None:
        try:
            self.context.save_client(before, after)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save the client"), str(exc))

    def set_read_only(self, read_only: bool) -> None:
        """No editing for a journal under review."""
        for b in (self.add_button, self.edit_button, self.archive_button):
            b.setVisible(not read_only)
