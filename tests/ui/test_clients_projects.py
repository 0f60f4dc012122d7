"""The Clients page's agreed rates and projects, typed with real keys, read back from the file,
undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers.keys import back_to, focused, on_modal, press_in
from valuejournal.core.entities import Client, Project, RateKind
from valuejournal.store.journal import Journal
from valuejournal.ui.pages.clients_page import ClientDialog, ProjectDialog

TAB = Qt.Key.Key_Tab
RETURN = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


def _clients(path: Path) -> list[Client]:
    with Journal.open(path) as journal:
        return journal.list_clients()


def _projects(path: Path) -> list[Project]:
    with Journal.open(path) as journal:
        return journal.list_projects()


def _keys(qtbot, dialog, steps: list[tuple[str, Qt.Key]], seen: list[str]) -> None:
    for text, key in steps:
        if text:
            qtbot.keyClicks(dialog.focusWidget(), text)
        press_in(qtbot, dialog, key)
        seen.append(dialog.error.text())


def test_a_clients_agreed_rate_and_its_projects(qtbot, main_window, journal_path) -> None:
    page = main_window.show_page("clients")
    seen: list[str] = []

    def new_client(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ClientDialog)
        # name, currency, alternative rate, notes, archived, then the agreed rate's kind
        _keys(qtbot, dialog, [("Acme", TAB), ("", TAB), ("", TAB), ("", TAB), ("", TAB)], seen)
        assert focused() is dialog.agreed.kind
        _keys(qtbot, dialog, [("m", TAB), ("3000", RETURN)], seen)  # a monthly retainer

    on_modal(qtbot, new_client)
    page.add_client()
    qtbot.waitUntil(lambda: bool(_clients(journal_path)), timeout=10000)
    (acme,) = _clients(journal_path)
    assert (acme.rate_kind, acme.rate_minor) == (RateKind.RETAINER, 300000)
    assert page.table.item(0, 3).text() == "€3,000.00 a month"
    assert page.projects_label.text() == "<b>Projects of Acme</b>"

    def new_project(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ProjectDialog)
        assert dialog.windowTitle() == "New project for Acme"
        _keys(qtbot, dialog, [("Website", TAB), ("f", TAB), ("4.000,00", RETURN)], seen)

    on_modal(qtbot, new_project)
    page.add_project()
    qtbot.waitUntil(lambda: bool(_projects(journal_path)), timeout=10000)
    (site,) = _projects(journal_path)
    assert (site.client, site.name, site.rate_kind, site.rate_minor) == (
        "Acme", "Website", RateKind.FIXED, 400000)  # fmt: skip
    assert page.projects.item(0, 1).text() == "€4,000.00 fixed price"

    def no_amount(dialog) -> None:  # type: ignore[no-untyped-def]
        _keys(qtbot, dialog, [("", TAB), ("h", TAB)], seen)
        dialog.rate.amount.selectAll()
        _keys(qtbot, dialog, [("", Qt.Key.Key_Backspace), ("", RETURN)], seen)
        assert dialog.isVisible() and "amount" in seen[-1]  # refused in place
        _keys(qtbot, dialog, [("120", RETURN)], seen)

    page.projects.selectRow(0)
    on_modal(qtbot, no_amount)
    page.edit_project()
    qtbot.waitUntil(lambda: _projects(journal_path)[0].rate_kind is RateKind.HOURLY, timeout=10000)
    assert _projects(journal_path)[0].rate_minor == 12000

    page.projects.selectRow(0)
    page.toggle_project_archived()
    assert _projects(journal_path)[0].archived
    assert page.projects.item(0, 2).text() == "yes"

    back_to(qtbot, main_window)
    for expected in (
        (RateKind.HOURLY, False),  # the archiving undone
        (RateKind.FIXED, False),  # the rate's edit undone
    ):
        qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)
        (again,) = _projects(journal_path)
        assert (again.rate_kind, again.archived) == expected
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL)  # the project's adding undone
    assert _projects(journal_path) == []
    qtbot.keyClick(main_window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [p.uuid for p in _projects(journal_path)] == [site.uuid]  # redo: the same one


def test_a_project_name_the_client_has_is_refused_in_place(qtbot, main_window, journal_path):
    with Journal.open(journal_path) as journal:
        journal.save_client(Client("Beta"))
        journal.save_project(Project("Beta", "Logo"))
    main_window.context.notify()
    page = main_window.show_page("clients")
    seen: list[str] = []

    def duplicate(dialog) -> None:  # type: ignore[no-untyped-def]
        _keys(qtbot, dialog, [("logo", RETURN)], seen)
        assert dialog.isVisible() and "already has a project" in seen[-1]
        qtbot.keyClicks(dialog.name, " 2")
        press_in(qtbot, dialog, RETURN)

    on_modal(qtbot, duplicate)
    page.add_project()
    qtbot.waitUntil(lambda: len(_projects(journal_path)) == 2, timeout=10000)
    assert sorted(p.name for p in _projects(journal_path)) == ["Logo", "logo 2"]
