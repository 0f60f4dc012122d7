"""Settings → Backups: the backup folder (empty: beside each journal) and rotation's counts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from valuejournal.settings import MAX_KEEP
from valuejournal.ui.i18n import tr


@dataclass(frozen=True, slots=True)
class BackupChoice:
    """What the form holds: a folder ("" = beside the journal) and three counts."""

    folder: str
    daily: int
    weekly: int
    monthly: int


class BackupForm(QWidget):
    """The backup folder and how many daily, weekly and monthly backups are kept."""

    def __init__(self, choice: BackupChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = QLineEdit(choice.folder)
        self.folder.setPlaceholderText(tr("beside the journal"))
        browse = QPushButton(tr("C&hoose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.daily, self.weekly, self.monthly = (self._count(n) for n in (
            choice.daily, choice.weekly, choice.monthly))  # fmt: skip
        form = QFormLayout(self)
        label = QLabel(tr("Backup &folder:"))  # a row holding a layout gets no buddy itself:
        label.setBuddy(self.folder)  # without one the & showed ("Backup &folder:")
        form.addRow(label, row)
        form.addRow(tr("Keep &daily:"), self.daily)
        form.addRow(tr("Keep &weekly:"), self.weekly)
        form.addRow(tr("Keep &monthly:"), self.monthly)

    @staticmethod
    def _count(value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_KEEP)
        box.setValue(value)
        return box

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> BackupChoice:
        """The folder and counts as set."""
        return BackupChoice(
            self.folder.text().strip(),
            self.daily.value(),
            self.weekly.value(),
            self.monthly.value(),
        )
