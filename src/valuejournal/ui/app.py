"""Starting the GUI: QApplication, style, the window on screen, then the journal.

`build_window` (one's own journal) and `build_review_window` (a coach's review of shared
journals) do everything but enter the event loop, for tests and benchmarks; `run_gui` and
`run_review` run the loop.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from valuejournal import APP_ID, APP_NAME, paths
from valuejournal.ui.main_window import MainWindow

if TYPE_CHECKING:
    from valuejournal.store.untrusted import OpenedFile

log = logging.getLogger(__name__)


_DRESSED = "valuejournal_dressed"


def ensure_app() -> QApplication:
    """The QApplication, created once with the app's names, style sheet and icon; the
    person's language, locale and theme applied (again) at each call."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not app.property(_DRESSED):  # once: run_gui and build_window both ask
        app.setProperty(_DRESSED, True)
        app.setApplicationName(APP_NAME)
        app.setOrganizationName("valuejournal")
        app.setDesktopFileName(APP_ID)
        assets = paths.assets_dir()
        from valuejournal.ui.theme import set_style_sheet

        set_style_sheet((assets / "style.qss").read_text(encoding="utf-8"))  # with the tones
        icon = QPixmap()
        icon.loadFromData((assets / "icons" / "valuejournal.svg").read_bytes())
        app.setWindowIcon(QIcon(icon))
    from valuejournal import settings
    from valuejournal.ui.i18n import apply_locale, set_language
    from valuejournal.ui.theme import apply_theme

    prefs = settings.load()
    apply_locale(prefs.locale)
    set_language(prefs.language)
    apply_theme(prefs.theme)  # until the first paint, "" reads the system's off the palette
    return app


def build_window(journal: Path | None, *, ask_first_start: bool = True) -> MainWindow:
    """Create and show the main window, then start opening the journal.

    With no ``journal`` the default one is used; if it does not exist yet and
    ``ask_first_start`` is set, the person chooses between an empty and a demo journal.
    """
    ensure_app()
    window = MainWindow()
    window.weekly_review_at_start = ask_first_start  # tests open windows without either
    window.show()
    path = journal or paths.default_journal()
    if journal is None and not path.exists() and ask_first_start:
        from valuejournal.ui.first_start import DEMO
        from valuejournal.ui.first_start import ask_first_start as ask

        if ask(window) == DEMO:
            window.open_demo(paths.data_dir() / "demo.vjournal")
            return window
    window.open_journal(path)
    return window


def build_review_window(
    files: Sequence[Path] = (), opened: Sequence[OpenedFile] = ()
) -> MainWindow:
    """The main window in review mode: shows, then opens the shares off the GUI thread
    with progress (`ui.share_opening`, asking passphrases).

    ``opened`` are shares already checked (the command line did it); ``files`` still need
    their passphrase. If none can be opened, the person's own journal opens instead.
    """
    ensure_app()
    window = MainWindow()
    window.show()

    def opened_none(count: int) -> None:
        if not count:
            window.open_journal(paths.default_journal())

    def start() -> None:
        window.review.open_files(files, opened, on_done=opened_none)

    QTimer.singleShot(10, start)
    return window


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            APP_NAME,
            f"Something went wrong: {value}\n"
            "Details were written to the log; your journal is saved.",
        )

    sys.excepthook = hook


def run_gui(journal: Path | None) -> int:
    """Run the desktop app until its window closes; returns the exit status."""
    _install_excepthook()
    app = ensure_app()
    from valuejournal.ui.single_instance import ask_running

    if ask_running(journal or paths.default_journal()):  # one window per journal
        print(f"{APP_NAME} is already open on that journal; it was brought forward.")
        return 0
    window = build_window(journal)
    code = app.exec()
    del window
    return int(code)


def run_review(files: Sequence[Path], opened: Sequence[OpenedFile]) -> int:
    """`valuejournal review`: the GUI in review mode until its window closes."""
    app = ensure_app()
    window = build_review_window(files, opened)
    code = app.exec()
    from valuejournal.ui import tasks

    tasks.wait_for_tasks()  # a share still opening ends before the caller closes its files
    del window
    return int(code)
