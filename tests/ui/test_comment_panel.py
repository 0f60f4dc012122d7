"""The Journal page's comment panel opens for a session with comments and can be closed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from valuejournal.core.entities import Comment, CommentTarget, Session
from valuejournal.ui.session_model import COLUMNS

KEYS = [k for k, _label in COLUMNS]


def _window_with_comments(qtbot, journal_path):
    from valuejournal.store.journal import Journal
    from valuejournal.ui.app import build_window

    with Journal.open(journal_path, owner="Ann") as journal:
        quiet = journal.add_session(Session(day=date(2026, 9, 1), minutes=60, value=5))
        talked = journal.add_session(Session(day=date(2026, 9, 2), minutes=90, value=9))
        journal.add_comments(
            [Comment(CommentTarget.SESSION, "Why so high?", "Cora", target_uuid=talked.uuid)]
        )
    window = build_window(journal_path, ask_first_start=False)
    window.resize(1280, 800)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.journal_loaded, timeout=20_000):
        pass
    page = window.pages["journal"]
    page.table.clearSelection()
    return window, page, quiet.uuid, talked.uuid


def _select_by_keys(qtbot, page, uuid: str) -> None:
    """Arrow keys in the list, as a person moves through it."""
    page.table.setFocus()
    for _ in range(page.model.rowCount()):
        qtbot.keyClick(page.table, Qt.Key.Key_Up)
    while page.selected_uuids() != [uuid]:
        assert page.table.currentIndex().row() < page.model.rowCount() - 1, (
            page.selected_uuids(),
            uuid,
            [page.model.session_at(r).uuid for r in range(page.model.rowCount())],
        )
        qtbot.keyClick(page.table, Qt.Key.Key_Down)


def test_panel_opens_for_a_commented_session_and_closes(qtbot, journal_path) -> None:
    window, page, quiet, talked = _window_with_comments(qtbot, journal_path)
    panel = page.comment_panel
    assert not panel.isVisible()  # nothing selected: the list keeps its width
    assert page.comments_button.isVisible()
    _select_by_keys(qtbot, page, quiet)
    assert not panel.isVisible()
    _select_by_keys(qtbot, page, talked)
    assert panel.isVisible()
    assert [c.comment.body for c in panel.list.cards] == ["Why so high?"]
    assert page.comments_button.text() == "Comments (1)" and page.comments_button.isChecked()
    header = page.table.horizontalHeader()
    for key in ("value", "mood", "tags"):  # the open panel hides no column
        col = KEYS.index(key)
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert header.sectionViewportPosition(col) >= 0
        assert right <= page.table.viewport().width(), key
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and not page.comments_button.isChecked()
    _select_by_keys(qtbot, page, quiet)
    _select_by_keys(qtbot, page, talked)
    assert not panel.isVisible()  # closed by the person: stays closed
    qtbot.mouseClick(page.comments_button, Qt.MouseButton.LeftButton)
    assert panel.isVisible()
    window.close()


def test_nothing_selected_says_one_thing(qtbot, journal_path) -> None:
    window, page, _quiet, _talked = _window_with_comments(qtbot, journal_path)
    qtbot.mouseClick(page.comments_button, Qt.MouseButton.LeftButton)
    panel = page.comment_panel
    assert panel.isVisible()
    assert panel.about.isVisible() and panel.about.text() == "Select a session to see its comments."
    assert not panel.list.isVisible()
    window.close()


def test_no_comments_no_panel_no_button(main_window) -> None:
    page = main_window.pages["journal"]
    assert not page.comment_panel.isVisible()
    assert not page.comments_button.isVisible()
