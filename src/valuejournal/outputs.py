"""Where a command may write a file: never over the journal, never over a file without --force.

Every command that writes a file (report, share, export, demo, feedback, backups) asks
`check_output` first. The journal, its `-wal`, `-shm` and `-journal` files and its backups are
never a valid output, with or without `--force`: they are compared by resolved path and, when
they exist, with `os.path.samefile`, so a symlink or a hard link to the journal is refused too.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from valuejournal import paths
from valuejournal.core.errors import UserError

SIDECARS = ("-wal", "-shm", "-journal")
_BACKUP_RE = re.compile(r"^(?P<base>.+)\.backup-[0-9A-Za-z:\-]+$")


class OutputError(UserError):
    """The chosen output file cannot or must not be written."""


def journal_family(journal: Path) -> list[Path]:
    """The journal and the files that belong to it: SQLite's sidecars and its backups."""
    journal = Path(journal)
    family = [journal] + [Path(f"{journal}{suffix}") for suffix in SIDECARS]
    folder = journal.parent if str(journal.parent) else Path(".")
    with contextlib.suppress(OSError):
        family += sorted(folder.glob(f"{glob_escape(journal.name)}.backup-*"))
    return family


def glob_escape(name: str) -> str:
    """``name`` with the glob characters ``*?[`` made literal."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _same(a: Path, b: Path) -> bool:
    if _resolved(a) == _resolved(b):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def is_journal_file(out: Path, journal: Path) -> bool:
    """True if writing ``out`` would write over ``journal`` or one of its own files."""
    out_resolved = _resolved(out)
    journal_resolved = _resolved(journal)
    for member in journal_family(journal):
        if _same(out, member):
            return True
    return out_resolved.parent == journal_resolved.parent and out_resolved.name.startswith(
        f"{journal_resolved.name}.backup-"
    )


def _is_sidecar_of_sqlite(out: Path) -> bool:
    """``out`` is the -wal/-shm/-journal file or a backup of an existing file beside it."""
    name = out.name
    for suffix in SIDECARS:
        if name.endswith(suffix) and out.with_name(name[: -len(suffix)]).is_file():
            return True
    match = _BACKUP_RE.match(name)
    return bool(match and out.with_name(match["base"]).is_file())


def check_output(out: Path | str, *, journals: tuple[Path, ...] = (), force: bool = False) -> Path:
    """Raise OutputError unless ``out`` may be written; returns it as a Path.

    ``journals`` are the journals the command reads or that must never be touched (the
    one it works on, the default one). An existing file is replaced only with ``force``.
    """
    target = Path(out)
    for journal in journals:
        if Path(journal).exists() and is_journal_file(target, journal):
            raise OutputError(
                f"{target} is the journal {journal.name} or one of its files; "
                "choose another name (nothing was written)"
            )
    if _is_sidecar_of_sqlite(target):
        raise OutputError(
            f"{target} belongs to the file beside it (a database's own file or backup); "
            "choose another name"
        )
    if target.is_dir():
        raise OutputError(f"{target} is a folder; give a file name")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist")
    if (target.exists() or target.is_symlink()) and not force:
        raise OutputError(f"{target} already exists; choose another name or pass --force")
    return target


def chosen_output_problem(out: Path, journals: tuple[Path, ...] = ()) -> str | None:
    """Why a file chosen in a save dialog must not be written there, or None.

    The save dialog has already asked before replacing an existing file, so only the
    journals (the open ones and the person's default journal) and their files are refused.
    """
    try:
        check_output(out, journals=(*journals, paths.default_journal()), force=True)
    except OutputError as exc:
        return str(exc)
    return None
