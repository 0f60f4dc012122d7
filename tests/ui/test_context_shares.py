"""A session that takes a share of a fixed price moves the other sessions' shares: the pages
that patch only the sessions edited (the Insights page) must read the others again.

Found under Xvfb: a project at a fixed €900, two sessions typed in the quick entry (2 h, then
1 h) while the Insights page was open; the store re-spread the price (€600 + €300), the page
patched only the second session and kept the first at its old €900, so it said €3,105.70
where `valuejournal insights` said €2,805.70.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import activate, focused, press, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import Client, Project, RateKind
from valuejournal.store.journal import Journal

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _type(qtbot, page, hours: str, project: str, title: str) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.entry.hours
    type_text(qtbot, hours)
    press(qtbot, TAB)
    focused().lineEdit().selectAll()
    type_text(qtbot, "Acme")
    press(qtbot, TAB)
    type_text(qtbot, title)
    press(qtbot, TAB)
    assert focused() is page.entry.project
    focused().lineEdit().selectAll()
    if project:
        type_text(qtbot, project)
    else:
        press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, TAB)
    type_text(qtbot, "7")
    press(qtbot, ENTER)


def test_the_insights_page_follows_a_fixed_price_spread_anew(qtbot, journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.save_client(Client("Acme", rate_kind=RateKind.HOURLY, rate_minor=8000))
        journal.save_project(Project("Acme", "Site", rate_kind=RateKind.FIXED, rate_minor=90000))
    window = open_window(qtbot, journal_path, size=(1300, 900))
    try:
        insights = window.show_page("insights")
        insights.range.setCurrentIndex(insights.range.findData("all"))
        journal_page = window.show_page("journal")
        window.activateWindow()
        qtbot.waitUntil(lambda: activate(window), timeout=10000)
        _type(qtbot, journal_page, "2", "Site", "Homepage")
        _type(qtbot, journal_page, "1", "Site", "Contact page")
        _type(qtbot, journal_page, "1:30", "", "Call")  # the client's hourly rate: €120
        with Journal.open(journal_path) as journal:
            pays = sorted(s.pay_minor for s in journal.all_sessions())
        assert pays == [12000, 30000, 60000]  # the price spread by the hours
        window.show_page("insights")

        def shown() -> int | None:
            ins = insights.insights
            return None if ins is None else ins.totals.pay_minor

        qtbot.waitUntil(lambda: shown() == sum(pays), timeout=10000)
        window.show_page("journal")
        qtbot.waitUntil(lambda: activate(window), timeout=10000)
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the call
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # 1 h: €900
        window.show_page("insights")
        qtbot.waitUntil(lambda: shown() == 90000, timeout=10000)
    finally:
        window.close()
