"""An agreed rate typed as a kind and an amount: hourly, daily, a fixed price, a retainer.

The kinds offered are the ones the record may have (a client: hourly, daily or a monthly
retainer; a project: hourly, daily or a fixed price), as `core.rules` allows them; the amount
is read by the same parser as pay. Typing a kind's first letter in the box picks it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from valuejournal.core import formats
from valuejournal.core.entities import RateKind
from valuejournal.core.money import MoneyError, parse_amount
from valuejournal.core.rules import Problem, ValidationError
from valuejournal.ui.i18n import N_, tr

KIND_LABELS: dict[RateKind, str] = {
    RateKind.NONE: N_("No agreed rate"),
    RateKind.HOURLY: N_("Hourly"),
    RateKind.DAILY: N_("Daily (8 h)"),
    RateKind.FIXED: N_("Fixed price for the project"),
    RateKind.RETAINER: N_("Monthly retainer"),
}


def rate_text(kind: RateKind, minor: int | None, currency: str) -> str:
    """A rate in words for a table: "€90.00 per hour", "€4,000.00 fixed price"."""
    if kind is RateKind.NONE or minor is None:
        return ""
    money = formats.current().money(minor, currency)
    return {
        RateKind.HOURLY: tr("{money} per hour"),
        RateKind.DAILY: tr("{money} per day"),
        RateKind.FIXED: tr("{money} fixed price"),
        RateKind.RETAINER: tr("{money} a month"),
    }[kind].format(money=money)


class RateField(QWidget):
    """A kind box and an amount; `rate()` is (kind, minor units or None)."""

    def __init__(self, kinds: Iterable[RateKind], currency: Callable[[], str]) -> None:
        super().__init__()
        self._currency = currency
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(tr(KIND_LABELS[kind]), kind.value)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("amount"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.amount, 1)
        self.setFocusProxy(self.kind)
        self._kind_changed()

    def set_rate(self, kind: RateKind, minor: int | None) -> None:
        """Show a stored rate."""
        index = self.kind.findData(kind.value)
        self.kind.setCurrentIndex(max(index, 0))
        text = "" if minor is None else formats.current().amount_text(minor, self._currency())
        self.amount.setText(text)

    def rate(self) -> tuple[RateKind, int | None]:
        """The rate typed; ValidationError when a kind has no amount or it is not one."""
        kind = RateKind(self.kind.currentData())
        if kind is RateKind.NONE:
            return kind, None
        text = self.amount.text().strip()
        if not text:
            raise ValidationError([Problem("rate", tr("Type the rate's amount."))])
        try:
            return kind, parse_amount(text, self._currency(), formats.current())
        except MoneyError as exc:
            raise ValidationError([Problem("rate", str(exc))]) from None

    def _kind_changed(self) -> None:
        none = RateKind(self.kind.currentData()) is RateKind.NONE
        self.amount.setEnabled(not none)
