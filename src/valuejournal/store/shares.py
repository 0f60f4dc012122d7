"""Re-deriving the shares of fixed prices and retainers after a write (core/rates.py's rule).

Called inside the writing transaction, so a session and the shares resting on it land
together. Only sessions whose pay follows the rate are touched; a share above zero makes a
session's money pending if it was "none" (agreed money is owed), and a paid session keeps
its amount rather than drop to nothing. ``updated_at`` is left
alone: a share is derived, and every copy of the journal derives the same one.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import date

from sqlalchemy import Connection, bindparam, text

from valuejournal.core.entities import Giving, PaySource
from valuejournal.core.rates import PayRow, Rate, make_rate, spread_shares
from valuejournal.store.queries import in_chunks


def respread(conn: Connection, client_ids: Iterable[int | None] | None = None) -> int:
    """Re-derive the shares of these clients' sessions (None: every client); returns how
    many sessions changed."""
    wanted = None if client_ids is None else sorted({c for c in client_ids if c is not None})
    if wanted == []:
        return 0
    chunks: Iterable[list[int] | None] = [None] if wanted is None else in_chunks(wanted)
    changed = 0
    for chunk in chunks:
        changed += _respread_chunk(conn, chunk)
    return changed


def _respread_chunk(conn: Connection, chunk: list[int] | None) -> int:
    where = "" if chunk is None else " WHERE id IN :ids"
    params = {} if chunk is None else {"ids": chunk}

    def query(sql: str) -> list[tuple[object, ...]]:
        stmt = text(sql)
        if chunk is not None:
            stmt = stmt.bindparams(bindparam("ids", expanding=True))
        return [tuple(r) for r in conn.execute(stmt, params)]

    client_rates: dict[Hashable, Rate] = {
        cid: make_rate(str(kind), _int(amount))
        for cid, kind, amount in query(f"SELECT id, rate_kind, rate_minor FROM client{where}")
    }
    spreading = [cid for cid, rate in client_rates.items() if rate.is_set]
    project_where = "" if chunk is None else " WHERE client_id IN :ids"
    project_rates: dict[Hashable, Rate] = {
        pid: make_rate(str(kind), _int(amount))
        for pid, kind, amount in query(
            f"SELECT id, rate_kind, rate_minor FROM project{project_where}"
        )
    }
    if not spreading and not any(r.is_set for r in project_rates.values()):
        return 0
    session_where = "" if chunk is None else " WHERE client_id IN :ids"
    rows = query(
        "SELECT id, day, duration_seconds, client_id, project_id, pay_minor, pay_source, "
        f"giving, status FROM work_session{session_where}"
    )
    status = {r[0]: r[8] for r in rows}
    current = {r[0]: r[5] for r in rows}
    shares = spread_shares(
        (
            PayRow(
                key=r[0],
                day=date.fromisoformat(str(r[1])),
                seconds=_int(r[2]) or 0,
                client=r[3],
                project=r[4],
                pay_minor=_int(r[5]) or 0,
                pay_source=PaySource(str(r[6])),
                giving=Giving(str(r[7])),
            )
            for r in rows
        ),
        client_rates,
        project_rates,
    )
    updates = [
        {
            "sid": key,
            "pay": amount,
            "status": "pending" if amount > 0 and status[key] == "none" else status[key],
        }
        for key, amount in shares.items()
        if (amount != current[key] or (amount > 0 and status[key] == "none"))
        and not (amount == 0 and status[key] == "paid")  # paid money is never taken back
    ]
    if updates:
        conn.execute(
            text("UPDATE work_session SET pay_minor = :pay, status = :status WHERE id = :sid"),
            updates,
        )
    return len(updates)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None
