"""Invoices: what was billed to a client for which sessions, when it was sent, due and paid.

An invoice groups sessions of one client (a session is on one invoice at most). Its amount is
what the invoice says (by default the sessions' pay in the invoice's currency). Sending it
splits the capture lag in two: work -> invoice (session day to the day it was sent) and
invoice -> cash (sent to paid); see core/insights/capture.py. Plain data and rules: no Qt,
no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from valuejournal.core.entities import new_uuid
from valuejournal.core.errors import UserError
from valuejournal.core.money import MAX_MINOR, MoneyError, check_currency
from valuejournal.core.rules import MAX_NAME, Problem, ValidationError

MAX_NUMBER = 40
DEFAULT_TERMS_DAYS = 30
"""Days from sending to the due date when none is given."""


class InvoiceError(UserError):
    """An invoice that cannot be made or changed as asked (unknown, duplicate, empty)."""


@dataclass(slots=True)
class Invoice:
    """An invoice to a client: ``number`` is unique in a journal (case-insensitive);
    ``sessions`` are the uuids of the sessions it covers; ``amount_minor`` is in
    ``currency``; ``paid_on`` is None while it is not paid."""

    number: str
    client: str
    sent_on: date
    amount_minor: int
    currency: str
    due_on: date | None = None
    paid_on: date | None = None
    sessions: tuple[str, ...] = ()
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def paid(self) -> bool:
        """True once the money arrived."""
        return self.paid_on is not None

    def overdue_days(self, today: date) -> int:
        """Days past the due date on ``today`` (0 when paid, not due yet or without one)."""
        if self.paid_on is not None or self.due_on is None:
            return 0
        return max(0, (today - self.due_on).days)

    def is_overdue(self, today: date) -> bool:
        """True when it is unpaid and its due date has passed."""
        return self.overdue_days(today) > 0


def default_due(sent_on: date, days: int = DEFAULT_TERMS_DAYS) -> date:
    """The due date of an invoice sent on ``sent_on`` with the usual terms."""
    return sent_on + timedelta(days=days)


def next_number(invoices: Sequence[Invoice], today: date, *, client: str | None = None) -> str:
    """A number for the next invoice: the newest one's (of ``client`` when it has one) with
    its last run of digits one up (its width kept: "2026-009" -> "2026-010"), not taken by
    any invoice; "<year>-001" for the first."""
    taken = {i.number.casefold() for i in invoices}
    own = [i for i in invoices if client and i.client.casefold() == client.casefold()]
    invoices = own or invoices
    newest = max(
        invoices,
        key=lambda i: (i.sent_on, i.created_at.timestamp() if i.created_at else 0.0),
        default=None,
    )
    base = newest.number if newest is not None else f"{today.year}-000"
    match = re.search(r"(\d+)(?!.*\d)", base)
    if match is None:
        base, match = f"{base}-0", re.search(r"(\d+)$", f"{base}-0")
    assert match is not None
    head, digits, tail = base[: match.start()], match.group(1), base[match.end() :]
    number = int(digits)
    while True:
        number += 1
        candidate = f"{head}{number:0{len(digits)}d}{tail}"
        if candidate.casefold() not in taken:
            return candidate


def overdue(invoices: Iterable[Invoice], today: date) -> list[Invoice]:
    """The unpaid invoices past their due date on ``today``, longest overdue first."""
    late = [i for i in invoices if i.is_overdue(today)]
    return sorted(late, key=lambda i: (-i.overdue_days(today), i.number.casefold()))


def in_range(invoices: Iterable[Invoice], start: date, end: date) -> list[Invoice]:
    """Invoices sent between ``start`` and ``end`` (inclusive), oldest first."""
    chosen = [i for i in invoices if start <= i.sent_on <= end]
    return sorted(chosen, key=lambda i: (i.sent_on, i.number.casefold()))


def covering(invoices: Iterable[Invoice], kept: set[str]) -> list[Invoice]:
    """The invoices naming only the sessions in ``kept`` (those left naming none go): what
    a share or an export without some sessions carries."""
    chosen = []
    for invoice in invoices:
        sessions = tuple(u for u in invoice.sessions if u in kept)
        if sessions:
            chosen.append(replace(invoice, sessions=sessions))
    return chosen


def invoice_problems(invoice: Invoice) -> list[Problem]:
    """Every rule the invoice breaks, in words a person can act on."""
    problems: list[Problem] = []
    number = invoice.number.strip()
    if not number:
        problems.append(Problem("number", "the invoice number cannot be blank"))
    elif len(number) > MAX_NUMBER:
        problems.append(Problem("number", f"the invoice number is longer than {MAX_NUMBER}"))
    elif any(ch in number for ch in "\x00\n\r\t"):
        problems.append(Problem("number", "the invoice number must be one line of text"))
    client = invoice.client.strip()
    if not client:
        problems.append(Problem("client", "an invoice needs a client"))
    elif len(client) > MAX_NAME:
        problems.append(Problem("client", f"client name is longer than {MAX_NAME} characters"))
    amount = invoice.amount_minor
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        problems.append(Problem("amount", "the invoice amount cannot be negative"))
    elif amount > MAX_MINOR:
        problems.append(Problem("amount", "the invoice amount is too large"))
    try:
        check_currency(invoice.currency)
    except MoneyError as exc:
        problems.append(Problem("currency", str(exc)))
    if invoice.due_on is not None and invoice.due_on < invoice.sent_on:
        problems.append(Problem("due", "the due date cannot be before the day it was sent"))
    if invoice.paid_on is not None and invoice.paid_on < invoice.sent_on:
        problems.append(Problem("paid", "an invoice cannot be paid before it was sent"))
    if not invoice.sessions:
        problems.append(Problem("sessions", "an invoice covers at least one session"))
    return problems


def validate_invoice(invoice: Invoice) -> Invoice:
    """Return the invoice unchanged if it is valid, else raise ValidationError."""
    problems = invoice_problems(invoice)
    if problems:
        raise ValidationError(problems)
    return invoice


@dataclass(frozen=True, slots=True)
class Billable:
    """A session as an invoice sees it: its uuid, day, client, pay and currency."""

    uuid: str
    day: date
    client: str | None
    pay_minor: int
    currency: str


def invoice_amount(sessions: Sequence[Billable], currency: str) -> int:
    """The default amount of an invoice over ``sessions``: their pay, all in ``currency``.

    Raises InvoiceError when some of them are paid in another currency (the amount must then
    be given)."""
    others = sorted({s.currency for s in sessions if s.pay_minor and s.currency != currency})
    if others:
        raise InvoiceError(
            f"some of these sessions are paid in {', '.join(others)}, not {currency}: "
            "give the invoice's amount"
        )
    return sum(s.pay_minor for s in sessions)


def one_client(sessions: Sequence[Billable]) -> str:
    """The one client the sessions are for, or InvoiceError (none, or several)."""
    names = {s.client.strip().casefold(): s.client.strip() for s in sessions if s.client}
    if any(not s.client for s in sessions) or not names:
        raise InvoiceError("an invoice covers a client's sessions; some of these have no client")
    if len(names) > 1:
        listed = ", ".join(sorted(names.values(), key=str.casefold))
        raise InvoiceError(f"an invoice is for one client; these sessions are for {listed}")
    return next(iter(names.values()))
