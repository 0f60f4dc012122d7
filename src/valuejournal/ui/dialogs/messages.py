"""Message boxes: a yes/no question, an error in words, a finished action reported."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask a yes/no question whose yes button names the action; True if confirmed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something went wrong, in words (the traceback goes to the log)."""
    QMessageBox.warning(parent, title, text)


def tell(parent: Any, title: str, text: str) -> None:
    """Report a finished action in a message box (patched in tests)."""
    QMessageBox.information(parent, title, text)
