"""The Clients page: list, add, rename, archive; currency, alternative hourly rate and the
agreed rate; the selected client's projects (add, edit, archive, their own rates)."""

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
from valuejournal.core.entities import Client, Project, RateKind
from valuejournal.core.errors import UserError
from valuejournal.core.i18n import N_
from valuejournal.core.money import parse_amount
from valuejournal.core.rules import (
    CLIENT_RATE_KINDS,
    PROJECT_RATE_KINDS,
    validate_client,
    validate_project,
)
from valuejournal.ui import dialogs
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.rate_field import RateField, rate_text

CLIENT_RATE_KINDS_SHOWN = [k for k in RateKind if k in CLIENT_RATE_KINDS]
PROJECT_RATE_KINDS_SHOWN = [k for k in RateKind if k in PROJECT_RATE_KINDS]

HEADERS = (
    N_("Name"), N_("Currency"), N_("Alternative rate / h"), N_("Agreed rate"), N_("Archived"),
    N_("Notes"),
)  # fmt: skip
PROJECT_HEADERS = (N_("Project"), N_("Rate"), N_("Archived"))


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
        # made after the fields above, so Tab reaches it last (the order people know)
        self.agreed = RateField(CLIENT_RATE_KINDS_SHOWN, self._typed_currency)
        self.agreed.set_rate(client.rate_kind, client.rate_minor)
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
        form.addRow(tr("A&greed rate"), self.agreed)
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
            kind, agreed = self.agreed.rate()
            self.result_client = validate_client(
                replace(
                    self.client,
                    name=self.name.text().strip(),
                    currency=currency,
                    alternative_rate_minor=rate,
                    notes=self.notes.toPlainText(),
                    archived=self.archived.isChecked(),
                    rate_kind=kind,
                    rate_minor=agreed,
                )
            )
            if self._new or self.result_client != self.client:
                self._save(None if self._new else self.client, self.result_client)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def _typed_currency(self) -> str:
        return self.currency.currentText().strip().upper() or self.client.currency

    @classmethod
    def ask(
        cls, parent: QWidget | None, client: Client, save: Save, *, new: bool = False
    ) -> Client | None:
        """Show the dialog until the client is saved (the saved client) or cancelled (None)."""
        dialog = cls(client, save, parent, new=new)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_client
        return None


SaveProject = Callable[[Project | None, Project], object]
"""Stores a project (before, after); raises UserError when it cannot (a duplicate name)."""


class ProjectDialog(QDialog):
    """Add or edit one of a client's projects: name, its own rate, archived. Saved while
    open, so a refusal (a name the client already has) is shown in place."""

    def __init__(
        self,
        project: Project,
        currency: str,
        save: SaveProject,
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        title = tr("New project for {client}") if new else tr("Project of {client}")
        self.setWindowTitle(title.format(client=project.client))
        self.project = project
        self._save = save
        self._new = new
        self.name = QLineEdit(project.name)
        self.rate = RateField(PROJECT_RATE_KINDS_SHOWN, lambda: currency)
        self.rate.set_rate(project.rate_kind, project.rate_minor)
        self.archived = QCheckBox(tr("Archived (hidden from quick entry)"))
        self.archived.setChecked(project.archived)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        note = QLabel(
            tr("A rate here wins over the client's for this project's sessions ({currency}).")
            .format(currency=currency)
        )  # fmt: skip
        note.setWordWrap(True)
        note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Rate"), self.rate)
        form.addRow("", self.archived)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_project: Project | None = None

    def accept(self) -> None:
        """Save and close; a project that is not valid or cannot be saved keeps it open."""
        try:
            kind, amount = self.rate.rate()
            self.result_project = validate_project(
                replace(
                    self.project,
                    name=self.name.text().strip(),
                    rate_kind=kind,
                    rate_minor=amount,
                    archived=self.archived.isChecked(),
                )
            )
            if self._new or self.result_project != self.project:
                self._save(None if self._new else self.project, self.result_project)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        project: Project,
        currency: str,
        save: SaveProject,
        *,
        new: bool = False,
    ) -> Project | None:
        """Show the dialog until the project is saved (the saved one) or cancelled (None)."""
        dialog = cls(project, currency, save, parent, new=new)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_project
        return None


