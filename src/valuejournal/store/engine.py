"""Opening a journal file: SQLite connection settings, migrations, backups, version refusal.

A new file is created with the full schema; an older one is copied to a timestamped backup and
migrated by Alembic; a file from a newer app version is refused before anything is written.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from valuejournal.store.errors import (
    JournalError,
    JournalUnavailableError,
    NewerSchemaError,
    NotAJournalError,
    classify,
)

log = logging.getLogger(__name__)

HEAD_REVISION = "0003"
KNOWN_REVISIONS = ("0001", "0002", "0003")
SQLITE_MAGIC = b"SQLite format 3\x00"


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.execute("PRAGMA busy_timeout=3000")
    cursor.close()


def _set_write_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """A SQLAlchemy engine on the file with the journal's connection settings."""
    if read_only:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.resolve()}"
    engine = create_engine(url, connect_args={"check_same_thread": False})
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
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != SQLITE_MAGIC:
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
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
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
    except sqlite3.Error as exc:
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


def backup_file(path: Path) -> Path:
    """Copy the journal (consistently, through SQLite's backup API) next to itself."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    src = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


def _run_migrations(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    script_dir = resources.files("valuejournal.store") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(script_dir))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def prepare(path: Path, kinds: tuple[str, ...] | None = None) -> tuple[Engine, bool]:
    """Open (creating or migrating) the journal at ``path``; return its engine and
    whether it was created just now."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        revision = stored_revision(path, kinds)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerSchemaError(
                f"{path} was written by a newer version of Value Journal; update the app to open it"
            )
    else:
        revision = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise JournalUnavailableError(f"cannot create the folder for {path}: {exc}") from exc
    engine = make_engine(path)
    try:
        if revision != HEAD_REVISION:
            if existed:
                backup_file(path)
            _run_migrations(engine)
    except JournalError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise classify(exc, path) from exc
    return engine, not existed or revision is None
