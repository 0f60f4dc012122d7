"""Noticing commits to the journal made by anyone but this `Journal` (the command line,
another program), without being fooled by its own.

SQLite's ``PRAGMA data_version`` on a connection changes when any *other* connection has
committed since that connection last asked, and not for its own commits. The watch keeps
one connection of its own (out of the engine's pool, so it is never lent out) and asks it:
a few microseconds, no file read when nothing changed. That connection sees this
journal's own writes too (they come from other pooled connections), so `Journal._write`
tells the watch about each of them while it holds SQLite's write lock:

- ``begin`` (write lock held, so no one else can commit now): a data_version on the watch
  connection other than the last one seen means a commit from elsewhere that no one has
  looked at yet; it is kept as *outside*. The writing connection's own data_version is noted.
- ``committed`` (just after the commit): the watch connection's data_version becomes the seen
  one. Had anyone committed between our commit and that read, it would hide in the seen
  value; the writing connection tells: its own data_version moves only for others' commits,
  and it could not move before our commit (we held the lock), so a change since ``begin``
  is a commit from elsewhere, kept as outside.

So an outside commit is never taken for our own; two writes of this process racing each
other at most count as one outside change (one extra re-read). A checkpoint that truncates
the WAL also moves data_version (a re-read for nothing, rare).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)


class WriteWatch:
    """Whether the journal file changed outside this process's `Journal` since last asked."""

    def __init__(self, engine: Engine) -> None:
        raw = engine.raw_connection()
        raw.detach()  # ours alone: closed by close(), never handed to another thread's query
        self._raw: Any = raw
        self._lock = threading.Lock()
        self._outside = False
        self._closed = False
        cursor = raw.cursor()
        try:  # the GUI thread asks: fail at once on a busy file, ask again next time
            cursor.execute("PRAGMA busy_timeout=0")
        finally:
            cursor.close()
        self._seen = self._version()

    def _version(self) -> int:
        cursor = self._raw.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed_outside(self) -> bool:
        """True once for each batch of commits made elsewhere since the last call; False
        when nothing changed, when only this journal wrote, or the file is busy now."""
        with self._lock:
            if self._closed:
                return False
            try:
                version = self._version()
            except Exception as exc:  # locked for a moment, or gone: the next look tells
                log.debug("data_version unreadable: %s", exc)
                return False
            changed = self._outside or version != self._seen
            self._seen, self._outside = version, False
            return changed

    # -- told by Journal._write ----------------------------------------------------------
    def begin(self, conn: Connection) -> int | None:
        """The write lock is held: note outside commits not yet seen; the writing
        connection's data_version for `committed` (None if it could not be read)."""
        with self._lock:
            if self._closed:
                return None
            try:
                if self._version() != self._seen:
                    self._outside = True
                return _own_version(conn)
            except Exception as exc:
                log.debug("data_version unreadable at a write: %s", exc)
                self._outside = True  # cannot tell: a re-read rather than a miss
                return None

    def committed(self, conn: Connection, mark: int | None) -> None:
        """Our commit landed: it is seen; a commit from elsewhere right after it is not."""
        with self._lock:
            if self._closed:
                return
            try:
                self._seen = self._version()
                if mark is None or _own_version(conn) != mark:
                    self._outside = True
            except Exception as exc:
                log.debug("data_version unreadable after a write: %s", exc)
                self._outside = True

    def close(self) -> None:
        """Close the watch's connection (before the journal's engine is disposed)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._raw.close()


def _own_version(conn: Connection) -> int:
    """The writing connection's data_version, asked of the driver (no SQLAlchemy
    transaction begun on it after its commit)."""
    cursor: Any = conn.connection.cursor()
    try:
        cursor.execute("PRAGMA data_version")
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()
