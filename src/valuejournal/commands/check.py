"""`valuejournal check`: integrity, schema and safety check of any journal or share file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from valuejournal.commands import journal_path
from valuejournal.core.errors import UserError
from valuejournal.terminal import one_line


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `check` sub-command."""
    parser = sub.add_parser("check", parents=[common], help="check a journal or share file")
    parser.add_argument("file", nargs="?", help="file to check (default: the journal)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the check's findings; exit 2 (one line on stderr) if anything is wrong."""
    from valuejournal.store import cipher
    from valuejournal.store.safety import check_file

    path = args.file or journal_path(args)
    if cipher.is_encrypted(Path(path)):
        return _check_encrypted(Path(path))
    report = check_file(path)
    for fact in report.facts:
        print(f"  {one_line(fact)}")
    if report.ok:
        print(f"{path}: OK")
        return 0
    for problem in report.problems[1:]:
        print(f"  problem: {one_line(problem)}")
    first = report.problems[0]
    said = first if first.startswith(str(path)) else f"{path}: {first}"  # the path once
    print(f"valuejournal: error: {one_line(said)}", file=sys.stderr)
    return 2


def _check_encrypted(path: Path) -> int:
    """An SQLCipher journal (or a backup of the unlocked one): checked with its key."""
    from valuejournal.core import formats
    from valuejournal.store import cipher
    from valuejournal.store.restore import check_backup

    if cipher.key_for(path) is None:
        raise UserError(
            f"{path} is not a Value Journal file, unless it is an encrypted one: give its "
            "passphrase (--passphrase-file F)"  # whole pages of random-looking bytes
        )
    found = check_backup(path)  # the integrity check and the counts, through the key
    fmt = formats.current()
    sessions = fmt.count(found.sessions, "session", "sessions")
    print(f"  encrypted journal: {sessions}, {fmt.count(found.clients, 'client', 'clients')}")
    print(f"{path}: OK")
    return 0
