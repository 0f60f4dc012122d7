"""Share files: the chosen part of a journal, as a journal file of the same schema.

What leaves the journal: the sessions of the range (without the private ones, each with the
exchange rate frozen on it), the clients those sessions name (without the person's notes
about them) and those clients' projects, the invoices of the sessions shared (naming only
those sessions), the rate table's rows for the currencies the sessions are in, the
reflections and canvases (texts, kept evidence) of the quarters the range touches, the tags
marked as skills, the person's replies to the coach's comments (not those on sessions left
out), the coach's homework with the person's status, and meta (owner, range, when written,
app version). `include_private` adds private sessions and client notes. Nothing else is
ever written into the file, so no private text can linger in free pages of it either: the
file is built fresh, from nothing.

Share and feedback files are written through `write_special_file`: built in a private
temporary folder, stamped with their meta, optionally sealed with a passphrase, and moved
into place atomically (the plain copy never touches the destination folder).
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from valuejournal import __version__, tempfiles
from valuejournal.atomic import write_bytes
from valuejournal.core.canvas import CanvasRecord, without_names
from valuejournal.core.entities import Client, Reflection, Session
from valuejournal.core.errors import UserError
from valuejournal.core.invoices import covering
from valuejournal.core.periods import check_range, quarter_range
from valuejournal.core.query import SessionQuery
from valuejournal.store.engine import connect_file
from valuejournal.store.envelope import check_passphrase, seal
from valuejournal.store.errors import JournalUnavailableError
from valuejournal.store.journal import Journal
from valuejournal.store.writer import JournalContents, build_journal_file

SHARE_SUFFIX = ".vjshare"


@dataclass(frozen=True, slots=True)
class ShareOptions:
    """What to share: a date range (open ends: everything) and whether private data goes."""

    start: date | None = None
    end: date | None = None
    include_private: bool = False

    @classmethod
    def for_quarter(cls, label: str, *, include_private: bool = False) -> ShareOptions:
        """The options for one quarter ("2026-Q3")."""
        start, end = quarter_range(label)
        return cls(start, end, include_private)


@dataclass(frozen=True, slots=True)
class ShareSummary:
    """What a share file holds, for the person to read before and after writing it."""

    path: Path | None
    sessions: int
    clients: int
    reflections: int
    private_left_out: int
    encrypted: bool = False
    warnings: list[str] = field(default_factory=list)


def _overlaps(reflection: Reflection, start: date | None, end: date | None) -> bool:
    return _overlaps_quarter(reflection.quarter, start, end)


def _public(canvas: CanvasRecord, hidden: set[str]) -> CanvasRecord:
    """A closed quarter's kept evidence without the clients only private work is for."""
    if canvas.kept is None or not hidden:
        return canvas
    return replace(canvas, kept=without_names(canvas.kept, hidden))


def _overlaps_quarter(quarter: str, start: date | None, end: date | None) -> bool:
    first, last = quarter_range(quarter)
    return (start is None or last >= start) and (end is None or first <= end)


