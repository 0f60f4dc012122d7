"""The quick entry keeps every field whole: at 900×600 (it wraps) and at 1280×800, with a long
client name, every page of the window fitting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.keys import activate, focused, press, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import Client, Session
from valuejournal.store.journal import Journal
from valuejournal.ui.session_model import COLUMNS

LONG = "Green Commons Foundation"
PAGES = ["journal", "insights", "clients", "reflections", "coach"]


@pytest.fixture
def window(qtbot, journal_path: Path):
    """The main window on a journal that has a client with a long name."""
    from datetime import date

    with Journal.open(journal_path) as journal:
        journal.save_client(Client(name=LONG))
        journal.add_session(Session(day=date(2026, 11, 2), minutes=60, client=LONG))
    win = open_window(qtbot, journal_path)
    yield win
    win.close()


def fields_of(entry):
    return {name: getattr(entry, name) for name in (
        "day", "hours", "client", "title", "value", "pay", "status", "paid_on",
        "mood", "energy", "stress")}  # fmt: skip


def resize(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height))
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize(
    ("width", "height", "lines"), [(900, 600, 2), (1280, 800, 2), (1600, 900, 1)]
)
def test_every_field_whole_at_each_size(qtbot, window, width, height, lines) -> None:
    assert window.minimumSizeHint().width() <= 900 and window.minimumSizeHint().height() <= 600
    resize(qtbot, window, width, height)
    entry = window.pages["journal"].entry
    assert entry.row.two_lines == (lines == 2)
    fields = fields_of(entry)
    for name, field in fields.items():
        assert field.isVisible(), name
        assert field.width() >= field.minimumSizeHint().width(), name
        if name not in ("client", "title"):  # these two stretch; the rest keep their size
            assert field.width() >= field.sizeHint().width(), name
    assert fields["title"].width() >= 200
    assert fields["title"].width() == max(f.width() for f in fields.values())  # What widest
    metrics = entry.client.fontMetrics()
    assert entry.client.lineEdit().width() >= metrics.horizontalAdvance(entry.client.currentText())
    assert entry.client.currentText() == LONG  # the last client, shown from its start
    assert entry.client.lineEdit().cursorPosition() == 0
    right = entry.mapToGlobal(entry.rect().topRight()).x()
    for field in fields.values():  # nothing runs past the entry's right edge
        assert field.mapToGlobal(field.rect().topRight()).x() <= right


def test_every_page_fits_900_by_600(qtbot, window) -> None:
    resize(qtbot, window, 900, 600)
    for key in PAGES:
        page = window.show_page(key)
        QApplication.processEvents()
        assert window.size().toTuple() == (900, 600), key
        assert page.minimumSizeHint().width() <= page.width(), key
        assert page.minimumSizeHint().height() <= page.height(), key


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_client_completion_popup_shows_the_whole_name(qtbot, window) -> None:
    resize(qtbot, window, 900, 600)
    window.activateWindow()
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    page = window.pages["journal"]
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.entry.client
    type_text(qtbot, "gre")
    popup = page.entry.client.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() >= popup.fontMetrics().horizontalAdvance(LONG) + 20


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_a_name_that_is_not_a_client_yet_is_said_to_be_new(qtbot, window, journal_path) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    page = window.pages["journal"]
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    assert page.entry.client_note.full_text() == ""  # the last client, known
    type_text(qtbot, "Gre")
    assert page.entry.client_note.full_text() == "new client"
    popup = page.entry.client.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # choose the completion
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.entry.client.currentText() == LONG
    assert page.entry.client_note.full_text() == ""
    press(qtbot, Qt.Key.Key_Return)
    with Journal.open(journal_path) as journal:
        assert [s.client for s in journal.all_sessions()] == [LONG, LONG]
        assert journal.client_names() == [LONG]


@pytest.mark.parametrize(("width", "height"), [(900, 600), (1280, 800)])
def test_session_list_shows_every_column_without_scrolling_sideways(
    qtbot, window, width, height
) -> None:
    resize(qtbot, window, width, height)
    table = window.pages["journal"].table
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    keys = [key for key, _label in COLUMNS]
    title = table.columnWidth(keys.index("title"))
    assert title >= 120
    assert title == max(table.columnWidth(i) for i in range(len(keys)))  # "What" widest
    client = table.columnWidth(keys.index("client"))
    assert client >= 90
    if width >= 1280:  # room enough for the whole long name
        assert client >= table.fontMetrics().horizontalAdvance(LONG)
