"""Opening a journal file: SQLite connection settings, migrations, backups, version refusal.

A new file is created with the full schema; an older one is backed up (`store.backups`) and
migrated by Alembic; a file from a newer app version is refused before anything is written.
The migrations run once per process on an empty file (`empty_schema`); every new journal
starts as a copy of its bytes, which hold the schema and no rows (no meta, so no uuid): the
caller's ``initialise`` gives each copy its own meta row and uuid.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from valuejournal import paths, tempfiles
from valuejournal.filehead import read_head
from valuejournal.store import backups, cipher
from valuejournal.store.connect import connect_file as connect_file
from valuejournal.store.connect import file_uri as file_uri
from valuejournal.store.errors import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    JournalError,
    JournalUnavailableError,
    NewerSchemaError,
    NotAJournalError,
    classify,
    sqlite_code,
)

SQLITE_ERROR = 1

log = logging.getLogger(__name__)

HEAD_REVISION = "0013"
KNOWN_REVISIONS = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
    "0012", "0013",
)  # fmt: skip
SQLITE_MAGIC = b"SQLite format 3\x00"


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _set_write_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    for attempt in range(50):  # switching an old file to WAL needs a moment alone with it
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if sqlite_code(exc) not in (SQLITE_BUSY, SQLITE_LOCKED) or attempt == 49:
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False, key: cipher.Key | None = None) -> Engine:
    """A SQLAlchemy engine on the file with the journal's connection settings.

    The connections come from `connect_file` (a ``creator``), so the path never goes into
    a SQLAlchemy URL, where ``?`` and ``#`` would change which file is opened.
    """
    resolved = Path(path).resolve()
    if key is not None:
        return _cipher_engine(resolved, read_only, key)

    def creator() -> sqlite3.Connection:
        if read_only:
            uri = file_uri(resolved, mode="ro")
            return sqlite3.connect(uri, uri=True, check_same_thread=False)
        return sqlite3.connect(str(resolved), check_same_thread=False)

    engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas)
    if not read_only:
        event.listen(engine, "connect", _set_write_pragmas)
    return engine


def _cipher_engine(path: Path, read_only: bool, key: cipher.Key) -> Engine:
    """The engine of an encrypted journal: sqlcipher3 connections opened with the raw key."""
    from sqlalchemy.dialects import registry

    registry.register("sqlite.vjcipher", "valuejournal.store.cipher_dialect", "KeyedDialect")
    engine = create_engine(
        "sqlite+vjcipher://",
        creator=lambda: cipher.connect(path, key, read_only=read_only, check_same_thread=False),
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _set_pragmas)
    if not read_only:
        event.listen(engine, "connect", _set_write_pragmas)
    return engine


def stored_revision(path: Path, kinds: tuple[str, ...] | None = None) -> str | None:
    """The Alembic revision recorded in an existing file (None if it has no schema yet).

    Raises NotAJournalError for a file that is not SQLite or holds another app's tables,
    or, when ``kinds`` is given, for a file whose meta says it is another kind (a share, a
    coach's feedback or review notes).
    """
    header = read_head(path)  # never open()/close(): that drops SQLite's locks (filehead)
    key = cipher.required_key(path) if header and header != SQLITE_MAGIC else None
    if header and header != SQLITE_MAGIC and key is None:
        from valuejournal.store.envelope import is_sealed

        if is_sealed(header):
            raise NotAJournalError(
                f"{path} is an encrypted shared file; open it for review with its passphrase "
                "(Coach → Open shared journal…, or `valuejournal review FILE`)"
            )
        raise NotAJournalError(f"{path} is not a Value Journal file")
    if not header:
        return None
    try:
        conn = (
            cipher.connect(path, key, read_only=True) if key else connect_file(path, read_only=True)
        )
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not names:
                return None
            if "alembic_version" not in names:
                raise NotAJournalError(f"{path} is a SQLite file, but not a Value Journal")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if kinds is not None:
                _refuse_other_kinds(conn, path, kinds)
        finally:
            conn.close()
    except (sqlite3.Error, cipher.driver_error()) as exc:
        if sqlite_code(exc) == SQLITE_ERROR:  # tables of another shape: not one of ours
            raise NotAJournalError(f"{path} is a SQLite file, but not a Value Journal") from exc
        raise classify(exc, path) from exc
    return row[0] if row else None


_OTHER_KINDS = {
    "share": "a journal shared with you; open it for review (Coach → Open shared journal…, "
    "or `valuejournal review FILE`)",
    "feedback": "a coach's feedback file; import it (File → Import coach feedback…, "
    "or `valuejournal feedback FILE`)",
    "review": "a coach's review notes, not a journal to write in",
}


def _refuse_other_kinds(conn: sqlite3.Connection, path: Path, kinds: tuple[str, ...]) -> None:
    """Share, feedback and review files have the journal's schema but are not journals."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(journal_meta)")}
    if "kind" not in columns:
        return
    row = conn.execute("SELECT kind FROM journal_meta LIMIT 1").fetchone()
    if row and row[0] in _OTHER_KINDS and row[0] not in kinds:
        raise NotAJournalError(f"{path} is {_OTHER_KINDS[row[0]]}")


def _run_migrations(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    script_dir = resources.files("valuejournal.store") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(script_dir))
    with engine.connect() as connection:
        # A batch migration rebuilds a table (copy, drop, rename): with foreign keys on, the
        # drop would cascade-delete every row that points at the old table (a session's tags).
        # The pragma is ignored inside a transaction, so it goes first; the key check below
        # proves the rebuilt tables still hold together before anything is committed.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            # The write lock first: a second process migrating the same file waits here,
            # then finds the schema at head and does nothing.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left {len(broken)} broken references: {broken[:3]}")
            connection.commit()
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")


_schema_lock = threading.Lock()
_schema_bytes: list[bytes] = []


def empty_schema() -> bytes:
    """The bytes of a journal file with the whole schema at head and no rows: the
    migrations run on an empty file once per process (about 150 ms each time, idle), and
    every new journal is written from these bytes."""
    with _schema_lock:
        if not _schema_bytes:
            workdir = tempfiles.private_dir("schema")
            try:
                empty = workdir / "empty.vjournal"
                engine = make_engine(empty)
                try:
                    _run_migrations(engine)
                    with engine.connect() as conn:  # everything into the file itself
                        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    engine.dispose()
                _schema_bytes.append(empty.read_bytes())
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
        return _schema_bytes[0]


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise JournalUnavailableError(f"{path} cannot be opened: {exc.strerror or exc}") from exc


def _create(path: Path, initialise: Callable[[Engine], None] | None) -> bool:
    """Build a new journal under a temporary name beside ``path`` and link it into place.

    The new file is complete (schema, meta row) before it has its name, and `os.link`
    fails if another process got there first, so processes creating the same journal at
    once end with one journal made by one of them. Returns True if this one made it.
    """
    try:
        paths.make_private_dirs(path.parent)
    except OSError as exc:
        raise JournalUnavailableError(f"cannot create the folder for {path}: {exc}") from exc
    tempfiles.clean_stale_beside(path.parent)
    tmp = tempfiles.temp_beside(path, "creating")
    try:
        schema = empty_schema()
        try:
            with os.fdopen(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb") as f:
                f.write(schema)
        except OSError as exc:
            raise JournalUnavailableError(f"cannot create {path}: {exc.strerror or exc}") from exc
        engine = make_engine(tmp)
        try:
            if initialise is not None:
                initialise(engine)
            with engine.connect() as conn:  # everything into the file itself
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        if _has_content(Path(f"{tmp}-wal")):  # pragma: no cover - SQLite always empties it
            raise JournalUnavailableError(f"cannot create {path}: its write-ahead log stayed")
        # The file stays in WAL mode, so the processes opening it never race to switch it.
        return _place(tmp, path)
    finally:
        tempfiles.remove_with_sidecars(tmp)


def _place(tmp: Path, path: Path) -> bool:
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        if path.exists():
            return False
        os.replace(tmp, path)
        return True
    if _has_content(path):
        return False  # another process created it first: use theirs
    return _replace_empty(tmp, path)


def _replace_empty(tmp: Path, path: Path) -> bool:
    """``path`` is an empty file: replace it, unless another process filled it meanwhile."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        os.replace(tmp, path)
        return True
    with path.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        current = os.stat(path)
        if os.path.samestat(os.fstat(held.fileno()), current) and current.st_size == 0:
            os.replace(tmp, path)
            return True
    return False


def prepare(
    path: Path,
    kinds: tuple[str, ...] | None = None,
    initialise: Callable[[Engine], None] | None = None,
) -> tuple[Engine, bool]:
    """Open (creating or migrating) the journal at ``path``; return its engine and
    whether it was created just now. ``initialise`` fills a new journal (its meta row)
    before the file gets its name."""
    path = Path(path)
    if path.is_dir():
        raise JournalUnavailableError(f"{path} is a folder, not a journal file")
    created = False
    if not _has_content(path):
        try:
            created = _create(path, initialise)
        except JournalError:
            raise
        except Exception as exc:
            raise classify(exc, path) from exc
    revision = stored_revision(path, kinds)
    key = cipher.required_key(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Value Journal; update the app to open it"
        )
    engine = make_engine(path, key=key)
    try:
        if revision != HEAD_REVISION:
            if not created:
                backups.backup_now(path, "migration")
            _run_migrations(engine)
    except JournalError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise classify(exc, path) from exc
    return engine, created or revision is None
