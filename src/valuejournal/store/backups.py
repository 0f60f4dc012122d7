"""Rotating backups of a journal, taken through SQLite's backup API (consistent while it is open).

A backup is ``<journal name>.backup-<UTC YYYYmmdd-HHMMSS>[-<n>]-<reason>`` in the backup folder
(beside the journal unless Settings names another), a complete self-contained journal file,
private to the user (0600). It is built under a temporary name (``.<name>.partial-<pid>-…``,
removed at the next start if the process is killed) and gets its name only when complete.
After each new backup the old ones are thinned out: the newest of each of the last
``daily`` days, ``weekly`` ISO weeks and ``monthly`` months stay (a backup can count for
several), and the ``recent`` newest whatever their day (so the backup taken before a restore
survives the import that follows it the same day); the others go.

`backup_now(journal, reason)` is the one call every writer makes before a big change (import,
merge, restore, migration); `daily_backup` is the app's "at most once a day" at open and close.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from valuejournal import atomic, paths, tempfiles
from valuejournal.store.connect import connect_file
from valuejournal.store.errors import JournalError, JournalUnavailableError, classify

if TYPE_CHECKING:
    from valuejournal.store.cipher import Key

log = logging.getLogger(__name__)

INFIX = ".backup-"
STAMP = "%Y%m%d-%H%M%S"
REASONS = ("daily", "manual", "import", "merge", "restore", "migration", "encrypt", "decrypt")
_NAME_RE = re.compile(
    r"^(?P<base>.+)\.backup-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,3}))?(?:-(?P<reason>[a-z]+))?$"
)
PAGES_PER_STEP = 512

Progress = Callable[[int, int], None]
"""Called with (pages done, pages in all) while a copy runs."""


@dataclass(frozen=True, slots=True)
class Keep:
    """How many backups rotation keeps: the newest of each of so many days, weeks, months,
    and the newest few whatever their day."""

    daily: int = 7
    weekly: int = 5
    monthly: int = 12
    recent: int = 3


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: where it is, when it was taken (UTC) and why."""

    path: Path
    taken: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class Where:
    """The backup folder and rotation in force (from Settings unless given)."""

    folder: Path | None = None
    keep: Keep = Keep()


def configured() -> Where:
    """The backup folder and counts the person chose in Settings."""
    from valuejournal import settings

    prefs = settings.load()
    folder = Path(prefs.backup_folder).expanduser() if prefs.backup_folder else None
    return Where(folder, Keep(prefs.keep_daily, prefs.keep_weekly, prefs.keep_monthly))


def folder_for(journal: Path, where: Where | None = None) -> Path:
    """The folder that holds ``journal``'s backups."""
    chosen = (where or configured()).folder
    return chosen if chosen is not None else Path(journal).resolve().parent


def parse_name(path: Path, journal_name: str) -> Backup | None:
    """The backup this file name describes, or None if it is not one of ``journal_name``'s."""
    match = _NAME_RE.match(path.name)
    if not match or match["base"] != journal_name:
        return None
    try:
        taken = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    if match["n"]:
        taken = taken.replace(microsecond=min(int(match["n"]), 999) * 1000)
    return Backup(path, taken, match["reason"] or "migration")


def list_backups(journal: Path, where: Where | None = None) -> list[Backup]:
    """``journal``'s backups, newest first."""
    journal = Path(journal)
    folder = folder_for(journal, where)
    found: list[Backup] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            backup = parse_name(Path(entry.path), journal.name)
            if backup is not None and entry.is_file(follow_symlinks=False):
                found.append(backup)
    return sorted(found, key=lambda b: b.taken, reverse=True)


def to_keep(backups: Sequence[Backup], keep: Keep, tz: tzinfo | None = None) -> set[Path]:
    """Which backups rotation keeps: the newest of each of the last ``keep.daily`` days
    (local time, ``tz``), ``keep.weekly`` ISO weeks and ``keep.monthly`` months that have one,
    and the ``keep.recent`` newest."""
    newest_first = sorted(backups, key=lambda b: b.taken, reverse=True)
    rules: list[tuple[int, Callable[[date], object]]] = [
        (keep.daily, lambda d: d),
        (keep.weekly, lambda d: d.isocalendar()[:2]),
        (keep.monthly, lambda d: (d.year, d.month)),
    ]
    kept: set[Path] = {b.path for b in newest_first[: max(keep.recent, 0)]}
    for count, period in rules:
        seen: set[object] = set()
        for backup in newest_first:
            if len(seen) >= count:
                break
            key = period(backup.taken.astimezone(tz).date())
            if key not in seen:
                seen.add(key)
                kept.add(backup.path)
    return kept


def rotate(journal: Path, where: Where | None = None, *, spare: Iterable[Path] = ()) -> list[Path]:
    """Remove the backups rotation does not keep (never those in ``spare``); returns them."""
    where = where or configured()
    backups = list_backups(journal, where)
    kept = {p.resolve() for p in to_keep(backups, where.keep)}
    kept |= {Path(p).resolve() for p in spare}
    removed = []
    for backup in backups:
        if backup.path.resolve() not in kept:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    if removed:
        log.info("rotation removed %d old backups of %s", len(removed), journal)
    return removed


