"""The newest sessions are on screen before the journal has opened (read with sqlite3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from valuejournal.ui.app import build_window


def open_and_watch(qtbot: Any, path: Path) -> tuple[Any, list[tuple[Any, bool, Any]]]:
    window = build_window(path, ask_first_start=False)
    qtbot.addWidget(window)
    seen: list[tuple[Any, bool, Any]] = []

    def previewed() -> None:
        preview = window._preview
        shown = window.stack.currentWidget() is preview and preview.isVisible()
        seen.append((preview.model.session_at(0), shown, window.context))

    window.sessions_previewed.connect(previewed)
    with qtbot.waitSignal(window.journal_loaded, timeout=20_000):
        pass
    return window, seen


def test_the_newest_sessions_show_while_the_journal_opens(qtbot: Any, demo_path: Path) -> None:
    window, seen = open_and_watch(qtbot, demo_path)
    ((newest, shown, context),) = seen
    assert shown and context is None  # on screen before the journal was open
    page = window.pages["journal"]
    assert page.model.session_at(0).uuid == newest.uuid  # the same newest session
    assert window._preview is None and window.stack.currentWidget() is page


def test_a_new_journal_has_nothing_to_preview(qtbot: Any, journal_path: Path) -> None:
    window, seen = open_and_watch(qtbot, journal_path)
    assert seen == [] and window.stack.currentWidget() is window.pages["journal"]
