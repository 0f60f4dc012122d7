"""Saving a page's typed text when the person leaves it: another page, or the window closing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class SaveOnLeave(QObject):
    """Calls ``save`` when ``page`` is hidden and before its window closes (so before the
    journal is closed), for pages that autosave after a pause (reflections, the canvas)."""

    def __init__(self, page: QWidget, save: Callable[[], object]) -> None:
        super().__init__(page)
        self._page, self._save = page, save
        self._window: QWidget | None = None
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch the page's window once it is shown; save on the page's Hide, the window's
        Close. Never consumes the event."""
        kind = event.type()
        if watched is self._page:
            if kind == QEvent.Type.Show:
                self._watch(self._page.window())
            elif kind == QEvent.Type.Hide:
                self._save()
        elif watched is self._window and kind == QEvent.Type.Close:
            self._save()
        return False

    def _watch(self, window: QWidget) -> None:
        if window is self._page or window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        window.installEventFilter(self)
        self._window = window

    def save_now(self) -> None:
        """Save what the page holds now (before it is taken down, e.g. to be built again)."""
        self._save()


def save_pending(root: QWidget) -> None:
    """Save the typed text of every page under ``root`` that saves on leaving."""
    for helper in root.findChildren(SaveOnLeave):
        helper.save_now()
