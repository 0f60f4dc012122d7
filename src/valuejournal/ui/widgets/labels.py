"""Small label helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def wrapped_label(text: str, name: str = "") -> QLabel:
    """A word-wrapping label, with an object name for the style sheet if given."""
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label
