"""Edit → Exchange rates… typed with real keys (add, edit, delete, Ctrl+Z, the ECB file), and
the quick entry typed in dollars getting the day's rate frozen on the session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import activate, focused, press, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.insights import SessionColumns
from valuejournal.interop.ecb import read_ecb
from valuejournal.store.journal import Journal
from valuejournal.ui.dialogs.rates_dialog import RatesDialog
from valuejournal.ui.session_model import COLUMNS

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
ECB = Path(__file__).parents[1] / "interop" / "fixtures" / "ecb" / "eurofxref-hist.csv"
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
NOV2 = date(2026, 11, 2)


def read(qtbot, dialog: RatesDialog) -> None:
    """Wait for the dialog's table to be read again (it is read off the GUI thread)."""
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)


def rows(path: Path) -> tuple[list[tuple[str, str, date]], list[Session]]:
    with Journal.open(path) as journal:
        rates = [(r.currency, str(r.rate), r.day) for r in journal.list_rates()]
        return rates, journal.all_sessions()


@pytest.fixture
def dialog(qtbot, journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.add_session(Session(day=NOV2, minutes=240, client="Acme US", value=8,
                                    pay_minor=30000, currency="USD",
                                    status=PayStatus.PENDING))  # fmt: skip
    window = open_window(qtbot, journal_path)
    shown = RatesDialog(window.context, window)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: activate(shown), timeout=10000)
    qtbot.waitUntil(lambda: focused() is shown.rate)  # "1 EUR = [rate] [currency] on [day]"
    yield shown
    shown.close()


