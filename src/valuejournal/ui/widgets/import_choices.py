"""The import preview's two questions: whose work to take, and what to do with entries
longer than 24 hours. Shown only when the file asks them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from valuejournal.interop import ImportPlan
from valuejournal.interop.long_entries import KeepLong
from valuejournal.ui.i18n import tr

LONG_CHOICES: tuple[tuple[KeepLong, str], ...] = (
    (KeepLong.SKIP, "Leave them out"),
    (KeepLong.SPLIT, "Keep them, split at midnights"),
    (KeepLong.TRIM, "Keep them, trimmed to 24 hours"),
)


class ImportChoices(QWidget):
    """A person combo (team exports) and a what-to-do combo for over-24-hour entries."""

    person_chosen = Signal(str)
    long_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox()
        self.person.setObjectName("importPerson")
        self.person.activated.connect(lambda _i: self.person_chosen.emit(self.person.currentData()))
        self.long = QComboBox()
        self.long.setObjectName("importLong")
        for value, label in LONG_CHOICES:
            self.long.addItem(tr(label), value.value)
        self.long.activated.connect(lambda _i: self.long_chosen.emit(self.long.currentData()))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Whose work is this?"), self.person)
        form.addRow(tr("Entries longer than 24 hours:"), self.long)
        self._form = form

    def show_plan(self, plan: ImportPlan, long_choice: str) -> None:
        """Offer the people of a team export and the over-24-hour choice, when they apply."""
        self.person.blockSignals(True)
        self.person.clear()
        for name, rows in plan.people.items():
            self.person.addItem(tr("{name} ({n} rows)").format(name=name, n=rows), name)
        if plan.user is not None:
            names = [self.person.itemData(i) for i in range(self.person.count())]
            match = [i for i, name in enumerate(names) if _same(name, plan.user)]
            self.person.setCurrentIndex(match[0] if match else 0)
        self.person.blockSignals(False)
        long_entries = len(plan.long_entries)
        self._form.setRowVisible(self.person, len(plan.people) > 1)
        self._form.setRowVisible(self.long, long_entries > 0)
        self.long.setCurrentIndex(max(self.long.findData(long_choice), 0))
        self.setVisible(len(plan.people) > 1 or long_entries > 0)


def _same(a: object, b: str) -> bool:
    return isinstance(a, str) and a.casefold() == b.casefold()
