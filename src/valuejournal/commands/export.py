"""`valuejournal export`: every session (CSV) or the whole journal (JSON), in open formats."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal.commands import check_out, journal_path
from valuejournal.core import formats


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `export` sub-command."""
    p = sub.add_parser("export", parents=[common], help="export to CSV or JSON")
    p.add_argument("out", type=Path, help="OUT.csv (sessions) or OUT.json (everything)")
    p.add_argument(
        "--without-private", action="store_true", help="leave private notes and sessions out"
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the export atomically and say how many sessions it holds."""
    from valuejournal.interop import export_journal
    from valuejournal.store.journal import Journal

    check_out(args, args.out)
    with Journal.open(journal_path(args), create=False) as journal:
        count = export_journal(journal, args.out, include_private=not args.without_private)
    print(f"Exported {formats.current().count(count, 'session', 'sessions')} to {args.out}.")
    return 0
