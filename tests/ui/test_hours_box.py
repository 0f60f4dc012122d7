"""Typing durations: what is typed is kept, read as hours, or refused with a note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers.typed_values import HOUR_AND_A_HALF
from valuejournal.ui.widgets.hours_box import HoursBox, hours_text
from valuejournal.ui.widgets.parsed_field import FieldProblem


@pytest.fixture
def box(qtbot):
    widget = HoursBox()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    widget.selectAll()
    return widget


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("1.5", 90), ("1,5", 90), ("1:30", 90), ("0:45", 45), ("2.25", 135), ("2 h", 120),
     ("90 min", 90), ("24", 1440), ("12:05", 725), ("1.33", 80), ("2h15", 135),
     *((text, 90) for text in HOUR_AND_A_HALF)],
)  # fmt: skip
def test_typed_hours_are_read_as_typed(qtbot, box: HoursBox, typed: str, minutes: int) -> None:
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.text() == typed
    assert box.value() == minutes
    assert not box.note.property("problem")


@pytest.mark.parametrize(
    ("typed", "words"),
    [("30", "more than 24 hours"), ("25", "more than 24 hours"), ("24:01", "more than 24"),
     ("abc", "not hours"), ("0", "more than 0"), ("-2", "more than 0"), ("", "type the hours")],
)  # fmt: skip
def test_what_is_not_hours_is_kept_and_named(qtbot, box: HoursBox, typed: str, words: str) -> None:
    qtbot.keyClicks(box, typed)
    if not typed:
        qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == typed  # never replaced by another value
    with pytest.raises(FieldProblem, match=words):
        box.value()
    assert box.note.property("problem")
    assert words in box.note.full_text()


def test_no_complaint_while_typing_then_it_clears_when_fixed(qtbot, box: HoursBox) -> None:
    qtbot.keyClicks(box, "3")
    qtbot.keyClicks(box, "0")  # on the way to "30", nothing said yet
    assert box.note.full_text() == ""
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "more than 24" in box.note.full_text()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert box.note.full_text() == "" and not box.property("invalid")
    assert box.value() == 180


def test_up_and_down_step_a_quarter_hour(qtbot, box: HoursBox) -> None:
    qtbot.keyClicks(box, "1:30")
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert (box.text(), box.value()) == ("1.75", 105)
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert (box.text(), box.value()) == ("1", 60)
    qtbot.keyClick(box, Qt.Key.Key_PageDown)
    assert box.value() == 15  # never below a quarter hour


@pytest.mark.parametrize(
    ("minutes", "text"), [(60, "1"), (90, "1.5"), (135, "2.25"), (80, "1:20"), (6, "0.1")]
)
def test_stored_minutes_shown_exactly(minutes: int, text: str) -> None:
    assert hours_text(minutes) == text
