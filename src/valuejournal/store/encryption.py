"""Encrypting, decrypting and re-keying a whole journal: a backup first, then the file
rewritten beside itself and renamed into place (all of it, or the old file untouched).

Backups go along: the backup taken before encrypting is written encrypted with the new key,
and the journal's plain backups are encrypted too (`backups.seal_plain`), so no readable copy
of an encrypted journal stays in its backup folder. A passphrase change leaves the older
backups under the passphrase they were written with (restoring one asks for it); decrypting
leaves them encrypted. The journal must not be open in another process: a window or a
command still holding the old file would go on writing into it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from valuejournal.store import backups, cipher, lock
from valuejournal.store.errors import JournalError, JournalUnavailableError

Progress = Callable[[int, int], None]
"""Called with (done, in all): the backup is the first half, the rewrite the second."""


def encrypt_journal(path: Path, passphrase: str, *, progress: Progress | None = None) -> Path:
    """Encrypt the plain journal at ``path`` with ``passphrase``; returns the backup taken
    (encrypted alike)."""
    path = _ready(path)
    if cipher.is_encrypted(path):
        raise JournalError(f"{path.name} is encrypted already")
    key = cipher.new_key(passphrase)
    first, second = backups.halves(progress)
    made = backups.backup_now(path, "encrypt", progress=first, key=key)
    cipher.rewrite(path, None, key, progress=second)
    backups.seal_plain(path, key)
    return made


def decrypt_journal(path: Path, passphrase: str, *, progress: Progress | None = None) -> Path:
    """Store the encrypted journal at ``path`` plain again; returns the (encrypted) backup."""
    path = _ready(path)
    if not cipher.is_encrypted(path):
        raise JournalError(f"{path.name} is not encrypted")
    key = cipher.unlock(path, passphrase)
    first, second = backups.halves(progress)
    made = backups.backup_now(path, "decrypt", progress=first)
    cipher.rewrite(path, key, None, progress=second)
    return made


def change_passphrase(path: Path, old: str, new: str, *, progress: Progress | None = None) -> Path:
    """Re-encrypt the journal at ``path`` with ``new``; returns the backup (old passphrase)."""
    path = _ready(path)
    if not cipher.is_encrypted(path):
        raise JournalError(f"{path.name} is not encrypted; encrypt it instead")
    key = cipher.unlock(path, old)
    fresh = cipher.new_key(new)
    first, second = backups.halves(progress)
    made = backups.backup_now(path, "encrypt", progress=first)
    cipher.rewrite(path, key, fresh, progress=second)
    return made


def _ready(path: Path) -> Path:
    """The journal, if it exists and no other process (here or on another machine) has it."""
    path = Path(path)
    if not path.is_file():
        raise JournalUnavailableError(f"there is no journal at {path}")
    lock.check_writable(path)
    holder = lock.read_holder(path)
    if holder is not None and holder.pid != os.getpid() and not lock.is_stale(holder):
        raise JournalError(f"{path.name} is open in {holder.describe()}; close it there first")
    return path
