"""Typing as a person does: keys go to whatever has the keyboard focus.

`type_text` and `press` send real key events to `QApplication.focusWidget()`, so a test that
types "30", Tab, "2026-11-29", Enter goes wherever the focus really moves. `tab_chain` walks
a window with Tab and lists what got the focus; `on_modal` answers a modal dialog that the
code under test opens with `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


def focused() -> QWidget:
    """The widget that has the keyboard focus (a combo box's line edit counts as the combo)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    parent = widget.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox) and parent.focusProxy() is None:
        return parent
    return widget


def type_text(qtbot, text: str) -> None:
    """Type ``text`` key by key into the focused widget."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def keys_into(qtbot, widget: QWidget, text: str) -> None:
    """Focus ``widget``, select what it holds (Ctrl+A) and type ``text`` over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press one key (Tab, Return, Up …) on the focused widget."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def press_in(qtbot, dialog: QWidget, key: Qt.Key) -> None:
    """Press a key in a dialog opened with ``exec()`` (on the widget it gave the focus to).

    The offscreen platform does not activate a modal dialog, so the application's focus
    stays behind it; a window manager would move it into the dialog.
    """
    qtbot.keyClick(dialog.focusWidget() or dialog, key)


def tab_chain(qtbot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """Focus ``start``, press Tab until the focus comes back; every widget reached, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = focused()
    seen = [first]
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        now = focused()
        if now is first:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to {first!r}: {seen}")


def back_to(qtbot, window: QWidget) -> None:
    """After a modal dialog: the window is active again (a window manager does this; the
    offscreen platform does not), with the focus where the window last had it."""
    qtbot.waitUntil(lambda: activate(window), timeout=10000)


def activate(window: QWidget) -> bool:
    """Ask for ``window`` to be the active window; True once it is."""
    if not window.isActiveWindow():
        window.activateWindow()
    return window.isActiveWindow()


_GENERATION = [0]


def end_modal_watches() -> None:
    """Stop every :func:`on_modal` still waiting (called after each test by the conftest)."""
    _GENERATION[0] += 1


def on_modal(qtbot, answer: Callable[[QWidget], None], timeout: int = 5000) -> None:
    """When a modal dialog opens (from an ``exec()`` about to run), call ``answer(dialog)``.

    The dialog is rejected afterwards if ``answer`` left it open, so a failing test never hangs.
    """

    generation = _GENERATION[0]

    def poll(waited: int = 0) -> None:
        if _GENERATION[0] != generation:  # its test has ended: never answer another's dialog
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if waited < timeout:
                QTimer.singleShot(20, lambda: poll(waited + 20))
            return
        try:
            # As a window manager does (offscreen Qt does not). Asked again until it holds: a
            # request made before the dialog's platform window exists is dropped.
            qtbot.waitUntil(lambda: activate(dialog), timeout=10000)
            answer(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, poll)


def on_next_modal(
    qtbot, kind: type, answer: Callable[[QWidget], None], timeout: int = 20000
) -> None:
    """Answer the next modal dialog of ``kind`` that opens, even over another modal dialog
    (``on_modal`` answers whichever is active first)."""

    def poll(waited: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, kind) and box.isVisible():
            qtbot.waitUntil(lambda: activate(box), timeout=10000)
            answer(box)
        elif waited < timeout:
            QTimer.singleShot(20, lambda: poll(waited + 20))

    QTimer.singleShot(0, poll)
