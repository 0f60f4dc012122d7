"""`valuejournal demo`: write a realistic demo journal (same seed, same journal)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from valuejournal.commands import check_out
from valuejournal.core.periods import FIRST_YEAR, LAST_YEAR, parse_date
from valuejournal.core.rules import Problem, ValidationError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `demo` sub-command."""
    p = sub.add_parser("demo", help="write a demo journal to explore the app")
    p.add_argument("path", type=Path, help="the new journal file")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--weeks", type=int, default=52, help="weeks of history (default 52)")
    p.add_argument("--end", default=None, help="last day of the demo (default today)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Generate the demo and write it atomically to the path."""
    if not 1 <= args.weeks <= 5000:
        raise ValidationError([Problem("weeks", "--weeks must be between 1 and 5000")])
    end = parse_date(args.end, "--end") if args.end else None
    if end is not None and not date(FIRST_YEAR + 100, 1, 1) <= end <= date(LAST_YEAR, 12, 31):
        raise ValidationError(
            [Problem("end", f"--end must lie between {FIRST_YEAR + 100} and {LAST_YEAR}")]
        )
    check_out(args, args.path)
    from valuejournal.core import formats
    from valuejournal.store.writer import write_demo_journal

    demo = write_demo_journal(
        args.path, seed=args.seed, weeks=args.weeks, end=end, overwrite=args.force
    )
    fmt = formats.current()
    print(
        f"Wrote {args.path}: {fmt.count(len(demo.sessions), 'session', 'sessions')}, "
        f"{fmt.count(len(demo.clients), 'client', 'clients')}, "
        f"{fmt.count(args.weeks, 'week', 'weeks')}"
    )
    return 0
