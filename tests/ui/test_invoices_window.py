"""Mark as invoiced… and Mark as paid… typed in the real window, rows read from the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.helpers.keys import activate, back_to, focused, on_modal, press, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.invoices import Invoice
from valuejournal.store.journal import Journal
from valuejournal.ui.dialogs.invoice_dialog import InvoiceDialog, PaidDialog
from valuejournal.ui.session_model import COLUMNS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, journal_path: Path):
    with Journal.open(journal_path) as journal:
        for day, title, pay, client in (
            (2, "a-one", 10000, "Acme"),
            (3, "a-two", 5000, "Acme"),
            (4, "beta", 7000, "Beta"),
        ):
            journal.add_session(
                Session(
                    day=date(2026, 3, day),
                    minutes=60,
                    title=title,
                    client=client,
                    pay_minor=pay,
                    status=PayStatus.PENDING,
                )  # fmt: skip
            )
    win = open_window(qtbot, journal_path)
    qtbot.waitUntil(lambda: win.pages["journal"].model.rowCount() == 3, timeout=10000)
    yield win
    win.close()


def _invoices(path: Path) -> list[Invoice]:
    with Journal.open(path) as journal:
        return journal.list_invoices()


def _money(path: Path) -> dict[str, tuple[PayStatus, date | None]]:
    with Journal.open(path) as journal:
        return {s.title: (s.status, s.paid_on) for s in journal.all_sessions()}


def _select_acme(qtbot, window) -> None:
    """The list runs newest first: beta, a-two, a-one. Keys: Ctrl+End, Shift+Up."""
    table = window.pages["journal"].table
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    press(qtbot, Qt.Key.Key_End, CTRL)
    press(qtbot, Qt.Key.Key_Up, SHIFT)
    assert sorted(s.title for s in _selected(window)) == ["a-one", "a-two"]


def _selected(window) -> list[Session]:
    page = window.pages["journal"]
    return page.context.journal.sessions_by_uuid(page.selected_uuids())


def _type_invoice(qtbot, number: str, sent: str, due: str, seen: list[str]):
    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, InvoiceDialog)
        seen.append(dialog.summary.text())
        seen.append(dialog.amount.text())
        qtbot.waitUntil(lambda: focused() is dialog.number)
        type_text(qtbot, number)  # the suggested number is selected: typing replaces it
        for text in (sent, due):
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)

    return answer


def test_mark_as_invoiced_then_paid_with_keys_and_undo_both(qtbot, window, journal_path) -> None:
    _select_acme(qtbot, window)
    seen: list[str] = []
    on_modal(qtbot, _type_invoice(qtbot, "INV-7", "2026-03-31", "2026-04-30", seen))
    press(qtbot, Qt.Key.Key_I, CTRL | ALT)
    qtbot.waitUntil(lambda: len(_invoices(journal_path)) == 1, timeout=10000)
    assert seen[0].startswith("2 sessions for Acme") and seen[1] == "150.00"
    (invoice,) = _invoices(journal_path)
    by_title = {s.uuid: s.title for s in window.context.journal.all_sessions()}
    assert (invoice.number, invoice.client, invoice.amount_minor) == ("INV-7", "Acme", 15000)
    assert (invoice.sent_on, invoice.due_on, invoice.paid_on) == (
        date(2026, 3, 31), date(2026, 4, 30), None)  # fmt: skip
    assert sorted(by_title[u] for u in invoice.sessions) == ["a-one", "a-two"]
    model = window.pages["journal"].model
    status = next(i for i, (key, _h) in enumerate(COLUMNS) if key == "status")
    shown = {model.session_at(r).title: model.index(r, status) for r in range(model.rowCount())}
    assert shown["a-one"].data() == "invoiced" and shown["beta"].data() == "pending"
    assert shown["a-two"].data(Qt.ItemDataRole.ToolTipRole) == "On invoice INV-7"

    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo: the invoice goes
    assert _invoices(journal_path) == []
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: it is back, the same one
    assert [i.uuid for i in _invoices(journal_path)] == [invoice.uuid]

    _select_acme(qtbot, window)
    days: list[str] = []

    def paid(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PaidDialog)
        days.append(dialog.summary.text())
        qtbot.waitUntil(lambda: focused() is dialog.day)
        type_text(qtbot, "2026-04-20")
        press(qtbot, Qt.Key.Key_Return)

    on_modal(qtbot, paid)
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _invoices(journal_path)[0].paid_on is not None, timeout=10000)
    assert _invoices(journal_path)[0].paid_on == date(2026, 4, 20)
    assert days == ["1 invoice: INV-7"]
    assert _money(journal_path) == {
        "a-one": (PayStatus.PAID, date(2026, 4, 20)),
        "a-two": (PayStatus.PAID, date(2026, 4, 20)),
        "beta": (PayStatus.PENDING, None),
    }
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the payment
    assert _invoices(journal_path)[0].paid_on is None
    assert set(_money(journal_path).values()) == {(PayStatus.PENDING, None)}


def test_undoing_a_deleted_session_keeps_it_on_its_invoice(qtbot, window, journal_path) -> None:
    _select_acme(qtbot, window)
    on_modal(qtbot, _type_invoice(qtbot, "INV-8", "2026-03-31", "2026-04-30", []))
    press(qtbot, Qt.Key.Key_I, CTRL | ALT)
    qtbot.waitUntil(lambda: len(_invoices(journal_path)) == 1, timeout=10000)
    back_to(qtbot, window)
    _select_acme(qtbot, window)

    def delete(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == "Delete"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    on_modal(qtbot, delete)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _invoices(journal_path)[0].sessions == (), timeout=10000)
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(_invoices(journal_path)[0].sessions) == 2


def test_a_selection_of_two_clients_is_refused_in_words(qtbot, window, journal_path) -> None:
    table = window.pages["journal"].table
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    press(qtbot, Qt.Key.Key_Home, CTRL)  # beta
    press(qtbot, Qt.Key.Key_Down, SHIFT)  # and a-two
    said: list[str] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    on_modal(qtbot, read)
    press(qtbot, Qt.Key.Key_I, CTRL | ALT)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "one client" in said[0] and "Acme, Beta" in said[0]
    assert _invoices(journal_path) == []


def test_the_shortcut_sheet_lists_the_two_actions(window) -> None:
    from valuejournal.ui.widgets.help_dialogs import menu_shortcuts

    rows = {(keys, what) for _menu, keys, what in menu_shortcuts([window.edit_menu])}
    assert ("Ctrl+Alt+I", "Mark as invoiced") in rows
    assert ("Ctrl+Shift+P", "Mark as paid") in rows
    every = [
        keys
        for _m, keys, _w in menu_shortcuts(window.menuBar().findChildren(type(window.edit_menu)))
    ]
    assert every.count("Ctrl+Alt+I") == 1 and every.count("Ctrl+Shift+P") == 1
