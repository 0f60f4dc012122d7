"""Pay filled from the agreed rate as the person types the hours (core/rates.py's rule).

The filler watches a session form's hours, client and project. While the pay field has not
been typed in, an hourly or daily rate fills it (rate × hours, in the client's currency) and
marks the money pending; a fixed price or a retainer leaves it empty with a note that the
journal spreads it. Typing in the pay field takes over for good: a typed amount is never
replaced. Emptying the field hands the pay back to the rate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from valuejournal.core import formats
from valuejournal.core.entities import Client, PaySource, Project, RateKind, Session
from valuejournal.core.money import format_plain
from valuejournal.core.rates import NO_RATE, Rate, make_rate, pay_for_duration, rate_in_force
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.amount_field import AmountField
from valuejournal.ui.widgets.parsed_field import FieldProblem, ParsedField

RateLookup = Callable[[str | None, str | None], tuple[Rate, str]]
"""(client name, project name) -> (the rate in force, the currency it is in)."""


def no_rates(_client: str | None, _project: str | None) -> tuple[Rate, str]:
    """The lookup of a journal without rates."""
    return NO_RATE, ""


class PayFiller(QObject):
    """Fills a form's pay from the rate until the person types an amount."""

    def __init__(
        self,
        pay: AmountField,
        hours: ParsedField,
        names: Callable[[], tuple[str | None, str | None]],
        set_pending: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pay = pay
        self.hours = hours
        self._names = names
        self._set_pending = set_pending
        self.lookup: RateLookup = no_rates
        self.typed = False
        self.filled = False
        self.currency = ""
        self._quiet = False
        pay.textEdited.connect(self._pay_edited)
        hours.textChanged.connect(self.refresh)

    def _pay_edited(self, text: str) -> None:
        self.typed = bool(text.strip())
        self.filled = False
        if not self.typed:
            self.refresh()

    def rate(self) -> tuple[Rate, str]:
        """The rate in force for the form's client and project, and its currency."""
        client, project = self._names()
        if not client:
            return NO_RATE, ""
        return self.lookup(client, project)

    def refresh(self) -> None:
        """Fill the pay from the rate and the hours, unless it was typed."""
        if self._quiet or self.typed:
            return
        rate, currency = self.rate()
        self.currency = currency if rate.is_set else ""
        self.pay.setPlaceholderText(_placeholder(rate))
        try:
            seconds = int(self.hours.value()) * 60
        except FieldProblem:  # not hours (yet): no pay from what was typed on the way
            if self.filled:
                self.pay.clear()
                self.filled = False
            return
        amount = pay_for_duration(rate, seconds)
        if amount is not None and amount > 0:
            self.pay.setText(format_plain(amount, currency))
            self.filled = True
            self._set_pending()
        elif self.filled:
            self.pay.clear()
            self.filled = False

    def source(self) -> PaySource:
        """Where the form's pay comes from: the rate, unless the person typed it."""
        if self.typed:
            return PaySource.TYPED
        return PaySource.RATE if self.rate()[0].is_set else PaySource.TYPED

    def load(self, session: Session | None) -> None:
        """Start from a stored session (its typed pay stays typed) or from a blank form."""
        self._quiet = False
        self.typed = bool(
            session is not None and session.pay_source is PaySource.TYPED and session.pay_minor > 0
        )
        self.filled = session is not None and session.pay_source is PaySource.RATE
        self.currency = ""

    def hold(self, quiet: bool) -> None:
        """Stop (or resume) following the fields while a session is loaded into them."""
        self._quiet = quiet


def _placeholder(rate: Rate) -> str:
    if rate.kind is RateKind.FIXED and rate.is_set:
        return tr("share of the price")
    if rate.kind is RateKind.RETAINER and rate.is_set:
        return tr("share of the retainer")
    return formats.current().decimal(0, 2)  # 0.00, 0,00


@dataclass(frozen=True, slots=True)
class FormChoices:
    """What the session form offers: client names, each client's projects, their rates."""

    clients: list[str] = field(default_factory=list)
    projects: dict[str, list[str]] = field(default_factory=dict)
    lookup: RateLookup = no_rates

    @classmethod
    def of(cls, clients: Sequence[Client], projects: Sequence[Project]) -> FormChoices:
        """The choices of a journal's clients (archived left out) and projects."""
        by_client = {c.name.casefold(): c for c in clients}
        project_rates = {
            (p.client.casefold(), p.name.casefold()): make_rate(p.rate_kind, p.rate_minor)
            for p in projects
        }
        names: dict[str, list[str]] = {}
        for p in projects:
            if not p.archived:
                names.setdefault(p.client, []).append(p.name)

        def lookup(client: str | None, project: str | None) -> tuple[Rate, str]:
            found = by_client.get((client or "").strip().casefold())
            if found is None:
                return NO_RATE, ""
            key = (found.name.casefold(), (project or "").strip().casefold())
            rate = rate_in_force(make_rate(found.rate_kind, found.rate_minor),
                                 project_rates.get(key))  # fmt: skip
            return rate, found.currency

        active = [c.name for c in clients if not c.archived]
        return cls(active, names, lookup)
