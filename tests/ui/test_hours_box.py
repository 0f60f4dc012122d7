"""Typing durations: decimals with a point or a comma, and h:mm."""

from __future__ import annotations

import pytest

from valuejournal.ui.widgets.hours_box import HoursBox, parse_hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [("1.5", 1.5), ("1,5", 1.5), ("1:30", 1.5), ("0:45", 0.75), ("2 h", 2.0),
     ("12:05", 12 + 5 / 60), ("abc", None), ("1:", 1.0)],
)  # fmt: skip
def test_parse_hours(text: str, hours: float | None) -> None:
    assert parse_hours(text) == (pytest.approx(hours) if hours is not None else None)


@pytest.mark.parametrize(
    ("typed", "hours"), [("1:30", 1.5), ("1,5", 1.5), ("0:45", 0.75), ("2.25", 2.25), ("25", 2.0)]
)
def test_typing_into_the_box(qtbot, typed: str, hours: float) -> None:
    box = HoursBox()
    qtbot.addWidget(box)
    box.setValue(1.0)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), typed)
    box.interpretText()
    assert box.value() == pytest.approx(hours)
