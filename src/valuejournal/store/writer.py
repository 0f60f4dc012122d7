"""Writing a whole journal file at once (demo journals, shares, JSON restores), atomically.

The file is built under a temporary name in the target folder and renamed into place only
when complete, so a failure never leaves a half-written journal behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from valuejournal.core.demo import DemoJournal, generate_demo
from valuejournal.core.entities import Client, Comment, Reflection, Session
from valuejournal.store.errors import JournalUnavailableError
from valuejournal.store.journal import Journal


@dataclass
class JournalContents:
    """Everything a journal file holds, as plain data."""

    owner: str = ""
    base_currency: str = "EUR"
    clients: Sequence[Client] = ()
    sessions: Sequence[Session] = ()
    reflections: Sequence[Reflection] = ()
    comments: Sequence[Comment] = field(default_factory=list)


def fill_journal(journal: Journal, contents: JournalContents) -> None:
    """Add all of ``contents`` to an open (normally empty) journal."""
    for client in contents.clients:
        journal.save_client(client)
    journal.add_sessions_bulk(list(contents.sessions))
    for reflection in contents.reflections:
        journal.save_reflection(reflection)
    if contents.comments:
        journal.add_comments(contents.comments)


def write_journal_file(path: Path, contents: JournalContents, *, overwrite: bool = False) -> Path:
    """Create a new journal file at ``path`` holding exactly ``contents``."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise JournalUnavailableError(f"{path} already exists; choose another name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalUnavailableError(f"cannot create the folder for {path}: {exc}") from exc
    tmp = path.with_name(f".{path.name}.partial-{os.getpid()}")
    _remove(tmp)
    try:
        journal = Journal.open(tmp, owner=contents.owner, currency=contents.base_currency)
        try:
            fill_journal(journal, contents)
            with journal.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            journal.close()
        _finish_wal(tmp)
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    return path


def _finish_wal(path: Path) -> None:
    """Leave a single self-contained file: switch it out of WAL so no -wal/-shm remain."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def write_demo_journal(
    path: Path, *, seed: int = 1, weeks: int = 52, end: date | None = None, overwrite: bool = False
) -> DemoJournal:
    """Generate the demo journal (core.demo) and write it as a new journal file."""
    demo = generate_demo(seed=seed, weeks=weeks, end=end)
    contents = JournalContents(
        owner=demo.owner,
        base_currency=demo.base_currency,
        clients=demo.clients,
        sessions=demo.sessions,
        reflections=demo.reflections,
    )
    write_journal_file(path, contents, overwrite=overwrite)
    return demo
