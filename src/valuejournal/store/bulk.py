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
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite

from valuejournal.core import fx
from valuejournal.core.entities import Session
from valuejournal.core.gc_pause import paused_gc
from valuejournal.store.convert import SESSION_VALUE_NAMES, captures_to_text
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


def _column_makers() -> dict[str, Callable[[Sequence[Session]], list[Any]]]:
    """For each column of `convert.session_row` but the client's and project's ids, how to
    read it off a batch of sessions at once (the same values, column by column)."""
    makers: dict[str, Callable[[Sequence[Session]], list[Any]]] = {}
    for name in SESSION_VALUE_NAMES:
        if name in _DERIVED or name in _IDS:
            continue
        makers[name] = _copied(name)
    makers.update(_DERIVED)
    return makers


def _copied(name: str) -> Callable[[Sequence[Session]], list[Any]]:
    """A field stored as the session holds it."""
    get = attrgetter(name)

    def values(batch: Sequence[Session]) -> list[Any]:
        return list(map(get, batch))

    return values


def _enum_values(name: str) -> Callable[[Sequence[Session]], list[Any]]:
    """An enum-valued field's stored values (`.value`, read through a dict, not the enum's
    property, which costs more per row than the rest of the row)."""
    get = attrgetter(name)

    def values(batch: Sequence[Session]) -> list[Any]:
        found = list(map(get, batch))
        value_of = {member: member.value for member in set(found)}
        return list(map(value_of.__getitem__, found))

    return values


def _captures(batch: Sequence[Session]) -> list[str]:
    found = [s.captures for s in batch]
    text = {captures: captures_to_text(captures) for captures in set(found)}
    return list(map(text.__getitem__, found))


_IDS = ("client_id", "project_id")
_DERIVED: dict[str, Callable[[Sequence[Session]], list[Any]]] = {
    "status": _enum_values("status"),
    "pay_source": _enum_values("pay_source"),
    "giving": _enum_values("giving"),
    "captures": _captures,
    "duration_seconds": lambda batch: [s.duration_seconds for s in batch],
}
_STAMPS = ("created_at", "updated_at")


def _storage_formats() -> dict[str, Callable[[Any], Any]]:
    """For each column of `session_row` that needs one, the function giving its stored form
    (the column type's own SQLite bind processor)."""
    dialect = sqlite.dialect()
    columns = table_of(WorkSessionRow).columns
    formats: dict[str, Callable[[Any], Any]] = {}
    for name in SESSION_VALUE_NAMES:
        process = columns[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            formats[name] = process
    return formats


def _stored(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``values`` in their stored form, each distinct value processed once (a batch repeats
    its days, times of day and timestamps)."""
    form = {value: process(value) for value in set(values)}
    return list(map(form.__getitem__, values))


def session_columns(
    batch: Sequence[Session],
    client_ids: list[int | None],
    project_ids: list[int | None],
    now: datetime,
    freeze: Freeze,
) -> list[list[Any]]:
    """The batch's work_session values in storage form, one list per column of
    :data:`SESSION_VALUE_NAMES` (what `session_row` gives row by row, ``now`` standing in
    for missing timestamps), a session without a frozen rate given ``freeze``'s."""
    values: dict[str, list[Any]] = {name: make(batch) for name, make in _MAKERS.items()}
    values["client_id"], values["project_id"] = client_ids, project_ids
    for name in _STAMPS:
        values[name] = [stamp or now for stamp in values[name]]
    rates = values["fx_rate"]
    if None in rates:
        pairs = list(zip(values["currency"], values["day"], strict=True))
        waiting = {pair for pair, rate in zip(pairs, rates, strict=True) if rate is None}
        frozen = {pair: freeze(*pair) for pair in waiting}
        known = {pair: (f.text, f.day) for pair, f in frozen.items() if f is not None}
        given = [
            None if rate is not None else known.get(pair)
            for pair, rate in zip(pairs, rates, strict=True)
        ]
        values["fx_rate"] = [r if g is None else g[0] for r, g in zip(rates, given, strict=True)]
        values["fx_day"] = [
            d if g is None else g[1] for d, g in zip(values["fx_day"], given, strict=True)
        ]
    for name, process in _FORMATS.items():
        values[name] = _stored(values[name], process)
    return [values[name] for name in SESSION_VALUE_NAMES]


_MAKERS = _column_makers()
_FORMATS = _storage_formats()


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
    raw = conn.connection.driver_connection
    assert raw is not None
    indexes = _set_indexes_aside(raw, len(sessions), next_id)
    with paused_gc():  # the rows hold no cycles: the collector would only walk them over
        for start in range(0, len(sessions), CHUNK):
            batch = sessions[start : start + CHUNK]
            clients = list(map(client_id, batch))
            projects = list(map(project_id, batch, clients))
            ids = range(next_id + 1, next_id + 1 + len(batch))
            next_id += len(batch)
            columns = session_columns(batch, clients, projects, now, freeze)
            raw.executemany(INSERT_SESSION, zip(*columns, ids, strict=True))
            links = [
                (sid, tag)
                for sid, s in zip(ids, batch, strict=True)
                if s.tags
                for tag in (t.strip() for t in s.tags)
                if tag
            ]
            if links:
                found = tag_ids({name for _, name in links})
                raw.executemany(INSERT_LINK, [(sid, found[name]) for sid, name in links])
    for create in indexes:  # a repeated uuid fails here (IntegrityError), as on insert
        raw.execute(create)
    return len(sessions)


REBUILD_FROM = 10_000
"""A batch of at least this many sessions, more than the journal holds, is inserted with the
table's indexes set aside and built again after."""


def _set_indexes_aside(raw: Any, adding: int, held: int) -> list[str]:
    """Drop the work_session indexes for a large batch into a small table; return the
    statements that create them again (run in the same transaction: a failure rolls back
    to the indexes as they were).

    Building an index over all rows at once sorts them; keeping it up to date row by row
    puts each random uuid into its B-tree: 92,000 imported sessions took 1.1 s to insert with
    the indexes, 0.7 s without them and building them after. ``held`` is the table's highest
    row id (at least its row count).
    """
    if adding < REBUILD_FROM or adding <= held:
        return []
    found = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'work_session' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in found:
        raw.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]
