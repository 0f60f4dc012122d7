"""Encrypting, decrypting and re-keying a whole journal: a backup first, then the file
rewritten beside itself and renamed into place (all of it, or the old file untouched)."""

from __future__ import annotations

from pathlib import Path

from valuejournal.store import backups, cipher, lock
from valuejournal.store.errors import JournalError


def encrypt_journal(path: Path, passphrase: str) -> Path:
    """Encrypt the plain journal at ``path`` with ``passphrase``; returns the backup taken."""
    path = Path(path)
    lock.check_writable(path)
    if cipher.is_encrypted(path):
        raise JournalError(f"{path.name} is encrypted already")
    made = backups.backup_now(path, "encrypt")
    cipher.rewrite(path, None, cipher.new_key(passphrase))
    return made


def decrypt_journal(path: Path, passphrase: str) -> Path:
    """Store the encrypted journal at ``path`` plain again; returns the (encrypted) backup."""
    path = Path(path)
    lock.check_writable(path)
    if not cipher.is_encrypted(path):
        raise JournalError(f"{path.name} is not encrypted")
    key = cipher.unlock(path, passphrase)
    made = backups.backup_now(path, "decrypt")
    cipher.rewrite(path, key, None)
    return made


def change_passphrase(path: Path, old: str, new: str) -> Path:
    """Re-encrypt the journal at ``path`` with ``new``; returns the backup (old passphrase)."""
    path = Path(path)
    lock.check_writable(path)
    key = cipher.unlock(path, old)
    made = backups.backup_now(path, "encrypt")
    cipher.rewrite(path, key, cipher.new_key(new))
    return made
