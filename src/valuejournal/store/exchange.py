"""The rate table and the rates frozen on sessions (mixed into Journal; rules in core/fx.py).

A session written without a rate (``fx_rate`` NULL: new, imported, or its currency changed)
gets one inside the same transaction: "1" in the base currency, else the table's rate for
its day, if the table reaches its currency. Adding rates freezes them on the sessions still
waiting for one; changing or deleting a rate leaves every frozen session as it was.
Changing the base currency re-freezes every session against the new base (a rate only means
something against the base it was frozen for).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from valuejournal.core import fx
from valuejournal.core.fx import ExchangeRate
from valuejournal.store import tombstones
from valuejournal.store.errors import JournalError
from valuejournal.store.models import ExchangeRateRow, JournalMetaRow, table_of
from valuejournal.store.queries import SESSIONS, in_chunks

RATES = table_of(ExchangeRateRow)
META = table_of(JournalMetaRow)


def base_currency(conn: Connection) -> str:
    """The journal's base currency, read in ``conn``."""
    found = conn.execute(select(META.c.base_currency).order_by(META.c.id).limit(1)).scalar()
    return str(found or "EUR").upper()


class Lookup:
    """The table's rates as ``core.fx.choose`` asks for them, read in one connection and
    remembered (an import freezes many sessions of few currencies and days).

    ``point=True`` is for a write of a session or a few: each rate asked for is found with
    the pair's index (the rate on or before the day, else the first after), instead of
    reading the pair's whole history (ten years of daily rates) for one session.
    """

    def __init__(self, conn: Connection, *, point: bool = False) -> None:
        self.conn = conn
        self.point = point
        self.base = base_currency(conn)
        self._quoted: dict[str, set[str]] = {}
        self._pairs: dict[tuple[str, str], tuple[list[date], list[str]]] = {}
        self._points: dict[tuple[str, str, date], tuple[date, Decimal] | None] = {}
        self._frozen: dict[tuple[str, date], fx.Frozen | None] = {}

    def _quoted_per(self, currency: str) -> set[str]:
        """The currencies that ``currency`` has rates quoted per (through its index)."""
        if currency not in self._quoted:
            found = self.conn.execute(
                select(RATES.c.per).where(RATES.c.currency == currency).distinct()
            ).scalars()
            self._quoted[currency] = {str(per) for per in found}
        return self._quoted[currency]

    def pivots(self, currency: str) -> list[str]:
        """The currencies a cross rate for ``currency`` can go through: both it and the base
        are quoted per them (``fx.choose`` finds nothing through any other)."""
        return sorted(self._quoted_per(currency) & self._quoted_per(self.base))

    def _rates(self, currency: str, per: str) -> tuple[list[date], list[str]]:
        """The pair's days (sorted) and rates, read once (then found by bisection)."""
        key = (currency, per)
        if key not in self._pairs:
            rows = self.conn.execute(
                select(RATES.c.day, RATES.c.rate)
                .where((RATES.c.currency == currency) & (RATES.c.per == per))
                .order_by(RATES.c.day)
            ).all()
            self._pairs[key] = ([r.day for r in rows], [str(r.rate) for r in rows])
        return self._pairs[key]

    def _point(self, currency: str, per: str, day: date) -> tuple[date, Decimal] | None:
        """The pair's last rate on or before ``day``, else its first one after (by index)."""
        key = (currency, per, day)
        if key not in self._points:
            pair = (RATES.c.currency == currency) & (RATES.c.per == per)
            row = self.conn.execute(
                select(RATES.c.day, RATES.c.rate)
                .where(pair & (RATES.c.day <= day))
                .order_by(RATES.c.day.desc())
                .limit(1)
            ).first()
            if row is None:
                row = self.conn.execute(
                    select(RATES.c.day, RATES.c.rate)
                    .where(pair & (RATES.c.day > day))
                    .order_by(RATES.c.day)
                    .limit(1)
                ).first()
            self._points[key] = None if row is None else (row.day, Decimal(str(row.rate)))
        return self._points[key]

    def nearest(self, currency: str, per: str, day: date) -> tuple[date, Decimal] | None:
        """The pair's last rate on or before ``day``, else its first one after."""
        if self.point:
            return self._point(currency, per, day)
        days, rates = self._rates(currency, per)
        if not days:
            return None
        i = max(bisect_right(days, day) - 1, 0)
        return days[i], Decimal(rates[i])

    def frozen(self, currency: str, day: date) -> fx.Frozen | None:
        """The rate to freeze on a session in ``currency`` on ``day`` (None: none known)."""
        key = (currency.upper(), day)
        if key not in self._frozen:
            if key[0] == self.base:
                self._frozen[key] = fx.BASE
            else:
                pivots = self.pivots(key[0])
                self._frozen[key] = fx.choose(key[0], self.base, day, self.nearest, pivots)
        return self._frozen[key]


