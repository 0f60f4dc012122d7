"""`valuejournal insights`: where pay and value part ways, as text or as JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date

from valuejournal.commands import journal_path
from valuejournal.core.periods import PeriodKind, check_range, parse_date


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `insights` sub-command."""
    p = sub.add_parser("insights", parents=[common], help="print the journal's insights")
    p.add_argument("--from", dest="start", default=None, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", default=None, help="last day, YYYY-MM-DD")
    p.add_argument(
        "--period", choices=[k.value for k in PeriodKind], default="week", help="grouping"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


MAX_RANGE_DAYS = 20 * 366


def bounded_range(
    start: date | None, end: date | None, days: list[date]
) -> tuple[date | None, date | None]:
    """A range longer than 20 years shrinks to the part that holds sessions (periods
    without sessions never form a span), so 0001-01-01 to 9999-12-31 is answered at once."""
    if start is None or end is None or (end - start).days <= MAX_RANGE_DAYS:
        return start, end
    inside = [d for d in days if start <= d <= end]
    if not inside:
        return start, start
    return min(inside), max(inside)


def run(args: argparse.Namespace) -> int:
    """Compute the insights over the range and print them."""
    start = parse_date(args.start, "--from") if args.start else None
    end = parse_date(args.end, "--to") if args.end else None
    check_range(start, end)
    from valuejournal import settings
    from valuejournal.core.insights import compute_insights, summarize, to_json_dict
    from valuejournal.store.journal import Journal

    with Journal.open(journal_path(args), create=False) as journal:
        sessions = journal.all_sessions()
        clients = journal.list_clients()
        currency = journal.info().base_currency
        invoiced = journal.invoiced_days()
    first, last = bounded_range(start, end, [s.day for s in sessions])
    insights = compute_insights(
        sessions,
        clients,
        start=first,
        end=last,
        kind=PeriodKind(args.period),
        currency=currency,
        thresholds=settings.load().thresholds,  # the person's own, as in the app
        invoiced=invoiced,
    )
    if (first, last) != (start, end):  # say the range that was asked for
        insights = dataclasses.replace(insights, start=start, end=end)
    if args.json:
        print(json.dumps(to_json_dict(insights), ensure_ascii=False, indent=2))
        return 0
    for sentence in summarize(insights):
        print(f"- {sentence}")
    return 0
