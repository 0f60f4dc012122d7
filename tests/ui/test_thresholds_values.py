"""Thresholds from spin boxes (floats) keep their whole-number fields whole."""

from __future__ import annotations

from valuejournal.core.insights import Thresholds
from valuejournal.ui.widgets.thresholds_dialog import with_values


def test_whole_number_fields_are_rounded_and_the_rest_kept() -> None:
    changed = with_values(Thresholds(), {"max_gap_day": 2.0, "low_value": 3.5})
    assert changed.max_gap_day == 2 and isinstance(changed.max_gap_day, int)
    assert changed.low_value == 3.5
    assert changed.high_value == Thresholds().high_value
