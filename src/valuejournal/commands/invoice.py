"""`valuejournal invoice add | paid | list | delete`: invoices from the command line.

``add`` puts a client's sessions between two days that are on no invoice yet on a new
invoice; ``paid`` marks an invoice and its sessions' money paid; ``list`` prints invoices
(``--overdue``: only unpaid ones past their due date; ``--json``: one JSON object). Bad input
(an unknown client or invoice, a number already used, no sessions in the range, a bad date
or amount) ends with exit status 2 and one line, before anything is written.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from valuejournal.commands import journal_path
from valuejournal.commands.add import cli_day
from valuejournal.core import formats
from valuejournal.core.invoices import Invoice, InvoiceError, default_due, invoice_amount, overdue
from valuejournal.core.money import check_currency, parse_amount, to_major
from valuejournal.core.periods import check_range


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `invoice` sub-command and its actions."""
    p = sub.add_parser("invoice", parents=[common], help="invoices: add, mark paid, list")
    actions = p.add_subparsers(dest="action", metavar="add|paid|list|delete", required=True)
    add = actions.add_parser(
        "add", parents=[common], help="a new invoice over a client's sessions in a range"
    )
    add.add_argument("number", help="the invoice's number (unique in the journal)")
    add.add_argument("--client", required=True, help="the client invoiced")
    add.add_argument("--from", dest="start", required=True, help="first day of work covered")
    add.add_argument("--to", dest="end", required=True, help="last day of work covered")
    add.add_argument("--sent", default=None, help="day it was sent (default: today)")
    add.add_argument("--due", default=None, help="due day (default: 30 days after sending)")
    add.add_argument("--amount", default=None, help="amount (default: the sessions' pay)")
    add.add_argument("--currency", default=None, help="ISO code (default: the client's)")
    add.set_defaults(run=run_add)
    paid = actions.add_parser("paid", parents=[common], help="mark an invoice paid")
    paid.add_argument("number")
    paid.add_argument("--date", default=None, help="day the money arrived (default: today)")
    paid.set_defaults(run=run_paid)
    listing = actions.add_parser("list", parents=[common], help="print the invoices")
    listing.add_argument("--overdue", action="store_true", help="only unpaid ones past due")
    listing.add_argument("--client", default=None, help="only this client's")
    listing.add_argument("--today", default=None, help="the day overdue is judged on")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.set_defaults(run=run_list)
    remove = actions.add_parser("delete", parents=[common], help="delete an invoice")
    remove.add_argument("number")
    remove.set_defaults(run=run_delete)


def run(args: argparse.Namespace) -> int:
    """Run whichever action was asked."""
    return int(args.run(args))


def _open(args: argparse.Namespace) -> Any:
    from valuejournal.store.journal import Journal

    return Journal.open(journal_path(args), create=False)


def run_add(args: argparse.Namespace) -> int:
    """Add the invoice over the client's sessions in the range not yet invoiced."""
    start, end = cli_day(args.start, "--from"), cli_day(args.end, "--to")
    check_range(start, end)
    sent = cli_day(args.sent, "--sent") if args.sent else date.today()
    due = cli_day(args.due, "--due") if args.due else default_due(sent)
    fmt = formats.current()
    with _open(args) as journal:
        client = journal.get_client(args.client)
        if client is None:
            raise InvoiceError(f"there is no client named {args.client.strip()!r}")
        if journal.get_invoice(args.number) is not None:
            raise InvoiceError(f"there is already an invoice numbered {args.number.strip()!r}")
        currency = check_currency(args.currency or client.currency)
        sessions = journal.billable(client=client.name, start=start, end=end)
        if not sessions:
            raise InvoiceError(
                f"{client.name} has no sessions from {start.isoformat()} to {end.isoformat()} "
                "that are on no invoice and not paid yet"
            )
        if args.amount is not None:
            amount = parse_amount(args.amount, currency, fmt)
        else:
            amount = invoice_amount(sessions, currency)
        stored = journal.add_invoice(
            Invoice(
                number=args.number,
                client=client.name,
                sent_on=sent,
                due_on=due,
                amount_minor=amount,
                currency=currency,
                sessions=tuple(s.uuid for s in sessions),
            )
        )
    print(
        f"Invoice {stored.number} to {stored.client}: {fmt.money(amount, currency)} for "
        f"{len(stored.sessions)} session{'s' if len(stored.sessions) != 1 else ''}, "
        f"sent {fmt.date(sent)}, due {fmt.date(due)}"
    )
    return 0


