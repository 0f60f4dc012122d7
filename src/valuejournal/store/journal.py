"""The journal file as one object: open it, then read and write clients and sessions.

Every public write is one transaction: it either lands whole or leaves the file as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, CursorResult, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from valuejournal.core.entities import Client, JournalInfo, Session, new_uuid, round_minutes
from valuejournal.core.query import SessionQuery
from valuejournal.core.rules import validate_client, validate_session
from valuejournal.store import bulk, cipher, convert, exchange, lock, shares, tombstones
from valuejournal.store.canvas import CanvasMixin
from valuejournal.store.engine import HEAD_REVISION, make_engine, prepare, stored_revision
from valuejournal.store.errors import JournalError, JournalUnavailableError, classify
from valuejournal.store.exchange import ExchangeMixin
from valuejournal.store.homework import HomeworkMixin
from valuejournal.store.invoices import InvoicesMixin
from valuejournal.store.models import JournalMetaRow, SessionTagRow, TagRow, table_of
from valuejournal.store.moods import MoodsMixin
from valuejournal.store.notes import NotesMixin
from valuejournal.store.projects import ProjectsMixin
from valuejournal.store.queries import CLIENTS, SESSIONS, in_chunks, select_count, select_rows
from valuejournal.store.reminders import RemindersMixin
from valuejournal.store.timer import TimerMixin
from valuejournal.store.weekly_reviews import WeeklyReviewsMixin
from valuejournal.store.write_watch import WriteWatch

log = logging.getLogger(__name__)

META = table_of(JournalMetaRow)
TAGS = table_of(TagRow)
SESSION_TAGS = table_of(SessionTagRow)
SCHEMA_VERSION = 1


class Journal(
    NotesMixin,
    MoodsMixin,
    TimerMixin,
    RemindersMixin,
    ProjectsMixin,
    InvoicesMixin,
    CanvasMixin,
    WeeklyReviewsMixin,
    HomeworkMixin,
    ExchangeMixin,
):
    """An open journal file. Use `Journal.open(path)`; close it with `close()`."""

    read_only = False  # True when opened with `open_read_only`

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._watch: WriteWatch | None = None

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        owner: str = "",
        currency: str = "EUR",
        create: bool = True,
        kinds: tuple[str, ...] = ("journal",),
    ) -> Journal:
        """Open the journal at ``path``, migrating it if older, or creating it (with
        ``owner``) if it is missing and ``create`` is set. Files of other ``kinds`` (shares,
        feedback) are refused with a message saying how to open them."""
        path = Path(path)
        if not create and not path.exists():
            raise JournalUnavailableError(f"there is no journal at {path}")
        lock.check_writable(path)  # another machine has it open (a synced folder): refuse
        engine, _created = prepare(
            path, kinds, initialise=lambda new: _insert_meta(new, owner, currency)
        )
        journal = cls(path, engine)
        if journal._meta_row() is None:  # a schema-less SQLite file migrated in place
            with journal._write() as conn:
                if conn.execute(select(META.c.id).limit(1)).first() is None:
                    conn.execute(insert(META).values(**_meta_values(owner, currency)))
        return journal

    create = open

    @classmethod
    def open_read_only(cls, path: Path | str) -> Journal:
        """Open an existing journal of the current schema without ever writing to it (one
        that another machine has open). Writes raise JournalError."""
        path = Path(path)
        revision = stored_revision(path, ("journal",))
        if revision != HEAD_REVISION:
            raise JournalError(
                f"{path} needs an upgrade, which cannot happen while another machine has it open"
            )
        journal = cls(path, make_engine(path, read_only=True, key=cipher.required_key(path)))
        journal.read_only = True
        return journal

    def close(self) -> None:
        """Release the file (checkpoints the WAL)."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()

    def watch_writes(self) -> WriteWatch:
        """Start telling commits made elsewhere (another process) from this journal's own
        (`store/write_watch.py`); its `changed_outside()` is cheap enough to ask every
        second. One watch per journal, closed with it."""
        if self._watch is None:
            self._watch = WriteWatch(self.engine)
        return self._watch

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        """The name shown in the window title: the file name without extension."""
        return self.path.stem

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                watch = self._watch
                with conn.begin():
                    # Take the write lock at once: a read followed by a write in a deferred
                    # transaction fails (busy) when another process wrote in between.
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                    mark = watch.begin(conn) if watch is not None else None
                    yield conn
                if watch is not None:  # committed; on the same connection (write_watch.py)
                    watch.committed(conn, mark)
        except JournalError:
            raise
        except IntegrityError:
            raise
        except (SQLAlchemyError, OSError) as exc:
            raise classify(exc, self.path) from exc

    def _read(self) -> Connection:
        return self.engine.connect()

    # -- meta --------------------------------------------------------------------------
    def _meta_row(self) -> Any:
        with self._read() as conn:
            return conn.execute(select(META).limit(1)).mappings().first()

    def info(self) -> JournalInfo:
        """The journal's uuid, owner, base currency and schema version."""
        row = self._meta_row()
        if row is None:
            raise JournalError(f"{self.path} has no journal information")
        return JournalInfo(
            uuid=row["journal_uuid"],
            owner=row["owner"],
            base_currency=row["base_currency"],
            schema_version=row["schema_version"],
        )

    def set_owner(self, owner: str) -> None:
        """Change the owner's display name."""
        with self._write() as conn:
            conn.execute(update(META).values(owner=owner.strip()[:120]))

    def set_base_currency(self, currency: str) -> None:
        """Change the journal's base currency (ISO 4217). Amounts keep their own currency;
        every session's rate is frozen again against the new base from the rate table
        (store/exchange.py), in the same transaction."""
        code = currency.strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError(f"not a currency code: {currency!r}")
        with self._write() as conn:
            before = exchange.base_currency(conn)
            conn.execute(update(META).values(base_currency=code))
            if before != code:
                exchange.refreeze_all(conn)

    # -- clients -----------------------------------------------------------------------
    def list_clients(self, *, include_archived: bool = True) -> list[Client]:
        """Clients sorted by name."""
        stmt = select(CLIENTS).order_by(CLIENTS.c.name)
        if not include_archived:
            stmt = stmt.where(CLIENTS.c.archived.is_(False))
        with self._read() as conn:
            return [convert.client_from_row(r) for r in conn.execute(stmt).mappings()]

    def client_names(self, *, include_archived: bool = False) -> list[str]:
        """Client names for completers and filters."""
        return [c.name for c in self.list_clients(include_archived=include_archived)]

    def get_client(self, name: str) -> Client | None:
        """The client with this name (case-insensitive), or None."""
        with self._read() as conn:
            row = conn.execute(select(CLIENTS).where(CLIENTS.c.name == name.strip())).mappings()
            first = row.first()
        return convert.client_from_row(first) if first else None

    def save_client(self, client: Client) -> Client:
        """Insert the client, or update the one with the same uuid (rename included)."""
        client = validate_client(replace(client, name=client.name.strip()))
        now = datetime.now(UTC)
        values = convert.client_values(client, now)
        try:
            with self._write() as conn:
                found = conn.execute(
                    update(CLIENTS).where(CLIENTS.c.uuid == client.uuid).values(**values)
                ).rowcount
                if not found:
                    conn.execute(insert(CLIENTS).values(uuid=client.uuid, created_at=now, **values))
                    tombstones.unbury(conn, [client.uuid])
                shares.respread(conn, [self._client_id_of(conn, client.uuid)])
        except IntegrityError as exc:
            raise JournalError(f"a client named {client.name!r} already exists") from exc
        return client

    def delete_client(self, uuid: str) -> None:
        """Delete a client (remembered as a tombstone); its sessions keep their data and
        lose the client."""
        with self._write() as conn:
            if conn.execute(delete(CLIENTS).where(CLIENTS.c.uuid == uuid)).rowcount:
                tombstones.bury(conn, tombstones.CLIENT, [uuid])

    def _client_id(self, conn: Connection, name: str | None, currency: str) -> int | None:
        if name is None:
            return None
        name = name.strip()
        found = conn.execute(select(CLIENTS.c.id).where(CLIENTS.c.name == name)).scalar()
        if found is not None:
            return int(found)
        now = datetime.now(UTC)
        validate_client(Client(name=name, currency=currency))
        result = conn.execute(
            insert(CLIENTS).values(
                uuid=new_uuid(),
                name=name,
                currency=currency,
                alternative_rate_minor=None,
                notes="",
                archived=False,
                created_at=now,
                updated_at=now,
            )
        )
        return _inserted_id(result)

    # -- tags --------------------------------------------------------------------------
    def _tag_ids(self, conn: Connection, names: Iterable[str]) -> dict[str, int]:
        wanted = {n.strip() for n in names if n.strip()}
        if not wanted:
            return {}
        rows = conn.execute(select(TAGS.c.name, TAGS.c.id).where(TAGS.c.name.in_(wanted)))
        found = {name.lower(): tag_id for name, tag_id in rows}
        missing = [n for n in wanted if n.lower() not in found]
        for name in missing:
            found[name.lower()] = int(conn.execute(insert(TAGS).values(name=name)).lastrowid)
        return {n: found[n.lower()] for n in wanted}

    def _set_tags(self, conn: Connection, session_id: int, tags: Sequence[str]) -> None:
        conn.execute(delete(SESSION_TAGS).where(SESSION_TAGS.c.session_id == session_id))
        ids = self._tag_ids(conn, tags)
        if ids:
            conn.execute(
                insert(SESSION_TAGS),
                [{"session_id": session_id, "tag_id": i} for i in set(ids.values())],
            )

    def _tags_for(
        self, conn: Connection, session_ids: Sequence[int] | None
    ) -> dict[int, list[str]]:
        stmt = select(SESSION_TAGS.c.session_id, TAGS.c.name).join(
            TAGS, TAGS.c.id == SESSION_TAGS.c.tag_id
        )
        if session_ids is not None:
            if not session_ids:
                return {}
            stmt = stmt.where(SESSION_TAGS.c.session_id.in_(session_ids))
        tags: dict[int, list[str]] = {}
        for sid, name in conn.execute(stmt.order_by(TAGS.c.name)):
            tags.setdefault(sid, []).append(name)
        return tags

    # -- sessions ----------------------------------------------------------------------
    def add_session(self, session: Session) -> Session:
        """Validate and insert one session (its uuid and timestamps are kept if set)."""
        validate_session(session)
        now = datetime.now(UTC)
        session = replace(
            session, created_at=session.created_at or now, updated_at=session.updated_at or now
        )
        try:
            with self._write() as conn:
                self._insert_session(conn, session, now)
        except IntegrityError as exc:
            raise JournalError(f"a session with id {session.uuid} already exists") from exc
        return session

    def _insert_session(self, conn: Connection, session: Session, now: datetime) -> None:
        """Insert one validated session (its client made by name if new) in ``conn``."""
        client_id = self._client_id(conn, session.client, session.currency)
        project_id = self._project_id(conn, client_id, session.project)
        values = convert.session_values(session, client_id, now, project_id)
        result = conn.execute(insert(SESSIONS).values(**values))
        self._set_tags(conn, _inserted_id(result), session.tags)
        tombstones.unbury(conn, [session.uuid])
        shares.respread(conn, [client_id])
        exchange.freeze_missing(conn, [session.uuid])

    def update_session(self, session: Session) -> Session:
        """Validate and overwrite the stored session with the same uuid."""
        validate_session(session)
        now = datetime.now(UTC)
        session = replace(session, updated_at=now)
        with self._write() as conn:
            row = conn.execute(
                select(
                    SESSIONS.c.id,
                    SESSIONS.c.created_at,
                    SESSIONS.c.client_id,
                    SESSIONS.c.currency,
                    SESSIONS.c.fx_rate,
                ).where(SESSIONS.c.uuid == session.uuid)
            ).first()
            if row is None:
                raise JournalError("that session no longer exists")
            session = replace(session, created_at=row.created_at)
            if session.currency != row.currency and session.fx_rate == row.fx_rate:
                session = replace(session, fx_rate=None, fx_day=None)  # frozen anew below
            client_id = self._client_id(conn, session.client, session.currency)
            project_id = self._project_id(conn, client_id, session.project)
            values = convert.session_values(session, client_id, now, project_id)
            conn.execute(update(SESSIONS).where(SESSIONS.c.id == row.id).values(**values))
            self._set_tags(conn, row.id, session.tags)
            shares.respread(conn, [client_id, row.client_id])
            exchange.freeze_missing(conn, [session.uuid])
        return session

    def delete_session(self, uuid: str) -> Session:
        """Delete the session (remembered as a tombstone) and return it as it was (so it
        can be restored)."""
        session = self.get_session(uuid)
        if session is None:
            raise JournalError("that session no longer exists")
        with self._write() as conn:
            client_id = conn.execute(
                select(SESSIONS.c.client_id).where(SESSIONS.c.uuid == uuid)
            ).scalar()
            if conn.execute(delete(SESSIONS).where(SESSIONS.c.uuid == uuid)).rowcount:
                tombstones.bury(conn, tombstones.SESSION, [uuid])
            shares.respread(conn, [client_id])
        return session

    def delete_sessions(self, uuids: Sequence[str]) -> int:
        """Delete many sessions in one transaction (undoing an import), each remembered as a
        tombstone; returns how many."""
        deleted = 0
        with self._write() as conn:
            touched: set[int | None] = set()
            for chunk in in_chunks(uuids):
                rows = conn.execute(
                    select(SESSIONS.c.uuid, SESSIONS.c.client_id).where(SESSIONS.c.uuid.in_(chunk))
                ).all()
                found = [r.uuid for r in rows]
                touched.update(r.client_id for r in rows)
                deleted += conn.execute(delete(SESSIONS).where(SESSIONS.c.uuid.in_(found))).rowcount
                tombstones.bury(conn, tombstones.SESSION, found)
            shares.respread(conn, touched)
        return deleted

    def get_session(self, uuid: str) -> Session | None:
        """The session with this uuid, or None."""
        found = self.query_sessions(SessionQuery(uuids=(uuid,)))
        return found[0] if found else None

    def query_sessions(
        self, query: SessionQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[Session]:
        """Sessions matching the query, in its order, one page at a time if asked."""
        stmt = select_rows(query or SessionQuery())
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        with self._read() as conn:
            rows = conn.execute(stmt).mappings().all()
            ids = [r["id"] for r in rows]
            tags = self._tags_for(conn, ids if limit is not None or len(ids) < 500 else None)
        return [
            convert.session_from_row(
                r, r["client_name"], tuple(tags.get(r["id"], ())), r["project_name"]
            )
            for r in rows
        ]

    def sessions_by_uuid(
        self, uuids: Iterable[str], *, unrated_only: bool = False
    ) -> list[Session]:
        """The sessions with these uuids (any number of them), only the unrated ones if asked."""
        found: list[Session] = []
        for chunk in in_chunks(uuids):
            query = SessionQuery(uuids=tuple(chunk), unrated_only=unrated_only)
            found.extend(self.query_sessions(query))
        return found

    def count_sessions(self, query: SessionQuery | None = None) -> int:
        """How many sessions match the query."""
        with self._read() as conn:
            return int(conn.execute(select_count(query or SessionQuery())).scalar_one())

    def all_sessions(self) -> list[Session]:
        """Every session, oldest first (for insights, exports and shares)."""
        return self.query_sessions(SessionQuery(descending=False))

    def insight_rows(self, uuids: Iterable[str] | None = None) -> list[tuple[Any, ...]]:
        """Every session (or the ones with these uuids) as the tuple
        `SessionColumns.from_rows` reads, oldest first (by day, then id), followed by the
        session's id and uuid (`core.insights.cache.ColumnCache` keeps its rows by them)."""
        sql = (
            "SELECT CAST(julianday(s.day) - 1721424.5 AS INTEGER), s.duration_seconds / 60.0, "
            "s.value, "
            "s.pay_minor, s.currency, s.status, "
            "CAST(julianday(s.paid_on) - 1721424.5 AS INTEGER), c.name, s.mood, s.energy, "
            "s.stress, s.ecological, s.economic, s.social, s.private, "
            "CAST(julianday(i.sent_on) - 1721424.5 AS INTEGER), s.fx_rate, "
            "CAST(julianday(s.fx_day) - 1721424.5 AS INTEGER), s.giving, p.name, s.id, s.uuid "
            "FROM work_session s LEFT JOIN client c ON c.id = s.client_id "
            "LEFT JOIN project p ON p.id = s.project_id "
            "LEFT JOIN invoice_session l ON l.session_uuid = s.uuid "
            "LEFT JOIN invoice i ON i.id = l.invoice_id"
        )
        order = " ORDER BY s.day, s.id"
        with self._read() as conn:
            raw = conn.connection.driver_connection  # plain tuples: no Row objects to build
            assert raw is not None
            if uuids is None:
                rows: list[tuple[Any, ...]] = raw.execute(sql + order).fetchall()
                return rows
            rows = []
            for chunk in in_chunks(uuids):
                marks = ", ".join("?" * len(chunk))
                where = f" WHERE s.uuid IN ({marks})"
                rows.extend(raw.execute(sql + where + order, chunk).fetchall())
            return sorted(rows, key=lambda row: (row[0], row[-2]))

    def existing_uuids(self, uuids: Iterable[str]) -> set[str]:
        """Which of these session uuids the journal already holds.

        Asked about more uuids than it has sessions (an import into a young journal), it
        reads its own uuids once instead of looking each asked one up."""
        wanted = list(dict.fromkeys(uuids))
        found: set[str] = set()
        if not wanted:
            return found
        with self._read() as conn:
            raw = conn.connection.driver_connection  # an import asks about every row
            assert raw is not None
            (held,) = raw.execute("SELECT COUNT(*) FROM work_session").fetchone()
            if held <= len(wanted):
                asked = set(wanted)
                found.update(
                    u for (u,) in raw.execute("SELECT uuid FROM work_session") if u in asked
                )
                return found
            for chunk in in_chunks(wanted):
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT uuid FROM work_session WHERE uuid IN ({marks})"
                found.update(uuid for (uuid,) in raw.execute(sql, chunk))
        return found

    def add_sessions_bulk(self, sessions: Sequence[Session], *, validated: bool = False) -> int:
        """Insert many sessions in one transaction (all or nothing); clients are created
        by name as needed. ``validated=True`` skips the rules check for callers that just
        ran it (importers). Returns how many were inserted."""
        if not validated:
            for session in sessions:
                validate_session(session)
        try:
            with self._write() as conn:
                clients: dict[str, int | None] = {}
                projects: dict[tuple[int | None, str], int | None] = {}

                def client_id(s: Session) -> int | None:
                    key = s.client.strip().casefold() if s.client else ""
                    if key not in clients:
                        clients[key] = self._client_id(conn, s.client, s.currency)
                    return clients[key]

                def project_id(s: Session, client: int | None) -> int | None:
                    if not s.project:
                        return None
                    key = (client, s.project.strip().casefold())
                    if key not in projects:
                        projects[key] = self._project_id(conn, client, s.project)
                    return projects[key]

                added = bulk.insert_sessions(
                    conn,
                    sessions,
                    client_id,
                    lambda names: self._tag_ids(conn, names),
                    project_id,
                    exchange.Lookup(conn).frozen,
                )
                _unbury_sessions(conn, [s.uuid for s in sessions])
                shares.respread(conn, clients.values())
                return added
        except IntegrityError as exc:
            raise JournalError("some of these sessions are already in the journal") from exc
        except sqlite3.IntegrityError as exc:
            raise JournalError("some of these sessions are already in the journal") from exc

    def list_tombstones(self) -> list[tombstones.Tombstone]:
        """The records deleted from this journal (kept for merging other copies of it)."""
        with self._read() as conn:
            return tombstones.read_all(conn)

    def last_client(self) -> str | None:
        """The client of the most recently entered session (the quick entry's default)."""
        stmt = (
            select(CLIENTS.c.name)
            .select_from(SESSIONS.outerjoin(CLIENTS, SESSIONS.c.client_id == CLIENTS.c.id))
            .order_by(SESSIONS.c.created_at.desc(), SESSIONS.c.id.desc())
            .limit(1)
        )
        with self._read() as conn:
            return conn.execute(stmt).scalar()

    def totals(self, start: date, end: date) -> tuple[int, dict[str, int], float | None]:
        """Minutes, pay per currency (paid + pending) and hours-weighted mean value between
        two days, inclusive."""
        in_range = SESSIONS.c.day.between(start, end)
        with self._read() as conn:
            seconds = conn.execute(
                select(func.sum(SESSIONS.c.duration_seconds)).where(in_range)
            ).scalar()
            pay_rows = conn.execute(
                select(SESSIONS.c.currency, func.sum(SESSIONS.c.pay_minor))
                .where(in_range, SESSIONS.c.status != "none")
                .group_by(SESSIONS.c.currency)
            ).all()
            weighted = conn.execute(
                select(
                    func.sum(SESSIONS.c.value * SESSIONS.c.duration_seconds),
                    func.sum(SESSIONS.c.duration_seconds),
                ).where(in_range, SESSIONS.c.value.is_not(None))
            ).first()
        mean = None
        if weighted and weighted[1]:
            mean = float(weighted[0]) / float(weighted[1])
        minutes = round_minutes(int(seconds or 0))
        return minutes, {c: int(p) for c, p in pay_rows if p}, mean


def _inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the one row an ``INSERT`` added."""
    key = result.inserted_primary_key
    assert key is not None  # None only for an executemany
    return int(key[0])


def _meta_values(owner: str, currency: str) -> dict[str, Any]:
    return {
        "journal_uuid": new_uuid(),
        "owner": owner,
        "base_currency": currency,
        "schema_version": SCHEMA_VERSION,
        "created_at": datetime.now(UTC),
    }


def _insert_meta(engine: Engine, owner: str, currency: str) -> None:
    """The meta row of a journal being created (before the file has its name)."""
    with engine.begin() as conn:
        conn.execute(insert(META).values(**_meta_values(owner, currency)))


def _unbury_sessions(conn: Connection, uuids: list[str]) -> None:
    """Forget the tombstones of these sessions (added again). With fewer tombstones than
    sessions (an import: most journals have a few), the tombstones are read once and only
    those of these sessions deleted, instead of one lookup per session."""
    raw = conn.connection.driver_connection
    assert raw is not None
    table = tombstones.TOMBSTONES.name
    (stones,) = raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    if stones == 0:
        return
    if stones <= len(uuids):
        wanted = set(uuids)
        uuids = [u for (u,) in raw.execute(f"SELECT uuid FROM {table}") if u in wanted]
    tombstones.unbury(conn, uuids)
