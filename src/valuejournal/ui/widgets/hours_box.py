"""The hours field: "1.5", "1,5", "1:30", "90m" or "1h30", kept as typed, refused if not hours.

Read by `core.durations.session_minutes`, the one duration parser (the CLI's `add --hours` and
the importers' cells use it too), with the session's bounds (more than 0, at most 24 h); the
field words each problem in the person's language.
"""

from __future__ import annotations

from valuejournal.core.durations import DurationError, DurationProblem, session_minutes
from valuejournal.core.entities import MAX_MINUTES
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.parsed_field import FieldProblem, ParsedField

STEP_MINUTES = 15


def hours_text(minutes: int) -> str:
    """Minutes as the hours a person would type: "2", "1.5", "1.25", or "1:20" when inexact."""
    if minutes % 60 == 0:
        return str(minutes // 60)
    if minutes * 100 % 60 == 0:
        return f"{minutes / 60:.2f}".rstrip("0")
    return f"{minutes // 60}:{minutes % 60:02d}"


class HoursBox(ParsedField):
    """Hours of one session; `value()` is whole minutes, 1 … 1440."""

    def __init__(self) -> None:
        super().__init__("10:45")
        self.setToolTip(tr("Hours, e.g. 1.5, 1,5 or 1:30 (Up and Down step a quarter hour)"))

    def parse(self, text: str) -> int:
        """Whole minutes; FieldProblem when the text is not a duration from 0 to 24 hours."""
        try:
            return session_minutes(text)
        except DurationError as exc:
            problem = exc.problem
        if problem is DurationProblem.MISSING:
            raise FieldProblem(tr("type the hours, e.g. 1.5 or 1:30"), tr("hours?"))
        if problem is DurationProblem.UNREADABLE:
            message = tr("not hours: {t} (try 1.5 or 1:30)").format(t=text.strip())
            raise FieldProblem(message, tr("not hours"))
        if problem is DurationProblem.NOT_POSITIVE:
            raise FieldProblem(tr("must be more than 0 hours"), tr("over 0 h"))
        raise FieldProblem(tr("{t} is more than 24 hours").format(t=text.strip()), tr("max 24 h"))

    def step(self, value: int, steps: int) -> str | None:
        """A quarter of an hour per step, within 0:15 … 24."""
        minutes = max(STEP_MINUTES, min(MAX_MINUTES, value + steps * STEP_MINUTES))
        return hours_text(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Show a stored duration."""
        self.setText(hours_text(minutes))
