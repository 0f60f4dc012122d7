"""Ctrl+Z past a line edit with nothing of its own to undo, on to the journal's undo stack.

A QLineEdit claims Ctrl+Z and Ctrl+Shift+Z (its ShortcutOverride) even when its own history
is empty, so the window's or dialog's Undo never fires while a field has the focus. Install
`UndoPassThrough` on the fields; `forget_typing` empties their histories (after a save, so
that the next Ctrl+Z is the journal's: the typing is in the saved record now).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


class UndoPassThrough(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z past a line edit that has nothing to undo / redo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            assert isinstance(event, QKeyEvent)
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
            if (undo and not watched.isUndoAvailable()) or (redo and not watched.isRedoAvailable()):
                return True  # not accepted: the window's (or dialog's) shortcut takes the key
        return False


def forget_typing(edits: Iterable[QLineEdit]) -> None:
    """Empty the fields' undo histories, keeping their text, cursor and selection."""
    for edit in edits:
        start, length, cursor = (
            edit.selectionStart(),
            len(edit.selectedText()),
            edit.cursorPosition(),
        )
        blocked = edit.blockSignals(True)
        edit.setText(edit.text())  # setText clears the undo/redo history
        if start >= 0:
            edit.setSelection(start, length)
        else:
            edit.setCursorPosition(cursor)
        edit.blockSignals(blocked)
