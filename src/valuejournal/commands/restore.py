"""`valuejournal restore BACKUP`: back up the current state, then put the backup back."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal.commands import journal_path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `restore` sub-command."""
    p = sub.add_parser(
        "restore", parents=[common], help="put a backup back (the current state is backed up)"
    )
    p.add_argument("backup", type=Path, help="the backup file to restore")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Restore and say how to undo it."""
    path = journal_path(args)
    from valuejournal.store.restore import restore

    done = restore(path, args.backup)
    print(
        f"Restored {path} from {done.source}: "
        f"{done.counts.sessions} sessions, {done.counts.clients} clients"
    )
    if done.before is not None:
        print(f"  the state before is in {done.before} (restore it to undo)")
    return 0
