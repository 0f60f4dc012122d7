"""`valuejournal merge`: merge another copy of the journal (a sync-conflict copy) into it."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal.commands import journal_path
from valuejournal.core.errors import UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `merge` sub-command."""
    p = sub.add_parser(
        "merge", parents=[common], help="merge another copy of the journal (a sync conflict)"
    )
    p.add_argument("other", type=Path, help="the other copy, e.g. a sync tool's conflict copy")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Plan the merge, print the report, and (unless a dry run) apply it after a backup."""
    from valuejournal.core.merge_report import report_lines
    from valuejournal.store.journal import Journal
    from valuejournal.store.merge import merge_file, plan_merge_file
    from valuejournal.terminal import one_line

    target = journal_path(args)
    if not target.exists():
        raise UserError(f"there is no journal at {target}")
    if not args.other.is_file():
        raise UserError(f"{args.other} does not exist or is not a file")
    with Journal.open(target, create=False) as journal:
        if args.dry_run:
            outcome = plan_merge_file(journal, args.other)
        else:
            outcome = merge_file(journal, args.other)
    head = "Merging" if args.dry_run else "Merged"
    tail = " would:" if args.dry_run else ":"
    print(f"{head} {one_line(args.other.name, 200)} into {target.name}{tail}")
    if not outcome.same_journal:
        print("  note: the other file is another journal, not a copy of this one")
    for line in report_lines(outcome.plan.report, dry_run=args.dry_run):
        print(f"  {one_line(line, 300)}")
    if outcome.backup is not None:
        print(f"Backup made first: {outcome.backup}")
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0
