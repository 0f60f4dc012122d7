"""A spin box for durations that also reads "1:30" (hours and minutes) as 1.5 h."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from valuejournal.ui.i18n import tr

_HM = re.compile(r"^\s*(\d{1,2}):([0-5]?\d)?\s*(h)?\s*$")


def parse_hours(text: str) -> float | None:
    """Hours from "1.5", "1,5", "1:30" or "2 h"; None when the text is not a duration."""
    body = text.strip().removesuffix("h").strip().replace(",", ".")
    match = _HM.match(body)
    if match:
        return int(match.group(1)) + int(match.group(2) or 0) / 60
    try:
        return float(body)
    except ValueError:
        return None


class HoursBox(QDoubleSpinBox):
    """Hours, 0–24, in quarter-hour steps; typing "1:30" means an hour and a half."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0.0, 24.0)
        self.setDecimals(2)
        self.setSingleStep(0.25)
        self.setSuffix(" h")
        self.setToolTip(tr("Hours, e.g. 1.5 or 1:30"))

    def validate(self, text: str, pos: int) -> object:  # Qt override
        """Accept h:mm and decimals with a point or a comma (and the parts typed so far)."""
        body = text.removesuffix(self.suffix())
        if re.fullmatch(r"\s*\d{0,2}([:.,]\d{0,2})?\s*", body):
            done = body.strip() and body.strip()[-1].isdigit()
            value = parse_hours(body) if done else None
            if value is not None and 0 <= value <= 24:
                return QValidator.State.Acceptable, text, pos
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        """The typed text as hours."""
        value = parse_hours(text.removesuffix(self.suffix()))
        return super().valueFromText(text) if value is None else value
