"""`valuejournal restore BACKUP`: back up the current state, then put the backup back.

The journal keeps its protection: the content comes back encrypted with the journal's
passphrase now (or plain if it is plain now). A backup written under an earlier passphrase
needs that one: ``--backup-passphrase-file F``, or asked on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from valuejournal.commands import journal_path
from valuejournal.core.errors import UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `restore` sub-command."""
    p = sub.add_parser(
        "restore", parents=[common], help="put a backup back (the current state is backed up)"
    )
    p.add_argument("backup", type=Path, help="the backup file to restore")
    p.add_argument(
        "--backup-passphrase-file",
        type=Path,
        default=None,
        help="the passphrase the backup was encrypted with, if an earlier one, in file F",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Restore and say how to undo it."""
    path = journal_path(args)
    from valuejournal.commands.share import read_passphrase
    from valuejournal.core import formats
    from valuejournal.store.cipher import PassphraseNeededError, required_key
    from valuejournal.store.restore import restore

    given = read_passphrase(args.backup_passphrase_file)
    if path.is_file():
        required_key(path)  # the journal's own passphrase first (--passphrase-file F)
    try:
        done = restore(path, args.backup, passphrase=given)
    except PassphraseNeededError as exc:
        if given is not None or not sys.stdin.isatty() or not Path(args.backup).is_file():
            raise UserError(f"{exc}; give it with --backup-passphrase-file F") from None
        asked = getpass.getpass(f"Passphrase of {Path(args.backup).name} (an earlier one): ")
        done = restore(path, args.backup, passphrase=asked)
    fmt = formats.current()
    print(
        f"Restored {path} from {done.source}: "
        f"{fmt.count(done.counts.sessions, 'session', 'sessions')}, "
        f"{fmt.count(done.counts.clients, 'client', 'clients')}"
    )
    if done.before is not None:
        print(f"  the state before is in {done.before} (restore it to undo)")
    return 0
