"""Sync-conflict copies of a journal: the files sync tools leave beside it when two machines
changed it at once, found by their naming, and moved aside once merged.

For a journal ``journal.vjournal`` the tools write:

- Dropbox: ``journal (Sam's conflicted copy 2026-11-30).vjournal`` (a `` (1)`` may follow)
- Syncthing: ``journal.sync-conflict-20261130-101010-ABCDEFG.vjournal``
- Nextcloud and ownCloud: ``journal (conflicted copy 2026-11-30 101010).vjournal``
  (older ownCloud clients: ``journal_conflict-20261130-101010.vjournal``)
- OneDrive: ``journal-LAPTOP-7.vjournal`` (the other computer's name)

Only files that really are copies of this journal (the same journal id) are offered.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from valuejournal.store.engine import SQLITE_MAGIC, connect_file

log = logging.getLogger(__name__)

MERGED_FOLDER = "Merged conflict copies"
"""Where merged copies are moved, beside the journal (never deleted)."""

_PATTERNS = (
    ("Dropbox", r" \((?P<who>[^()]+?)['’]s conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?\)"),
    ("Syncthing", r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}"),
    ("Nextcloud", r" \(conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)"),
    ("ownCloud", r"_conflict-\d{8}-\d{6}"),
    ("OneDrive", r"-(?P<who>[A-Za-z0-9][A-Za-z0-9-]{0,14})"),
)


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """A conflict copy beside a journal: its path, the sync tool that named it, and the
    machine or person it names (empty when the name does not say)."""

    path: Path
    tool: str
    source: str = ""


def conflict_tool(journal: Path, candidate: Path) -> ConflictCopy | None:
    """The conflict copy ``candidate`` is of ``journal``, judged by its name alone."""
    if candidate.parent != journal.parent or candidate.name == journal.name:
        return None
    stem, suffix = re.escape(journal.stem), re.escape(journal.suffix)
    for tool, middle in _PATTERNS:
        found = re.fullmatch(stem + middle + suffix, candidate.name)
        if found:
            who = found.groupdict().get("who") or ""
            return ConflictCopy(candidate, tool, who)
    return None


def _journal_uuid(path: Path) -> str | None:
    """The journal id a file records, read without writing anything (None: not readable)."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                return None
        conn = connect_file(path, immutable=True)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            row = conn.execute("SELECT journal_uuid FROM journal_meta LIMIT 1").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    return str(row[0]) if row else None


def find_conflict_copies(journal: Path, journal_uuid: str | None = None) -> list[ConflictCopy]:
    """The conflict copies beside ``journal``, oldest first; with ``journal_uuid``, only
    the files that are copies of that journal (a file named like one but holding another
    journal, or no journal, is left alone)."""
    journal = Path(journal)
    try:
        names = os.listdir(journal.parent)
    except OSError:
        return []
    found = []
    for name in sorted(names):
        copy = conflict_tool(journal, journal.parent / name)
        if copy is None or not copy.path.is_file():
            continue
        if journal_uuid is not None and _journal_uuid(copy.path) != journal_uuid:
            log.info("%s is named like a conflict copy but is not one of this journal", name)
            continue
        found.append(copy)
    return sorted(found, key=lambda c: _mtime(c.path))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def move_aside(copy: Path) -> Path:
    """Move a merged conflict copy into `MERGED_FOLDER` beside it (a new name if one is
    there already; its ``-wal``/``-shm`` go with it). Returns where it went."""
    folder = copy.parent / MERGED_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / copy.name
    n = 1
    while target.exists():
        target = folder / f"{copy.stem} ({n}){copy.suffix}"
        n += 1
    os.replace(copy, target)
    for extra in ("-wal", "-shm"):
        side = Path(f"{copy}{extra}")
        if side.exists():
            os.replace(side, Path(f"{target}{extra}"))
    return target
