"""Writing a whole journal file at once (demo journals, shares, JSON restores), atomically.

The file is built under a temporary name in the target folder and renamed into place only
when complete, so a failure never leaves a half-written journal behind.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from valuejournal import tempfiles
from valuejournal.atomic import write_bytes
from valuejournal.core.canvas import CanvasRecord
from valuejournal.core.demo import DemoJournal, generate_demo
from valuejournal.core.entities import Client, Comment, Project, Reflection, Session
from valuejournal.core.fx import ExchangeRate
from valuejournal.core.homework import Homework
from valuejournal.core.invoices import Invoice
from valuejournal.store.engine import connect_file
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
    projects: Sequence[Project] = ()
    invoices: Sequence[Invoice] = ()
    canvases: Sequence[CanvasRecord] = ()
    skills: Sequence[str] = ()
    homework: Sequence[Homework] = ()
    rates: Sequence[ExchangeRate] = ()


def fill_journal(journal: Journal, contents: JournalContents) -> None:
    """Add all of ``contents`` to an open (normally empty) journal."""
    for client in contents.clients:
        journal.save_client(client)
    for project in contents.projects:
        journal.save_project(project)
    journal.import_rates(list(contents.rates))
    journal.add_sessions_bulk(list(contents.sessions))
    for reflection in contents.reflections:
        journal.save_reflection(reflection)
    for canvas in contents.canvases:
        journal.put_canvas(canvas)
    if contents.skills:
        journal.set_skill_tags(contents.skills)
    if contents.comments:
        journal.add_comments(contents.comments)
    for invoice in contents.invoices:
        journal.add_invoice(invoice)
    if contents.homework:
        journal.put_homework_copies(contents.homework)


def write_journal_file(path: Path, contents: JournalContents, *, overwrite: bool = False) -> Path:
    """Create a new journal file at ``path`` holding exactly ``contents``.

    The file is built in a private temporary folder (removed at the next start if this
    process is killed) and written into place atomically, so the target's folder never
    holds a partial journal.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise JournalUnavailableError(f"{path} already exists; choose another name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalUnavailableError(f"cannot create the folder for {path}: {exc}") from exc
    workdir = tempfiles.private_dir("build")
    try:
        built = build_journal_file(workdir / "journal.vjournal", contents)
        try:
            write_bytes(path, built.read_bytes())
        except OSError as exc:
            raise JournalUnavailableError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return path


def build_journal_file(path: Path, contents: JournalContents) -> Path:
    """Build a journal holding ``contents`` at a new ``path`` (a private working file)."""
    journal = Journal.open(path, owner=contents.owner, currency=contents.base_currency)
    try:
        fill_journal(journal, contents)
        with journal.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        journal.close()
    _finish_wal(path)
    return path


def _finish_wal(path: Path) -> None:
    """Leave a single self-contained file: switch it out of WAL so no -wal/-shm remain."""
    conn = connect_file(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


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
