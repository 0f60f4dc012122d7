"""Message boxes: a yes/no question, an error in words, a bug report, a finished action."""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from valuejournal.ui.i18n import tr


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


def show_bug(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Report a bug: what failed, that the journal is safe, the traceback under "Details"."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        tr("Something went wrong: {error}\nDetails are in the log; your journal is saved.").format(
            error=exc
        ),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def tell(parent: Any, title: str, text: str) -> None:
    """Report a finished action in a message box (patched in tests)."""
    QMessageBox.information(parent, title, text)
