"""The newest sessions on screen while the journal opens (read with sqlite3, see
`store.first_page`); the Journal page replaces it as soon as the journal is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from valuejournal.store.first_page import read_first_page
from valuejournal.ui.i18n import tr
from valuejournal.ui.session_model import PAGE_SIZE, SessionTableModel, style_session_table


class SessionPreview(QWidget):
    """A read-only session list of the first page, under an "Opening…" line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPreview")
        self.model = SessionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_session_table(self.table)
        self.table.setEnabled(False)  # nothing to click yet: the journal is still opening
        self.note = QLabel()
        self.note.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def load(self, path: Path) -> bool:
        """Show the newest sessions of the journal at ``path``; False if it cannot be read
        that way (then nothing is shown)."""
        page = read_first_page(path, PAGE_SIZE)
        if page is None or not page.sessions:
            return False
        self.model.show_rows(page.sessions, page.total)
        self.note.setText(tr("Opening {path}…").format(path=path))
        return True
