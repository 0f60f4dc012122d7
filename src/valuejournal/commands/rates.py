"""`valuejournal rates`: the exchange-rate table (list, add, delete, import the ECB's file).

``rates list [--currency C] [--json]`` prints the table (each pair's newest rate, or every
row of one currency); ``rates add CURRENCY RATE [--date D] [--per CUR]`` keeps one rate
(RATE units of CURRENCY per one PER, the journal's base by default: the ECB's way);
``rates delete CURRENCY DAY [--per CUR]`` takes one row out of the table (as the window's
`Del` does: sessions that carry its rate keep it, so the figures do not move);
``rates import-ecb FILE [--dry-run]`` reads the ECB's ``eurofxref-hist.csv`` (or its ZIP).
Sessions still waiting for a rate get theirs from what is added; sessions that carry one keep
it. A bad currency, rate, date or file ends with exit status 2 and one line.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from valuejournal.commands import journal_path
from valuejournal.core import formats
from valuejournal.core.errors import UserError

if TYPE_CHECKING:
    from valuejournal.core.fx import ExchangeRate
    from valuejournal.store.journal import Journal


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `rates` sub-command and its actions."""
    p = sub.add_parser("rates", parents=[common], help="the exchange-rate table")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="print the rate table")
    listing.add_argument("--currency", default=None, help="every rate of one currency")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add = actions.add_parser("add", parents=[common], help="add or replace one rate")
    add.add_argument("currency", metavar="CURRENCY", help="ISO code, e.g. USD")
    add.add_argument("rate", metavar="RATE", help="CURRENCY units per one base unit, e.g. 1.0856")
    add.add_argument("--date", default=None, help="the rate's day (default: today)")
    add.add_argument("--per", default=None, help="quoted per this currency (default: the base)")
    drop = actions.add_parser("delete", parents=[common], help="delete one rate")
    drop.add_argument("currency", metavar="CURRENCY", help="ISO code, e.g. USD")
    drop.add_argument("day", metavar="DAY", help="the rate's day, e.g. 2026-11-02")
    drop.add_argument("--per", default=None, help="the row quoted per this currency")
    ecb = actions.add_parser("import-ecb", parents=[common], help="import the ECB's rate file")
    ecb.add_argument("file", type=Path, metavar="FILE", help="eurofxref-hist.csv or its .zip")
    ecb.add_argument("--dry-run", action="store_true", help="read and count, write nothing")
    p.set_defaults(run=run, action=None, currency=None, json=False)


def run(args: argparse.Namespace) -> int:
    """Run the chosen action (``list`` when none is named)."""
    path = journal_path(args)
    checked = _checked_add(args) if args.action == "add" else None
    doomed = _checked_delete(args) if args.action == "delete" else None
    rates = _read_file(args.file) if args.action == "import-ecb" else None
    from valuejournal.store.journal import Journal

    if args.action == "import-ecb" and args.dry_run:
        assert rates is not None
        print(_counted(rates, "Would import"))
        return 0
    with Journal.open(path, create=False) as journal:
        if args.action == "add":
            assert checked is not None
            return _add(journal, *checked, per=args.per)
        if args.action == "delete":
            assert doomed is not None
            return _delete(journal, *doomed)
        if args.action == "import-ecb":
            assert rates is not None
            _written, frozen = journal.import_rates(rates)
            print(_counted(rates, "Imported"))
            print(f"  {_sessions(len(frozen))} got a rate")
            return 0
        return _list(journal, args)


def _checked_add(args: argparse.Namespace) -> tuple[str, Decimal, date]:
    from valuejournal.core.fx import known_currency, parse_rate
    from valuejournal.core.periods import parse_date

    day = parse_date(args.date, "--date") if args.date else date.today()
    return known_currency(args.currency), parse_rate(args.rate), day


def _checked_delete(args: argparse.Namespace) -> tuple[str, date, str | None]:
    from valuejournal.core.fx import known_currency
    from valuejournal.core.periods import parse_date

    per = known_currency(args.per) if args.per else None
    return known_currency(args.currency), parse_date(args.day, "DAY"), per


