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


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_the_journal_is_never_a_pdf_target(qtbot, bare_home: Path, link: str) -> None:
    """A .pdf name that is a link to the journal, typed and Enter: nothing written there."""
    from valuejournal.store.journal import Journal

    journal_path = bare_home / "mine.vjournal"
    Journal.open(journal_path).close()
    before = journal_path.read_bytes()
    target = bare_home / "report.pdf"
    if link == "symlink":
        target.symlink_to(journal_path)
    else:
        target.hardlink_to(journal_path)
    dialog = ExportDialog(bare_home / "r.pdf", journals=(journal_path,))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setFocus()
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(target))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert "mine.vjournal" in dialog.error.text() and not dialog.error.isHidden()
    assert journal_path.read_bytes() == before


def test_save_dialogs_refuse_a_journal(qtbot, bare_home: Path, monkeypatch) -> None:
    """A share file chosen as a link to a journal is refused with a message."""
    from PySide6.QtWidgets import QFileDialog

    from valuejournal.store.journal import Journal
    from valuejournal.ui import dialogs
    from valuejournal.ui.dialogs import files

    journal_path = bare_home / "mine.vjournal"
    Journal.open(journal_path).close()
    link = bare_home / "to-coach.vjshare"
    link.symlink_to(journal_path)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(link), ""))
    )
    assert files.ask_save_path(None, "Save", "x.vjshare", "", (journal_path,)) is None
    assert len(shown) == 1 and "mine.vjournal" in shown[0]
    other = bare_home / "fine.vjshare"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    assert files.ask_save_path(None, "Save", "x.vjshare", "", (journal_path,)) == other
