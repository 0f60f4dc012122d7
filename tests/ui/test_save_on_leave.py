"""A page that autosaves after a pause saves at once when it is left or its window closes."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from valuejournal.ui.widgets.save_on_leave import SaveOnLeave


def test_saves_when_the_page_is_left_and_before_the_window_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    page, other = QWidget(), QWidget()
    stack.addWidget(page)
    stack.addWidget(other)
    window.setCentralWidget(stack)
    saved: list[str] = []
    SaveOnLeave(page, lambda: saved.append("saved"))
    window.show()
    qtbot.waitExposed(window)
    assert saved == []
    stack.setCurrentWidget(other)  # another page
    assert saved == ["saved"]
    stack.setCurrentWidget(page)
    before = len(saved)
    window.close()
    assert len(saved) > before


def test_save_pending_saves_every_page_under_a_widget_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    from valuejournal.ui.widgets.save_on_leave import save_pending

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    pages = [QWidget(), QWidget(), QWidget()]
    saved: list[int] = []
    for i, page in enumerate(pages):
        stack.addWidget(page)
        if i != 1:
            SaveOnLeave(page, lambda i=i: saved.append(i))
    save_pending(stack)  # nothing was shown or hidden
    assert sorted(saved) == [0, 2]
