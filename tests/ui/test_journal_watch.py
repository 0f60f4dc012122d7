"""The window notices the journal written by another program: a real `valuejournal add` or
`invoice add` run while the window is open shows on the Journal and Insights pages and in
the status bar within seconds; the window's own typed add is not read twice; its undo steps
still work after an outside change; a modal dialog holds the re-read back; review mode has
no watch."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import activate, focused, on_modal, press, type_text
from tests.helpers.windows import open_review_window, open_window
from valuejournal.core.entities import PayStatus, Session
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NOTICE_MS = 10_000  # the watch looks every second; a wide margin for a loaded machine


def cli(journal: Path, *args: str) -> None:
    """Run `valuejournal ARGS --journal JOURNAL` as the person would, in another process."""
    command, *rest = args
    sub = [command] if command != "invoice" else [command, rest.pop(0)]
    done = subprocess.run(
        [sys.executable, "-m", "valuejournal", *sub, "--journal", str(journal), *rest],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def titles(path: Path) -> list[str]:
    with Journal.open(path) as journal:
        return sorted(s.title for s in journal.all_sessions())


def shown_titles(window) -> list[str]:
    model = window.pages["journal"].model
    return sorted(model.session_at(r).title for r in range(model.rowCount()))


@pytest.fixture
def window(qtbot, journal_path: Path):
    with Journal.open(journal_path, owner="Ana") as journal:
        journal.add_session(Session(day=date.today() - timedelta(days=400), minutes=60,
                                    value=5, client="Acme", title="old"))  # fmt: skip
    opened = open_window(qtbot, journal_path, size=(1280, 800))
    assert opened.journal_watch is not None
    return opened


def test_a_command_line_add_shows_on_the_pages_and_in_the_status_bar(
    qtbot, window, journal_path: Path
) -> None:
    week_before = window.week_label.text()
    insights = window.show_page("insights")
    insights.range.setCurrentIndex(insights.range.findData("all"))
    qtbot.waitUntil(lambda: insights.insights is not None, timeout=20_000)
    assert insights.insights.totals.hours == 1.0

    cli(journal_path, "add", "--date", "today", "--hours", "2", "--value", "8",
        "--client", "Acme", "--title", "from the shell")  # fmt: skip
    qtbot.waitUntil(lambda: insights.insights.totals.hours == 3.0, timeout=NOTICE_MS)
    assert insights.insights.totals.sessions == 2
    assert window.week_label.text() != week_before and "2" in window.week_label.text()
    window.show_page("journal")  # it was not shown: it catches up now
    assert shown_titles(window) == ["from the shell", "old"]
    assert window.journal_watch.noticed == 1


def test_the_windows_own_typed_add_is_not_read_twice_and_undo_still_works(
    qtbot, window, journal_path: Path
) -> None:
    page = window.pages["journal"]
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    changes: list[int] = []
    window.context.journal_changed.connect(lambda: changes.append(1))
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    assert focused() is page.entry.hours
    type_text(qtbot, "1:30")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Zephyr")  # a new client (an old one's completion list would pop up)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "typed here")
    press(qtbot, Qt.Key.Key_Return)
    assert titles(journal_path) == ["old", "typed here"]
    qtbot.wait(2500)  # two looks of the watch and more
    assert (len(changes), window.journal_watch.noticed) == (1, 0)  # the add's own refresh only

    with Journal.open(journal_path) as other:  # another program, on its own connection
        other.add_session(Session(day=date.today(), minutes=30, value=6, title="outside"))
    qtbot.waitUntil(lambda: window.journal_watch.noticed == 1, timeout=NOTICE_MS)
    assert shown_titles(window) == ["old", "outside", "typed here"]

    press(qtbot, Qt.Key.Key_Z, CTRL)  # the window's own step, not the outside add
    assert titles(journal_path) == ["old", "outside"]
    assert shown_titles(window) == ["old", "outside"]
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert titles(journal_path) == ["old", "outside", "typed here"]
    assert not window.context.undo_stack.canRedo()
    qtbot.wait(1500)
    assert window.journal_watch.noticed == 1  # undo and redo are the window's own


def test_an_outside_invoice_shows_on_the_insights_overdue_list(qtbot, journal_path: Path) -> None:
    with Journal.open(journal_path, owner="Ana") as journal:
        for day in (5, 6):
            journal.add_session(Session(day=date(2026, 1, day), minutes=120, value=7,
                                        client="Acme", title=f"d{day}", pay_minor=20000,
                                        status=PayStatus.PENDING))  # fmt: skip
    window = open_window(qtbot, journal_path, size=(1280, 800))
    page = window.show_page("insights")
    page.range.setCurrentIndex(page.range.findData("all"))
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=20_000)
    assert not page.overdue.isVisible()

    cli(journal_path, "invoice", "add", "A-7", "--client", "Acme", "--from", "2026-01-01",
        "--to", "2026-01-31", "--sent", "2026-02-01", "--due", "2026-02-15")  # fmt: skip
    qtbot.waitUntil(lambda: page.overdue.isVisible(), timeout=NOTICE_MS)
    assert "<b>A-7</b>, Acme: €400.00, due 15/02/2026" in page.overdue.text()


def test_an_open_modal_dialog_holds_the_re_read_back(qtbot, window, journal_path: Path) -> None:
    seen_while_open: list[int] = []

    def while_open(dialog) -> None:
        with Journal.open(journal_path) as other:
            other.add_session(Session(day=date.today(), minutes=30, value=6, title="outside"))
        qtbot.wait(2500)
        seen_while_open.append(window.journal_watch.noticed)
        dialog.close()

    on_modal(qtbot, while_open)
    window.show_shortcuts()  # F1's sheet, a modal dialog
    assert seen_while_open == [0]
    qtbot.waitUntil(lambda: window.journal_watch.noticed == 1, timeout=NOTICE_MS)
    assert shown_titles(window) == ["old", "outside"]


def test_review_mode_has_no_watch(qtbot, journal_path: Path, tmp_path: Path) -> None:
    with Journal.open(journal_path, owner="Ana") as journal:
        journal.add_session(Session(day=date(2026, 8, 3), minutes=60, value=5, title="q3"))
        share = tmp_path / "ana.vjshare"
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"))
    window = open_review_window(qtbot, [share], "review")
    assert window.journal_watch is None


def test_a_re_read_while_typing_leaves_the_cursor_where_it_was(
    qtbot, window, journal_path: Path
) -> None:
    page = window.pages["journal"]
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.entry.client
    type_text(qtbot, "Tyed")
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    with Journal.open(journal_path) as other:
        other.add_session(Session(day=date.today(), minutes=30, value=6, title="outside"))
    qtbot.waitUntil(lambda: window.journal_watch.noticed == 1, timeout=NOTICE_MS)
    type_text(qtbot, "p")
    assert page.entry.client.currentText() == "Typed"
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Left, SHIFT)  # "[Typ]ed": selected leftwards from "Typ|ed"
    with Journal.open(journal_path) as other:
        other.add_session(Session(day=date.today(), minutes=30, value=6, title="outside 2"))
    qtbot.waitUntil(lambda: window.journal_watch.noticed == 2, timeout=NOTICE_MS)
    press(qtbot, Qt.Key.Key_Left, SHIFT)  # at the start already: the selection stays "Typ"
    type_text(qtbot, "i")  # replaces the selection
    assert page.entry.client.currentText() == "ied"