def backup_now(
    journal_path: Path | str,
    reason: str,
    *,
    where: Where | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    key: Key | None = None,
    spare: Iterable[Path] = (),
) -> Path:
    """Back up the journal now (``reason``: one of `REASONS`), then rotate; returns the backup.

    Consistent even while the app or another process writes the journal (SQLite's backup API
    restarts the copy if the file changes under it). An encrypted journal's backup is
    encrypted alike (and its plain backups, if any are left, are encrypted then too); a plain
    journal's is encrypted with ``key`` if given (the backup before encrypting it). Raises
    JournalError if it cannot be made.
    """
    journal = Path(journal_path)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not journal.is_file():
        raise JournalUnavailableError(f"there is no journal at {journal}")
    where = where or configured()
    folder = folder_for(journal, where)
    try:
        paths.make_private_dirs(folder)
    except OSError as exc:
        raise JournalUnavailableError(f"cannot create the backup folder {folder}: {exc}") from exc
    tempfiles.clean_stale_beside(folder)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)
    target = folder / f"{journal.name}{INFIX}{stamp}-{reason}"
    temp = tempfiles.temp_beside(target, "partial")
    try:
        copy_database(journal, temp, progress=progress, key=key)
        target = _name_it(temp, folder, f"{journal.name}{INFIX}{stamp}", reason)
    except JournalError:
        raise
    except OSError as exc:
        raise JournalUnavailableError(
            f"cannot write a backup in {folder}: {exc.strerror or exc}"
        ) from exc
    except Exception as exc:  # sqlite3's or sqlcipher3's errors
        raise classify(exc, journal) from exc
    finally:
        tempfiles.remove_with_sidecars(temp)
    log.info("backed up %s to %s (%s)", journal, target, reason)
    rotate(journal, where, spare=[target, *spare])
    from valuejournal.store import cipher

    journal_key = cipher.key_for(journal) if cipher.is_encrypted(journal) else None
    if journal_key is not None:
        seal_plain(journal, journal_key, where)
    return target


def seal_plain(journal: Path, key: Key, where: Where | None = None) -> list[Path]:
    """Encrypt ``journal``'s plain backups with ``key`` (the encrypted journal's: the same
    passphrase opens them), each rewritten atomically; returns them."""
    from valuejournal.store import cipher

    sealed = []
    for backup in list_backups(journal, where):
        if not cipher.is_encrypted(backup.path):
            try:
                cipher.rewrite(backup.path, None, key)
            except OSError as exc:
                raise JournalUnavailableError(
                    f"cannot encrypt the backup {backup.path}: {exc.strerror or exc}"
                ) from exc
            sealed.append(backup.path)
    if sealed:
        log.info("encrypted %d plain backups of %s", len(sealed), journal)
    return sealed


def daily_backup(
    journal_path: Path | str, *, where: Where | None = None, now: datetime | None = None
) -> Path | None:
    """The day's backup (reason ``daily``) unless it was taken already today (local time);
    returns it, or None. Backups taken before an import or a restore do not count."""
    journal = Path(journal_path)
    where = where or configured()
    today = (now or datetime.now(UTC)).astimezone().date()
    found = list_backups(journal, where)
    if any(b.reason == "daily" and b.taken.astimezone().date() == today for b in found):
        return None
    return backup_now(journal, "daily", where=where, now=now)


def copy_database(
    source: Path, target: Path, *, progress: Progress | None = None, key: Key | None = None
) -> None:
    """Copy the database ``source`` into the new private file ``target`` (SQLite's backup API),
    as one self-contained file (no write-ahead log), flushed to disk. An encrypted journal's
    copy is encrypted alike (same key and salt: the same passphrase opens it); a plain one's
    is encrypted with ``key`` if given."""
    from valuejournal.store import cipher

    if cipher.is_encrypted(source):
        own = cipher.required_key(source)
        cipher.export(source, own, target, own, progress=progress)
        return
    if key is not None:
        cipher.export(source, None, target, key, progress=progress)
        return
    atomic.create_private(target)
    src = connect_file(source, read_only=True)
    try:
        src.execute("PRAGMA busy_timeout=10000")
        dst = connect_file(target)
        try:
            src.backup(dst, pages=PAGES_PER_STEP, progress=page_progress(progress))
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    atomic.fsync_file(target)


def halves(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """Two progress functions reporting into the first and the second half of ``progress``
    (per mille), for work done in two copies."""
    if progress is None:
        return None, None
    report = progress

    def first(done: int, total: int) -> None:
        report(done * 500 // max(total, 1), 1000)

    def second(done: int, total: int) -> None:
        report(500 + done * 500 // max(total, 1), 1000)

    return first, second


def page_progress(progress: Progress | None) -> Callable[[int, int, int], object] | None:
    if progress is None:
        return None
    report = progress

    def step(_status: int, remaining: int, total: int) -> None:
        report(total - remaining, total)

    return step


def _name_it(temp: Path, folder: Path, stem: str, reason: str) -> Path:
    """Give the finished temporary file its backup name; a second backup in the same second
    (whatever its reason) gets the next number, so names sort in the order taken."""
    numbers = [p.name.removeprefix(stem).rsplit("-", 1)[0] for p in _same_second(folder, stem)]
    first = max((int(n[1:]) + 1 if n[1:].isdigit() else 1 for n in numbers), default=0)
    for n in range(first, 1000):
        number = "" if n == 0 else f"-{n}"
        target = folder / f"{stem}{number}-{reason}"
        try:
            os.link(temp, target)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            if target.exists():
                continue
            os.replace(temp, target)
        _sync_folder(folder)
        return target
    raise JournalUnavailableError(f"too many backups in {folder} in one second")


def _same_second(folder: Path, stem: str) -> list[Path]:
    with contextlib.suppress(OSError):
        return [Path(e.path) for e in os.scandir(folder) if e.name.startswith(stem + "-")]
    return []  # pragma: no cover - the folder was just made


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
