"""What the session list asks for: filters, sort order, and the SQL they become."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from valuejournal.core.entities import PayStatus
from valuejournal.store.models import ClientRow, WorkSessionRow

SESSIONS = WorkSessionRow.__table__
CLIENTS = ClientRow.__table__

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


@dataclass(frozen=True, slots=True)
class SessionQuery:
    """Filters and order for listing sessions; every field optional."""

    text: str = ""
    client: str | None = None
    no_client: bool = False
    start: date | None = None
    end: date | None = None
    status: PayStatus | None = None
    unrated_only: bool = False
    uuids: tuple[str, ...] | None = None
    sort: str = "day"
    descending: bool = True

    def conditions(self) -> list[ColumnElement[bool]]:
        """The WHERE clauses for these filters."""
        conds: list[ColumnElement[bool]] = []
        if self.text.strip():
            like = f"%{self.text.strip()}%"
            conds.append(
                or_(
                    SESSIONS.c.title.ilike(like),
                    SESSIONS.c.notes.ilike(like),
                    CLIENTS.c.name.ilike(like),
                )
            )
        if self.client:
            conds.append(CLIENTS.c.name == self.client)
        if self.no_client:
            conds.append(SESSIONS.c.client_id.is_(None))
        if self.start:
            conds.append(SESSIONS.c.day >= self.start)
        if self.end:
            conds.append(SESSIONS.c.day <= self.end)
        if self.status:
            conds.append(SESSIONS.c.status == self.status.value)
        if self.unrated_only:
            conds.append(SESSIONS.c.value.is_(None))
        if self.uuids is not None:
            conds.append(SESSIONS.c.uuid.in_(self.uuids))
        return conds

    def select_rows(self) -> Select[Any]:
        """SELECT of session columns plus client name, filtered and ordered."""
        column = SORT_COLUMNS.get(self.sort, SESSIONS.c.day)
        order = [column.desc() if self.descending else column.asc()]
        order.append(SESSIONS.c.id.desc() if self.descending else SESSIONS.c.id.asc())
        stmt = (
            select(SESSIONS, CLIENTS.c.name.label("client_name"))
            .select_from(SESSIONS.outerjoin(CLIENTS, SESSIONS.c.client_id == CLIENTS.c.id))
            .order_by(*order)
        )
        conds = self.conditions()
        return stmt.where(and_(*conds)) if conds else stmt

    def select_count(self) -> Select[Any]:
        """SELECT COUNT(*) with the same filters."""
        stmt = select(func.count()).select_from(
            SESSIONS.outerjoin(CLIENTS, SESSIONS.c.client_id == CLIENTS.c.id)
        )
        conds = self.conditions()
        return stmt.where(and_(*conds)) if conds else stmt
