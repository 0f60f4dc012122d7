"""`valuejournal share`: write a share file for a coach (a range or a quarter, maybe encrypted)."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal.commands import check_out, journal_path
from valuejournal.core.errors import UserError
from valuejournal.core.periods import check_range, parse_date, quarter_range


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `share` sub-command."""
    p = sub.add_parser("share", parents=[common], help="write a share file for your coach")
    p.add_argument("--out", required=True, type=Path, help="the new .vjshare file")
    p.add_argument("--from", dest="start", default=None, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", default=None, help="last day, YYYY-MM-DD")
    p.add_argument("--quarter", default=None, help="one quarter instead, e.g. 2026-Q3")
    p.add_argument(
        "--include-private",
        action="store_true",
        help="also share private sessions and your notes about clients",
    )
    p.add_argument(
        "--passphrase-file", type=Path, default=None, help="encrypt with the passphrase in F"
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=run)


MAX_PASSPHRASE_FILE = 4096


def read_passphrase(path: Path | None) -> str | None:
    """The passphrase in a file (its first line, without the line ending), or None.

    The file must be a regular file of at most 4 KB (never a FIFO or /dev/zero)."""
    if path is None:
        return None
    from valuejournal.boundedio import read_regular

    data = read_regular(path, MAX_PASSPHRASE_FILE, "the passphrase file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"the passphrase file {path} is not UTF-8 text") from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UserError(f"the passphrase file {path} is empty")
    return passphrase


def _range(args: argparse.Namespace) -> tuple[object, object]:
    if args.quarter and (args.start or args.end):
        raise UserError("give either --quarter or --from/--to, not both")
    if args.quarter:
        return quarter_range(args.quarter)
    start = parse_date(args.start, "--from") if args.start else None
    end = parse_date(args.end, "--to") if args.end else None
    check_range(start, end)
    return start, end


def run(args: argparse.Namespace) -> int:
    """Write the share file and say what went into it."""
    start, end = _range(args)
    check_out(args, args.out)
    passphrase = read_passphrase(args.passphrase_file)
    path = journal_path(args)
    if not path.exists():
        raise UserError(f"there is no journal at {path}")
    from valuejournal.store.journal import Journal
    from valuejournal.store.share import ShareOptions, write_share

    options = ShareOptions(start, end, args.include_private)  # type: ignore[arg-type]
    with Journal.open(path) as journal:
        summary = write_share(
            journal, args.out, options, passphrase=passphrase, overwrite=args.force
        )
    from valuejournal.core import formats

    fmt = formats.current()
    span = f"{start} to {end}" if start or end else "everything"
    print(
        f"Wrote {args.out}: {fmt.count(summary.sessions, 'session', 'sessions')}, "
        f"{fmt.count(summary.clients, 'client', 'clients')}, "
        f"{fmt.count(summary.reflections, 'reflection', 'reflections')} ({span})"
    )
    if summary.private_left_out:
        left_out = fmt.count(summary.private_left_out, "private session", "private sessions")
        print(f"  {left_out} left out")
    if summary.encrypted:
        print("  encrypted: it opens only with the passphrase")
    return 0
