"""A bar above the pages saying that sync-conflict copies of the journal lie beside it,
with a button to merge them and one to leave them for now (never a modal question)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from valuejournal.ui.i18n import tr

if TYPE_CHECKING:
    from valuejournal.store.conflict_copies import ConflictCopy


class ConflictBanner(QFrame):
    """Hidden until `show_copies`; `merge_requested` carries the copies to merge."""

    merge_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")  # its colours: the scheme's (ui/theme.py)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.copies: list[ConflictCopy] = []
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.merge_button = QPushButton(tr("Merge &all"))
        self.merge_button.clicked.connect(lambda: self.merge_requested.emit(list(self.copies)))
        self.later_button = QPushButton(tr("Not now"))
        self.later_button.clicked.connect(self.hide)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.later_button)
        self.hide()

    def retranslate(self) -> None:
        """Say it again in the language installed now (still hidden if it was)."""
        self.later_button.setText(tr("Not now"))
        hidden = self.isHidden()
        self.show_copies(self.copies)
        self.setHidden(hidden)

    def show_copies(self, copies: list[ConflictCopy]) -> None:
        """Say which conflict copies were found (hide the bar when there are none)."""
        self.copies = list(copies)
        if not copies:
            self.hide()
            return
        names = "\n".join(
            f"• {c.path.name}  ({c.tool}" + (f", {c.source}" if c.source else "") + ")"
            for c in copies
        )
        if len(copies) == 1:
            text = tr(
                "A copy of this journal made by a sync tool lies beside it. Merging takes in "
                "what it holds that this one lacks (backed up first, undoable):"
            )
        else:
            text = tr(
                "{n} copies of this journal made by sync tools lie beside it. Merging takes "
                "in what they hold that this one lacks (backed up first, undoable):"
            ).format(n=len(copies))
        self.label.setText(text + "\n" + names)
        self.merge_button.setText(tr("Merge &it") if len(copies) == 1 else tr("Merge &all"))
        self.show()
