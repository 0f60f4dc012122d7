"""The Clients page: add, rename, archive, alternative rate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from valuejournal.core.entities import Client
from valuejournal.store.journal import Journal
from valuejournal.ui.pages.clients_page import ClientDialog


def clients(path: Path) -> list[Client]:
    with Journal.open(path) as journal:
        return journal.list_clients()


def test_add_rename_archive_and_undo(main_window, journal_path, monkeypatch) -> None:
    page = main_window.show_page("clients")
    monkeypatch.setattr(
        ClientDialog, "ask",
        classmethod(lambda cls, p, c: replace(c, name="Acme", alternative_rate_minor=9000)),
    )  # fmt: skip
    page.add_client()
    (acme,) = clients(journal_path)
    assert (acme.name, acme.alternative_rate_minor) == ("Acme", 9000)
    assert page.table.item(0, 2).text() == "€90.00"
    page.table.selectRow(0)
    monkeypatch.setattr(
        ClientDialog, "ask", classmethod(lambda cls, p, c: replace(c, name="Acme Ltd"))
    )
    page.edit_selected()
    assert clients(journal_path)[0].name == "Acme Ltd"
    page.table.selectRow(0)
    page.toggle_archived()
    assert clients(journal_path)[0].archived
    assert main_window.pages["journal"].entry.client.count() == 0
    main_window.undo_action.trigger()
    assert not clients(journal_path)[0].archived


def test_dialog_refuses_bad_input(qtbot) -> None:
    dialog = ClientDialog(Client(name=""))
    qtbot.addWidget(dialog)
    dialog.rate.setText("ninety")
    dialog.accept()
    assert dialog.result_client is None and "amount" in dialog.error.text()
    dialog.name.setText("Beta")
    dialog.rate.setText("80,50")
    dialog.accept()
    assert dialog.result_client is not None
    assert dialog.result_client.alternative_rate_minor == 8050


def test_duplicate_name_is_explained(main_window, journal_path, monkeypatch) -> None:
    page = main_window.show_page("clients")
    shown: list[str] = []
    from valuejournal.ui import dialogs

    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(ClientDialog, "ask", classmethod(lambda cls, p, c: replace(c, name="Acme")))
    page.add_client()
    page.add_client()
    assert len(clients(journal_path)) == 1
    assert shown and "already exists" in shown[0]
