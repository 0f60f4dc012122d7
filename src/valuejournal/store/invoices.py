"""Invoices: reads and writes (mixed into Journal).

An invoice names its sessions by uuid (table ``invoice_session``), so deleting a session and
restoring it (undo) keeps it on its invoice; a session is read as covered only while it
exists. Marking an invoice paid marks its sessions' money paid on the same day, and the
change returned says how to take it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from valuejournal.core.entities import PayStatus
from valuejournal.core.invoices import Billable, Invoice, InvoiceError, validate_invoice
from valuejournal.store import tombstones
from valuejournal.store.models import InvoiceRow, InvoiceSessionRow, table_of
from valuejournal.store.queries import CLIENTS, SESSIONS, in_chunks

INVOICES = table_of(InvoiceRow)
INVOICE_SESSIONS = table_of(InvoiceSessionRow)


@dataclass(frozen=True, slots=True)
class MoneyState:
    """A session's pay status and paid-on day, as it was before a change."""

    uuid: str
    status: PayStatus
    paid_on: date | None


@dataclass(frozen=True, slots=True)
class Payment:
    """Marking an invoice paid: the invoice and its sessions' money before, to undo it."""

    invoice: Invoice
    sessions: tuple[MoneyState, ...]
    paid_on: date


class InvoicesMixin:
    """Invoice reads and writes for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...

    # -- reads ---------------------------------------------------------------------------
    def list_invoices(self, client: str | None = None) -> list[Invoice]:
        """Every invoice (of one client if named), oldest sent first."""
        stmt = (
            select(INVOICES, CLIENTS.c.name.label("client_name"))
            .select_from(INVOICES.outerjoin(CLIENTS, CLIENTS.c.id == INVOICES.c.client_id))
            .order_by(INVOICES.c.sent_on, INVOICES.c.number)
        )
        if client is not None:
            stmt = stmt.where(CLIENTS.c.name == client.strip())
        with self._read() as conn:
            rows = conn.execute(stmt).mappings().all()
            covered = _covered(conn, [r["id"] for r in rows])
        return [_invoice_from_row(r, covered.get(r["id"], ())) for r in rows]

    def get_invoice(self, number: str) -> Invoice | None:
        """The invoice with this number (case-insensitive), or None."""
        key = number.strip().casefold()
        found = [i for i in self.list_invoices() if i.number.casefold() == key]
        return found[0] if found else None

    def invoice_numbers(self, session_uuids: Iterable[str]) -> dict[str, str]:
        """For each of these sessions that is on an invoice, the invoice's number."""
        found: dict[str, str] = {}
        with self._read() as conn:
            for chunk in in_chunks(session_uuids):
                rows = conn.execute(
                    select(INVOICE_SESSIONS.c.session_uuid, INVOICES.c.number)
                    .join(INVOICES, INVOICES.c.id == INVOICE_SESSIONS.c.invoice_id)
                    .where(INVOICE_SESSIONS.c.session_uuid.in_(chunk))
                )
                found.update((str(u), str(n)) for u, n in rows)
        return found

    def invoiced_days(self) -> dict[str, date]:
        """The day each invoiced session's invoice was sent, by session uuid (the capture
        lag's split, `compute_insights(invoiced=...)`)."""
        stmt = select(INVOICE_SESSIONS.c.session_uuid, INVOICES.c.sent_on).join(
            INVOICES, INVOICES.c.id == INVOICE_SESSIONS.c.invoice_id
        )
        with self._read() as conn:
            return {str(u): d for u, d in conn.execute(stmt)}

    def billable(
        self,
        *,
        uuids: Sequence[str] | None = None,
        client: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[Billable]:
        """Sessions (these uuids, or a client's between two days) that are on no invoice and
        not paid yet, oldest first."""
        stmt = (
            select(
                SESSIONS.c.uuid,
                SESSIONS.c.day,
                CLIENTS.c.name,
                SESSIONS.c.pay_minor,
                SESSIONS.c.currency,
            )
            .select_from(SESSIONS.outerjoin(CLIENTS, CLIENTS.c.id == SESSIONS.c.client_id))
            .where(SESSIONS.c.uuid.not_in(select(INVOICE_SESSIONS.c.session_uuid)))
            .where(SESSIONS.c.status != PayStatus.PAID.value)
            .order_by(SESSIONS.c.day, SESSIONS.c.id)
        )
        if client is not None:
            stmt = stmt.where(CLIENTS.c.name == client.strip())
        if start is not None:
            stmt = stmt.where(SESSIONS.c.day >= start)
        if end is not None:
            stmt = stmt.where(SESSIONS.c.day <= end)
        with self._read() as conn:
            if uuids is None:
                rows = list(conn.execute(stmt))
            else:
                rows = []
                for chunk in in_chunks(uuids):
                    rows.extend(conn.execute(stmt.where(SESSIONS.c.uuid.in_(chunk))))
        found = [Billable(u, d, c, int(p), str(cur)) for u, d, c, p, cur in rows]
        return sorted(found, key=lambda b: b.day)

    # -- writes --------------------------------------------------------------------------
    def add_invoice(self, invoice: Invoice) -> Invoice:
        """Insert the invoice with its sessions (each on no other invoice); its client and
        sessions must exist and its number must be new. Raises InvoiceError otherwise."""
        invoice = validate_invoice(
            replace(invoice, number=invoice.number.strip(), client=invoice.client.strip())
        )
        now = datetime.now(UTC)
        try:
            with self._write() as conn:
                client_id = conn.execute(
                    select(CLIENTS.c.id).where(CLIENTS.c.name == invoice.client)
                ).scalar()
                if client_id is None:
                    raise InvoiceError(f"there is no client named {invoice.client!r}")
                taken = conn.execute(
                    select(INVOICES.c.id).where(INVOICES.c.number == invoice.number)
                ).scalar()
                if taken is not None:
                    raise InvoiceError(f"there is already an invoice numbered {invoice.number!r}")
                _check_sessions(conn, invoice)
                result = conn.execute(
                    insert(INVOICES).values(
                        uuid=invoice.uuid,
                        created_at=invoice.created_at or now,
                        **_values(invoice, int(client_id), now),
                    )
                )
                key = result.inserted_primary_key
                assert key is not None
                conn.execute(
                    insert(INVOICE_SESSIONS),
                    [{"invoice_id": int(key[0]), "session_uuid": u} for u in invoice.sessions],
                )
                tombstones.unbury(conn, [invoice.uuid])
        except IntegrityError as exc:
            raise InvoiceError(f"there is already an invoice numbered {invoice.number!r}") from exc
        return replace(invoice, created_at=invoice.created_at or now, updated_at=now)

    def delete_invoice(self, uuid: str) -> None:
        """Delete an invoice (remembered as a tombstone); its sessions stay as they are."""
        with self._write() as conn:
            if conn.execute(delete(INVOICES).where(INVOICES.c.uuid == uuid)).rowcount:
                tombstones.bury(conn, tombstones.INVOICE, [uuid])

    def mark_invoice_paid(self, number: str, paid_on: date) -> Payment:
        """Mark the invoice and its sessions' money paid on ``paid_on``; returns what it was,
        for `undo_payment`. Sessions without pay are left as they are."""
        invoice = self.get_invoice(number)
        if invoice is None:
            raise InvoiceError(f"there is no invoice numbered {number.strip()!r}")
        if paid_on < invoice.sent_on:
            raise InvoiceError(
                f"invoice {invoice.number} was sent on {invoice.sent_on.isoformat()}; "
                "it cannot be paid before that"
            )
        now = datetime.now(UTC)
        with self._write() as conn:
            states = _money_states(conn, invoice.sessions)
            rows = conn.execute(
                select(SESSIONS.c.uuid, SESSIONS.c.day, SESSIONS.c.pay_minor).where(
                    SESSIONS.c.uuid.in_(invoice.sessions)
                )
            ).all()
            late = [r.day for r in rows if r.pay_minor > 0 and r.day > paid_on]
            if late:
                raise InvoiceError(
                    f"invoice {invoice.number} covers work of {max(late).isoformat()}; "
                    "it cannot be paid before that"
                )
            paying = [r.uuid for r in rows if r.pay_minor > 0]
            conn.execute(
                update(INVOICES)
                .where(INVOICES.c.uuid == invoice.uuid)
                .values(paid_on=paid_on, updated_at=now)
            )
            for chunk in in_chunks(paying):
                conn.execute(
                    update(SESSIONS)
                    .where(SESSIONS.c.uuid.in_(chunk))
                    .values(status=PayStatus.PAID.value, paid_on=paid_on, updated_at=now)
                )
        return Payment(invoice, tuple(states), paid_on)

    def undo_payment(self, payment: Payment) -> None:
        """Take a `mark_invoice_paid` back: the invoice's paid day and its sessions' money as
        they were."""
        now = datetime.now(UTC)
        with self._write() as conn:
            conn.execute(
                update(INVOICES)
                .where(INVOICES.c.uuid == payment.invoice.uuid)
                .values(paid_on=payment.invoice.paid_on, updated_at=now)
            )
            for state in payment.sessions:
                conn.execute(
                    update(SESSIONS)
                    .where(SESSIONS.c.uuid == state.uuid)
                    .values(status=state.status.value, paid_on=state.paid_on, updated_at=now)
                )

    def mark_sessions_paid(self, uuids: Sequence[str], paid_on: date) -> list[MoneyState]:
        """Mark these sessions' money paid on ``paid_on`` (sessions without pay are left
        alone); returns their money as it was, for `restore_money`."""
        now = datetime.now(UTC)
        with self._write() as conn:
            states = _money_states(conn, uuids)
            rows = conn.execute(
                select(SESSIONS.c.uuid, SESSIONS.c.day, SESSIONS.c.pay_minor).where(
                    SESSIONS.c.uuid.in_(list(uuids))
                )
            ).all()
            late = [r.day for r in rows if r.pay_minor > 0 and r.day > paid_on]
            if late:
                raise InvoiceError(
                    f"a session of {max(late).isoformat()} cannot be paid before that day"
                )
            paying = [r.uuid for r in rows if r.pay_minor > 0]
            for chunk in in_chunks(paying):
                conn.execute(
                    update(SESSIONS)
                    .where(SESSIONS.c.uuid.in_(chunk))
                    .values(status=PayStatus.PAID.value, paid_on=paid_on, updated_at=now)
                )
        return states

    def restore_money(self, states: Iterable[MoneyState]) -> None:
        """Put sessions' pay status and paid-on day back as `MoneyState`s say."""
        now = datetime.now(UTC)
        with self._write() as conn:
            for state in states:
                conn.execute(
                    update(SESSIONS)
                    .where(SESSIONS.c.uuid == state.uuid)
                    .values(status=state.status.value, paid_on=state.paid_on, updated_at=now)
                )


def _check_sessions(conn: Connection, invoice: Invoice) -> None:
    """The invoice's sessions exist and are on no other invoice (else InvoiceError)."""
    wanted = list(dict.fromkeys(invoice.sessions))
    have: set[str] = set()
    taken: dict[str, str] = {}
    for chunk in in_chunks(wanted):
        have.update(
            conn.execute(select(SESSIONS.c.uuid).where(SESSIONS.c.uuid.in_(chunk))).scalars()
        )
        for uuid, number in conn.execute(
            select(INVOICE_SESSIONS.c.session_uuid, INVOICES.c.number)
            .join(INVOICES, INVOICES.c.id == INVOICE_SESSIONS.c.invoice_id)
            .where(INVOICE_SESSIONS.c.session_uuid.in_(chunk))
        ):
            taken[str(uuid)] = str(number)
    missing = [u for u in wanted if u not in have]
    if missing:
        raise InvoiceError(f"{len(missing)} of the invoice's sessions are not in the journal")
    if taken:
        numbers = ", ".join(sorted(set(taken.values())))
        raise InvoiceError(f"{len(taken)} of these sessions are already on invoice {numbers}")


def _money_states(conn: Connection, uuids: Iterable[str]) -> list[MoneyState]:
    states: list[MoneyState] = []
    for chunk in in_chunks(uuids):
        rows = conn.execute(
            select(SESSIONS.c.uuid, SESSIONS.c.status, SESSIONS.c.paid_on).where(
                SESSIONS.c.uuid.in_(chunk)
            )
        )
        states.extend(MoneyState(u, PayStatus(s), p) for u, s, p in rows)
    return states


def _covered(conn: Connection, invoice_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The uuids of the sessions (that exist) each invoice covers, oldest work first."""
    found: dict[int, list[str]] = {}
    for chunk in in_chunks(invoice_ids):
        rows = conn.execute(
            select(INVOICE_SESSIONS.c.invoice_id, INVOICE_SESSIONS.c.session_uuid)
            .join(SESSIONS, SESSIONS.c.uuid == INVOICE_SESSIONS.c.session_uuid)
            .where(INVOICE_SESSIONS.c.invoice_id.in_(chunk))
            .order_by(SESSIONS.c.day, SESSIONS.c.id)
        )
        for invoice_id, uuid in rows:
            found.setdefault(int(invoice_id), []).append(str(uuid))
    return {k: tuple(v) for k, v in found.items()}


def _values(invoice: Invoice, client_id: int, now: datetime) -> dict[str, Any]:
    return {
        "number": invoice.number,
        "client_id": client_id,
        "sent_on": invoice.sent_on,
        "due_on": invoice.due_on,
        "paid_on": invoice.paid_on,
        "amount_minor": invoice.amount_minor,
        "currency": invoice.currency,
        "updated_at": now,
    }


def _invoice_from_row(row: Any, sessions: tuple[str, ...]) -> Invoice:
    if row["client_name"] is None:
        client = ""
    else:
        client = str(row["client_name"])
    return Invoice(
        number=row["number"],
        client=client,
        sent_on=row["sent_on"],
        due_on=row["due_on"],
        paid_on=row["paid_on"],
        amount_minor=int(row["amount_minor"]),
        currency=row["currency"],
        sessions=sessions,
        uuid=row["uuid"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


__all__ = ["INVOICES", "INVOICE_SESSIONS", "InvoicesMixin", "MoneyState", "Payment"]
