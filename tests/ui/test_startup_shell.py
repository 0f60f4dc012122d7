"""Start-up (issue 9): the first paint waits only for the window's shell.

Each test runs the app in a fresh process, as a person starts it: what was imported and which
PySide types were made is only true of a process that has done nothing else.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SHELL_MODULES = {
    "valuejournal",
    "valuejournal.core",
    "valuejournal.core.dates",
    "valuejournal.core.errors",
    "valuejournal.core.formats",
    "valuejournal.core.i18n",
    "valuejournal.core.insights",
    "valuejournal.core.insights.thresholds",
    "valuejournal.core.periods",
    "valuejournal.core.reminders",
    "valuejournal.paths",
    "valuejournal.report",
    "valuejournal.report.language",
    "valuejournal.settings",
    "valuejournal.ui",
    "valuejournal.ui.app",
    "valuejournal.ui.i18n",
    "valuejournal.ui.main_window",
    "valuejournal.ui.pages",
    "valuejournal.ui.settings",
    "valuejournal.ui.theme",
}
"""What the first paint may import of the app: the window's shell, settings, language, theme."""

PROGRAM = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    import PySide6.QtCore
    from PySide6.QtCore import QTimer
    from valuejournal.ui.app import build_window, ensure_app

    app = ensure_app()
    window = build_window(Path(sys.argv[1]), ask_first_start=False)
    seen = {}

    def painted():
        seen["qt_namespace"] = "Qt" in vars(PySide6.QtCore)
        seen["modules"] = sorted(m for m in sys.modules if m.startswith("valuejournal"))
        seen["menus"] = [m.title() for m in (window.file_menu, window.edit_menu,
                                             window.go_menu, window.help_menu)]
        seen["entries_at_paint"] = len(window.file_menu.actions())
        from PySide6.QtCore import Qt  # after the look above

        seen["message_centred"] = window.message.alignment() == Qt.AlignmentFlag.AlignCenter

    def loaded():
        seen["entries"] = len(window.file_menu.actions())
        seen["undo"] = window.undo_action.shortcut().toString()
        seen["banner"] = window.conflict_banner.isHidden()
        seen["page"] = window.stack.currentWidget() is window.pages["journal"]
        seen["sidebar_scroll"] = window.sidebar.horizontalScrollBarPolicy().name
        print(json.dumps(seen), flush=True)
        app.quit()

    window.first_painted.connect(painted)
    window.journal_loaded.connect(lambda: QTimer.singleShot(0, loaded))
    window.journal_failed.connect(lambda text: (print(text), app.quit()))
    app.exec()
    """
)


def _run(tmp_path: Path, code: str, *args: str) -> dict[str, object]:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VALUEJOURNAL_HOME=str(home))
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def test_the_first_paint_imports_only_the_shell(tmp_path) -> None:
    seen = _run(tmp_path, PROGRAM, str(tmp_path / "j.vjournal"))
    assert seen["qt_namespace"] is False  # ~100 enums, ~20 ms: none before the first paint
    extra = set(seen["modules"]) - SHELL_MODULES  # type: ignore[arg-type]
    assert not extra, f"imported before the first paint: {sorted(extra)}"
    assert seen["menus"] == ["&File", "&Edit", "&Go", "&Help"]  # the bar does not jump
    assert seen["entries_at_paint"] == 0
    assert seen["message_centred"] is True  # "Opening your journal…", by the style sheet


def test_after_the_first_paint_the_window_is_whole(tmp_path) -> None:
    seen = _run(tmp_path, PROGRAM, str(tmp_path / "j.vjournal"))
    assert int(seen["entries"]) > 10  # type: ignore[call-overload]
    assert seen["undo"] == "Ctrl+Z"
    assert seen["banner"] is True  # made, hidden: no conflict copies
    assert seen["page"] is True
    assert seen["sidebar_scroll"] == "ScrollBarAlwaysOff"  # from the style sheet


SCHEME = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtGui import QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication
    from valuejournal.ui import theme

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "dark":  # a platform whose palette is dark (Qt's, for a dark scheme)
        app.setPalette(theme.dark_palette())
    guessed = theme.apply_theme("")
    window_colour = QGuiApplication.palette().color(QPalette.ColorRole.Window).name()
    theme.settle_system_scheme()  # offscreen: Qt knows no scheme, so the palette's stays
    print(json.dumps({"guessed": guessed, "settled": theme.is_dark(), "window": window_colour,
                      "light_later": theme.apply_theme("light"), "dark_later":
                      theme.apply_theme("dark"), "system_later": theme.apply_theme("")}))
    """
)


def test_the_system_scheme_is_read_off_the_palette_until_the_first_paint(tmp_path) -> None:
    light = _run(tmp_path, SCHEME, "light")
    assert (light["guessed"], light["settled"]) == (False, False)
    dark = _run(tmp_path, SCHEME, "dark")
    assert (dark["guessed"], dark["settled"]) == (True, True)
    assert dark["window"] == "#2b2d30"  # the app's own dark palette, its tones with it
    # after the first paint the scheme is Qt's (offscreen: none, so light) and a choice wins
    assert (dark["light_later"], dark["dark_later"], dark["system_later"]) == (
        False, True, False,
    )  # fmt: skip
