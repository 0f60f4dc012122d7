"""Accessibility: every control on every page has a name a screen reader reads, each chart
has a text alternative (its summary line), and the keyboard focus is always visible."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.helpers.windows import open_window
from valuejournal.core.insights import chart_summaries
from valuejournal.ui.pages import page_factories

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QSlider)  # fmt: skip


def accessible_name(widget: QWidget) -> str:
    """The name Qt's accessibility gives ``widget`` (its own, its text, or its label's)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed_controls(page: QWidget) -> list[str]:
    """The visible interactive widgets of ``page`` without an accessible name. A header view
    is its table's (its sections are the column titles); a combo box's or spin box's line
    edit is the box's."""
    out = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            continue
        if not accessible_name(widget):
            out.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return out


def test_every_control_on_every_page_has_an_accessible_name(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    unnamed = {}
    for key, *_rest in page_factories():
        page = window.show_page(key)
        qtbot.wait(50)
        if found := unnamed_controls(page):
            unnamed[key] = found
    assert unnamed == {}


def test_each_chart_says_in_words_what_it_shows(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    page = window.show_page("insights")
    qtbot.waitUntil(lambda: page.insights is not None, timeout=20000)
    want = chart_summaries(page.insights)
    qtbot.waitUntil(
        lambda: all(p.accessibleDescription() for p in page.panels.values()), timeout=20000
    )
    for key, panel in page.panels.items():
        assert accessible_name(panel), key
        assert panel.accessibleDescription() == want[key], key
    assert "Between" in want["quadrant"] and "h" in want["quadrant"]
    assert want["timeline"].count("you") >= 1  # the spans in words


@pytest.mark.parametrize(
    "make",
    [
        lambda: QLineEdit("text"),
        lambda: QPushButton("Save"),
        lambda: QCheckBox("Private"),
        QSpinBox,
        lambda: QPlainTextEdit("notes"),
        lambda: QTableWidget(3, 3),
    ],
    ids=["line edit", "button", "check box", "spin box", "text", "table"],
)
def test_the_keyboard_focus_is_visible(qtbot, make) -> None:
    from valuejournal.ui.app import ensure_app

    ensure_app()  # the app's style sheet
    host = QWidget()
    layout = QVBoxLayout(host)
    other = QLineEdit("elsewhere")
    widget = make()
    layout.addWidget(other)
    layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    before = widget.grab().toImage()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    after = widget.grab().toImage()
    assert before != after, "focusing it changes nothing on screen"
