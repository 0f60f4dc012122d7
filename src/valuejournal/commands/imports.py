"""`valuejournal import`: bring sessions in from a time tracker's CSV or the app's own files."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal.commands import journal_path
from valuejournal.core.errors import UserError
from valuejournal.core.money import format_money

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
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Plan the import, print the counts, then write it all in one transaction."""
    if not args.file.is_file():
        raise ImportRefused(f"{args.file} does not exist or is not a file")
    if args.file.suffix.lower() == ".json":
        return _run_json(args)
    from valuejournal.interop import check_against, read_csv
    from valuejournal.store.journal import Journal

    target = journal_path(args)
    currency = args.currency
    if currency is None and target.exists():
        with Journal.open(target, create=False) as journal:
            currency = journal.info().base_currency
    plan = read_csv(
        args.file, format=args.format, currency=currency or "EUR", invoices_paid=args.invoices_paid
    )
    if not target.exists():
        plan = check_against(plan, _NoJournal())
        _report(plan)
        return _finish(plan, args, target)
    with Journal.open(target, create=False) as journal:
        plan = check_against(plan, journal)
    _report(plan)
    return _finish(plan, args, target)


def _finish(plan, args: argparse.Namespace, target: Path) -> int:
    from valuejournal.interop import apply_plan
    from valuejournal.store.journal import Journal

    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    if plan.errors and not args.skip_invalid:
        raise ImportRefused(
            f"{len(plan.errors)} row(s) rejected, so nothing was imported; fix them, or pass "
            f"--skip-invalid to import the {len(plan.sessions)} valid session(s)"
        )
    if not plan.sessions:
        print("Nothing new to import.")
        return 0
    with Journal.open(target) as journal:
        added = apply_plan(plan, journal)
    print(f"Imported {added} session(s) into {target}.")
    return 0


def _report(plan) -> None:
    from valuejournal.interop import FORMAT_LABELS

    label = FORMAT_LABELS.get(plan.format, plan.format)
    pay = ", ".join(format_money(v, c) for c, v in sorted(plan.pay_by_currency().items()))
    print(f"{label}: {plan.summary()}")
    print(f"  new sessions: {plan.total_minutes / 60:.2f} h" + (f", {pay}" if pay else ""))
    for error in plan.errors[:MAX_ERRORS_SHOWN]:
        print(f"  line {error.row}: {error.reason}")
    if len(plan.errors) > MAX_ERRORS_SHOWN:
        print(f"  … and {len(plan.errors) - MAX_ERRORS_SHOWN} more")


class _NoJournal:
    """Stands in for a journal that does not exist yet: it holds nothing."""

    def existing_uuids(self, uuids: object) -> set[str]:
        return set()


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
        counts = restore_json(data, journal)
    print(
        f"Restored {counts.sessions} session(s), {counts.clients} client(s), "
        f"{counts.reflections} reflection(s), {counts.comments} comment(s) into {target}."
    )
    return 0
