"""Merging another copy of a journal (a sync-conflict copy) into the journal.

The other file is untrusted input: it is copied privately, checked, migrated in that copy
if it is older (a newer one is refused), and read through the app's rules (`untrusted`).
`plan_merge_file` reads both copies and plans (`core.merge`) without writing: a dry run.
`merge_file` backs the journal up, then plans again and applies the plan in one transaction
holding the write lock, so nothing can change between reading this copy and writing it.
`apply_changes` also applies a plan's undo (and redo) in one transaction.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from valuejournal.core.entities import Reflection, Session
from valuejournal.core.merge import Changes, ClientVersion, MergePlan, Snapshot, plan_merge
from valuejournal.core.tombstone import CLIENT, COMMENT, MOOD, PROJECT, REFLECTION, SESSION
from valuejournal.store import backups, convert, tombstones
from valuejournal.store.errors import JournalError
from valuejournal.store.journal import Journal
from valuejournal.store.merge_records import ROWS, read_records, remove_records, write_records
from valuejournal.store.moods import MOODS, mood_values
from valuejournal.store.notes import COMMENTS, REFLECTIONS
from valuejournal.store.queries import CLIENTS, SESSIONS, in_chunks
from valuejournal.store.untrusted import FileMeta, open_untrusted

TABLES = {SESSION: SESSIONS, CLIENT: CLIENTS, REFLECTION: REFLECTIONS, COMMENT: COMMENTS,
          MOOD: MOODS}  # fmt: skip


def backup_before_merge(path: Path) -> Path:
    """The one backup a merge makes before it writes (SQLite's backup API, beside the file)."""
    return backups.backup_now(path, "merge")


@dataclass
class MergeOutcome:
    """A planned or applied merge: the plan, the two files, and the backup made first."""

    plan: MergePlan
    journal: Path
    other: Path
    other_meta: FileMeta
    journal_uuid: str
    backup: Path | None = None
    applied: bool = False

    @property
    def same_journal(self) -> bool:
        """False when the other file is another journal, not a copy of this one."""
        return self.other_meta.journal_uuid == self.journal_uuid


def read_snapshot(journal: Journal) -> Snapshot:
    """Everything of ``journal`` a merge compares."""
    with journal.engine.connect() as conn:
        clients = [
            ClientVersion(convert.client_from_row(r), r["created_at"], r["updated_at"])
            for r in conn.execute(select(CLIENTS)).mappings()
        ]
        records = read_records(conn)
    return Snapshot(
        clients=clients,
        sessions=journal.all_sessions(),
        reflections=journal.list_reflections(),
        comments=journal.list_comments(),
        moods=journal.mood_entries(),
        tombstones=journal.list_tombstones(),
        records=records,
    )


def _refuse_same_file(journal: Journal, other: Path) -> None:
    try:
        same = other.exists() and os.path.samefile(journal.path, other)
    except OSError:
        same = False
    if same:
        raise JournalError(f"{other.name} is the journal itself; choose another copy of it")


def plan_merge_file(journal: Journal, other: Path | str) -> MergeOutcome:
    """Plan merging the journal file ``other`` into ``journal`` (writes nothing)."""
    return _merge(journal, Path(other), apply=False, backup=None)


def merge_file(
    journal: Journal,
    other: Path | str,
    *,
    backup: Callable[[Path], Path] = backup_before_merge,
) -> MergeOutcome:
    """Back ``journal`` up, then merge ``other`` into it in one transaction."""
    return _merge(journal, Path(other), apply=True, backup=backup)


def _merge(
    journal: Journal, other: Path, *, apply: bool, backup: Callable[[Path], Path] | None
) -> MergeOutcome:
    _refuse_same_file(journal, other)
    opened = open_untrusted(other, kinds=("journal",))
    try:
        theirs = read_snapshot(opened.journal)
        meta = opened.meta
    finally:
        opened.close()
    uuid_here = journal.info().uuid
    if not apply:
        plan = plan_merge(read_snapshot(journal), theirs)
        return MergeOutcome(plan, journal.path, other, meta, uuid_here)
    assert backup is not None
    made = backup(journal.path)
    with journal._write() as conn:
        # The write lock is held: this copy cannot change between the reading and the writing.
        plan = plan_merge(read_snapshot(journal), theirs)
        _apply(journal, conn, plan.changes)
    return MergeOutcome(plan, journal.path, other, meta, uuid_here, made, applied=True)


def apply_changes(journal: Journal, changes: Changes) -> None:
    """Apply ``changes`` (a merge, or its undo) to ``journal`` in one transaction."""
    with journal._write() as conn:
        _apply(journal, conn, changes)


def _apply(journal: Journal, conn: Connection, changes: Changes) -> None:
    try:
        for version in changes.clients:
            _write_client(conn, version)
        write_records(conn, PROJECT, changes.records.get(PROJECT, ()))
        for session in changes.sessions:
            _write_session(journal, conn, session)
        for kind in ROWS:
            if kind != PROJECT:
                write_records(conn, kind, changes.records.get(kind, ()))
        for reflection in changes.reflections:
            _write_reflection(conn, reflection)
        for comment in changes.comments:
            values = convert.comment_values(comment)
            if not _update(conn, COMMENTS, comment.uuid, values):
                conn.execute(insert(COMMENTS).values(**values))
        now = datetime.now(UTC)
        for entry in changes.moods:
            if not _update(conn, MOODS, entry.uuid, mood_values(entry, now)):
                conn.execute(insert(MOODS).values(**mood_values(entry, now)))
        for kind in (SESSION, REFLECTION, COMMENT, MOOD):
            _remove(conn, kind, changes.removed.get(kind, ()))
        for kind in reversed(ROWS):  # invoices and projects before their clients
            remove_records(conn, kind, changes.removed.get(kind, ()))
        _remove(conn, CLIENT, changes.removed.get(CLIENT, ()))
        tombstones.replace_all(conn, changes.unburied, changes.buried)
    except IntegrityError as exc:
        raise JournalError(
            f"the two copies disagree in a way the merge cannot settle ({exc.orig}); "
            "nothing was merged"
        ) from exc


def _remove(conn: Connection, kind: str, uuids: Iterable[str]) -> None:
    table = TABLES[kind]
    for chunk in in_chunks(uuids):
        conn.execute(delete(table).where(table.c.uuid.in_(chunk)))


def _update(conn: Connection, table: object, uuid: str, values: dict[str, object]) -> bool:
    stmt = update(table).where(table.c.uuid == uuid).values(**values)  # type: ignore[attr-defined,arg-type]
    return bool(conn.execute(stmt).rowcount)


def _write_client(conn: Connection, version: ClientVersion) -> None:
    values = convert.client_values(version.client, version.updated_at)
    if not _update(conn, CLIENTS, version.client.uuid, values):
        conn.execute(
            insert(CLIENTS).values(
                uuid=version.client.uuid, created_at=version.created_at, **values
            )
        )


def _write_session(journal: Journal, conn: Connection, session: Session) -> None:
    client_id = journal._client_id(conn, session.client, session.currency)
    project_id = journal._project_id(conn, client_id, session.project)
    values = convert.session_values(session, client_id, datetime.now(UTC), project_id)
    row = conn.execute(select(SESSIONS.c.id).where(SESSIONS.c.uuid == session.uuid)).scalar()
    if row is None:
        row = conn.execute(insert(SESSIONS).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    else:
        conn.execute(update(SESSIONS).where(SESSIONS.c.id == row).values(**values))
    journal._set_tags(conn, int(row), session.tags)


def _write_reflection(conn: Connection, reflection: Reflection) -> None:
    values = {
        "quarter": reflection.quarter,
        "sections_json": json.dumps(reflection.sections, ensure_ascii=False, sort_keys=True),
        "updated_at": reflection.updated_at or datetime.now(UTC),
    }
    if not _update(conn, REFLECTIONS, reflection.uuid, values):
        conn.execute(insert(REFLECTIONS).values(uuid=reflection.uuid, **values))