def test_a_rate_typed_and_entered_is_stored_frozen_and_undone(qtbot, dialog, journal_path) -> None:
    read(qtbot, dialog)
    assert dialog.waiting.text() == "1 session not counted yet, for want of a rate: USD (1)"
    type_text(qtbot, "1,25")
    press(qtbot, TAB)
    assert focused() is dialog.currency
    type_text(qtbot, "usd")
    press(qtbot, TAB)
    assert focused() is dialog.day
    focused().selectAll()
    type_text(qtbot, "2026-11-02")
    press(qtbot, ENTER)
    rates, (session,) = rows(journal_path)
    assert rates == [("USD", "1.25", NOV2)]
    assert (session.fx_rate, session.fx_day) == ("1.25", NOV2)
    assert dialog.problem.text() == (
        "Saved: 1 EUR = 1.25 USD on 2 Nov 2026. 1 session got this rate."
    )
    assert dialog.problem.property("problem") is False  # news, not a warning
    read(qtbot, dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 2).data() == "1 EUR = 1.25 USD"
    assert "Every session has its rate" in dialog.waiting.text()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo: the rate goes, and the session waits again
    rates, (session,) = rows(journal_path)
    assert rates == [] and session.fx_rate is None
    read(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    rates, (session,) = rows(journal_path)
    assert rates == [("USD", "1.25", NOV2)] and session.fx_rate == "1.25"


def test_editing_and_deleting_a_rate_leave_the_session_as_it_was(
    qtbot, dialog, journal_path
) -> None:
    type_text(qtbot, "1.25")
    press(qtbot, TAB)
    type_text(qtbot, "USD")
    press(qtbot, TAB)
    focused().selectAll()
    type_text(qtbot, "2026-11-02")
    press(qtbot, ENTER)
    dialog.table.setFocus()
    read(qtbot, dialog)
    dialog.table.selectRow(0)
    press(qtbot, ENTER)  # Enter on a row puts it into the form
    assert focused() is dialog.rate and dialog.save_button.text() == "&Save"
    type_text(qtbot, "1.5")
    press(qtbot, ENTER)
    rates, (session,) = rows(journal_path)
    assert rates == [("USD", "1.5", NOV2)]
    assert session.fx_rate == "1.25"  # frozen when it was entered: history does not move
    dialog.rate.setFocus()
    press(qtbot, Qt.Key.Key_Delete)  # in a field, Del edits the field: the rate stays
    assert rows(journal_path)[0] == [("USD", "1.5", NOV2)]
    dialog.table.setFocus()
    read(qtbot, dialog)
    dialog.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    rates, (session,) = rows(journal_path)
    assert rates == [] and session.fx_rate == "1.25"
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the delete undone
    assert rows(journal_path)[0] == [("USD", "1.5", NOV2)]


def test_bad_input_is_said_and_nothing_is_written(qtbot, dialog, journal_path) -> None:
    type_text(qtbot, "1.1")
    press(qtbot, TAB)
    type_text(qtbot, "ABC")
    press(qtbot, ENTER)
    assert "ABC is not an ISO 4217 currency" in dialog.problem.text()
    assert dialog.problem.property("problem") is True  # in the warning colour
    dialog.currency.setFocus()
    dialog.currency.selectAll()
    type_text(qtbot, "USD")
    dialog.rate.setFocus()
    dialog.rate.selectAll()
    type_text(qtbot, "-2")
    press(qtbot, ENTER)
    assert "above zero" in dialog.problem.text()
    assert rows(journal_path)[0] == []


def test_the_ecb_file_is_imported_on_the_write_worker(qtbot, dialog, journal_path) -> None:
    dialog.import_file(ECB)
    qtbot.waitUntil(lambda: "Imported 37 rates" in dialog.problem.text(), timeout=10000)
    assert "1 session got a rate" in dialog.problem.text()
    rates, (session,) = rows(journal_path)
    assert len(rates) == 37 and session.fx_rate == "1.073"
    read(qtbot, dialog)
    assert dialog.model.rowCount() == 37


def test_the_quick_entry_typed_in_dollars_gets_the_days_rate(qtbot, journal_path) -> None:
    with Journal.open(journal_path) as journal:
        journal.import_rates(read_ecb(ECB))
    window = open_window(qtbot, journal_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    page = window.pages["journal"]
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    entry = page.entry
    assert focused() is entry.hours
    type_text(qtbot, "4")
    press(qtbot, TAB)
    focused().lineEdit().selectAll()
    type_text(qtbot, "Acme US")
    press(qtbot, TAB)
    type_text(qtbot, "Audit")
    press(qtbot, TAB)  # project
    press(qtbot, TAB)  # value
    press(qtbot, TAB)
    assert focused() is entry.pay
    type_text(qtbot, "300 USD")
    for _ in range(6):  # back to the date, before the hours
        press(qtbot, TAB, SHIFT)
        if focused() is entry.day:
            break
    assert focused() is entry.day
    focused().selectAll()
    type_text(qtbot, "2026-11-03")
    press(qtbot, ENTER)
    _rates, sessions = rows(journal_path)
    (session,) = [s for s in sessions if s.title == "Audit"]
    assert (session.pay_minor, session.currency) == (30000, "USD")
    assert (session.fx_rate, session.fx_day) == ("1.0741", date(2026, 11, 3))  # the ECB's
    window.close()
    with Journal.open(journal_path) as journal:
        columns = SessionColumns.from_rows(journal.insight_rows(), "EUR")
    assert columns.pay_minor.tolist() == [round(30000 / 1.0741)] == [27930]  # €279.30


def test_the_session_list_shows_dollars_converted_on_hover(qtbot, dialog, journal_path) -> None:
    model = dialog.parent().pages["journal"].model
    pay = [key for key, _label in COLUMNS].index("pay")

    def tip() -> str:
        model.reload()
        return str(model.index(0, pay).data(Qt.ItemDataRole.ToolTipRole))

    assert model.index(0, pay).data() == "US$300.00"  # the session's own amount
    assert tip().startswith("US$300.00: no exchange rate to EUR yet")
    type_text(qtbot, "1.25")
    press(qtbot, TAB)
    type_text(qtbot, "USD")
    press(qtbot, TAB)
    focused().selectAll()
    type_text(qtbot, "2026-10-01")  # a month before the work: a guess
    press(qtbot, ENTER)
    assert tip() == (
        "US$300.00 ≈ €240.00 at 1 EUR = 1.25 USD (1 Oct 2026) — a guessed rate, from another day"
    )


def test_a_coach_sees_the_shared_rates_read_only(qtbot, journal_path, tmp_path) -> None:
    from tests.helpers.windows import open_review_window
    from valuejournal.store.share import ShareOptions, write_share

    with Journal.open(journal_path) as journal:
        journal.import_rates(read_ecb(ECB))
        journal.add_session(Session(day=NOV2, minutes=240, client="Acme US", value=8,
                                    pay_minor=30000, currency="USD",
                                    status=PayStatus.PENDING))  # fmt: skip
        share = tmp_path / "ann.vjshare"
        write_share(journal, share, ShareOptions())
    window = open_review_window(qtbot, [share], "ann (review, read-only)")
    shown = RatesDialog(window.context, window)
    qtbot.addWidget(shown)
    read(qtbot, shown)
    assert shown.model.rowCount() == 7  # the USD rows: the currency its sessions are in
    assert shown.waiting.text() == "Every session has its rate."
    for widget in (shown.rate, shown.currency, shown.day, shown.save_button,
                   shown.delete_button, shown.import_button):  # fmt: skip
        assert not widget.isEnabled()
    shown.table.selectRow(0)
    shown.delete_selected()  # nothing happens in a review
    assert shown.model.rowCount() == 7


HOURLY = {"es": ["Sin tarifa acordada", "Por hora"], "fr": ["Pas de tarif convenu", "À l’heure"]}


@pytest.mark.parametrize(
    ("code", "exchange", "agreed"),
    [("es", "Tipo de cambio", "Tarifa"), ("fr", "Taux de change", "Tarif")],
)
def test_an_exchange_rate_is_not_called_a_pay_rate(
    qtbot, journal_path, code, exchange, agreed
) -> None:
    from valuejournal import settings
    from valuejournal.core.entities import RateKind
    from valuejournal.ui.i18n import set_language
    from valuejournal.ui.widgets.rate_field import RateField

    settings.update(language=code)  # the window's start reads it
    try:
        window = open_window(qtbot, journal_path)
        dialog = RatesDialog(window.context, window)
        qtbot.addWidget(dialog)
        model = dialog.table.model()
        heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert heads[-1] == exchange and dialog.rate.accessibleName() == exchange
        clients = window.show_page("clients")
        projects = clients.projects
        assert projects.horizontalHeaderItem(1).text() == agreed  # a project's agreed rate
        field = RateField([RateKind.NONE, RateKind.HOURLY], lambda: "EUR")
        qtbot.addWidget(field)
        kinds = [field.kind.itemText(i) for i in range(field.kind.count())]
        assert kinds == HOURLY[code]  # the kinds of a pay rate are translated too
        dialog.close()
        window.close()
    finally:
        set_language("en")
