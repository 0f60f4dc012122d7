"""The pay field: an amount in major units ("1,234.50", "12,5"), empty for no pay."""

from __future__ import annotations

from collections.abc import Callable

from valuejournal.core import formats
from valuejournal.core.money import MoneyError, parse_amount
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.parsed_field import FieldProblem, ParsedField


class AmountField(ParsedField):
    """Pay in the currency ``currency()`` names; `value()` is minor units (0 when empty)."""

    def __init__(self, currency: Callable[[], str]) -> None:
        super().__init__("12,345.00")
        self._currency = currency
        self.setPlaceholderText(formats.current().decimal(0, 2))  # 0.00, 0,00
        self.setToolTip(tr("Pay for this session, e.g. 450 or 1,234.50 (empty: none)"))

    def parse(self, text: str) -> int:
        """Minor units; FieldProblem when the text is not an amount."""
        if not text.strip():
            return 0
        try:
            return parse_amount(text, self._currency(), formats.current())
        except MoneyError:
            message = tr("not an amount: {t}").format(t=text.strip())
            raise FieldProblem(message, tr("not an amount")) from None
