"""Encryption at rest: a journal file encrypted whole with SQLCipher 4 (the `sqlcipher3` binding).

SQLCipher 4 derives the page key from the passphrase with PBKDF2-HMAC-SHA512 (256,000 rounds)
and the file's random 16-byte salt (its first bytes). That costs a good part of a second, and
SQLCipher would pay it for every new connection, so it is paid once: `unlock` derives the key
and every connection is opened with the raw key and the file's salt (``x'<key><salt>'``), which
is the same key SQLCipher derives from the passphrase. A file written with that raw key (a
backup) has the same salt and opens with the same passphrase.

Unlocked keys are kept in this process only (`remember`, `key_for`), never on disk.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from valuejournal import atomic, tempfiles
from valuejournal.filehead import read_head
from valuejournal.store.connect import file_uri
from valuejournal.store.errors import JournalError

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KDF_ITER = 256_000  # SQLCipher 4's default
SQLITE_NOTADB = 26

Progress = Callable[[int, int], None]
"""Called with (done, in all) while a copy runs."""


class PassphraseNeededError(JournalError):
    """The journal is encrypted and was not unlocked."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open the journal."""


@dataclass(frozen=True, slots=True)
class Key:
    """A derived SQLCipher key and the salt it was derived with."""

    key: bytes
    salt: bytes

    def pragma(self) -> str:
        """The value for ``PRAGMA key`` / ``ATTACH … KEY``: the raw key with its salt."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"


_keys: dict[Path, Key] = {}


def is_encrypted(path: Path) -> bool:
    """True if ``path`` looks like an SQLCipher file: not plain SQLite, not a sealed share,
    whole pages of random bytes."""
    try:
        header = read_head(path)  # never open()/close(): that drops SQLite's locks
        size = Path(path).stat().st_size
    except OSError:
        return False
    if len(header) < 16 or header == SQLITE_MAGIC or size % 1024:
        return False
    from valuejournal.store.envelope import is_sealed

    return not is_sealed(header)


def derive(passphrase: str, salt: bytes) -> Key:
    """The key SQLCipher 4 derives from ``passphrase`` and ``salt``."""
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITER, 32)
    return Key(raw, salt)


def _driver() -> Any:
    import sqlcipher3

    return sqlcipher3


def connect(
    path: Path, key: Key | None, *, read_only: bool = False, check_same_thread: bool = True
) -> Any:
    """A sqlcipher3 connection to ``path``, keyed (plain SQLite when ``key`` is None)."""
    driver = _driver()
    if read_only:
        conn = driver.connect(
            file_uri(path, mode="ro"), uri=True, check_same_thread=check_same_thread
        )
    else:
        conn = driver.connect(str(Path(path).resolve()), check_same_thread=check_same_thread)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not its log
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.pragma()}"')
    return conn


def unlock(path: Path, passphrase: str) -> Key:
    """Derive the key of the encrypted journal at ``path`` and check it opens it; remembers
    it for this process. Raises WrongPassphraseError with a clear message."""
    path = Path(path)
    salt = read_head(path, SALT_BYTES)
    key = derive(passphrase, salt)
    check(path, key)
    remember(path, key)
    return key


def verify(path: Path, passphrase: str) -> None:
    """Raise WrongPassphraseError unless ``passphrase`` opens the encrypted journal at
    ``path`` (against the key unlocked for it, when there is one: the file is not read)."""
    known = key_for(path)
    if known is None:
        unlock(path, passphrase)
    elif derive(passphrase, known.salt) != known:
        raise WrongPassphraseError(
            f"that passphrase does not open {Path(path).name}; check it and try again"
        )


def check(path: Path, key: Key) -> None:
    """Raise WrongPassphraseError unless ``key`` opens ``path``."""
    conn = connect(path, key, read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _driver().DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise WrongPassphraseError(
                f"that passphrase does not open {path.name}; check it and try again"
            ) from None
        raise JournalError(f"{path} cannot be read: {exc}") from exc
    finally:
        conn.close()


def remember(path: Path, key: Key) -> None:
    """Keep ``key`` for ``path`` (and files written from it) in this process."""
    _keys[Path(path).resolve()] = key


def key_for(path: Path) -> Key | None:
    """The key unlocked for ``path`` in this process, or None. A backup of an unlocked journal
    has its salt, and so its key."""
    found = _keys.get(Path(path).resolve())
    if found is not None or not _keys:
        return found
    try:
        salt = read_head(path, SALT_BYTES)
    except OSError:
        return None
    return next((k for k in _keys.values() if k.salt == salt), None)


def required_key(path: Path) -> Key | None:
    """None for a plain journal; the unlocked key for an encrypted one, else
    PassphraseNeededError."""
    if not is_encrypted(path):
        return None
    key = key_for(path)
    if key is None:
        raise PassphraseNeededError(
            f"{Path(path).name} is encrypted; give its passphrase (--passphrase-file F)"
        )
    return key


def export(
    source: Path,
    source_key: Key | None,
    target: Path,
    target_key: Key | None,
    *,
    progress: Progress | None = None,
) -> None:
    """Copy the database ``source`` into the new file ``target`` (SQLCipher's
    ``sqlcipher_export``), encrypted with ``target_key`` or plain; flushed to disk, 0600.
    ``progress`` hears (bytes written, bytes of the source) now and then; an exception it
    raises stops the copy and is raised here."""
    atomic.create_private(target)
    conn = connect(source, source_key, read_only=True)
    stopped: list[BaseException] = []
    if progress is not None:
        conn.set_progress_handler(_reporter(progress, target, Path(source), stopped), 20_000)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute(
            "ATTACH DATABASE ? AS target KEY ?",
            (str(target), target_key.pragma() if target_key else ""),
        )
        conn.execute("SELECT sqlcipher_export('target')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA target.user_version = {version}")
        conn.execute("DETACH DATABASE target")
    except Exception:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        conn.close()
    atomic.fsync_file(target)
    if progress is not None:
        done = max(Path(source).stat().st_size, 1)
        progress(done, done)


def _reporter(
    progress: Progress, target: Path, source: Path, stopped: list[BaseException]
) -> Callable[[], int]:
    """An SQLite progress handler telling ``progress`` how much of ``target`` is written."""
    total = max(source.stat().st_size, 1)

    def tick() -> int:
        try:
            progress(min(target.stat().st_size, total), total)
        except BaseException as exc:  # handed back to export's caller
            stopped.append(exc)
            return 1  # SQLite interrupts the statement
        return 0

    return tick


def rewrite(
    path: Path, old: Key | None, new: Key | None, *, progress: Progress | None = None
) -> None:
    """Replace the journal at ``path`` by a copy keyed with ``new`` (None: plain), atomically:
    built beside it, then renamed over it. The journal must not be open elsewhere."""
    path = Path(path)
    _checkpoint(path, old)
    temp = tempfiles.temp_beside(path, "partial")
    try:
        export(path, old, temp, new, progress=progress)
        os.replace(temp, path)
    finally:
        tempfiles.remove_with_sidecars(temp)
    for suffix in ("-wal", "-shm"):  # emptied by the checkpoint; they belonged to the old file
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if new is None:
        _keys.pop(path.resolve(), None)
    else:
        remember(path, new)


def _checkpoint(path: Path, key: Key | None) -> None:
    conn = connect(path, key) if key is not None else sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise JournalError(f"{path.name} is in use by another program; close it first")
    finally:
        conn.close()


def new_key(passphrase: str) -> Key:
    """A key for a file about to be encrypted: a fresh random salt. A passphrase shorter
    than the shares' minimum (`envelope.MIN_PASSPHRASE`) raises JournalError."""
    from valuejournal.store.envelope import check_passphrase

    check_passphrase(passphrase)
    return derive(passphrase, os.urandom(SALT_BYTES))


def driver_error() -> type[Exception]:
    """The sqlcipher3 driver's base error class."""
    error: type[Exception] = _driver().Error
    return error
