"""Fast inserts of many sessions (imports, demo journals, restores) through the SQLite driver.

SQLAlchemy's per-row parameter handling costs seconds at 100,000 rows, so bulk inserts build
plain tuples in the storage formats SQLAlchemy itself reads back (ISO dates, times with
microseconds, 0/1 booleans, ISO UTC timestamps) and hand them to `executemany` directly.
Row ids are assigned explicitly so tags can be linked without reading the rows back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time

from sqlalchemy import Connection

from valuejournal.core.entities import Session
from valuejournal.store.convert import captures_to_text

COLUMNS = (
    "id", "uuid", "day", "start_time", "minutes", "client_id", "title", "notes", "private",
    "pay_minor", "currency", "status", "paid_on", "value", "captures", "mood", "energy",
    "stress", "ecological", "economic", "social", "created_at", "updated_at",
)  # fmt: skip
INSERT_SESSION = (
    f"INSERT INTO work_session ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
)
INSERT_LINK = "INSERT OR IGNORE INTO session_tag (session_id, tag_id) VALUES (?, ?)"


def _time(value: time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M:%S.%f")


def _stamp(value: datetime | None, now: str) -> str:
    return now if value is None else value.astimezone(UTC).isoformat()


def insert_sessions(
    conn: Connection,
    sessions: Sequence[Session],
    client_id: Callable[[Session], int | None],
    tag_ids: Callable[[set[str]], dict[str, int]],
) -> int:
    """Insert the sessions (already validated) in the connection's transaction."""
    if not sessions:
        return 0
    now = datetime.now(UTC).isoformat()
    first = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM work_session").scalar_one())
    rows = []
    links: list[tuple[int, str]] = []
    for offset, s in enumerate(sessions, start=1):
        row_id = first + offset
        rows.append((
            row_id, s.uuid, s.day.isoformat(), _time(s.start_time), s.minutes, client_id(s),
            s.title, s.notes, int(s.private), s.pay_minor, s.currency, s.status.value,
            None if s.paid_on is None else s.paid_on.isoformat(), s.value,
            captures_to_text(s.captures), s.mood, s.energy, s.stress, s.ecological,
            s.economic, s.social, _stamp(s.created_at, now), _stamp(s.updated_at, now),
        ))  # fmt: skip
        links.extend((row_id, t.strip()) for t in s.tags if t.strip())
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.executemany(INSERT_SESSION, rows)
    if links:
        ids = tag_ids({name for _, name in links})
        raw.executemany(INSERT_LINK, [(sid, ids[name]) for sid, name in links])
    return len(rows)
