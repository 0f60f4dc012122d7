"""The main window's menus and shortcuts do what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from valuejournal.ui.pages import page_factories

KEYS = [key for key, _label, _factory in page_factories()]


def _go_actions(window):
    menu = next(
        m for m in window.menuBar().findChildren(type(window.file_menu)) if "Go" in m.title()
    )
    return [a for a in menu.actions() if not a.isSeparator()]


@pytest.mark.parametrize("row", range(len(KEYS)))
def test_ctrl_digit_shows_its_page(qtbot, main_window, row: int) -> None:
    start = (row + 1) % len(KEYS)  # start on another page, so staying put would fail
    main_window.sidebar.setCurrentRow(start)
    assert main_window.stack.currentWidget() is main_window.pages[KEYS[start]]
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    assert main_window.sidebar.currentRow() == row
    assert main_window.stack.currentWidget() is main_window.pages[KEYS[row]]


def test_every_go_action_shows_its_page(main_window) -> None:
    actions = _go_actions(main_window)
    assert len(actions) == len(KEYS)
    for row in reversed(range(len(KEYS))):
        actions[row].trigger()  # triggered(checked=False) must not become the row
        assert main_window.stack.currentWidget() is main_window.pages[KEYS[row]], actions[
            row
        ].text()
