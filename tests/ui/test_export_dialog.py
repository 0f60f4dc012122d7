"""Export PDF: an existing folder is suggested, and a bad path keeps the dialog open."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from valuejournal.ui.settings import app_settings
from valuejournal.ui.widgets import reflection_export
from valuejournal.ui.widgets.reflection_export import ExportDialog


@pytest.fixture
def bare_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder without Documents (as on a fresh account)."""
    home = tmp_path / "person"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def test_without_documents_the_home_folder_is_suggested(bare_home: Path) -> None:
    assert not (bare_home / "Documents").exists()
    path = reflection_export.default_path("2026-Q3", "Ana")
    assert path.parent == bare_home and path.parent.is_dir()
    assert path.suffix == ".pdf" and "2026-Q3" in path.name and "Ana" in path.name


def test_the_last_folder_is_remembered_while_it_exists(bare_home: Path, tmp_path: Path) -> None:
    used = tmp_path / "reports"
    used.mkdir()
    app_settings().setValue("report/folder", str(used))
    assert reflection_export.default_folder() == used
    used.rmdir()
    assert reflection_export.default_folder() == bare_home


def test_a_missing_folder_keeps_the_dialog_open(
    qtbot, bare_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    dialog = ExportDialog(reflection_export.default_path("2026-Q3", "Ana"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setFocus()
    dialog.path.selectAll()
    missing = bare_home / "Documents" / "r.pdf"
    qtbot.keyClicks(dialog.path, str(missing))
    caplog.set_level(logging.INFO)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert not dialog.error.isHidden() and "does not exist" in dialog.error.text()
    records = [r for r in caplog.records if "export refused" in r.getMessage()]
    assert len(records) == 1 and records[0].exc_info is None  # one line, no traceback
    assert dialog.path.text() == str(missing)  # nothing typed is lost
    qtbot.keyClick(dialog.path, Qt.Key.Key_Home)
    for _ in range(len("Documents/")):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.path, Qt.Key.Key_End)
    for _ in range(len("Documents/r.pdf")):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.path, "r.pdf")
    assert dialog.error.isHidden()  # typing clears the message
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.choice().path == bare_home / "r.pdf"
