"""The real main window as the app builds it, for GUI tests: one way to open it and wait."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

LOAD_TIMEOUT = 20_000  # ms: opening a journal imports SQLAlchemy and may migrate


def open_window(qtbot: Any, journal: Path, *, size: tuple[int, int] | None = None) -> Any:
    """The main window on ``journal``, shown, loaded and its Journal page built.

    It is registered with ``qtbot``, which closes it at the end of the test (closing it
    earlier, e.g. to reopen the journal, is fine)."""
    from valuejournal.ui.app import build_window

    window = build_window(journal, ask_first_start=False)
    if size is not None:
        window.resize(*size)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "journal" in window.pages, timeout=LOAD_TIMEOUT)
    return window


def open_review_window(qtbot: Any, files: Sequence[Path], title_part: str) -> Any:
    """The main window in review mode on these share files, once its title has
    ``title_part`` (the share shown, or the person's own journal when none opened)."""
    from valuejournal.ui.app import build_review_window

    window = build_review_window(files)
    qtbot.addWidget(window)
    wait_for_title(qtbot, window, title_part)
    return window


def wait_for_title(qtbot: Any, window: Any, title_part: str) -> None:
    """Wait until a journal is shown whose window title contains ``title_part``."""
    qtbot.waitUntil(
        lambda: window.context is not None and title_part in window.windowTitle(),
        timeout=LOAD_TIMEOUT,
    )