def _read_file(path: Path) -> list[ExchangeRate]:
    from valuejournal.interop.ecb import read_ecb

    if not path.is_file():
        raise UserError(f"there is no file at {path}")
    return read_ecb(path)


def _counted(rates: list[ExchangeRate], verb: str) -> str:
    days = {r.day for r in rates}
    currencies = {r.currency for r in rates}
    first, last = min(days), max(days)
    fmt = formats.current()
    return (
        f"{verb} {fmt.count(len(rates), 'rate', 'rates')} for "
        f"{fmt.count(len(currencies), 'currency', 'currencies')} per EUR over "
        f"{fmt.count(len(days), 'day', 'days')} ({first.isoformat()} to {last.isoformat()})"
    )


def _sessions(n: int) -> str:
    return formats.current().count(n, "session", "sessions")


def _add(journal: Journal, currency: str, rate: Decimal, day: date, *, per: str | None) -> int:
    from valuejournal.core.fx import ExchangeRate, known_currency, rate_text

    quote = known_currency(per) if per else journal.info().base_currency
    if quote == currency:
        raise UserError(f"a rate of {currency} per {currency} is always 1")
    old = journal.find_rate(currency, quote, day)
    entry = ExchangeRate(currency, day, rate, quote, uuid=old.uuid) if old else None
    frozen = journal.save_rate(entry or ExchangeRate(currency, day, rate, quote))
    what = "Replaced" if old else "Added"
    print(f"{what} {currency} {rate_text(rate)} per 1 {quote} on {day.isoformat()}")
    print(f"  {_sessions(len(frozen))} got this rate; sessions with a rate keep theirs")
    return 0


def _delete(journal: Journal, currency: str, day: date, per: str | None) -> int:
    """Delete the table's row for CURRENCY on DAY (per PER, or the one there is)."""
    from valuejournal.core.fx import rate_text

    rows = [r for r in journal.list_rates(currency) if r.day == day]
    if per is not None:
        rows = [r for r in rows if r.per == per]
    if not rows:
        quoted = f" per {per}" if per else ""
        raise UserError(
            f"there is no {currency} rate{quoted} on {day.isoformat()} "
            f"(see `valuejournal rates list --currency {currency}`)"
        )
    if len(rows) > 1:
        pers = ", ".join(sorted(r.per for r in rows))
        raise UserError(
            f"{currency} has rates per {pers} on {day.isoformat()}: name one with --per"
        )
    gone = journal.delete_rate(rows[0].uuid)
    if gone is None:  # deleted by another program between the read and the write
        raise UserError(f"there is no {currency} rate on {day.isoformat()} any more")
    print(f"Deleted {gone.currency} {rate_text(gone.rate)} per 1 {gone.per} on {day.isoformat()}")
    print("  sessions that carry this rate keep it, so their figures do not move")
    return 0


def _list(journal: Journal, args: argparse.Namespace) -> int:
    from valuejournal.core.fx import known_currency, rate_text

    wanted = known_currency(args.currency) if args.currency else None
    rows = journal.list_rates(wanted)
    if wanted is None:  # each pair's newest rate, and how many days it has
        newest: dict[tuple[str, str], tuple[ExchangeRate, int]] = {}
        for r in rows:
            key = (r.currency, r.per)
            first, count = newest.get(key, (r, 0))
            newest[key] = (first, count + 1)
        shown = [(r, n) for r, n in newest.values()]
    else:
        shown = [(r, 1) for r in rows]
    if args.json:
        data = [
            {"currency": r.currency, "per": r.per, "date": r.day.isoformat(),
             "rate": rate_text(r.rate), "days": n}
            for r, n in shown
        ]  # fmt: skip
        print(json.dumps({"base": journal.info().base_currency, "rates": data}, indent=2))
        return 0
    if not shown:
        print("No exchange rates yet: add one with `valuejournal rates add CURRENCY RATE`")
        return 0
    for r, n in shown:
        more = f"  ({formats.current().count(n, 'day', 'days')})" if wanted is None else ""
        print(f"{r.currency} {rate_text(r.rate)} per 1 {r.per} on {r.day.isoformat()}{more}")
    return 0
