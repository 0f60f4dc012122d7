"""The newest sessions of a journal file, read with the standard library's sqlite3 only.

Opening a journal properly (SQLAlchemy, SQLModel, the migration check) takes most of a second;
this read takes milliseconds, so the window can show the newest sessions while that happens.
It opens the file read-only, trusts nothing in its schema, and gives up quietly (None) on any
problem: the real open that follows reports problems in words. An encrypted journal is read
the same way through sqlcipher3 once its key is unlocked (`store.cipher`: derived once, so
this costs no second key derivation); before that there is no preview.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from valuejournal.core.entities import PayStatus, Session

# The session list's default order (store.queries.select_rows: day, then id, newest first).
_SQL = """
SELECT s.uuid, s.day, c.name, s.title, s.minutes, s.pay_minor, s.currency, s.status,
       s.value, s.mood, s.private, s.notes,
       (SELECT group_concat(t.name, char(31)) FROM session_tag st JOIN tag t ON t.id = st.tag_id
        WHERE st.session_id = s.id)
FROM work_session s LEFT JOIN client c ON c.id = s.client_id
ORDER BY s.day DESC, s.id DESC
LIMIT ?
"""


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The newest sessions and how many the journal holds."""

    sessions: list[Session]
    total: int


def read_first_page(path: Path, limit: int) -> FirstPage | None:
    """The ``limit`` newest sessions of the journal at ``path``; None if it cannot be read
    this way (missing, not a journal, another schema, locked...)."""
    if not path.is_file():
        return None
    from valuejournal.store import cipher

    errors: tuple[type[Exception], ...] = (sqlite3.Error, ValueError, TypeError)
    try:
        if cipher.is_encrypted(path):  # with the key unlocked for it, else no preview
            key = cipher.key_for(path)
            if key is None:
                return None
            errors += (cipher.driver_error(),)
            conn = cipher.connect(path, key, read_only=True)
            conn.execute("PRAGMA busy_timeout = 200")
        else:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except errors:
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        total = int(conn.execute("SELECT count(*) FROM work_session").fetchone()[0])
        rows = conn.execute(_SQL, (limit,)).fetchall()
        return FirstPage([_session(row) for row in rows], total)
    except errors:
        return None
    finally:
        conn.close()


def _session(row: tuple[Any, ...]) -> Session:
    uuid, day, client, title, minutes, pay, currency, status, value, mood = row[:10]
    private, notes, tags = row[10:]
    return Session(
        uuid=str(uuid),
        day=date.fromisoformat(str(day)),
        client=None if client is None else str(client),
        title=str(title or ""),
        minutes=int(minutes),
        pay_minor=int(pay or 0),
        currency=str(currency or "EUR"),
        status=PayStatus(str(status)),
        value=None if value is None else int(value),
        mood=None if mood is None else int(mood),
        private=bool(private),
        notes=str(notes or ""),
        tags=tuple(sorted(str(tags).split("\x1f"), key=str.casefold)) if tags else (),
    )
