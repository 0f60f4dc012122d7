"""The main window's menus and shortcuts do what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from valuejournal.ui.pages import page_factories

KEYS = [key for key, _label, _factory in page_factories()]


def _go_actions(window):
    menu = next(
        m for m in window.menuBar().findChildren(type(window.file_menu)) if "Go" in m.title()
    )
    # the pages' actions (Go → Weekly review… follows them, after a separator)
    return [
        a for a in menu.actions() if not a.isSeparator() and a is not window.weekly_review_action
    ]


@pytest.mark.parametrize("row", range(len(KEYS)))
def test_ctrl_digit_shows_its_page(qtbot, main_window, row: int) -> None:
    start = (row + 1) % len(KEYS)  # start on another page, so staying put would fail
    main_window.sidebar.setCurrentRow(start)
    assert main_window.stack.currentWidget() is main_window.pages[KEYS[start]]
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    assert main_window.sidebar.currentRow() == row
    assert main_window.stack.currentWidget() is main_window.pages[KEYS[row]]


def test_every_go_action_shows_its_page(main_window) -> None:
    actions = _go_actions(main_window)
    assert len(actions) == len(KEYS)
    for row in reversed(range(len(KEYS))):
        actions[row].trigger()  # triggered(checked=False) must not become the row
        assert main_window.stack.currentWidget() is main_window.pages[KEYS[row]], actions[
            row
        ].text()


def _on_next_modal(act):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[object] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        seen.append(act(dialog))
        dialog.close()

    QTimer.singleShot(0, step)
    return seen


def test_f1_shows_every_shortcut(qtbot, main_window) -> None:
    seen = _on_next_modal(lambda d: list(d.rows))
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    (rows,) = seen
    assert ("Go", "Ctrl+2", "Insights") in rows
    assert ("Edit", "Ctrl+,", "Settings") in rows
    assert ("Help", "F1", "Keyboard shortcuts") in rows
    assert any(keys == "Ctrl+N" for _where, keys, _what in rows)


def test_about_names_the_versions(qtbot, main_window) -> None:
    import sqlite3
    import sys

    from PySide6.QtCore import qVersion

    from valuejournal import __version__

    seen = _on_next_modal(lambda d: d.text())
    about = next(a for a in main_window.help_menu.actions() if "About" in a.text())
    about.trigger()
    (text,) = seen
    from importlib.metadata import version

    import PySide6

    for part in (__version__, sys.version.split()[0], qVersion(), sqlite3.sqlite_version):
        assert part in text
    assert f"PySide6</td><td>{PySide6.__version__}<" in text
    assert f"matplotlib</td><td>{version('matplotlib')}<" in text
    from valuejournal.store.engine import HEAD_REVISION

    assert f"Journal schema</td><td>{HEAD_REVISION} (this app writes {HEAD_REVISION})" in text


def test_open_log_folder(main_window, monkeypatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from valuejournal import paths

    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True)
    )
    action = next(a for a in main_window.help_menu.actions() if "log folder" in a.text())
    action.trigger()
    assert opened == [QUrl.fromLocalFile(str(paths.log_dir()))]
    assert paths.log_dir().is_dir()


def _wait_for_journal(qtbot, window, path) -> None:
    qtbot.waitUntil(
        lambda: window.context is not None and window.context.journal.path == path,
        timeout=20_000,
    )


def test_open_recent_and_back_to_my_journal(qtbot, main_window, tmp_path) -> None:
    from valuejournal import paths

    first = main_window.context.journal.path
    other = tmp_path / "other.vjournal"
    main_window.open_journal(other)
    _wait_for_journal(qtbot, main_window, other)
    main_window._fill_recent()
    entries = [a for a in main_window.recent_menu.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(other.resolve()), str(first.resolve())]
    entries[1].trigger()
    _wait_for_journal(qtbot, main_window, first.resolve())
    main_window.my_journal_action.trigger()
    _wait_for_journal(qtbot, main_window, paths.default_journal())
    assert paths.default_journal().is_file()


def test_insights_remembers_range_and_period(qtbot, journal_path) -> None:
    from valuejournal.ui.app import build_window

    def open_insights():
        window = build_window(journal_path, ask_first_start=False)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.journal_loaded, timeout=20_000):
            pass
        return window, window.show_page("insights")

    window, page = open_insights()
    assert page.range.currentData() == "year" and page.period.currentData() == "week"
    page.range.setFocus()
    qtbot.keyClick(page.range, Qt.Key.Key_Down)  # "All time"
    page.period.setFocus()
    qtbot.keyClick(page.period, Qt.Key.Key_Down)  # "by month"
    assert (page.range.currentData(), page.period.currentData()) == ("all", "month")
    window.close()
    window, page = open_insights()
    assert (page.range.currentData(), page.period.currentData()) == ("all", "month")
    window.close()


def test_the_window_paints_before_babel_is_loaded(tmp_path) -> None:
    """Start-up (issue 9): babel (CLDR data, ~30 ms) is loaded once the window has painted,
    and then the person's locale applies to Qt too."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QLocale, QTimer
        from valuejournal.ui.app import build_window, ensure_app
        app = ensure_app()
        window = build_window(Path(sys.argv[1]), ask_first_start=False)
        def painted():
            print("babel at paint:", "babel" in sys.modules, flush=True)
            QTimer.singleShot(50, after)
        def after():
            print("babel after:", "babel" in sys.modules, QLocale().name(), flush=True)
            app.quit()
        window.first_painted.connect(painted)
        app.exec()
        """
    )
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VALUEJOURNAL_HOME=str(home))
    env["LC_ALL"] = "de_DE.UTF-8"
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "j.vjournal")],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert "babel at paint: False" in out
    assert "babel after: True de_DE" in out


def test_the_first_window_fits_a_small_laptop_screen(qtbot, journal_path) -> None:
    """No saved geometry: 1280×800 on a big screen, less on a 1366×768 laptop (the window
    and its frame fit), and on the screen it opens on."""
    from PySide6.QtCore import QRect, QSize

    from tests.helpers.windows import open_window
    from valuejournal.ui.main_window import first_size

    assert first_size(QRect(0, 0, 1920, 1080)) == QSize(1280, 800)
    assert first_size(QRect(0, 0, 1366, 768)) == QSize(1280, 708)
    window = open_window(qtbot, journal_path)
    available = window.screen().availableGeometry()
    assert window.height() <= available.height() - 60
    assert window.width() <= max(available.width() - 40, window.minimumSizeHint().width())