POINT_LOOKUPS = 50
"""Up to this many sessions, rates are found one by one with the table's index."""


def freeze_missing(conn: Connection, uuids: Iterable[str] | None = None) -> list[str]:
    """Freeze a rate on the sessions (these, or all) that have none and can get one now;
    returns the uuids of the sessions in another currency than the base that got one.

    With ``uuids`` only those sessions are read and written (a single add or edit costs the
    same in a journal of 50 sessions or 50,000); without, every session waiting for a rate.
    """
    wanted = None if uuids is None else list(dict.fromkeys(uuids))
    if wanted is not None and not wanted:
        return []
    lookup = Lookup(conn, point=wanted is not None and len(wanted) <= POINT_LOOKUPS)
    base_rows = update(SESSIONS).where(
        SESSIONS.c.fx_rate.is_(None), SESSIONS.c.currency == lookup.base
    )
    chunks: Iterable[list[str] | None] = [None] if wanted is None else in_chunks(wanted)
    frozen: list[str] = []
    for chunk in chunks:
        mine = base_rows if chunk is None else base_rows.where(SESSIONS.c.uuid.in_(chunk))
        conn.execute(mine.values(fx_rate=fx.rate_text(fx.ONE), fx_day=None))
        stmt = select(SESSIONS.c.id, SESSIONS.c.uuid, SESSIONS.c.currency, SESSIONS.c.day)
        stmt = stmt.where(SESSIONS.c.fx_rate.is_(None))
        if chunk is not None:
            stmt = stmt.where(SESSIONS.c.uuid.in_(chunk))
        found = []
        for row in conn.execute(stmt).all():
            rate = lookup.frozen(row.currency, row.day)
            if rate is None:
                continue
            found.append({"sid": row.id, "b_rate": rate.text, "b_day": rate.day})
            if rate.day is not None:
                frozen.append(str(row.uuid))
        if found:  # one statement for them all (an import freezes thousands)
            conn.execute(
                update(SESSIONS)
                .where(SESSIONS.c.id == bindparam("sid"))
                .values(fx_rate=bindparam("b_rate"), fx_day=bindparam("b_day")),
                found,
            )
    return frozen


def refreeze_all(conn: Connection) -> None:
    """Forget every frozen rate and freeze again against the base as it is now."""
    conn.execute(update(SESSIONS).values(fx_rate=None, fx_day=None))
    freeze_missing(conn)


def _rate_from_row(row: object) -> ExchangeRate:
    return ExchangeRate(
        currency=row.currency,  # type: ignore[attr-defined]
        day=row.day,  # type: ignore[attr-defined]
        rate=Decimal(row.rate),  # type: ignore[attr-defined]
        per=row.per,  # type: ignore[attr-defined]
        uuid=row.uuid,  # type: ignore[attr-defined]
    )


def _values(rate: ExchangeRate, now: datetime) -> dict[str, object]:
    return {
        "currency": rate.currency.upper(),
        "per": rate.per.upper(),
        "day": rate.day,
        "rate": fx.rate_text(rate.rate),
        "updated_at": now,
    }


