"""The person's preferences, one typed record read by the GUI, the CLI and the PDF (no Qt).

Kept as an INI file (``preferences.ini``, standard library ``configparser``) in
``paths.config_dir()``, beside the Qt-owned ``settings.ini`` that holds window state only.
A missing file means defaults; a value that cannot be read is logged once and its default used,
so a hand-edited file never stops the app. Writes are atomic.

What belongs to one journal (the owner's display name, the base currency) lives in the journal's
meta row, which travels with shares; ``name`` and ``currency`` here are what a *new* journal gets.
"""

from __future__ import annotations

import configparser
import logging
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from valuejournal import paths
from valuejournal.core.insights.thresholds import Thresholds
from valuejournal.core.reminders import ReminderSettings

log = logging.getLogger(__name__)
FILE_NAME = "preferences.ini"
PERSON = "person"
THRESHOLDS = "thresholds"
BACKUPS = "backups"
BACKUP_COUNTS = {"keep_daily": 7, "keep_weekly": 5, "keep_monthly": 12}
MAX_KEEP = 999
TIMER = "timer"
REMINDERS = "reminders"
DEFAULT_MAX_HOURS = 10.0
DEFAULT_CURRENCY = "EUR"
LANGUAGES = ("en", "es", "fr")
"""The languages the app speaks; "" in Settings is the system's."""
THEMES = ("", "light", "dark")
"""The window's colours: "" follows the system's colour scheme, else light or dark."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The person's preferences.

    - ``name``: the person's name, the owner of new journals (PDF cover, footer, shares);
    - ``business``: the business name shown under it on the PDF cover ("" for none);
    - ``currency``: the base currency of new journals (ISO 4217);
    - ``locale``: how numbers, money and dates are written, e.g. ``de_DE`` ("" = the system's);
    - ``language``: the language of the window and the PDF, "en", "es" or "fr" ("" = the
      system's, English when it is none of these);
    - ``theme``: the window's colours, "light" or "dark" ("" = the system's colour scheme);
      the PDF is always light;
    - ``thresholds``: how the insights judge periods, spans and clients;
    - ``backup_folder``: where journals' backups go ("" = beside each journal);
    - ``keep_daily``, ``keep_weekly``, ``keep_monthly``: how many backups rotation keeps
      (the newest of each of so many days, weeks, months).
    - ``timer_max_hours``: stopping a timer that ran longer asks keep, split or trim;
    - ``close_to_tray``: closing the window leaves the app in the tray (where there is one);
    - ``reminders``: which reminders come, and when.
    """

    name: str = ""
    business: str = ""
    currency: str = DEFAULT_CURRENCY
    locale: str = ""
    language: str = ""
    theme: str = ""
    thresholds: Thresholds = field(default_factory=Thresholds)
    backup_folder: str = ""
    keep_daily: int = BACKUP_COUNTS["keep_daily"]
    keep_weekly: int = BACKUP_COUNTS["keep_weekly"]
    keep_monthly: int = BACKUP_COUNTS["keep_monthly"]
    timer_max_hours: float = DEFAULT_MAX_HOURS
    close_to_tray: bool = False
    reminders: ReminderSettings = field(default_factory=ReminderSettings)


def settings_path() -> Path:
    """Where the preferences file lives."""
    return paths.config_dir() / FILE_NAME


def exists() -> bool:
    """Whether the person has saved preferences (the first start has been through)."""
    return settings_path().is_file()


def load(path: Path | None = None) -> Settings:
    """The saved preferences; defaults for anything missing or unreadable."""
    path = path or settings_path()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        log.warning("preferences in %s could not be read (%s); using defaults", path, exc)
        return Settings()
    person = parser[PERSON] if parser.has_section(PERSON) else {}
    text = {f.name: str(person.get(f.name, "")).strip() for f in fields(Settings)}
    backups = parser[BACKUPS] if parser.has_section(BACKUPS) else {}
    currency = text["currency"].upper()
    return Settings(
        name=text["name"][:120],
        business=text["business"][:120],
        currency=currency if len(currency) == 3 and currency.isalpha() else DEFAULT_CURRENCY,
        locale=text["locale"],
        language=text["language"] if text["language"] in LANGUAGES else "",
        theme=text["theme"] if text["theme"] in THEMES else "",
        thresholds=_thresholds(parser, path),
        backup_folder=str(backups.get("folder", "")).strip(),
        **{name: _count(backups.get(name), n, path) for name, n in BACKUP_COUNTS.items()},
        timer_max_hours=_max_hours(parser, path),
        close_to_tray=_flag(parser, TIMER, "close_to_tray", path, default=False),
        reminders=_reminders(parser, path),
    )


