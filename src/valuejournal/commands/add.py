"""`valuejournal add`: log one work session from the command line."""

from __future__ import annotations

import argparse
from datetime import date

from valuejournal.commands import journal_path
from valuejournal.core import formats
from valuejournal.core.dates import HELP, read_day
from valuejournal.core.durations import session_minutes
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.money import check_currency, parse_amount
from valuejournal.core.periods import DateError
from valuejournal.core.rules import Problem, ValidationError, validate_session


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `add` sub-command."""
    p = sub.add_parser("add", parents=[common], help="log a work session")
    p.add_argument(
        "--date", required=True, help="day of the work: 2026-11-29, today, yesterday, -1, mon"
    )
    p.add_argument("--hours", required=True, help="duration: 1.5, 1,5, 1:30, 90m or 1h30")
    p.add_argument("--value", required=True, help="value created, 0-10")
    p.add_argument("--client", default=None)
    p.add_argument("--title", default="")
    p.add_argument("--pay", default=None, help="amount paid or due, e.g. 120.50")
    p.add_argument(
        "--currency", default=None, help="ISO code (default: the client's, else the journal's)"
    )
    p.add_argument("--status", choices=[s.value for s in PayStatus], default=None)
    p.add_argument("--paid-on", default=None, help="day the money arrived (as --date)")
    for name in ("mood", "energy", "stress"):
        p.add_argument(f"--{name}", default=None, help=f"{name}, 1-5")
    p.add_argument("--note", default="")
    p.add_argument("--private", action="store_true", help="keep the note private")
    p.set_defaults(run=run)


def _int(text: str | None, label: str) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError([Problem(label, f"{label} must be a whole number")]) from None


def cli_day(text: str, option: str) -> date:
    """A day as the GUI's date fields read it: ISO, today, yesterday, -1, mon, a day of this
    month. Numeric dates in a locale's own order (29.11.2026) are refused: which order a
    shell means cannot be known."""
    if len(text) > 100:  # no date is that long; keep the message one short line
        raise DateError(f"{option}: not a date: {text[:40]!r}… (type {HELP})")
    try:
        return read_day(text, today=date.today(), order="ymd")
    except DateError as exc:
        raise DateError(f"{option}: {exc}") from None


def build_session(args: argparse.Namespace, currency: str) -> Session:
    """The session the arguments describe, validated."""
    currency = check_currency(args.currency or currency)
    pay = parse_amount(args.pay, currency, formats.current()) if args.pay else 0
    status = PayStatus(args.status) if args.status else (PayStatus.PENDING if pay else None)
    paid_on = cli_day(args.paid_on, "--paid-on") if args.paid_on else None
    if status is None:
        status = PayStatus.PAID if paid_on else PayStatus.NONE
    session = Session(
        day=cli_day(args.date, "--date"),
        minutes=session_minutes(args.hours, "--hours"),
        value=_int(args.value, "value"),
        client=args.client.strip() if args.client and args.client.strip() else None,
        title=args.title.strip(),
        pay_minor=pay,
        currency=currency,
        status=status,
        paid_on=paid_on,
        mood=_int(args.mood, "mood"),
        energy=_int(args.energy, "energy"),
        stress=_int(args.stress, "stress"),
        notes=args.note,
        private=bool(args.private),
    )
    return validate_session(session)


def run(args: argparse.Namespace) -> int:
    """Validate, then add the session in one transaction."""
    from valuejournal.store.journal import Journal

    path = journal_path(args)
    build_session(args, "EUR")  # bad input is refused before any file is touched
    with Journal.open(path) as journal:
        client = journal.get_client(args.client) if args.client and args.client.strip() else None
        # pay is in the client's currency (as in the window's quick entry), else the journal's
        session = build_session(args, client.currency if client else journal.info().base_currency)
        journal.add_session(session)
    fmt = formats.current()  # the person's locale, as the window's session list shows it
    who = f" for {session.client}" if session.client else ""
    pay = f", {fmt.money(session.pay_minor, session.currency)}" if session.pay_minor else ""
    print(
        f"Added {fmt.hours(session.hours)} h on {fmt.date(session.day)}{who}{pay} ({session.uuid})"
    )
    return 0
