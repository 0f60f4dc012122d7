"""`valuejournal backup`: a backup of the journal now (rotation as in Settings)."""

from __future__ import annotations

import argparse

from valuejournal.commands import journal_path
from valuejournal.core.errors import UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `backup` sub-command."""
    p = sub.add_parser("backup", parents=[common], help="back up the journal now")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Take the backup, rotate the old ones, and say where it went."""
    path = journal_path(args)
    if not path.is_file():
        raise UserError(f"there is no journal at {path}")
    from valuejournal.core import formats
    from valuejournal.store import backups
    from valuejournal.store.restore import counts

    made = backups.backup_now(path, "manual")
    found = counts(made)
    kept = len(backups.list_backups(path))
    fmt = formats.current()
    sessions = fmt.count(found.sessions, "session", "sessions")
    clients = fmt.count(found.clients, "client", "clients")
    print(f"Backed up {path} to {made}: {sessions}, {clients}")
    print(f"  {fmt.count(kept, 'backup', 'backups')} kept")
    return 0
