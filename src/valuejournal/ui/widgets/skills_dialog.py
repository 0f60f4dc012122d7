"""Choosing which tags are skills (the canvas's key resources): a list of the journal's tags
to tick, Space to tick the current one, Enter to keep the choice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.canvas import is_partner_tag
from valuejournal.ui.i18n import tr


class SkillsDialog(QDialog):
    """The journal's tags (partner tags left out), the skills ticked."""

    def __init__(self, parent: QWidget | None, tags: Sequence[str], skills: Sequence[str]):
        super().__init__(parent)
        self.setWindowTitle(tr("Skills"))
        marked = {s.casefold() for s in skills}
        self.list = QListWidget()
        for tag in tags:
            if is_partner_tag(tag):
                continue
            item = QListWidgetItem(tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = tag.casefold() in marked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            tr("Tick the tags that name what you are good at. Partners are tags starting "
               "with @ (“@Ana”) on the sessions you did with them.")
        )  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        """The ticked tag names."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            i.text() for i in items if i is not None and i.checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(
        cls, parent: QWidget | None, tags: Sequence[str], skills: Sequence[str]
    ) -> list[str] | None:
        """The skills chosen, or None if cancelled."""
        dialog = cls(parent, tags, skills)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
