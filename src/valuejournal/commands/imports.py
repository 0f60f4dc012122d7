"""`valuejournal import`: bring sessions in from a time tracker's CSV or the app's own files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from valuejournal.commands import journal_path
from valuejournal.core import formats
from valuejournal.core.errors import UserError

if TYPE_CHECKING:
    from valuejournal.interop import ImportPlan
    from valuejournal.store.journal import Journal

MAX_ERRORS_SHOWN = 20


class ImportRefused(UserError):
    """Rows were rejected and the person did not ask to skip them."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `import` sub-command."""
    from valuejournal.interop import FORMAT_NAMES

    p = sub.add_parser("import", parents=[common], help="import sessions from a CSV or JSON file")
    p.add_argument("file", type=Path, help="Toggl, Clockify, Harvest, Kimai or Value Journal file")
    p.add_argument("--format", choices=["auto", *FORMAT_NAMES], default="auto")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported")
    p.add_argument("--currency", default=None, help="currency of amounts without one")
    p.add_argument("--invoices-paid", action="store_true", help="billable amounts are already paid")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows even if some are bad"
    )
    p.add_argument(
        "--user", default=None, metavar="NAME",
        help="whose work to take from a team export (user, name or e-mail as in the file)",
    )  # fmt: skip
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Plan the import, print the counts, then write it all in one transaction."""
    if not args.file.is_file():
        raise ImportRefused(f"{args.file} does not exist or is not a file")
    if args.file.suffix.lower() == ".json":
        return _run_json(args)
    from valuejournal.interop import daylio

    if daylio.is_daylio(args.file):
        return _run_daylio(args)
    from valuejournal.interop import plan_import
    from valuejournal.store.journal import Journal

    target = journal_path(args)
    options = {"format": args.format, "invoices_paid": args.invoices_paid, "user": args.user}
    if target.exists():
        with Journal.open(target, create=False) as journal:
            currency = args.currency or journal.info().base_currency
            plan = plan_import(journal, args.file, currency=currency, **options)
    else:  # nothing to compare with yet; the journal is created only if there is work
        plan = plan_import(None, args.file, currency=args.currency or "EUR", **options)
    _refuse_team_file(plan)
    _report(plan)
    return _finish(plan, args, target)


def _refuse_team_file(plan: ImportPlan) -> None:
    """Stop before anything is written when the file holds several people's work."""
    from valuejournal.interop import people_line

    if plan.needs_person:
        raise ImportRefused(
            f"this file holds the work of {len(plan.people)} people: "
            f"{people_line(plan.people, limit=8)}; choose whose with --user NAME"
        )


def _finish(plan: ImportPlan, args: argparse.Namespace, target: Path) -> int:
    from valuejournal.interop import apply_plan
    from valuejournal.store.journal import Journal

    valid = formats.current().count(len(plan.sessions), "valid session", "valid sessions")
    if _nothing_to_write(args, len(plan.errors), len(plan.sessions), valid):
        return 0
    with Journal.open(target) as journal:
        backup_before(journal)
        added = apply_plan(plan, journal)
    print(f"Imported {formats.current().count(added, 'session', 'sessions')} into {target}.")
    return 0


def _nothing_to_write(args: argparse.Namespace, rejected: int, new: int, valid: str) -> bool:
    """True (having said why) for a dry run or nothing new; ImportRefused for rejected rows
    without --skip-invalid (``valid`` names what would have been imported)."""
    if args.dry_run:
        print("Dry run: nothing was written.")
        return True
    if rejected and not args.skip_invalid:
        raise ImportRefused(
            f"{formats.current().count(rejected, 'row', 'rows')} rejected, so nothing was "
            "imported; fix them, or pass "
            f"--skip-invalid to import the {valid}"
        )
    if not new:
        print("Nothing new to import.")
        return True
    return False


def _report(plan: ImportPlan) -> None:
    from valuejournal.interop import FORMAT_LABELS, SKIP_REASONS

    label = FORMAT_LABELS.get(plan.format, plan.format)
    who = f" ({plan.user})" if plan.user else ""
    print(f"{label}{who}: {plan.summary()}")
    for reason in SKIP_REASONS:
        if plan.skipped.get(reason):
            print(f"  skipped, {reason}: {plan.skipped[reason]}")
    fmt = formats.current()
    pay = fmt.amounts(plan.pay_by_currency())
    print(
        f"  new sessions: {len(plan.sessions)}, {plan.total_minutes} minutes "
        f"({fmt.hours(plan.total_seconds / 3600)} h)" + (f", {pay}" if pay else "")
    )
    for error in plan.errors[:MAX_ERRORS_SHOWN]:
        print(f"  rejected, line {error.row}: {error.reason}")
    if len(plan.errors) > MAX_ERRORS_SHOWN:
        print(f"  … and {len(plan.errors) - MAX_ERRORS_SHOWN} more rejected")


def _run_daylio(args: argparse.Namespace) -> int:
    """A Daylio export: mood records, kept beside the sessions of their days."""
    from valuejournal.interop import daylio
    from valuejournal.store.journal import Journal

    plan = daylio.read_daylio(args.file)
    target = journal_path(args)
    if target.exists():
        with Journal.open(target, create=False) as journal:
            plan = daylio.check_moods(plan, journal)
    print(f"{daylio.LABEL}: {plan.summary()}")
    for error in plan.errors[:MAX_ERRORS_SHOWN]:
        print(f"  rejected, line {error.row}: {error.reason}")
    valid = formats.current().count(len(plan.entries), "valid mood entry", "valid mood entries")
    if _nothing_to_write(args, len(plan.errors), len(plan.entries), valid):
        return 0
    with Journal.open(target) as journal:
        backup_before(journal)
        added = daylio.apply_moods(plan, journal)
    entries = formats.current().count(len(added), "mood entry", "mood entries")
    print(f"Imported {entries} into {target}.")
    return 0


def _run_json(args: argparse.Namespace) -> int:
    from valuejournal.interop import read_json, restore_json
    from valuejournal.store.journal import Journal

    data = read_json(args.file)
    target = journal_path(args)
    if args.dry_run:
        have: set[str] = set()
        if target.exists():
            with Journal.open(target, create=False) as journal:
                have = journal.existing_uuids(s.uuid for s in data.sessions)
        new = sum(1 for s in data.sessions if s.uuid not in have)
        print(f"Value Journal JSON: new {new}, already present {len(data.sessions) - new}")
        print("Dry run: nothing was written.")
        return 0
    with Journal.open(target) as journal:
        backup_before(journal)
        counts = restore_json(data, journal)
    fmt = formats.current()
    print(
        f"Restored {fmt.count(counts.sessions, 'session', 'sessions')}, "
        f"{fmt.count(counts.clients, 'client', 'clients')}, "
        f"{fmt.count(counts.reflections, 'reflection', 'reflections')}, "
        f"{fmt.count(counts.comments, 'comment', 'comments')}, "
        f"{fmt.count(counts.canvases, 'canvas', 'canvases')} into {target}."
    )
    return 0


def backup_before(journal: Journal) -> None:
    """A backup (reason ``import``) of a journal that holds sessions, before it is written."""
    from valuejournal.store.backups import backup_now

    if journal.count_sessions():
        backup_now(journal.path, "import")