def _count(raw: str | None, default: int, path: Path) -> int:
    """A backup count from the file: a whole number 0-999, else the default (logged)."""
    if raw is None:
        return default
    try:
        number = int(raw)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_KEEP:
        log.warning("%s: [backups] count %r is not 0-%d; using %d", path, raw, MAX_KEEP, default)
        return default
    return number


def _flag(
    parser: configparser.ConfigParser, section: str, name: str, path: Path, *, default: bool
) -> bool:
    try:
        return parser.getboolean(section, name, fallback=default)
    except ValueError:
        log.warning("%s: [%s] %s is not yes or no; using the default", path, section, name)
        return default


def _number(
    parser: configparser.ConfigParser, section: str, name: str, path: Path, default: float
) -> float:
    raw = parser.get(section, name, fallback=None)
    if raw is None:
        return default
    try:
        number = float(raw)
    except ValueError:
        number = -1.0
    if not 0 <= number < 1e6:
        log.warning(
            "%s: [%s] %s = %r is not a number >= 0; using the default", path, section, name, raw
        )
        return default
    return number


def _max_hours(parser: configparser.ConfigParser, path: Path) -> float:
    hours = _number(parser, TIMER, "max_hours", path, DEFAULT_MAX_HOURS)
    return hours if hours >= 0.25 else DEFAULT_MAX_HOURS


def _reminders(parser: configparser.ConfigParser, path: Path) -> ReminderSettings:
    defaults = ReminderSettings()
    values: dict[str, Any] = {}
    for f in fields(ReminderSettings):
        default = getattr(defaults, f.name)
        if isinstance(default, bool):
            values[f.name] = _flag(parser, REMINDERS, f.name, path, default=default)
        else:
            values[f.name] = int(_number(parser, REMINDERS, f.name, path, float(default)))
    values["log_hour"] = min(23, values["log_hour"])
    return ReminderSettings(**values)


def _thresholds(parser: configparser.ConfigParser, path: Path) -> Thresholds:
    if not parser.has_section(THRESHOLDS):
        return Thresholds()
    section = parser[THRESHOLDS]
    values: dict[str, Any] = {}
    for f in fields(Thresholds):
        raw = section.get(f.name)
        if raw is None:
            continue
        kind = int if f.type in (int, "int") else float
        try:
            number = kind(raw)
        except ValueError:
            log.warning(
                "%s: [thresholds] %s = %r is not a number; using the default", path, f.name, raw
            )
            continue
        if number < 0:
            log.warning(
                "%s: [thresholds] %s = %r is negative; using the default", path, f.name, raw
            )
            continue
        values[f.name] = number
    return replace(Thresholds(), **values)


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write the preferences (atomically); returns the file written."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    parser = configparser.ConfigParser(interpolation=None)
    parser[PERSON] = {
        "name": settings.name,
        "business": settings.business,
        "currency": settings.currency,
        "locale": settings.locale,
        "language": settings.language,
        "theme": settings.theme,
    }
    parser[THRESHOLDS] = {
        f.name: repr(getattr(settings.thresholds, f.name)) for f in fields(Thresholds)
    }
    parser[BACKUPS] = {"folder": settings.backup_folder} | {
        name: str(getattr(settings, name)) for name in BACKUP_COUNTS
    }
    parser[TIMER] = {
        "max_hours": repr(float(settings.timer_max_hours)),
        "close_to_tray": "yes" if settings.close_to_tray else "no",
    }
    parser[REMINDERS] = {
        f.name: _ini(getattr(settings.reminders, f.name)) for f in fields(ReminderSettings)
    }
    from valuejournal.atomic import atomic_writer  # not at start-up: only writes need it

    with atomic_writer(path) as stream:
        stream.write("# Value Journal preferences (Settings… in the app writes this file)\n")
        parser.write(stream)
    return path


def _ini(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def update(**changes: Any) -> Settings:
    """Load, change some fields, save; returns the new preferences."""
    new = replace(load(), **changes)
    save(new)
    return new
