"""Words and numbers the window shows: plurals, the same hours everywhere, undo says what."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from valuejournal.core.entities import Session
from valuejournal.ui import dialogs
from valuejournal.ui.i18n import trn
from valuejournal.ui.session_model import COLUMNS

STATUS = [k for k, _l in COLUMNS].index("status")
HOURS = [k for k, _l in COLUMNS].index("minutes")


def test_plurals_are_spelled_out() -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert trn("%n session(s)", 1) == "1 session"
        assert trn("%n session(s)", 0) == "0 sessions"
        assert trn("%n session(s)", 2928) == "2,928 sessions"  # the locale's digit grouping
        QLocale.setDefault(QLocale("de_DE"))
        assert trn("%n session(s)", 2928) == "2.928 sessions"
    finally:
        QLocale.setDefault(before)


def test_one_session_the_same_hours_and_unpaid_everywhere(qtbot, main_window) -> None:
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    main_window.context.add_session(Session(day=monday, minutes=165, title="Draft"))
    page = main_window.pages["journal"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.count_label.text() == "1 session"
    assert page.model.index(0, HOURS).data() == "2.75"
    assert "2.75 h" in main_window.week_label.text()  # not 2.8 beside the list's 2.75
    assert page.model.index(0, STATUS).data() == "unpaid"  # as the form calls it


def test_delete_names_the_session_and_undo_says_what_it_did(
    qtbot, main_window, monkeypatch
) -> None:
    main_window.context.add_session(
        Session(day=date(2026, 3, 21), minutes=90, title="Homepage layout")
    )
    page = main_window.pages["journal"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "21/03/2026 · 1.50 h · “Homepage layout”" in asked[0]
    assert main_window.context.journal.all_sessions() == []
    assert main_window.undo_action.text() == "&Undo Delete session of 21/03/2026"
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(main_window.context.journal.all_sessions()) == 1
    assert main_window.statusBar().currentMessage() == "Undone: Delete session of 21/03/2026"