class ExchangeMixin:
    """Rate table reads and writes for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...

    def list_rates(self, currency: str | None = None) -> list[ExchangeRate]:
        """The rate table (one currency's rows if named), by currency, newest day first."""
        stmt = select(RATES).order_by(RATES.c.currency, RATES.c.per, RATES.c.day.desc())
        if currency is not None:
            stmt = stmt.where(RATES.c.currency == currency.upper())
        with self._read() as conn:
            return [_rate_from_row(r) for r in conn.execute(stmt)]

    def find_rate(self, currency: str, per: str, day: date) -> ExchangeRate | None:
        """The table's row for this pair and day, if there is one."""
        stmt = select(RATES).where(
            RATES.c.currency == currency.upper(), RATES.c.per == per.upper(), RATES.c.day == day
        )
        with self._read() as conn:
            row = conn.execute(stmt).first()
        return None if row is None else _rate_from_row(row)

    def sessions_without_rate(self) -> dict[str, int]:
        """Per currency, how many sessions with money wait for a rate (not counted yet)."""
        stmt = (
            select(SESSIONS.c.currency, func.count())
            .where(SESSIONS.c.fx_rate.is_(None), SESSIONS.c.pay_minor > 0)
            .group_by(SESSIONS.c.currency)
        )
        with self._read() as conn:
            return {str(c): int(n) for c, n in conn.execute(stmt)}

    def save_rate(self, rate: ExchangeRate) -> list[str]:
        """Insert the rate, or update the row with its uuid; returns the sessions that got
        their rate from it (those still waiting for one). Frozen sessions keep theirs."""
        now = datetime.now(UTC)
        values = _values(rate, now)
        try:
            with self._write() as conn:
                found = conn.execute(
                    update(RATES).where(RATES.c.uuid == rate.uuid).values(**values)
                ).rowcount
                if not found:
                    conn.execute(insert(RATES).values(uuid=rate.uuid, **values))
                    tombstones.unbury(conn, [rate.uuid])  # a deleted rate put back (undo)
                return freeze_missing(conn)
        except IntegrityError as exc:
            raise JournalError(
                f"there is already a {rate.currency} rate for {rate.day.isoformat()}"
            ) from exc

    def delete_rate(self, uuid: str) -> ExchangeRate | None:
        """Delete a rate from the table (frozen sessions keep theirs); returns it as it was."""
        with self._write() as conn:
            row = conn.execute(select(RATES).where(RATES.c.uuid == uuid)).first()
            if row is None:
                return None
            conn.execute(delete(RATES).where(RATES.c.uuid == uuid))
            tombstones.bury(conn, tombstones.RATE, [uuid])  # a merge keeps it deleted
            return _rate_from_row(row)

    def unfreeze(self, uuids: Sequence[str]) -> None:
        """Take back the rates frozen on these sessions (undoing the rate that gave them) and
        freeze what the table offers now."""
        with self._write() as conn:
            for chunk in in_chunks(uuids):
                conn.execute(
                    update(SESSIONS)
                    .where(SESSIONS.c.uuid.in_(chunk))
                    .values(fx_rate=None, fx_day=None)
                )
            freeze_missing(conn, uuids)

    def import_rates(self, rates: Sequence[ExchangeRate]) -> tuple[int, list[str]]:
        """Add many rates in one transaction (a row for a pair and day already in the table
        takes the new rate); returns how many rows were written and the sessions frozen."""
        if not rates:
            return 0, []
        now = datetime.now(UTC)
        stmt = sqlite_insert(RATES)
        stmt = stmt.on_conflict_do_update(
            index_elements=["currency", "per", "day"],
            set_={"rate": stmt.excluded.rate, "updated_at": stmt.excluded.updated_at},
        )
        with self._write() as conn:
            conn.execute(stmt, [{"uuid": r.uuid, **_values(r, now)} for r in rates])
            return len(rates), freeze_missing(conn)