def run_paid(args: argparse.Namespace) -> int:
    """Mark the invoice and its sessions paid."""
    day = cli_day(args.date, "--date") if args.date else date.today()
    with _open(args) as journal:
        payment = journal.mark_invoice_paid(args.number, day)
    fmt = formats.current()
    invoice = payment.invoice
    print(
        f"Invoice {invoice.number} paid on {fmt.date(day)}: "
        f"{fmt.money(invoice.amount_minor, invoice.currency)}"
    )
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """Delete the invoice (its sessions keep their pay and status)."""
    with _open(args) as journal:
        invoice = journal.get_invoice(args.number)
        if invoice is None:
            raise InvoiceError(f"there is no invoice numbered {args.number.strip()!r}")
        journal.delete_invoice(invoice.uuid)
    print(f"Deleted invoice {invoice.number}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the invoices (or the overdue ones), as lines or one JSON object."""
    today = cli_day(args.today, "--today") if args.today else date.today()
    with _open(args) as journal:
        if args.client is not None and journal.get_client(args.client) is None:
            raise InvoiceError(f"there is no client named {args.client.strip()!r}")
        invoices = journal.list_invoices(args.client)
    if args.overdue:
        invoices = overdue(invoices, today)
    if args.json:
        print(json.dumps(invoices_json(invoices, today), ensure_ascii=False, indent=2))
        return 0
    if not invoices:
        print("No overdue invoices." if args.overdue else "No invoices.")
        return 0
    for line in invoice_lines(invoices, today):
        print(line)
    return 0


def invoice_state(invoice: Invoice, today: date) -> str:
    """ "paid 2026-03-01", "overdue 12 days", "due 2026-04-01" or "sent" in words."""
    fmt = formats.current()
    if invoice.paid_on is not None:
        return f"paid {fmt.date(invoice.paid_on)}"
    late = invoice.overdue_days(today)
    if late:
        return f"overdue {late} day{'s' if late != 1 else ''}"
    return f"due {fmt.date(invoice.due_on)}" if invoice.due_on else "sent"


def invoice_lines(invoices: Sequence[Invoice], today: date) -> list[str]:
    """One line per invoice: number, client, amount, sent, state."""
    fmt = formats.current()
    return [
        f"{i.number}  {i.client}  {fmt.money(i.amount_minor, i.currency)}  "
        f"sent {fmt.date(i.sent_on)}  {invoice_state(i, today)}  "
        f"({len(i.sessions)} session{'s' if len(i.sessions) != 1 else ''})"
        for i in invoices
    ]


def invoices_json(invoices: Sequence[Invoice], today: date) -> dict[str, Any]:
    """``{"today": ..., "invoices": [...]}`` with ISO dates and amounts in major units."""

    def iso(day: date | None) -> str | None:
        return None if day is None else day.isoformat()

    return {
        "today": today.isoformat(),
        "invoices": [
            {
                "number": i.number,
                "client": i.client,
                "amount": to_major(i.amount_minor, i.currency),
                "currency": i.currency,
                "sent": iso(i.sent_on),
                "due": iso(i.due_on),
                "paid": iso(i.paid_on),
                "overdue_days": i.overdue_days(today),
                "sessions": list(i.sessions),
                "uuid": i.uuid,
            }
            for i in invoices
        ],
    }
