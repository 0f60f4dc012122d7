"""Dates, quarters and periods."""

from __future__ import annotations

from datetime import date

import pytest

from valuejournal.core.periods import (
    DateError,
    PeriodKind,
    check_range,
    parse_date,
    parse_quarter,
    period_end,
    period_start,
    quarter_of,
    quarter_range,
)


def test_quarters() -> None:
    assert parse_quarter("2026-Q3") == (2026, 3)
    assert quarter_range("2026-Q4") == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_range("2024-Q1") == (date(2024, 1, 1), date(2024, 3, 31))
    assert quarter_of(date(2026, 7, 1)) == "2026-Q3"
    for bad in ("2026-Q5", "Q3", "2026-3", ""):
        with pytest.raises(DateError):
            parse_quarter(bad)


def test_periods() -> None:
    wed = date(2026, 1, 7)
    assert period_start(wed, PeriodKind.WEEK) == date(2026, 1, 5)
    assert period_end(date(2026, 1, 5), PeriodKind.WEEK) == date(2026, 1, 11)
    assert period_start(wed, PeriodKind.MONTH) == date(2026, 1, 1)
    assert period_end(date(2026, 12, 1), PeriodKind.MONTH) == date(2026, 12, 31)
    assert period_end(date(2028, 2, 1), PeriodKind.MONTH) == date(2028, 2, 29)


def test_dates_and_ranges() -> None:
    assert parse_date("2026-02-28") == date(2026, 2, 28)
    with pytest.raises(DateError, match="--from"):
        parse_date("2026-02-30", "--from")
    with pytest.raises(DateError, match="after"):
        check_range(date(2026, 2, 2), date(2026, 2, 1))
