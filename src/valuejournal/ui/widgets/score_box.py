"""A small whole-number field (value 0–10, mood 1–5, impact -2…+2); empty means not rated."""

from __future__ import annotations

from PySide6.QtCore import Qt

from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.parsed_field import FieldProblem, ParsedField

NOT_SET = "–"


class ScoreBox(ParsedField):
    """A whole number from ``low`` to ``high``, or nothing; `value()` is int | None."""

    def __init__(self, low: int, high: int, tip: str) -> None:
        super().__init__(f"{low:+d}" if low < 0 else f"{high}0"[:2])
        self.low, self.high = low, high
        self.setPlaceholderText(NOT_SET)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(tip + " · " + tr("empty: not rated"))

    def parse(self, text: str) -> int | None:
        """The number typed; None when empty; FieldProblem when not a number in the range."""
        raw = text.strip().replace("−", "-")
        if raw in ("", NOT_SET, "-"):
            return None
        try:
            number = int(raw)
        except ValueError:
            raise FieldProblem(
                tr("not a whole number from {low} to {high}").format(**self._bounds()),
                tr("{low}–{high}").format(**self._bounds()),
            ) from None
        if not self.low <= number <= self.high:
            raise FieldProblem(
                tr("{n} is not from {low} to {high}").format(n=number, **self._bounds()),
                tr("{low}–{high}").format(**self._bounds()),
            )
        return number

    def _bounds(self) -> dict[str, str]:
        return {"low": self._show(self.low), "high": self._show(self.high)}

    def _show(self, number: int) -> str:
        return f"{number:+d}" if self.low < 0 and number else str(number)

    def step(self, value: int | None, steps: int) -> str | None:
        """One per step within the range; from empty, Up starts at the bottom."""
        if value is None:
            start = self.low if steps > 0 else self.high
            return self._show(start)
        return self._show(max(self.low, min(self.high, value + steps)))

    def set_score(self, value: int | None) -> None:
        """Show a stored score (empty for None)."""
        self.setText("" if value is None else self._show(value))
