"""What a person typed into a page and has not saved, carried into the same page built again.

A language switch builds the pages again in the new language (``MainWindow.retranslate``);
before the old page goes, :func:`take` notes every text the person changed in it (a line edit
or text editor the user modified since the program last set it, an editable combo box's
text), the choice of every combo box and where the keyboard focus was, each under its place in
the page (the chain of widget kinds and positions from the page down, the same in two pages
built by the same code). :func:`restore` puts them back into the new page: choices first (a
quarter chosen loads its texts), then the texts as if typed (``textEdited`` is emitted, so a
form treats them as typed: pay typed is not filled from a rate), then the focus.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Place = tuple[tuple[str, int], ...]
"""A widget's place in its page: (class name, index among its siblings of that class)."""


@dataclass
class Draft:
    """A page's unsaved input, by place."""

    texts: dict[Place, str] = field(default_factory=dict)
    choices: dict[Place, tuple[int, int]] = field(default_factory=dict)  # index, item count
    focus: Place | None = None

    def __bool__(self) -> bool:
        """Whether anything was typed (choices alone are not worth building a page for)."""
        return bool(self.texts)


def place_of(widget: QWidget, root: QWidget) -> Place | None:
    """Where ``widget`` sits under ``root``; None if it is not under it."""
    steps: list[tuple[str, int]] = []
    current = widget
    while current is not root:
        parent = current.parentWidget()
        if parent is None or current.isWindow():
            return None  # not in the page itself (a dialog or popup it opened)
        kind = type(current).__name__
        siblings = [w for w in _children(parent) if type(w).__name__ == kind]
        steps.append((kind, siblings.index(current)))
        current = parent
    return tuple(reversed(steps))


def at_place(root: QWidget, place: Place) -> QWidget | None:
    """The widget at ``place`` under ``root`` (None when the new page has nothing there)."""
    current = root
    for kind, index in place:
        siblings = [w for w in _children(current) if type(w).__name__ == kind]
        if index >= len(siblings):
            return None
        current = siblings[index]
    return current


def take(root: QWidget) -> Draft:
    """The unsaved input under ``root``."""
    draft = Draft()
    for widget in root.findChildren(QWidget):
        text = _typed(widget)
        if text is not None and (where := place_of(widget, root)) is not None:
            draft.texts[where] = text
        elif (
            isinstance(widget, QComboBox)
            and not widget.isEditable()
            and (where := place_of(widget, root)) is not None
        ):
            draft.choices[where] = (widget.currentIndex(), widget.count())
    focus = QApplication.focusWidget()
    if focus is not None and root.isAncestorOf(focus):
        draft.focus = place_of(focus, root)
    return draft


def restore(root: QWidget, draft: Draft) -> None:
    """Put ``draft`` back into ``root``, a page built the same way as the one it came from."""
    for where, (index, count) in draft.choices.items():
        box = at_place(root, where)
        if isinstance(box, QComboBox) and box.count() == count and box.currentIndex() != index:
            box.setCurrentIndex(index)
    for where, text in draft.texts.items():
        _retype(at_place(root, where), text)
    target = at_place(root, draft.focus) if draft.focus is not None else None
    if target is not None:
        target.setFocus()


def _children(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.children()
        if isinstance(w, QWidget) and not w.isWindow()  # a dialog or popup is not the page's
    ]


def _typed(widget: QWidget) -> str | None:
    """The text the person changed in ``widget``, or None."""
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly() or not widget.isModified():
            return None
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            return None  # its box holds a value, not a text
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly() or not widget.document().isModified():
            return None
        return widget.toPlainText()
    return None


def _retype(widget: QWidget | None, text: str) -> None:
    """Set ``text`` as if typed (nothing when the widget already shows it)."""
    if isinstance(widget, QLineEdit):
        if not widget.isReadOnly() and widget.text() != text:
            widget.setText(text)
            widget.setModified(True)
            widget.textEdited.emit(text)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        _retype_editor(widget, text)


def _retype_editor(editor: QPlainTextEdit | QTextEdit, text: str) -> None:
    if editor.isReadOnly() or editor.toPlainText() == text:
        return
    editor.setPlainText(text)
    editor.document().setModified(True)
    editor.moveCursor(QTextCursor.MoveOperation.End)
