"""Errors about journal files, sorted into what the person can fix and what is a bug."""

from __future__ import annotations

import sqlite3

from valuejournal.core.errors import UserError


class JournalError(UserError):
    """A journal file problem with a message fit to show a person (no traceback)."""


class NotAJournalError(JournalError):
    """The file is not a Value Journal file (or not SQLite at all)."""


class NewerSchemaError(JournalError):
    """The file was written by a newer version of the app."""


class CorruptJournalError(JournalError):
    """SQLite reports damage in the file."""


class UnsafeJournalError(JournalError):
    """The file contains things a journal never has (triggers, views, unknown tables)."""


class JournalUnavailableError(JournalError):
    """The environment stops us: locked, read-only, disk full, missing folder."""


def classify(exc: BaseException, path: object) -> JournalError:
    """Turn a low-level database error into a JournalError with a helpful message."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return JournalUnavailableError(
            f"{path} is in use by another program; close it there and try again"
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return JournalUnavailableError(f"{path} cannot be written: it is read-only")
    if "disk is full" in text or "full" in text:
        return JournalUnavailableError(f"the disk holding {path} is full; nothing was saved")
    if "not a database" in text or "file is encrypted" in text:
        return NotAJournalError(f"{path} is not a Value Journal file")
    if "malformed" in text or "corrupt" in text:
        return CorruptJournalError(f"{path} is damaged (SQLite reports: {text})")
    if "unable to open" in text:
        return JournalUnavailableError(f"{path} cannot be opened (missing folder or no access)")
    return JournalError(f"database error in {path}: {text}")


ENVIRONMENT_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)
