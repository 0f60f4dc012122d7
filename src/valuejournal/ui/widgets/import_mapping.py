"""The import dialog's mapping step: which column of an unknown CSV holds which field.

One combo per field the app can import (``interop.MAPPABLE_FIELDS``), each listing the
file's columns, with likely matches chosen by name, then by the cells' content
(``interop.content_guess``: dates, H:MM durations, money, text).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QScrollArea, QVBoxLayout, QWidget

from valuejournal.interop import MAPPABLE_FIELDS
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.labels import make_label as _label

GUESSES: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "datum", "start date", "work date"),
    "hours": ("hours", "duration", "time", "stunden", "dauer", "hours worked"),
    "minutes": ("minutes", "mins"),
    "client": ("client", "customer", "kunde", "company"),
    "title": ("title", "description", "task", "project", "activity", "what"),
    "pay": ("pay", "amount", "price", "fee", "earnings", "billable amount"),
    "currency": ("currency", "waehrung"),
    "note": ("note", "notes", "comment", "comments"),
    "tags": ("tags", "labels"),
}


class MappingPage(QWidget):
    """One combo per app field listing the file's columns; ``changed`` on any choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _label(
            tr(
                "The columns of this file were not recognised. Choose which column holds "
                "what; a date and the hours (or minutes) are needed, everything else is "
                "optional."
            )
        )
        self.columns = _label("", "muted")
        self.message = _label("", "formError")
        self.message.hide()
        self.combos: dict[str, QComboBox] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for field, description in MAPPABLE_FIELDS.items():
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.changed)
            self.combos[field] = combo
            form.addRow(f"<b>{field}</b>: {tr(description)}", combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.columns)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def set_columns(
        self, columns: list[str], message: str = "", by_content: dict[str, str] | None = None
    ) -> None:
        """Offer ``columns`` in every combo, preselecting likely matches by name, else by
        content (``by_content``: field -> column)."""
        by_content = by_content or {}
        shown = ", ".join(c for c in columns if c)
        self.columns.setText(tr("Columns in this file: {columns}").format(columns=shown))
        taken: set[str] = set()
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("— not in the file —"), None)
            for column in columns:
                if column:
                    combo.addItem(column, column)
            guess = self._guess(field, columns, taken)
            if guess is None and by_content.get(field) not in (None, *taken):
                guess = by_content[field]
            if guess is not None:
                taken.add(guess)
                combo.setCurrentIndex(combo.findData(guess))
            combo.blockSignals(False)
        self.set_message(message)
        self.changed.emit()

    @staticmethod
    def _guess(field: str, columns: list[str], taken: set[str]) -> str | None:
        names = GUESSES.get(field, (field,))
        for name in names:
            for column in columns:
                if column not in taken and column.strip().casefold() == name:
                    return column
        return None

    def set_message(self, text: str) -> None:
        """Show why the last attempt failed (or nothing)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def mapping(self) -> dict[str, str]:
        """The chosen field -> column pairs."""
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def is_complete(self) -> bool:
        """A date and a duration are chosen."""
        chosen = self.mapping()
        return "date" in chosen and ("hours" in chosen or "minutes" in chosen)
