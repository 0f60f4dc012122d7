"""The Clients page: add, rename, archive, alternative rate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers.keys import activate, focused, on_modal, press_in, type_text
from valuejournal.core.entities import Client
from valuejournal.store.journal import Journal
from valuejournal.ui.pages.clients_page import ClientDialog


def clients(path: Path) -> list[Client]:
    with Journal.open(path) as journal:
        return journal.list_clients()


TAB = Qt.Key.Key_Tab


def answer_client_dialog(qtbot, steps: list[tuple[str, Qt.Key]], seen: list[str]):
    """Drive the client dialog from the keyboard: type each text, press its key."""

    def answer(dialog) -> None:
        for text, key in steps:
            if text:
                qtbot.keyClicks(dialog.focusWidget(), text)
            press_in(qtbot, dialog, key)
            seen.append(dialog.error.text())

    return answer


def test_add_rename_archive_and_undo(qtbot, main_window, journal_path) -> None:
    page = main_window.show_page("clients")
    seen: list[str] = []
    steps = [("Acme", TAB), ("", TAB), ("90", TAB), ("Long-term.", TAB), ("", TAB),
             ("", Qt.Key.Key_Return)]  # fmt: skip
    on_modal(qtbot, answer_client_dialog(qtbot, steps, seen))
    page.add_client()
    (acme,) = clients(journal_path)
    assert (acme.name, acme.alternative_rate_minor, acme.notes) == ("Acme", 9000, "Long-term.")
    assert page.table.item(0, 2).text() == "€90.00"
    page.table.selectRow(0)
    on_modal(qtbot, answer_client_dialog(qtbot, [(" Ltd", Qt.Key.Key_Return)], seen))
    page.edit_selected()
    assert clients(journal_path)[0].name == "Acme Ltd"
    page.table.selectRow(0)
    page.toggle_archived()
    assert clients(journal_path)[0].archived
    assert main_window.pages["journal"].entry.client.count() == 0
    main_window.undo_action.trigger()
    assert not clients(journal_path)[0].archived


def test_dialog_refuses_bad_input_in_place(qtbot, journal) -> None:
    saved: list[Client] = []
    dialog = ClientDialog(Client(name=""), lambda before, after: saved.append(after), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: activate(dialog), timeout=10000)
    assert focused() is dialog.name
    type_text(qtbot, "Beta")
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), TAB)
    type_text(qtbot, "ninety")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and not saved and "amount" in dialog.error.text()
    dialog.rate.selectAll()
    type_text(qtbot, "80,50")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(c.name, c.alternative_rate_minor) for c in saved] == [("Beta", 8050)]


def test_duplicate_name_is_shown_in_place_and_nothing_typed_is_lost(
    qtbot, main_window, journal_path
) -> None:
    page = main_window.show_page("clients")
    seen: list[str] = []
    first = [("Acme", TAB), ("", TAB), ("90", Qt.Key.Key_Return)]
    on_modal(qtbot, answer_client_dialog(qtbot, first, seen))
    page.add_client()
    kept: list[tuple[str, str, str]] = []

    def second(dialog) -> None:
        steps = [("Acme", TAB), ("", TAB), ("120", TAB), ("Referred by Acme.", TAB),
                 ("", Qt.Key.Key_Return)]  # fmt: skip
        answer_client_dialog(qtbot, steps, seen)(dialog)
        assert dialog.isVisible()  # still open: the name is taken
        kept.append((dialog.name.text(), dialog.rate.text(), dialog.notes.toPlainText()))
        dialog.name.setFocus()
        qtbot.keyClicks(dialog.name, " North")
        press_in(qtbot, dialog, Qt.Key.Key_Return)

    on_modal(qtbot, second)
    page.add_client()
    assert "already exists" in seen[-1]
    assert kept == [("Acme", "120", "Referred by Acme.")]
    assert sorted((c.name, c.alternative_rate_minor) for c in clients(journal_path)) == [
        ("Acme", 9000), ("Acme North", 12000)]  # fmt: skip
