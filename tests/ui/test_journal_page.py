"""The Journal page used as a person would: keyboard entry, list, edit, delete, undo, filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import activate, focused, press, type_text
from tests.helpers.windows import open_window
from valuejournal.core.entities import PayStatus, Session
from valuejournal.store.journal import Journal
from valuejournal.ui import dialogs
from valuejournal.ui.dialogs.session_dialog import SessionDialog


def page_of(window):
    return window.pages["journal"]


def type_session(qtbot, page, hours: str, client: str, title: str, value: str) -> None:
    """Keyboard only: Ctrl+N, then Tab through the fields, Enter to save."""
    page.window().activateWindow()
    qtbot.waitUntil(lambda: activate(page.window()), timeout=10000)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.entry.hours
    for text, field in ((hours, page.entry.client), (client, page.entry.title),
                        (title, page.entry.value)):  # fmt: skip
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
        if field is page.entry.value:  # past the project, left empty
            assert focused() is page.entry.project
            press(qtbot, Qt.Key.Key_Tab)
        assert focused() is field
    type_text(qtbot, value)
    press(qtbot, Qt.Key.Key_Return)


def stored(path: Path) -> list[Session]:
    with Journal.open(path) as journal:
        return journal.all_sessions()


def test_window_title_and_pages(main_window, journal_path: Path) -> None:
    assert main_window.windowTitle() == f"Value Journal — {journal_path.stem}"
    labels = [main_window.sidebar.item(r).text() for r in range(5)]
    assert labels == ["Journal", "Insights", "Clients", "Reflections", "Coach"]
    assert set(main_window.pages) == {"journal"}  # the other pages are built when first shown
    assert main_window.show_page("clients") is main_window.pages["clients"]
    assert main_window.sidebar.currentRow() == 2
    main_window.sidebar.setCurrentRow(3)  # a row shows its own page
    assert main_window.stack.currentWidget() is main_window.pages["reflections"]


def test_type_a_session_with_the_keyboard_and_find_it(qtbot, main_window, journal_path) -> None:
    page = page_of(main_window)
    type_session(qtbot, page, "2.5", "Acme", "Wrote the proposal", "8")
    (session,) = stored(journal_path)
    assert (session.minutes, session.client, session.title, session.value) == (
        150, "Acme", "Wrote the proposal", 8)  # fmt: skip
    assert session.day == date.today()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "Wrote the proposal"
    # the form is ready for the next one: title cleared, date and client kept
    assert page.entry.title.text() == ""
    assert page.entry.client.currentText() == "Acme"


def test_invalid_entry_shows_the_problem_and_stores_nothing(
    qtbot, main_window, journal_path
) -> None:
    page = page_of(main_window)
    page.entry.pay.setFocus()
    type_text(qtbot, "12x")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "amount" in page.entry.error_label.text()
    assert "amount" in page.entry.pay.note.full_text()
    assert stored(journal_path) == []


def test_edit_delete_undo_redo(qtbot, main_window, journal_path, monkeypatch) -> None:
    page = page_of(main_window)
    type_session(qtbot, page, "1", "Acme", "First", "5")
    original = stored(journal_path)[0]
    page.table.selectRow(0)
    monkeypatch.setattr(
        SessionDialog,
        "ask",
        classmethod(lambda cls, p, s, c, choices=None: replace(s, title="Edited")),
    )
    page.edit_selected()
    assert stored(journal_path)[0].title == "Edited"
    main_window.undo_action.trigger()
    assert stored(journal_path)[0].title == "First"
    main_window.redo_action.trigger()
    assert stored(journal_path)[0].title == "Edited"

    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)
    page.table.selectRow(0)
    page.delete_selected()
    assert len(stored(journal_path)) == 1
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    page.table.selectRow(0)
    page.delete_selected()
    assert stored(journal_path) == []
    assert page.model.rowCount() == 0
    main_window.undo_action.trigger()
    (back,) = stored(journal_path)
    assert back.uuid == original.uuid and back.title == "Edited"
    assert page.model.rowCount() == 1


def test_undo_of_an_add_removes_it(qtbot, main_window, journal_path) -> None:
    page = page_of(main_window)
    type_session(qtbot, page, "1", "", "Solo", "3")
    assert len(stored(journal_path)) == 1
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(journal_path) == []


@pytest.fixture
def filled_window(qtbot, journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.add_sessions_bulk(
            [
                Session(
                    day=date(2025, 1, d),
                    minutes=60,
                    client="Acme" if d % 2 else "Beta",
                    title=f"job {d}",
                    value=None if d == 4 else 6,
                    pay_minor=1000 if d % 3 == 0 else 0,
                    status=PayStatus.PENDING if d % 3 == 0 else PayStatus.NONE,
                )
                for d in range(1, 11)
            ]  # fmt: skip
        )
    window = open_window(qtbot, journal_path)
    yield window
    window.close()


def test_filters(qtbot, filled_window) -> None:
    page = page_of(filled_window)
    assert page.model.rowCount() == 10
    page.filters.client.setCurrentIndex(page.filters.client.findData("Beta"))
    assert page.model.rowCount() == 5
    page.filters.client.setCurrentIndex(0)
    page.filters.status.setCurrentIndex(page.filters.status.findData(PayStatus.PENDING.value))
    assert page.model.rowCount() == 3
    page.filters.status.setCurrentIndex(0)
    page.filters.to_rate.setChecked(True)
    assert page.model.rowCount() == 1
    page.filters.to_rate.setChecked(False)
    qtbot.keyClicks(page.filters.search, "job 1")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    page.filters.search.clear()
    page.filters.range.setCurrentIndex(page.filters.range.findData("custom"))
    filled_window.activateWindow()
    qtbot.waitUntil(lambda: activate(filled_window), timeout=10000)
    for field, typed in ((page.filters.start, "2025-01-03"), (page.filters.end, "2025-1-5")):
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    assert page.filters.end.text() == "05/01/2025"  # British English


def test_sorting_by_a_column(filled_window) -> None:
    page = page_of(filled_window)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    titles = [page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())]
    assert titles == sorted(titles)


def test_lazy_paging_loads_more_on_demand(qtbot, journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_sessions_bulk(
            [Session(day=date(2024, 1, 1 + i % 28), minutes=30, title=str(i)) for i in range(450)]
        )
    from valuejournal.ui.session_model import PAGE_SIZE

    window = open_window(qtbot, journal_path)
    model = page_of(window).model
    assert model.total == 450
    assert model.rowCount() == PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    window.close()


def test_data_is_there_after_reopening(qtbot, main_window, journal_path) -> None:
    type_session(qtbot, page_of(main_window), "3", "Acme", "Persisted", "9")
    main_window.close()
    again = open_window(qtbot, journal_path)
    page = page_of(again)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "Persisted"
    assert page.entry.client.currentText() == "Acme"
    again.close()


def test_geometry_is_remembered(qtbot, main_window, journal_path) -> None:
    main_window.resize(main_window.minimumSizeHint().width() + 10, 520)
    size = (main_window.width(), main_window.height())
    main_window.close()
    from valuejournal.ui.app import build_window

    again = build_window(journal_path, ask_first_start=False)
    qtbot.addWidget(again)
    # the offscreen test screen is 800 px wide, so restoring clamps the width to it
    assert again.height() == size[1]
    assert again.width() == min(size[0], again.screen().availableGeometry().width() - 2)
    qtbot.waitUntil(lambda: "journal" in again.pages, timeout=20_000)
    again.close()


def test_ctrl_end_and_ctrl_home_go_to_the_last_and_first_session(
    qtbot, demo_path: Path, monkeypatch
) -> None:
    """Ctrl+End selects the oldest session even beyond the rows loaded; Delete then deletes
    that one. (The view's own keys only moved its cursor within the first page.)"""
    window = open_window(qtbot, demo_path)
    page = page_of(window)
    newest_first = stored(demo_path)[::-1]  # the list's order: day, then id, newest first
    assert len(newest_first) > page.model.rowCount()  # not all of them loaded yet
    qtbot.waitUntil(lambda: activate(window), timeout=10000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    ctrl = Qt.KeyboardModifier.ControlModifier

    def selected() -> list[str]:
        rows = page.table.selectionModel().selectedRows()
        return [page.model.session_at(i.row()).uuid for i in rows]

    press(qtbot, Qt.Key.Key_End, ctrl)
    assert selected() == [newest_first[-1].uuid]
    press(qtbot, Qt.Key.Key_Up)  # the keys go on from there
    assert selected() == [newest_first[-2].uuid]
    press(qtbot, Qt.Key.Key_Home, ctrl)
    assert selected() == [newest_first[0].uuid]
    press(qtbot, Qt.Key.Key_End, ctrl)
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    press(qtbot, Qt.Key.Key_Delete)
    assert {s.uuid for s in stored(demo_path)} == {s.uuid for s in newest_first[:-1]}
    window.close()


def test_a_change_made_on_another_page_is_listed_when_the_journal_is_shown_again(
    qtbot, main_window, journal_path
) -> None:
    """While Insights is shown the hidden list is not re-read at each change (an edit there
    stays fast); Ctrl+1 back to the Journal shows the change."""
    page = page_of(main_window)
    type_session(qtbot, page, "2", "Acme", "Drafted the brochure", "7")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.isVisible())
    reloads: list[int] = []
    page.model.modelReset.connect(lambda: reloads.append(1))
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the add
    assert stored(journal_path) == []
    assert reloads == [] and page.model.rowCount() == 1  # not re-read while hidden
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.isVisible())
    assert reloads and page.model.rowCount() == 0
    assert page.count_label.text() == "0 sessions"


def test_ctrl_z_right_after_enter_takes_the_add_back(qtbot, main_window, journal_path) -> None:
    """Enter leaves the focus in the hours field; Ctrl+Z there is the journal's undo, not the
    field's (a line edit claimed the key and undid its own typing, the session stayed)."""
    page = page_of(main_window)
    type_session(qtbot, page, "1:30", "Acme", "Logo sketches", "7")
    assert len(stored(journal_path)) == 1
    assert focused() is page.entry.hours
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(journal_path) == []
    assert page.entry.hours.text() == "1:30"  # the field kept what was typed
    press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    (back,) = stored(journal_path)
    assert (back.minutes, back.client, back.title) == (90, "Acme", "Logo sketches")
    # typing in a field again: Ctrl+Z undoes the typing first, the journal keeps the session
    type_text(qtbot, "2")
    assert page.entry.hours.text() == "2"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.entry.hours.text() == "1:30"
    assert len(stored(journal_path)) == 1
