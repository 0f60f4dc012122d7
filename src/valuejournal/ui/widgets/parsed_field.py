"""Text fields read by a parser: what is typed is used as typed, or refused with a message.

A spin box silently fixes what it cannot read ("30" hours became 3, "11" became 1). These
fields keep the text exactly as typed; `value()` parses it or raises FieldProblem, and the
field's `note` (a one-line label the form places next to it) shows what was understood or
what is wrong. Up and Down step the value, as in a spin box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget


class FieldProblem(ValueError):
    """The text of a field cannot be used; the message says why, ``short`` in two words
    (for a note under a narrow field)."""

    def __init__(self, message: str, short: str = "") -> None:
        super().__init__(message)
        self.short = short


class FieldNote(QLabel):
    """One line under or beside a field: a hint, or a problem in red. Always takes its space."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldNote")
        self._full = ""
        self._short = ""
        self.setFixedHeight(self.fontMetrics().height() + 2)
        # under a narrow field the note is elided rather than widening it (the form's line
        # below and the tooltip have all of it); beside a field it may take its width
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_note("")

    def set_note(self, text: str, *, problem: bool = False, short: str = "") -> None:
        """Show ``text``, or ``short`` when the text does not fit (elided if neither does;
        the whole text in the tooltip)."""
        self._full = text
        self._short = short
        self.setProperty("problem", problem)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        """The note as set, before eliding."""
        return self._full

    def sizeHint(self) -> QSize:
        """As wide as the whole note."""
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, self.height())

    def minimumSizeHint(self) -> QSize:
        """Any width: the note is elided rather than widening the field."""
        return QSize(0, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        width = max(self.width(), 1)
        text = self._full
        if self._short and metrics.horizontalAdvance(text) > width:
            text = self._short
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))


class ParsedField(QLineEdit):
    """A line edit whose text is read by `parse`; subclasses say how, and how to step."""

    def __init__(self, sample: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sample = sample
        self._flagged = False
        self._visited = False
        self.note = FieldNote()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(lambda _text: self.refresh_note(final=False))
        self.editingFinished.connect(lambda: self.refresh_note(final=True))

    # -- to override --------------------------------------------------------------------
    def parse(self, text: str) -> Any:
        """The value of ``text``; raises FieldProblem with a short message."""
        raise NotImplementedError

    def describe(self, value: Any) -> str:
        """A hint saying what was understood (empty: no hint)."""
        return ""

    def step(self, value: Any, steps: int) -> str | None:
        """The text ``steps`` up (or down) from ``value``; None when it cannot step."""
        return None

    # -- reading ------------------------------------------------------------------------
    def value(self) -> Any:
        """The value of the text as typed; raises FieldProblem."""
        return self.parse(self.text())

    def problem(self) -> FieldProblem | None:
        """What is wrong with the text, or None."""
        try:
            self.value()
        except FieldProblem as exc:
            return exc
        return None

    def refresh_note(self, *, final: bool) -> None:
        """Update the note; while typing, a problem is shown only if one was shown before."""
        try:
            value = self.value()
        except FieldProblem as exc:
            if final or self._flagged:
                self.flag(str(exc), exc.short)
            else:
                self.note.set_note("")
            return
        self.flag(None)
        self.note.set_note(self.describe(value) if self.isEnabled() else "")

    def flag(self, problem: str | None, short: str = "") -> None:
        """Mark the field as wrong (with the reason in its note) or as fine."""
        self._flagged = problem is not None
        if self.property("invalid") != self._flagged:
            self.setProperty("invalid", self._flagged)
            self.style().unpolish(self)
            self.style().polish(self)
        if problem is not None:
            self.note.set_note(problem, problem=True, short=short)

    # -- Qt -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """A disabled field shows no hint."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self.refresh_note(final=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down step the value, Page Up and Page Down step it ten times."""
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 10,
            Qt.Key.Key_PageDown: -10,
        }.get(Qt.Key(event.key()))
        if steps is not None and not self.isReadOnly():
            try:
                text = self.step(self.value(), steps)
            except FieldProblem:
                text = None
            if text is not None:
                self.selectAll()
                self.insert(text)  # an edit, so undo and textEdited work as for typing
                self.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by keyboard selects the text, so typing replaces it (Qt does so for Tab;
        also for a dialog's first field and a shortcut); a click places the cursor."""
        super().focusInEvent(event)
        reason = event.reason()
        first = reason == Qt.FocusReason.ActiveWindowFocusReason and not self._visited
        if first or reason in (Qt.FocusReason.OtherFocusReason, Qt.FocusReason.ShortcutFocusReason):
            self.selectAll()
        self._visited = True

    def sizeHint(self) -> QSize:
        """Wide enough for the sample text (a typical value), not for 17 x's as Qt's."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = metrics.horizontalAdvance(self._sample) + metrics.averageCharWidth()
        return QSize(hint.width() - 17 * metrics.horizontalAdvance("x") + text, hint.height())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the sample text."""
        return self.sizeHint()


def with_note(field: ParsedField) -> QWidget:
    """The field with its note under it, for a row of fields side by side."""
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    layout.addWidget(field.note)
    return box
