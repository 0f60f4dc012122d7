"""Fast inserts of many sessions (imports, demo journals, restores) through the SQLite driver.

SQLAlchemy's per-row statement handling costs seconds at 100,000 rows, so bulk inserts take
the row mapper's column values (`convert.session_row`), turn them into the storage formats
with the models' own column types (ISO dates, times with microseconds, 0/1 booleans, ISO UTC
timestamps: what SQLAlchemy reads back) and hand them to `executemany` directly, a chunk of
rows at a time (the rows of a large import are never all built at once).
Row ids are assigned explicitly so tags can be linked without reading the rows back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite

from valuejournal.core import fx
from valuejournal.core.entities import Session
from valuejournal.store.convert import SESSION_VALUE_NAMES, session_row
from valuejournal.store.models import WorkSessionRow, table_of

CHUNK = 5000
"""Rows built and handed to SQLite at a time."""
INSERT_SESSION = (
    f"INSERT INTO work_session ({', '.join(SESSION_VALUE_NAMES)}, id) "
    f"VALUES ({', '.join('?' * (len(SESSION_VALUE_NAMES) + 1))})"
)
Freeze = Callable[[str, date], fx.Frozen | None]
"""(currency, day) -> the rate to freeze on a session (``store.exchange.Lookup.frozen``)."""
INSERT_LINK = "INSERT OR IGNORE INTO session_tag (session_id, tag_id) VALUES (?, ?)"


def _memo(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` remembering its results: a batch repeats days, times and timestamps."""
    cache: dict[Any, Any] = {}

    def stored(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            result = cache[value] = process(value)
            return result

    return stored


def _storage_formats() -> list[tuple[int, Callable[[Any], Any]]]:
    """For each value of `session_row` that needs one, its position and the function giving
    its stored form (the column type's own SQLite bind processor, remembered for one batch)."""
    dialect = sqlite.dialect()
    columns = table_of(WorkSessionRow).columns
    formats = []
    for position, name in enumerate(SESSION_VALUE_NAMES):
        process = columns[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            formats.append((position, _memo(process)))
    return formats


def insert_sessions(
    conn: Connection,
    sessions: Sequence[Session],
    client_id: Callable[[Session], int | None],
    tag_ids: Callable[[set[str]], dict[str, int]],
    project_id: Callable[[Session, int | None], int | None] = lambda _s, _c: None,
    freeze: Freeze = lambda _c, _d: None,
) -> int:
    """Insert the sessions (already validated) in the connection's transaction. A session
    without a frozen rate gets ``freeze``'s rate for its currency and day as it is written
    (the rate 1 in the base currency), not by reading and updating the rows after
    (store/exchange.freeze_missing); it stays without one when ``freeze`` has none."""
    if not sessions:
        return 0
    now = datetime.now(UTC)
    next_id = int(
        conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM work_session").scalar_one()
    )
    stored_forms = _storage_formats()
    fx_at = SESSION_VALUE_NAMES.index("fx_rate")
    fx_day_at = SESSION_VALUE_NAMES.index("fx_day")
    raw = conn.connection.driver_connection
    assert raw is not None
    for start in range(0, len(sessions), CHUNK):
        rows = []
        links: list[tuple[int, str]] = []
        for s in sessions[start : start + CHUNK]:
            next_id += 1
            client = client_id(s)
            values = list(session_row(s, client, now, project_id(s, client)))
            if values[fx_at] is None and (rate := freeze(s.currency, s.day)) is not None:
                values[fx_at], values[fx_day_at] = rate.text, rate.day
            for position, stored in stored_forms:
                values[position] = stored(values[position])
            values.append(next_id)
            rows.append(values)
            if s.tags:
                links.extend((next_id, t.strip()) for t in s.tags if t.strip())
        raw.executemany(INSERT_SESSION, rows)
        if links:
            ids = tag_ids({name for _, name in links})
            raw.executemany(INSERT_LINK, [(sid, ids[name]) for sid, name in links])
    return len(sessions)
