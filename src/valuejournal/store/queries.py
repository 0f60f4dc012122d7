"""SQL for a SessionQuery: the WHERE clauses, the order, the count."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from valuejournal.core.query import SessionQuery
from valuejournal.store.models import ClientRow, ProjectRow, WorkSessionRow, table_of

__all__ = [
    "SessionQuery",
    "select_rows",
    "select_count",
    "in_chunks",
    "SESSIONS",
    "CLIENTS",
    "PROJECTS",
]

IN_CHUNK = 900
"""Values per ``IN (...)`` list: each is a bound parameter, and old SQLite builds allow 999."""

T = TypeVar("T")
SESSIONS = table_of(WorkSessionRow)
CLIENTS = table_of(ClientRow)
PROJECTS = table_of(ProjectRow)
_JOINED = SESSIONS.outerjoin(CLIENTS, SESSIONS.c.client_id == CLIENTS.c.id).outerjoin(
    PROJECTS, SESSIONS.c.project_id == PROJECTS.c.id
)

SORT_COLUMNS: dict[str, Any] = {
    "day": SESSIONS.c.day,
    "client": CLIENTS.c.name,
    "title": SESSIONS.c.title,
    "minutes": SESSIONS.c.minutes,
    "pay": SESSIONS.c.pay_minor,
    "status": SESSIONS.c.status,
    "value": SESSIONS.c.value,
    "mood": SESSIONS.c.mood,
}


def in_chunks(values: Iterable[T]) -> Iterator[list[T]]:
    """The distinct values (first occurrence kept) in lists short enough for one ``IN``."""
    wanted = list(dict.fromkeys(values))
    for i in range(0, len(wanted), IN_CHUNK):
        yield wanted[i : i + IN_CHUNK]


def conditions(query: SessionQuery) -> list[ColumnElement[bool]]:
    """The WHERE clauses for the query's filters."""
    conds: list[ColumnElement[bool]] = []
    if query.text.strip():
        like = f"%{query.text.strip()}%"
        conds.append(
            or_(
                SESSIONS.c.title.ilike(like),
                SESSIONS.c.notes.ilike(like),
                CLIENTS.c.name.ilike(like),
                PROJECTS.c.name.ilike(like),
            )
        )
    if query.client:
        conds.append(CLIENTS.c.name == query.client)
    if query.no_client:
        conds.append(SESSIONS.c.client_id.is_(None))
    if query.start:
        conds.append(SESSIONS.c.day >= query.start)
    if query.end:
        conds.append(SESSIONS.c.day <= query.end)
    if query.status:
        conds.append(SESSIONS.c.status == query.status.value)
    if query.unrated_only:
        conds.append(SESSIONS.c.value.is_(None))
    if query.uuids is not None:
        conds.append(SESSIONS.c.uuid.in_(query.uuids))
    return conds


def select_rows(query: SessionQuery) -> Select[Any]:
    """SELECT of session columns plus the client's name, filtered and ordered."""
    column = SORT_COLUMNS.get(query.sort, SESSIONS.c.day)
    tie = SESSIONS.c.id
    order = [column.desc(), tie.desc()] if query.descending else [column.asc(), tie.asc()]
    stmt = select(
        SESSIONS, CLIENTS.c.name.label("client_name"), PROJECTS.c.name.label("project_name")
    ).select_from(_JOINED)
    conds = conditions(query)
    return (stmt.where(and_(*conds)) if conds else stmt).order_by(*order)


def select_count(query: SessionQuery) -> Select[Any]:
    """SELECT COUNT(*) with the same filters."""
    stmt = select(func.count()).select_from(_JOINED)
    conds = conditions(query)
    return stmt.where(and_(*conds)) if conds else stmt
