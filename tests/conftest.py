"""Shared fixtures: a temp journal, a demo journal, a main window under pytest-qt.

No test touches the real user folders: VALUEJOURNAL_HOME points into a temp dir.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

DEMO_END = date(2026, 9, 30)
ROOT = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session: pytest.Session) -> None:
    """The Spanish and French catalogues compiled into the package when missing or older than
    their .ts sources (as ``make translations`` does), so a bare pytest on a fresh clone has
    them too."""
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    built = ROOT / "src" / "valuejournal" / "resources" / "translations"
    stale = [
        ts
        for ts in sources
        if not (qm := built / ts.with_suffix(".qm").name).exists()
        or qm.stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        import subprocess

        subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--compile"],
                       check=True, capture_output=True)  # fmt: skip


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("VALUEJOURNAL_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def system_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Every test starts in the locale of a system that names none (British English), so
    formatted money and dates do not depend on the machine; a test may set another."""
    from valuejournal.core import formats

    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    yield _reset_locale(formats.set_locale("").name)
    _reset_locale(formats.set_locale("").name)


def _reset_locale(name: str) -> str:
    if "PySide6.QtCore" in sys.modules:  # Qt's default locale follows core's (ui.i18n)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(name))
    return name


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where a fresh journal file for this test lives (not created yet)."""
    return tmp_path / "test.vjournal"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[object]:
    """A new, empty journal file in a temp dir, opened."""
    from valuejournal.store.journal import Journal

    opened = Journal.open(journal_path, owner="Test Person")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo journal written once per test run (52 weeks ending 2026-09-30)."""
    from valuejournal.store.writer import write_demo_journal

    path = tmp_path_factory.mktemp("demo") / "demo.vjournal"
    write_demo_journal(path, seed=7, weeks=52, end=DEMO_END)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo journal for one test."""
    target = tmp_path / "demo.vjournal"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def main_window(qtbot, journal_path: Path):
    """The real main window on a fresh temp journal, loaded and shown."""
    from tests.helpers.windows import open_window

    window = open_window(qtbot, journal_path)
    yield window
    window.close()


@pytest.fixture(autouse=True)
def no_popup_left() -> Iterator[None]:
    """After a test: end its watches for modal dialogs, and close a popup (a completer's list,
    a calendar) it left open, so neither can take the next test's dialogs or keys."""
    yield
    import sys

    keys = sys.modules.get("tests.helpers.keys")
    if keys is not None:  # a watch for a dialog that never came must not answer the next test's
        keys.end_modal_watches()
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for _ in range(10):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
