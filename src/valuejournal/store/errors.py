"""Errors about journal files, sorted into what the person can fix and what is a bug.

Database errors are sorted by SQLite's own result code (``sqlite_errorcode``, Python 3.11+),
never by the words of the message, as qutebrowser's ``misc/sql.py`` does: disk full,
read-only, locked or busy, corrupt, not a database and cannot open are the environment's
doing and become a `JournalError` with a clear message (exit 2); any other code is a bug in
the app and stays an exception with its traceback (exit 1, logged).
"""

from __future__ import annotations

import errno
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


class DatabaseBugError(RuntimeError):
    """A database error that only a mistake in the app can cause (a bug: exit 1)."""


# SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes carry the
# primary one in their low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_MESSAGES: dict[int, tuple[type[JournalError], str]] = {
    SQLITE_BUSY: (JournalUnavailableError, "{path} is in use by another program; close it there "
                  "and try again"),
    SQLITE_LOCKED: (JournalUnavailableError, "{path} is in use by another program; close it "
                    "there and try again"),
    SQLITE_READONLY: (JournalUnavailableError, "{path} cannot be written: it is read-only"),
    SQLITE_PERM: (JournalUnavailableError, "{path} cannot be written: permission denied"),
    SQLITE_FULL: (JournalUnavailableError, "the disk holding {path} is full; nothing was saved"),
    SQLITE_CANTOPEN: (JournalUnavailableError, "{path} cannot be opened (missing folder or no "
                      "access)"),
    SQLITE_IOERR: (JournalUnavailableError, "{path} could not be read or written (a disk error); "
                   "nothing was saved"),
    SQLITE_NOMEM: (JournalUnavailableError, "not enough memory to work on {path}"),
    SQLITE_CORRUPT: (CorruptJournalError, "{path} is damaged (SQLite reports: {text})"),
    SQLITE_NOTADB: (NotAJournalError, "{path} is not a Value Journal file"),
}  # fmt: skip

_ERRNO: dict[int, str] = {
    errno.ENOSPC: "the disk holding {path} is full; nothing was saved",
    errno.EDQUOT: "the disk quota for {path} is used up; nothing was saved",
    errno.EROFS: "{path} cannot be written: it is on a read-only disk",
    errno.EACCES: "{path} cannot be written or read: permission denied",
    errno.EPERM: "{path} cannot be written or read: permission denied",
    errno.ENOENT: "{path} cannot be opened (its folder does not exist)",
    errno.EISDIR: "{path} is a folder, not a journal file",
    errno.ENOTDIR: "{path} cannot be opened (part of its path is not a folder)",
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (or of the driver error SQLAlchemy wraps)."""
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__):
        code = getattr(candidate, "sqlite_errorcode", None)
        driver = isinstance(candidate, sqlite3.Error) or type(candidate).__module__.startswith(
            "sqlcipher3"
        )
        if driver and isinstance(code, int):
            return code & 0xFF
    return None


def classify(exc: BaseException, path: object) -> BaseException:
    """Sort a low-level error: a JournalError the person can act on, or a DatabaseBugError."""
    if isinstance(exc, JournalError):
        return exc
    inner = getattr(exc, "orig", None) or exc
    text = " ".join(str(inner).split())[:200]
    code = sqlite_code(exc)
    if code is not None:
        if code in _MESSAGES:
            kind, message = _MESSAGES[code]
            return kind(message.format(path=path, text=text))
        name = getattr(inner, "sqlite_errorname", f"code {code}")
        return DatabaseBugError(f"database error {name} in {path}: {text}")
    if isinstance(inner, OSError) and inner.errno in _ERRNO:
        return JournalUnavailableError(_ERRNO[inner.errno].format(path=path))
    if isinstance(inner, OSError):
        return JournalUnavailableError(f"{path} cannot be used: {inner.strerror or inner}")
    return DatabaseBugError(f"database error in {path}: {text}")