class ClientsPage(QWidget):
    """Everyone the person works for."""

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(tr("Clients"))
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
        self.projects_label = QLabel()
        self.projects = QTableWidget(0, len(PROJECT_HEADERS))
        self.projects.setAccessibleName(tr("Projects"))
        self.projects.setHorizontalHeaderLabels([tr(h) for h in PROJECT_HEADERS])
        self.projects.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projects.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projects.verticalHeader().setVisible(False)
        self.projects.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.projects.horizontalHeader().setStretchLastSection(True)
        self.projects.doubleClicked.connect(lambda _i: self.edit_project())
        self.add_project_button = QPushButton(tr("Add &project…"))
        self.add_project_button.clicked.connect(self.add_project)
        self.edit_project_button = QPushButton(tr("Edit p&roject…"))
        self.edit_project_button.clicked.connect(self.edit_project)
        self.archive_project_button = QPushButton(tr("Archive / unarchive project"))
        self.archive_project_button.clicked.connect(self.toggle_project_archived)
        project_buttons = QHBoxLayout()
        for b in (self.add_project_button, self.edit_project_button,
                  self.archive_project_button):  # fmt: skip
            project_buttons.addWidget(b)
        project_buttons.addStretch(1)
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
        layout.addWidget(self.table, 3)
        layout.addWidget(self.projects_label)
        layout.addLayout(project_buttons)
        layout.addWidget(self.projects, 2)
        self.clients: list[Client] = []
        self.project_list: list[Project] = []
        self.table.itemSelectionChanged.connect(self.refresh_projects)
        context.journal_changed.connect(self.refresh)
        self.refresh()
        self.set_read_only(context.read_only)

    def refresh(self) -> None:
        """Re-read the clients from the journal (the selected one stays selected)."""
        shown = self._selected()
        keep = shown.uuid if shown is not None else None
        self.clients = self.context.journal.list_clients()
        self.table.setRowCount(len(self.clients))
        for row, c in enumerate(self.clients):
            rate = c.alternative_rate_minor
            cells = (
                c.name,
                c.currency,
                "" if rate is None else formats.current().money(rate, c.currency),
                rate_text(c.rate_kind, c.rate_minor, c.currency),
                tr("yes") if c.archived else "",
                c.notes.splitlines()[0] if c.notes else "",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c.archived:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
        uuids = [c.uuid for c in self.clients]
        if uuids:
            self.table.selectRow(uuids.index(keep) if keep in uuids else 0)
        self.refresh_projects()

    def refresh_projects(self) -> None:
        """Show the selected client's projects."""
        client = self._selected()
        self.project_list = (
            self.context.journal.list_projects(client.name) if client is not None else []
        )
        title = tr("Projects of {client}").format(client=client.name) if client else ""
        self.projects_label.setText(f"<b>{title}</b>" if title else "")
        self.projects.setRowCount(len(self.project_list))
        currency = client.currency if client is not None else ""
        for row, p in enumerate(self.project_list):
            cells = (p.name, rate_text(p.rate_kind, p.rate_minor, currency),
                     tr("yes") if p.archived else "")  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if p.archived:
                    item.setForeground(Qt.GlobalColor.gray)
                self.projects.setItem(row, col, item)
        for b in (self.add_project_button, self.edit_project_button,
                  self.archive_project_button):  # fmt: skip
            b.setEnabled(client is not None)

    def _selected_project(self) -> Project | None:
        rows = self.projects.selectionModel().selectedRows()
        return self.project_list[rows[0].row()] if rows else None

    def add_project(self) -> None:
        """Ask for a new project of the selected client and store it (undoable)."""
        client = self._selected()
        if client is None or self.context.read_only:
            return
        ProjectDialog.ask(self, Project(client=client.name, name=""), client.currency,
                          self.context.save_project, new=True)  # fmt: skip

    def edit_project(self) -> None:
        """Rename the selected project or change its rate (undoable)."""
        client, before = self._selected(), self._selected_project()
        if client is None or before is None or self.context.read_only:
            return
        ProjectDialog.ask(self, before, client.currency, self.context.save_project)

    def toggle_project_archived(self) -> None:
        """Archive the selected project, or bring it back (undoable)."""
        before = self._selected_project()
        if before is None or self.context.read_only:
            return
        try:
            self.context.save_project(before, replace(before, archived=not before.archived))
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save the project"), str(exc))

    def _selected(self) -> Client | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.clients):
            return None
        return self.clients[rows[0].row()]

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
        for b in (self.add_button, self.edit_button, self.archive_button,
                  self.add_project_button, self.edit_project_button,
                  self.archive_project_button):  # fmt: skip
            b.setVisible(not read_only)
