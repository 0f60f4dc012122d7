"""Opening a file that came from someone else (a share or a feedback file) as hostile input.

The file is never opened where it lies: it is copied (or decrypted) into a private folder,
the copy passes every check in `safety`, an older copy is migrated, and then it is opened
read-only. Every record is read back once through the app's own converters and rules, so a
value no page could show is refused here, with a message, instead of crashing a page later.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import sqlite3
import uuid as uuid_mod
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from valuejournal import tempfiles
from valuejournal.boundedio import UnreadableFileError, read_regular
from valuejournal.core.errors import UserError
from valuejournal.core.filenames import safe_file_name
from valuejournal.core.homework import homework_problems
from valuejournal.core.rules import session_problems, validate_client, validate_project
from valuejournal.store.engine import (
    HEAD_REVISION,
    connect_file,
    make_engine,
    prepare,
    stored_revision,
)
from valuejournal.store.envelope import PassphraseNeededError, is_sealed, open_sealed
from valuejournal.store.errors import JournalError, NotAJournalError, UnsafeJournalError
from valuejournal.store.journal import Journal
from valuejournal.store.safety import MAX_FILE_BYTES, check_file

KIND_NAMES = {
    "journal": "a journal",
    "share": "a shared journal",
    "feedback": "a coach's feedback file",
    "review": "a coach's review notes",
}
_workdirs: set[Path] = set()


@dataclass(frozen=True, slots=True)
class FileMeta:
    """What a journal, share or feedback file says about itself (its journal_meta row)."""

    kind: str
    journal_uuid: str
    owner: str
    base_currency: str
    range_start: date | None
    range_end: date | None
    written_at: datetime | None
    app_version: str
    revision: str

    def describe_range(self) -> str:
        """ "2026-07-01 to 2026-09-30", or "everything" for a whole journal."""
        if self.range_start and self.range_end:
            return f"{self.range_start.isoformat()} to {self.range_end.isoformat()}"
        return "everything"


def read_meta(path: Path) -> FileMeta:
    """Read the meta row of a checked file (raises NotAJournalError if it has none)."""
    revision = stored_revision(path) or ""
    conn = connect_file(path, immutable=True)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM journal_meta LIMIT 1").fetchone()
    finally:
        conn.close()
    if row is None:
        raise NotAJournalError(f"{path.name} does not describe itself (no journal meta)")
    keys = set(row.keys())
    written = row["written_at"] if "written_at" in keys else None
    return FileMeta(
        kind=row["kind"] if "kind" in keys else "journal",
        journal_uuid=str(row["journal_uuid"]),
        owner=str(row["owner"]),
        base_currency=str(row["base_currency"]),
        range_start=_day(row["range_start"]) if "range_start" in keys else None,
        range_end=_day(row["range_end"]) if "range_end" in keys else None,
        written_at=_stamp(written),
        app_version=str(row["app_version"]) if "app_version" in keys else "",
        revision=revision,
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _stamp(text: str | None) -> datetime | None:
    if not text:
        return None
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass
class OpenedFile:
    """A checked private copy of an untrusted file, open read-only. Call `close()`."""

    source: Path
    journal: Journal
    meta: FileMeta
    workdir: Path
    encrypted: bool

    def close(self) -> None:
        """Close the copy and delete the private folder holding it."""
        self.journal.close()
        _discard(self.workdir)


def open_untrusted(
    path: Path | str,
    *,
    passphrase: str | None = None,
    kinds: Collection[str] = ("share", "journal"),
) -> OpenedFile:
    """Copy or decrypt ``path`` privately, check it, and open it read-only.

    Raises PassphraseNeededError for an encrypted file without ``passphrase``, the
    envelope's errors for a wrong passphrase or a tampered file, and a JournalError saying
    what is wrong for anything that fails the checks or is not one of ``kinds``.
    """
    source = Path(path)
    name = source.name
    data = _read_limited(source)
    workdir = tempfiles.private_dir("review")
    _workdirs.add(workdir)
    copy = workdir / f"{safe_file_name(source.stem, 'shared')}.vjournal"
    try:
        encrypted = is_sealed(data[:16])
        if encrypted:
            if passphrase is None:
                raise PassphraseNeededError(f"{name} is encrypted; it needs its passphrase")
            data = open_sealed(data, passphrase, name)
        copy.write_bytes(data)
        del data
        report = check_file(copy, label=name)
        if not report.ok:
            problem = report.problems[0]
            raise report.error_class(problem if name in problem else f"{name}: {problem}")
        meta = read_meta(copy)
        _check_kind(meta, kinds, name)
        if meta.revision != HEAD_REVISION:
            engine, _created = prepare(copy)  # our private copy: migrate it like a journal
            engine.dispose()
            meta = read_meta(copy)
        journal = Journal(copy, make_engine(copy, read_only=True))
        try:
            _read_everything(journal, name)
        except BaseException:
            journal.close()
            raise
    except BaseException:
        _discard(workdir)
        raise
    return OpenedFile(source, journal, meta, workdir, encrypted)


def _read_limited(source: Path) -> bytes:
    try:
        return read_regular(source, MAX_FILE_BYTES, "the file")
    except UnreadableFileError as exc:
        raise JournalError(str(exc)) from None


def _check_kind(meta: FileMeta, kinds: Collection[str], name: str) -> None:
    if meta.kind in kinds:
        return
    what = KIND_NAMES.get(meta.kind, "another kind of file")
    if meta.kind == "feedback":
        hint = "import it with File → Import coach feedback… or `valuejournal feedback`"
    elif "feedback" in kinds:
        hint = "only a feedback file from a coach can be imported here"
    elif tuple(kinds) == ("journal",):
        hint = "only another copy of a journal can be merged into it"
    else:
        hint = "only shared journals can be opened for review"
    raise NotAJournalError(f"{name} is {what}; {hint}")


def _read_everything(journal: Journal, name: str) -> None:
    """Read every record back through the app's converters and rules once."""
    try:
        for session in journal.all_sessions():
            problems = session_problems(session)
            if problems:
                raise UnsafeJournalError(
                    f"{name} holds a session the app cannot use: {problems[0]}"
                )
        for client in journal.list_clients():
            validate_client(client)
        for project in journal.list_projects():
            validate_project(project)
        journal.list_invoices()
        journal.list_reflections()
        journal.list_canvases()
        journal.skill_tags()
        journal.list_comments()
        for item in journal.list_homework():
            wrong = homework_problems(item)
            if wrong:
                raise UnsafeJournalError(f"{name} holds homework the app cannot use: {wrong[0]}")
        journal.mood_entries()
        journal.list_tombstones()
        uuid_mod.UUID(journal.info().uuid)
    except UserError as exc:
        if isinstance(exc, UnsafeJournalError):
            raise
        raise UnsafeJournalError(f"{name} holds values the app cannot use: {exc}") from None
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise UnsafeJournalError(f"{name} holds values the app cannot read ({exc})") from None


def _discard(workdir: Path) -> None:
    _workdirs.discard(workdir)
    shutil.rmtree(workdir, ignore_errors=True)


@atexit.register
def _cleanup_workdirs() -> None:
    """Remove private copies left behind by a crash or a missing close()."""
    for workdir in list(_workdirs):
        with contextlib.suppress(OSError):
            _discard(workdir)
