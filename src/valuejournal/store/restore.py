"""Putting a backup back: checked first, the current state backed up, then copied in whole.

The copy goes through SQLite's backup API into the journal file itself, as one write
transaction in write-ahead-log mode: a killed process leaves the journal as it was (frames of
an unfinished copy in the -wal are never read), and a window that has the journal open reads
the restored content at its next query. Never in rollback-journal mode: a kill there leaves a
hot ``-journal`` that only a writable open rolls back, and read-only checks (``check``,
``counts``) would read the half-written file. The backup of the current state taken first
(reason ``restore``) is what undoes the restore.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from valuejournal import tempfiles
from valuejournal.store import backups, cipher, lock
from valuejournal.store.connect import connect_file
from valuejournal.store.engine import stored_revision
from valuejournal.store.errors import JournalError, JournalUnavailableError, classify
from valuejournal.store.safety import check_file


@dataclass(frozen=True, slots=True)
class Counts:
    """What a journal file holds, for choosing a backup."""

    sessions: int
    clients: int


@dataclass(frozen=True, slots=True)
class Restored:
    """A finished restore: the backup put back and the backup of the state it replaced."""

    source: Path
    before: Path | None
    counts: Counts


def counts(path: Path) -> Counts:
    """How many sessions and clients the journal file at ``path`` holds (read-only)."""
    live = Path(f"{path}-wal").exists()
    key = cipher.required_key(path)
    try:
        if key is not None:
            conn = cipher.connect(path, key, read_only=True)
        else:
            conn = connect_file(path, read_only=True, immutable=not live)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            sessions = int(conn.execute("SELECT count(*) FROM work_session").fetchone()[0])
            clients = int(conn.execute("SELECT count(*) FROM client").fetchone()[0])
        finally:
            conn.close()
    except Exception as exc:  # sqlite3's or sqlcipher3's errors
        raise classify(exc, path) from exc
    return Counts(sessions, clients)


def check_backup(backup: Path, passphrase: str | None = None) -> Counts:
    """Raise JournalError unless ``backup`` is a sound journal this app can open. An encrypted
    backup whose key is not unlocked (an earlier passphrase) is unlocked with ``passphrase``,
    or raises PassphraseNeededError."""
    backup = Path(backup)
    if cipher.is_encrypted(backup):
        if passphrase is not None and cipher.key_for(backup) is None:
            cipher.unlock(backup, passphrase)
        return _check_encrypted(backup)
    report = check_file(backup)
    if not report.ok:
        raise report.error()
    stored_revision(backup, ("journal",))
    return counts(backup)


def _check_encrypted(backup: Path) -> Counts:
    """An encrypted backup: its key is the unlocked journal's (the same salt); sound, ours."""
    key = cipher.key_for(backup)
    if key is None:
        raise cipher.PassphraseNeededError(
            f"{backup.name} is encrypted with a passphrase not unlocked now (an earlier one?)"
        )
    conn = cipher.connect(backup, key, read_only=True)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise JournalError(f"{backup.name} is damaged")
    finally:
        conn.close()
    stored_revision(backup, ("journal",))
    return counts(backup)


def restore(
    journal_path: Path | str,
    backup: Path | str,
    *,
    where: backups.Where | None = None,
    progress: backups.Progress | None = None,
    passphrase: str | None = None,
) -> Restored:
    """Replace the journal's content with ``backup``'s, after backing up the current state.

    The journal keeps its file, its name and its protection: the content comes back encrypted
    with the journal's passphrase now, or plain if it is plain now (a backup written under an
    earlier passphrase needs that one, ``passphrase``, to be read). A backup of an older
    schema is migrated the next time the journal opens. Raises JournalError (the journal
    unchanged) on any problem.
    """
    journal, source = Path(journal_path), Path(backup)
    lock.check_writable(journal)
    if not source.is_file():
        raise JournalUnavailableError(f"there is no backup at {source}")
    if journal.exists() and source.resolve() == journal.resolve():
        raise JournalError(f"{source} is the journal itself, not a backup of it")
    found = check_backup(source, passphrase)
    before = None
    if journal.is_file() and journal.stat().st_size > 0:
        before = backups.backup_now(journal, "restore", where=where, spare=[source])
    try:
        _copy_into(source, journal, progress)
    except JournalError:
        raise
    except OSError as exc:
        raise JournalUnavailableError(f"cannot write {journal}: {exc.strerror or exc}") from exc
    except Exception as exc:  # sqlite3's or sqlcipher3's errors
        raise classify(exc, journal) from exc
    return Restored(source, before, found)


def _copy_into(source: Path, journal: Path, progress: backups.Progress | None) -> None:
    """Copy the database ``source`` over ``journal``'s content in one write transaction,
    protected as the journal is now: a backup under another key (an earlier passphrase, or
    taken before the journal was decrypted or encrypted) is first re-keyed into a temporary
    copy beside the journal, then copied in."""
    key = cipher.key_for(source) if cipher.is_encrypted(source) else None
    if not journal.exists():  # built beside it, then named: never a half-written journal
        temp = tempfiles.temp_beside(journal, "partial")
        try:
            backups.copy_database(source, temp, progress=progress)
            os.link(temp, journal)
        finally:
            tempfiles.remove_with_sidecars(temp)
        return
    current = cipher.required_key(journal)
    if key == current:
        _copy_keyed(source, journal, key, progress)
        return
    first, second = backups.halves(progress)
    temp = tempfiles.temp_beside(journal, "partial")
    try:
        cipher.export(source, key, temp, current, progress=first)
        _copy_keyed(temp, journal, current, second)
    finally:
        tempfiles.remove_with_sidecars(temp)


def _copy_keyed(
    source: Path, journal: Path, key: cipher.Key | None, progress: backups.Progress | None
) -> None:
    """The backup API from ``source`` into ``journal``, both keyed with ``key`` (or plain)."""
    if key is not None:
        src, dst = cipher.connect(source, key, read_only=True), cipher.connect(journal, key)
        try:
            dst.execute("PRAGMA busy_timeout=10000")
            _write_ahead(dst, journal)
            src.backup(dst, pages=backups.PAGES_PER_STEP, progress=backups.page_progress(progress))
        finally:
            dst.close()
            src.close()
        return
    src = connect_file(source, read_only=True, immutable=not Path(f"{source}-wal").exists())
    try:
        dst = connect_file(journal)
        try:
            dst.execute("PRAGMA busy_timeout=10000")
            _write_ahead(dst, journal)
            src.backup(dst, pages=backups.PAGES_PER_STEP, progress=backups.page_progress(progress))
        finally:
            dst.close()
    finally:
        src.close()


def _write_ahead(conn: Any, journal: Path) -> None:
    """Put the journal in WAL mode (as the app keeps it) before the copy writes into it."""
    mode = str(conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower()
    if mode != "wal":
        raise JournalUnavailableError(f"cannot restore into {journal.name}: it is in use")
