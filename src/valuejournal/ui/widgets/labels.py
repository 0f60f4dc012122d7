"""The one label helper: every label the app builds in code comes from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def make_label(
    text: str = "",
    name: str = "",
    *,
    wrap: bool = True,
    plain: bool = False,
    selectable: bool = False,
) -> QLabel:
    """A label, word-wrapping unless ``wrap`` is off, with an object name for the style sheet
    if given. ``plain`` never reads its text as HTML (for text from files and other people);
    ``selectable`` lets the mouse select it."""
    label = QLabel()
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def plain_label(text: str, name: str = "") -> QLabel:
    """A word-wrapped, selectable label that never reads its text as HTML."""
    return make_label(text, name, plain=True, selectable=True)
