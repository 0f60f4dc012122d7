"""Persistent UI settings (window geometry, last page) in an INI file under the config dir."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from valuejournal import paths


def app_settings() -> QSettings:
    """The app's QSettings, stored as INI in our own config folder (never the registry)."""
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def int_setting(key: str, default: int) -> int:
    """A whole-number setting; ``default`` when it is missing or not a whole number."""
    value = app_settings().value(key, default)
    try:
        return int(str(value))
    except ValueError:
        return default
