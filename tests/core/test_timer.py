"""The timer's rules: what a stop asks, and the sessions keep, split and trim make."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from valuejournal.core.timer import (
    Ratings,
    RunningTimer,
    StopChoice,
    TimerError,
    check_stop,
    describe_elapsed,
    sessions_for,
)

BERLIN = ZoneInfo("Europe/Berlin")


def _at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def test_a_plain_run_asks_nothing_and_keeps_its_ratings() -> None:
    timer = RunningTimer(_at(1, 9, 0), client="Acme", title="Logo", uuid="t")
    stop = _at(1, 10, 30)
    check = check_stop(timer, stop, max_hours=10, tz=BERLIN)
    assert not check.asks and check.seconds == 5400
    (session,) = sessions_for(timer, stop, Ratings(7, 4, 3, 2), tz=BERLIN)
    assert (session.day, session.start_time, session.minutes) == (date(2026, 12, 1), time(9), 90)
    assert (session.value, session.mood, session.energy, session.stress) == (7, 4, 3, 2)
    assert (session.client, session.title, session.duration_seconds) == ("Acme", "Logo", 5400)


def test_past_midnight_splits_into_one_session_per_day() -> None:
    timer = RunningTimer(_at(1, 22, 0))
    stop = _at(2, 1, 30)
    check = check_stop(timer, stop, max_hours=10, tz=BERLIN)
    assert check.asks and check.crosses_midnight and not check.too_long
    assert check.choices == (StopChoice.KEEP, StopChoice.SPLIT)
    split = sessions_for(timer, stop, Ratings(5), choice=StopChoice.SPLIT, tz=BERLIN)
    assert [(s.day, s.start_time, s.duration_seconds) for s in split] == [
        (date(2026, 12, 1), time(22), 7200),
        (date(2026, 12, 2), time(0), 5400),
    ]
    (kept,) = sessions_for(timer, stop, Ratings(5), choice=StopChoice.KEEP, tz=BERLIN)
    assert (kept.day, kept.duration_seconds) == (date(2026, 12, 1), 12600)


def test_trim_leaves_out_the_sleep_and_keeps_the_work_around_it() -> None:
    timer = RunningTimer(_at(1, 9)).with_gap(_at(1, 10), _at(1, 13))
    stop = _at(1, 14)
    check = check_stop(timer, stop, max_hours=10, tz=BERLIN)
    assert check.asks and check.idle_seconds == 3 * 3600
    assert StopChoice.TRIM in check.choices
    (trimmed,) = sessions_for(timer, stop, Ratings(), choice=StopChoice.TRIM, tz=BERLIN)
    assert (trimmed.start_time, trimmed.duration_seconds) == (time(9), 2 * 3600)
    assert trimmed.value is None  # unrated: it joins the "to rate" list


def test_trim_without_a_seen_sleep_keeps_the_first_hours_of_the_limit() -> None:
    timer = RunningTimer(_at(1, 8))
    stop = _at(1, 21)
    check = check_stop(timer, stop, max_hours=10, tz=BERLIN)
    assert check.too_long and check.choices == (StopChoice.KEEP, StopChoice.TRIM)
    (session,) = sessions_for(
        timer, stop, Ratings(), choice=StopChoice.TRIM, max_hours=10, tz=BERLIN
    )
    assert session.duration_seconds == 10 * 3600


def test_a_run_over_a_day_cannot_be_kept_whole() -> None:
    timer = RunningTimer(_at(1, 9))
    stop = _at(2, 12)
    check = check_stop(timer, stop, max_hours=10, tz=BERLIN)
    assert StopChoice.KEEP not in check.choices
    with pytest.raises(TimerError, match="24 hours"):
        sessions_for(timer, stop, Ratings(), choice=StopChoice.KEEP, tz=BERLIN)
    split = sessions_for(timer, stop, Ratings(), choice=StopChoice.SPLIT, tz=BERLIN)
    assert [s.duration_seconds for s in split] == [15 * 3600, 12 * 3600]


def test_split_follows_local_midnight_across_a_clock_change() -> None:
    timer = RunningTimer(_at(24, 23, month=10))  # the night the clocks go back in Berlin
    stop = _at(25, 5, month=10)
    split = sessions_for(timer, stop, Ratings(), choice=StopChoice.SPLIT, tz=BERLIN)
    assert [(s.day, s.duration_seconds) for s in split] == [
        (date(2026, 10, 24), 3600),
        (date(2026, 10, 25), 6 * 3600),  # 00:00-05:00 local holds an extra hour
    ]


def test_overlapping_gaps_merge_and_gaps_before_the_start_are_clipped() -> None:
    timer = RunningTimer(_at(1, 9))
    timer = timer.with_gap(_at(1, 8), _at(1, 10)).with_gap(_at(1, 9, 30), _at(1, 11))
    assert timer.idle == ((_at(1, 9), _at(1, 11)),)
    assert timer.with_gap(_at(1, 7), _at(1, 8)) == timer


def test_a_stop_within_the_first_second_still_writes_a_valid_session() -> None:
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    (session,) = sessions_for(RunningTimer(start), start, Ratings(3))
    assert session.duration_seconds == 1 and session.minutes == 1


def test_elapsed_reads_as_hours_minutes_seconds() -> None:
    assert describe_elapsed(3 * 3600 + 5 * 60 + 9) == "3:05:09"
    start = datetime(2026, 12, 1, tzinfo=UTC)
    assert RunningTimer(start).elapsed(start - timedelta(seconds=5)) == 0
