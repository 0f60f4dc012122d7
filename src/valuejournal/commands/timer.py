"""`valuejournal start`, `stop` and `status`: the running timer from the command line.

The timer lives in the journal file, so these work whether or not the window is open (an
open window notices within a second). ``stop`` with nothing running and ``start`` while one
runs end with exit status 2 and one line; a doubtful run (slept, past midnight, longer than
the limit in Settings) asks for ``--keep``, ``--split`` or ``--trim``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from valuejournal.commands import journal_path
from valuejournal.core.entities import Session
from valuejournal.core.rules import Problem, ValidationError
from valuejournal.core.timer import (
    Ratings,
    RunningTimer,
    StopCheck,
    StopChoice,
    TimerError,
    check_stop,
    describe_elapsed,
    sessions_for,
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `start`, `stop` and `status` sub-commands."""
    start = sub.add_parser("start", parents=[common], help="start the timer")
    start.add_argument("--client", default=None)
    start.add_argument("--title", default="")
    start.set_defaults(run=run_start)
    stop = sub.add_parser("stop", parents=[common], help="stop the timer and log the session")
    stop.add_argument("--value", default=None, help="value created, 0-10")
    for name in ("mood", "energy", "stress"):
        stop.add_argument(f"--{name}", default=None, help=f"{name}, 1-5")
    how = stop.add_mutually_exclusive_group()
    how.add_argument(
        "--keep",
        dest="choice",
        action="store_const",
        const=StopChoice.KEEP,
        help="a doubtful run: keep it whole as one session",
    )
    how.add_argument(
        "--split",
        dest="choice",
        action="store_const",
        const=StopChoice.SPLIT,
        help="a run past midnight: one session per day",
    )
    how.add_argument("--trim", dest="choice", action="store_const", const=StopChoice.TRIM,
                     help="leave out the idle part (or what runs past the limit)")  # fmt: skip
    stop.set_defaults(run=run_stop, choice=None)
    status = sub.add_parser("status", parents=[common], help="the running timer, if any")
    status.set_defaults(run=run_status)


def run(args: argparse.Namespace) -> int:
    """Run whichever of the three was asked."""
    return int(args.run(args))


def _rating(text: str | None, label: str, low: int, high: int) -> int | None:
    if text is None:
        return None
    try:
        number = int(text.strip())
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise ValidationError(
            [Problem(label, f"--{label} must be a whole number from {low} to {high}, got {text!r}")]
        )
    return number


def ratings_from(args: argparse.Namespace) -> Ratings:
    """The ratings given on the command line, checked."""
    return Ratings(
        value=_rating(args.value, "value", 0, 10),
        mood=_rating(args.mood, "mood", 1, 5),
        energy=_rating(args.energy, "energy", 1, 5),
        stress=_rating(args.stress, "stress", 1, 5),
    )


def _max_hours() -> float:
    from valuejournal import settings

    return settings.load().timer_max_hours


def run_start(args: argparse.Namespace) -> int:
    """Start the timer (exit 2 if one runs)."""
    from valuejournal.store.journal import Journal
    from valuejournal.store.timer import describe_timer

    with Journal.open(journal_path(args)) as journal:
        timer = journal.start_timer(args.client, args.title)
    print(f"Timer started {describe_timer(timer)} ({timer.uuid})")
    return 0


def _doubt(check: StopCheck) -> str:
    reasons = []
    if check.idle_seconds:
        reasons.append(f"the computer slept {describe_elapsed(check.idle_seconds)}")
    if check.crosses_midnight:
        reasons.append("it ran past midnight")
    if check.too_long:
        reasons.append(f"it ran longer than {check.max_hours:g} h")
    flags = " or ".join(f"--{c.value}" for c in check.choices)
    return f"the timer ran {describe_elapsed(check.seconds)} and {', '.join(reasons)}: say {flags}"


def run_stop(args: argparse.Namespace) -> int:
    """Stop the timer and write its session(s) with the ratings given."""
    from valuejournal.store.journal import Journal

    ratings = ratings_from(args)  # bad ratings are refused before the file is touched
    max_hours = _max_hours()
    with Journal.open(journal_path(args)) as journal:
        timer = journal.running_timer()
        if timer is None:
            raise TimerError("no timer is running (start one with `valuejournal start`)")
        now = datetime.now(UTC)
        check = check_stop(timer, now, max_hours=max_hours)
        choice = args.choice
        if choice is None:
            if check.asks:
                raise TimerError(_doubt(check))
            choice = StopChoice.KEEP
        elif choice not in check.choices and check.asks:
            raise TimerError(_doubt(check))
        sessions = sessions_for(
            timer,
            now,
            ratings,
            choice=choice,
            max_hours=max_hours,
            currency=journal.info().base_currency,
        )
        stored = journal.stop_timer(timer, sessions)
    for session in stored:
        print(_stopped(session))
    return 0


def _stopped(session: Session) -> str:
    who = f" for {session.client}" if session.client else ""
    rated = "" if session.value is not None else " (to rate)"
    return (
        f"Logged {describe_elapsed(session.duration_seconds)} on {session.day.isoformat()}"
        f"{who}{rated} ({session.uuid})"
    )


def run_status(args: argparse.Namespace) -> int:
    """Print the running timer, or that none runs (exit 0 either way)."""
    from valuejournal.store.journal import Journal
    from valuejournal.store.timer import describe_timer

    path = journal_path(args)
    timer: RunningTimer | None = None
    if path.exists():
        with Journal.open(path, create=False) as journal:
            timer = journal.running_timer()
    if timer is None:
        print("No timer is running.")
        return 0
    elapsed = describe_elapsed(timer.elapsed(datetime.now(UTC)))
    print(f"Timer running {describe_timer(timer)}: {elapsed}")
    return 0
