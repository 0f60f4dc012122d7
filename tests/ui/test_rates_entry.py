"""Rates filling pay in the quick entry and the edit dialog, typed with real keys: type the
hours, Tab, see the pay filled from the rate; type one's own pay and it stays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import activate, focused, on_modal, press, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import (
    Client,
    PaySource,
    PayStatus,
    Project,
    RateKind,
    Session,
)
from valuejournal.store.journal import Journal

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return
# Typing a client's name opens the completer's popup (offscreen cannot raise or grab it).
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
HOURLY = 8500  # 85.00 an hour, the client's rate
DAILY = 64000  # 640.00 a day of 8 hours, the project's rate


def stored(path: Path) -> list[Session]:
    with Journal.open(path) as journal:
        return sorted(journal.all_sessions(), key=lambda s: s.created_at or s.day)


@pytest.fixture
def page(qtbot, journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.save_client(Client("Acme", rate_kind=RateKind.HOURLY, rate_minor=HOURLY))
        journal.save_project(Project("Acme", "Audit", rate_kind=RateKind.DAILY, rate_minor=DAILY))
        journal.save_project(Project("Acme", "Site", rate_kind=RateKind.FIXED, rate_minor=90000))
    window = open_window(qtbot, journal_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    journal_page = window.pages["journal"]
    qtbot.keyClick(journal_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is journal_page.entry.hours
    yield journal_page
    window.close()


def _to_client(qtbot, entry, client: str) -> None:
    press(qtbot, TAB)
    assert focused() is entry.client
    focused().lineEdit().selectAll()
    type_text(qtbot, client)


def test_typing_hours_fills_pay_from_the_clients_hourly_rate(qtbot, page, journal_path) -> None:
    entry = page.entry
    type_text(qtbot, "2:30")
    _to_client(qtbot, entry, "Acme")
    press(qtbot, TAB)
    assert focused() is entry.title
    type_text(qtbot, "Workshop")
    press(qtbot, TAB)
    assert focused() is entry.project
    assert entry.pay.text() == "212.50"  # 85.00 × 2.5 h, shown as the person tabs on
    assert entry.status.currentData() == "pending"
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.client, row.pay_minor, row.status) == ("Acme", HOURLY * 5 // 2, PayStatus.PENDING)
    assert row.pay_source is PaySource.RATE


def test_a_projects_daily_rate_wins_and_follows_the_hours(qtbot, page, journal_path) -> None:
    entry = page.entry
    type_text(qtbot, "3")
    _to_client(qtbot, entry, "Acme")
    press(qtbot, TAB)
    press(qtbot, TAB)
    assert focused() is entry.project
    type_text(qtbot, "Audit")
    press(qtbot, TAB)
    assert entry.pay.text() == "240.00"  # 640.00 / 8 h × 3 h
    for _ in range(4):  # back past project, what and client to the hours
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is entry.hours
    focused().selectAll()
    type_text(qtbot, "4")
    assert entry.pay.text() == "320.00"  # the hours changed, the pay follows
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.project, row.pay_minor, row.pay_source) == ("Audit", 32000, PaySource.RATE)


def test_typed_pay_wins_and_is_never_replaced(qtbot, page, journal_path) -> None:
    entry = page.entry
    type_text(qtbot, "2")
    _to_client(qtbot, entry, "Acme")
    press(qtbot, TAB)
    type_text(qtbot, "Call")
    press(qtbot, TAB)  # project
    press(qtbot, TAB)  # value
    press(qtbot, TAB)
    assert focused() is entry.pay and entry.pay.text() == "170.00"
    entry.pay.selectAll()
    type_text(qtbot, "150")
    for _ in range(5):  # back past value, project, what and client to the hours
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is entry.hours
    focused().selectAll()
    type_text(qtbot, "3")
    assert entry.pay.text() == "150"  # the person's amount stays as typed
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.pay_minor, row.pay_source, row.minutes) == (15000, PaySource.TYPED, 180)


def test_a_fixed_price_project_leaves_pay_to_its_share(qtbot, page, journal_path) -> None:
    entry = page.entry
    type_text(qtbot, "1:30")
    _to_client(qtbot, entry, "Acme")
    press(qtbot, TAB)
    press(qtbot, TAB)
    assert focused() is entry.project
    type_text(qtbot, "Site")
    press(qtbot, TAB)
    assert entry.pay.text() == ""
    assert entry.pay.placeholderText() == "share of the price"
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.project, row.pay_minor, row.status) == ("Site", 90000, PayStatus.PENDING)


def test_the_edit_dialog_keeps_typed_pay_when_the_hours_change(qtbot, page, journal_path):
    with Journal.open(journal_path) as journal:
        typed = Session(day=date(2026, 3, 2), minutes=60, client="Acme", title="typed",
                        pay_minor=5000, status=PayStatus.PAID)  # fmt: skip
        journal.add_session(typed)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)

    def answer(dialog) -> None:
        form = dialog.form
        form.hours.setFocus()
        form.hours.selectAll()
        type_text(qtbot, "2")
        assert form.pay.text() == "50.00"
        press(qtbot, ENTER)

    on_modal(qtbot, answer)
    page.edit_selected()
    (row,) = stored(journal_path)
    assert (row.minutes, row.pay_minor, row.pay_source) == (120, 5000, PaySource.TYPED)


def test_pay_typed_for_a_client_abroad_is_in_the_clients_currency(qtbot, page, journal_path):
    """A client kept in USD, no agreed rate: "299,50" typed as pay is US$299.50, not €299.50
    (the quick entry stored the base currency, with nothing on screen to say so); a code
    typed with the amount still wins, and a client in the base currency stays there."""
    page.context.save_client(None, Client("Yankee Labs", currency="USD"))  # the Clients page's way
    entry = page.entry
    for hours, client, pay in (("4", "Yankee Labs", "299,50"), ("1", "Yankee Labs", "20 EUR"),
                               ("2", "Acme", "150")):  # fmt: skip
        type_text(qtbot, hours)
        _to_client(qtbot, entry, client)
        press(qtbot, TAB)
        type_text(qtbot, "API design")
        press(qtbot, TAB)  # project
        press(qtbot, TAB)  # value
        press(qtbot, TAB)
        assert focused() is entry.pay
        entry.pay.selectAll()
        type_text(qtbot, pay)
        press(qtbot, ENTER)
        assert focused() is entry.hours
        entry.hours.selectAll()
    rows = [(s.client, s.minutes, s.pay_minor, s.currency) for s in stored(journal_path)]
    assert rows == [("Yankee Labs", 240, 29950, "USD"), ("Yankee Labs", 60, 2000, "EUR"),
                    ("Acme", 120, 15000, "EUR")]  # fmt: skip


def test_hours_refused_leave_no_pay_from_a_number_typed_on_the_way(qtbot, page, journal_path):
    """Typing "30 h" went through "3": the pay read 255.00 (3 h at 85.00) while the field
    refused 30 h; the pay now follows the hours only while they are hours."""
    entry = page.entry
    type_text(qtbot, "2")
    _to_client(qtbot, entry, "Acme")
    press(qtbot, TAB)
    assert entry.pay.text() == "170.00"
    for _ in range(2):  # back past the client to the hours
        press(qtbot, TAB, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is entry.hours
    entry.hours.selectAll()
    type_text(qtbot, "30 h")
    assert entry.pay.text() == ""  # not 255.00
    entry.hours.selectAll()
    type_text(qtbot, "3")
    assert entry.pay.text() == "255.00"
    press(qtbot, ENTER)
    (row,) = stored(journal_path)
    assert (row.minutes, row.pay_minor, row.pay_source) == (180, 25500, PaySource.RATE)
