"""After an import the Journal shows what came in; undoing it takes back its new clients."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from valuejournal.core.entities import Client, Session
from valuejournal.ui.actions import imports as import_actions
from valuejournal.ui.import_dialog import ImportDialog

TOGGL = Path(__file__).parents[1] / "interop" / "fixtures" / "toggl_detailed.csv"


def _confirm_when_asked(qtbot) -> list[str]:
    """Press Import, then Close, in the import dialog the File menu opens (it is modal)."""
    seen: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportDialog):
            QTimer.singleShot(20, step)
            return
        try:
            qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
            seen.append(dialog.state)
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)
    return seen


def test_the_journal_shows_the_imported_sessions_despite_an_old_filter(
    qtbot, main_window, monkeypatch
) -> None:
    main_window.context.add_session(Session(day=date(2026, 9, 1), minutes=60, title="Lunch"))
    page = main_window.pages["journal"]
    qtbot.keyClicks(page.filters.search, "Lunch")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    monkeypatch.setattr(
        import_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(TOGGL), "")
    )
    seen = _confirm_when_asked(qtbot)
    main_window.import_action.trigger()
    assert seen == ["done"]
    assert main_window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.total == 5, timeout=5000)
    assert page.filters.search.text() == ""
    days = {page.model.session_at(r).day for r in range(page.model.rowCount())}
    assert min(days) >= date(2026, 3, 1) and date(2026, 9, 1) not in days


def test_undo_of_an_import_takes_back_the_clients_it_created(qtbot, main_window) -> None:
    journal = main_window.context.journal
    journal.save_client(Client(name="Acme Corp"))  # was there before: stays
    before = {c.name: c.uuid for c in journal.list_clients()}
    dialog = ImportDialog(main_window.context, TOGGL, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    after = {c.name: c.uuid for c in journal.list_clients()}
    created = set(after) - set(before)
    assert created, "the fixture brings clients the journal did not have"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=10000)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.all_sessions() == []
    assert {c.name: c.uuid for c in journal.list_clients()} == before
    main_window.redo_action.trigger()
    assert len(journal.all_sessions()) == 5
    assert {c.name for c in journal.list_clients()} == set(after)  # the clients come back