def shared_contents(journal: Journal, options: ShareOptions) -> tuple[JournalContents, int]:
    """The part of ``journal`` to share, and how many private sessions were left out."""
    check_range(options.start, options.end)
    query = SessionQuery(start=options.start, end=options.end, sort="day", descending=False)
    in_range = journal.query_sessions(query)
    sessions: list[Session] = [s for s in in_range if options.include_private or not s.private]
    named = {s.client.lower() for s in sessions if s.client}
    clients: list[Client] = [
        c if options.include_private else replace(c, notes="")
        for c in journal.list_clients()
        if c.name.lower() in named
    ]
    projects = [p for p in journal.list_projects() if p.client.lower() in named]
    invoices = covering(journal.list_invoices(), {s.uuid for s in sessions})
    reflections = [
        r for r in journal.list_reflections() if _overlaps(r, options.start, options.end)
    ]
    private_only = {s.client.casefold() for s in in_range if s.client} - {
        s.client.casefold() for s in sessions if s.client
    }
    canvases = [
        _public(c, private_only)
        for c in journal.list_canvases()
        if _overlaps_quarter(c.quarter, options.start, options.end)
    ]
    left_out = {s.uuid for s in in_range} - {s.uuid for s in sessions}
    replies = [c for c in journal.list_comments() if c.is_reply and c.target_uuid not in left_out]
    info = journal.info()
    used = {s.currency for s in sessions} | {info.base_currency}
    rates = [r for r in journal.list_rates() if r.currency in used]  # what their rates rest on
    contents = JournalContents(
        owner=info.owner,
        base_currency=info.base_currency,
        clients=clients,
        sessions=sessions,
        reflections=reflections,
        projects=projects,
        invoices=invoices,
        canvases=canvases,
        skills=journal.skill_tags(),
        comments=replies,
        homework=journal.list_homework(),
        rates=rates,
    )
    return contents, len(in_range) - len(sessions)


def write_share(
    journal: Journal,
    out: Path | str,
    options: ShareOptions,
    *,
    passphrase: str | None = None,
    overwrite: bool = False,
) -> ShareSummary:
    """Write the share file for ``options`` to ``out``; returns what it holds."""
    contents, left_out = shared_contents(journal, options)
    if not contents.sessions and not contents.reflections:
        raise UserError("there is nothing to share in that range (no sessions, no reflections)")
    meta = {
        "kind": "share",
        "journal_uuid": journal.info().uuid,
        "range_start": options.start,
        "range_end": options.end,
    }
    path = write_special_file(out, contents, meta, passphrase=passphrase, overwrite=overwrite)
    return ShareSummary(
        path=path,
        sessions=len(contents.sessions),
        clients=len(contents.clients),
        reflections=len(contents.reflections),
        private_left_out=left_out,
        encrypted=passphrase is not None,
    )


def write_special_file(
    out: Path | str,
    contents: JournalContents,
    meta: Mapping[str, object],
    *,
    passphrase: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Write ``contents`` as a journal file stamped with ``meta`` (kind, journal_uuid,
    range_start, range_end), optionally encrypted, atomically at ``out``."""
    out = Path(out)
    if passphrase is not None:
        check_passphrase(passphrase)
    if out.exists() and not overwrite:
        raise JournalUnavailableError(f"{out} already exists; choose another name")
    if out.parent and not out.parent.is_dir():
        raise JournalUnavailableError(f"the folder {out.parent} does not exist")
    # The plain file lives only in a private folder (0700, named for this process: the
    # next start removes it if this one is killed) and never in the target's folder.
    workdir = tempfiles.private_dir("share")
    try:
        plain = build_journal_file(workdir / "plain.vjournal", contents)
        _stamp_meta(plain, meta)
        data = plain.read_bytes()
        if passphrase is not None:
            data = seal(data, passphrase)
        _replace_atomically(out, data)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return out


def _stamp_meta(path: Path, meta: Mapping[str, object]) -> None:
    values = {
        "kind": str(meta["kind"]),
        "journal_uuid": str(meta["journal_uuid"]),
        "range_start": _iso(meta.get("range_start")),
        "range_end": _iso(meta.get("range_end")),
        "written_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
    }
    conn = connect_file(path)
    try:
        with conn:
            conn.execute(
                "UPDATE journal_meta SET kind = :kind, journal_uuid = :journal_uuid, "
                "range_start = :range_start, range_end = :range_end, "
                "written_at = :written_at, app_version = :app_version",
                values,
            )
        conn.execute("VACUUM")
    finally:
        conn.close()


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


def _replace_atomically(out: Path, data: bytes) -> None:
    try:
        write_bytes(out, data)
    except OSError as exc:
        raise JournalUnavailableError(f"cannot write {out}: {exc.strerror or exc}") from exc
