"""Fast inserts of many sessions (imports, demo journals, restores) through the SQLite driver.

SQLAlchemy's per-row statement handling costs seconds at 100,000 rows, so bulk inserts take
the row mapper's column values (`convert.session_values`), turn them into the storage formats
with the models' own column types (ISO dates, times with microseconds, 0/1 booleans, ISO UTC
timestamps: what SQLAlchemy reads back) and hand them to `executemany` directly.
Row ids are assigned explicitly so tags can be linked without reading the rows back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite

from valuejournal.core.entities import Session
from valuejournal.store.convert import session_values
from valuejournal.store.models import WorkSessionRow, table_of
from valuejournal.store.schema import column_names

COLUMNS = column_names(WorkSessionRow)
INSERT_SESSION = (
    f"INSERT INTO work_session ({', '.join(COLUMNS)}) "
    f"VALUES ({', '.join(':' + name for name in COLUMNS)})"
)
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


def _storage_formats() -> dict[str, Callable[[Any], Any]]:
    """For each work_session column that needs one, the function giving its stored form
    (the column type's own SQLite bind processor, remembered for one batch)."""
    dialect = sqlite.dialect()
    formats = {}
    for column in table_of(WorkSessionRow).columns:
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            formats[column.name] = _memo(process)
    return formats


def insert_sessions(
    conn: Connection,
    sessions: Sequence[Session],
    client_id: Callable[[Session], int | None],
    tag_ids: Callable[[set[str]], dict[str, int]],
) -> int:
    """Insert the sessions (already validated) in the connection's transaction."""
    if not sessions:
        return 0
    now = datetime.now(UTC)
    first = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM work_session").scalar_one())
    stored_forms = _storage_formats()
    rows = []
    links: list[tuple[int, str]] = []
    for offset, s in enumerate(sessions, start=1):
        row_id = first + offset
        values = session_values(s, client_id(s), now)
        for name, stored in stored_forms.items():
            values[name] = stored(values[name])
        values["id"] = row_id
        rows.append(values)
        links.extend((row_id, t.strip()) for t in s.tags if t.strip())
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.executemany(INSERT_SESSION, rows)
    if links:
        ids = tag_ids({name for _, name in links})
        raw.executemany(INSERT_LINK, [(sid, ids[name]) for sid, name in links])
    return len(rows)
