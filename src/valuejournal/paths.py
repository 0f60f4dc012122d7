"""Where Value Journal keeps its files; the one module that knows (redirectable for tests).

Set ``VALUEJOURNAL_HOME`` to move every folder under one directory (tests and portable use).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP_DIR_NAME = "valuejournal"
JOURNAL_FILE = "journal.vjournal"


def assets_dir() -> Path:
    """The package's own files (style sheet, icons, compiled translations), also in the
    PyInstaller bundle; a path, not importlib.resources, which costs the start-up ~7 ms."""
    return Path(__file__).parent / "resources"


def _home() -> Path | None:
    value = os.environ.get("VALUEJOURNAL_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """Folder for journals (platformdirs' user data dir)."""
    home = _home()
    if home:
        return home / "data"
    import platformdirs

    return platformdirs.user_data_path(APP_DIR_NAME)


def log_dir() -> Path:
    """Folder for log files."""
    home = _home()
    if home:
        return home / "logs"
    import platformdirs

    return platformdirs.user_log_path(APP_DIR_NAME)


def config_dir() -> Path:
    """Folder for settings (window geometry, insight thresholds)."""
    home = _home()
    if home:
        return home / "config"
    import platformdirs

    return platformdirs.user_config_path(APP_DIR_NAME)


def default_journal() -> Path:
    """The journal opened when no --journal is given."""
    return data_dir() / JOURNAL_FILE


def make_private_dirs(folder: Path) -> Path:
    """Create ``folder`` and any missing parents, each new one private to the user (0700)."""
    missing: list[Path] = []
    current = Path(folder)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
    return Path(folder)
