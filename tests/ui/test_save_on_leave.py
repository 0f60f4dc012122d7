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
