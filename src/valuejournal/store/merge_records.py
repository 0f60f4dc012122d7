"""The journal's rows that a merge carries as plain `core.merge.Record` data, table-driven:
projects, invoices (with the sessions each covers), canvases, skill tags, weekly reviews and
exchange rates. One path reads, writes and deletes every one of them (`store.merge`).

A record's values are its columns but ``id``, ``uuid`` and ``updated_at``; a ``client_id``
becomes the client's name (ids differ between two copies, names are unique) and is found
again by name when written, so clients are written first. Skill tags have no uuid: the
name is their identity (``ident``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, insert, select, update

from valuejournal.core.merge import Record
from valuejournal.core.tombstone import CANVAS, INVOICE, PROJECT, RATE, SKILL, WEEKLY
from valuejournal.store.canvas import CANVASES, SKILLS
from valuejournal.store.exchange import RATES
from valuejournal.store.invoices import INVOICE_SESSIONS, INVOICES
from valuejournal.store.queries import CLIENTS, PROJECTS, in_chunks
from valuejournal.store.weekly_reviews import REVIEWS

__all__ = ["ROWS", "read_records", "remove_records", "write_records"]


@dataclass(frozen=True, slots=True)
class Rows:
    """How one kind's table maps to records."""

    table: Table
    ident: str = "uuid"  # the column a record's uuid names
    client: bool = False  # client_id carried as the client's name

    @property
    def edited(self) -> bool:
        """True when the table keeps each row's last edit time."""
        return "updated_at" in self.table.c


ROWS: dict[str, Rows] = {
    PROJECT: Rows(PROJECTS, client=True),
    INVOICE: Rows(INVOICES, client=True),
    CANVAS: Rows(CANVASES),
    SKILL: Rows(SKILLS, ident="name"),
    WEEKLY: Rows(REVIEWS),
    RATE: Rows(RATES),
}
"""Every kind merged as rows, in the order they are written (projects before sessions)."""

_NOT_VALUES = {"id", "uuid", "updated_at", "client_id"}


def read_records(conn: Connection) -> dict[str, list[Record]]:
    """Every record of the `ROWS` kinds the journal holds."""
    names = dict(conn.execute(select(CLIENTS.c.id, CLIENTS.c.name)).all())
    covered: dict[int, list[str]] = defaultdict(list)
    for invoice_id, session_uuid in conn.execute(select(INVOICE_SESSIONS)).all():
        covered[invoice_id].append(session_uuid)
    found: dict[str, list[Record]] = {}
    for kind, rows in ROWS.items():
        found[kind] = []
        for row in conn.execute(select(rows.table)).mappings():
            values = {k: v for k, v in row.items() if k not in _NOT_VALUES}
            if rows.client:
                values["client"] = names.get(row["client_id"])
            if kind == INVOICE:
                values["sessions"] = tuple(sorted(covered.get(row["id"], ())))
            updated = row["updated_at"] if rows.edited else None
            found[kind].append(Record.of(str(row[rows.ident]), updated, values))
    return found


def write_records(conn: Connection, kind: str, records: Iterable[Record]) -> None:
    """Write ``records`` of ``kind`` whole: update the row they name, else insert it."""
    rows = ROWS[kind]
    table = rows.table
    for record in records:
        values = dict(record.values)
        sessions = values.pop("sessions", None)
        if rows.client:
            name = values.pop("client")
            values["client_id"] = conn.execute(
                select(CLIENTS.c.id).where(CLIENTS.c.name == name)
            ).scalar()
        if rows.edited:
            values["updated_at"] = record.updated_at
        match = table.c[rows.ident] == record.uuid
        if not conn.execute(update(table).where(match).values(**values)).rowcount:
            conn.execute(insert(table).values(**{rows.ident: record.uuid, **values}))
        if isinstance(sessions, tuple):
            _cover(conn, record.uuid, sessions)


def _cover(conn: Connection, invoice_uuid: str, sessions: tuple[str, ...]) -> None:
    """The invoice covers exactly ``sessions`` (a session is on one invoice at most: the
    invoice written last takes it)."""
    invoice_id = conn.execute(select(INVOICES.c.id).where(INVOICES.c.uuid == invoice_uuid)).scalar()
    conn.execute(delete(INVOICE_SESSIONS).where(INVOICE_SESSIONS.c.invoice_id == invoice_id))
    for chunk in in_chunks(sessions):
        conn.execute(delete(INVOICE_SESSIONS).where(INVOICE_SESSIONS.c.session_uuid.in_(chunk)))
    if sessions:
        conn.execute(
            insert(INVOICE_SESSIONS),
            [{"invoice_id": invoice_id, "session_uuid": u} for u in sessions],
        )


def remove_records(conn: Connection, kind: str, uuids: Iterable[str]) -> None:
    """Delete the records of ``kind`` that ``uuids`` name (no tombstone written)."""
    rows = ROWS[kind]
    column = rows.table.c[rows.ident]
    for chunk in in_chunks(uuids):
        if kind == INVOICE:
            ids = select(INVOICES.c.id).where(INVOICES.c.uuid.in_(chunk))
            conn.execute(delete(INVOICE_SESSIONS).where(INVOICE_SESSIONS.c.invoice_id.in_(ids)))
        conn.execute(delete(rows.table).where(column.in_(chunk)))
