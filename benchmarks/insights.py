"""Benchmark: insights on ~50,000 sessions, and every chart drawn with Agg.

Times (median of N runs, milliseconds): building the columns, computing the insights from
them, and for each chart building it on a reused figure and drawing it on an Agg canvas (what
a panel does on a date-range change: the timeline and the quadrant update their artists in
place, the others redraw from scratch), plus the timeline's and quadrant's first drawing on a
fresh figure. Prints the figures, then compute + timeline + quadrant redraw against the
150 ms target. Run: ``.venv/bin/python benchmarks/insights.py``.
``run(sessions, clients)`` returns the same figures as a dict for other scripts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg

from valuejournal.charts import BUILDERS, new_figure
from valuejournal.core.entities import Client, PayStatus, Session
from valuejournal.core.insights import (
    SessionColumns,
    compute_insights_from_columns,
)
from valuejournal.core.periods import PeriodKind

TARGET_MS = 150.0
END = date(2026, 6, 30)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` over ``runs`` calls, after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def synthetic(n: int = 50_000, seed: int = 1) -> tuple[list[Session], list[Client]]:
    """``n`` plausible sessions over ~20 years for 25 clients and some unpaid work."""
    rng = random.Random(seed)
    names = [f"Client {i:02d}" for i in range(25)]
    clients = [
        Client(name, alternative_rate_minor=rng.choice([None, 6000, 9000])) for name in names
    ]
    first = END - timedelta(days=n // 7)
    sessions = []
    for i in range(n):
        day = first + timedelta(days=i // 7)
        client = rng.choice([*names, None])
        pay = 0 if client is None else rng.randint(20, 160) * 100
        status = (
            PayStatus.NONE if not pay else rng.choice([PayStatus.PAID] * 4 + [PayStatus.PENDING])
        )
        paid_on = day + timedelta(days=rng.randint(0, 90)) if status is PayStatus.PAID else None
        sessions.append(
            Session(
                day=day, minutes=rng.randint(15, 240), client=client,
                value=rng.choice([None, *range(11)]), pay_minor=pay, status=status,
                paid_on=paid_on, mood=rng.randint(1, 5), energy=rng.randint(1, 5),
                stress=rng.randint(1, 5), ecological=rng.randint(-2, 2),
                economic=rng.randint(-2, 2), social=rng.randint(-2, 2),
            )
        )  # fmt: skip
    return sessions, clients


def demo(weeks: int = 2000) -> tuple[list[Session], list[Client]] | None:
    """The demo generator's journal, when core.demo is there."""
    try:
        from valuejournal.core.demo import generate_demo
    except ImportError:
        return None
    journal = generate_demo(seed=1, weeks=weeks, end=END)
    return journal.sessions, journal.clients


def run(
    sessions: Sequence[Session],
    clients: Sequence[Client],
    *,
    runs: int = 7,
    kind: PeriodKind = PeriodKind.WEEK,
) -> dict[str, float]:
    """Median milliseconds for columns, insights, each chart's redraw, and the total."""
    out: dict[str, float] = {"sessions": float(len(sessions))}
    out["columns_ms"] = median_ms(lambda: SessionColumns.from_sessions(sessions), runs)
    cols = SessionColumns.from_sessions(sessions)

    def compute():
        return compute_insights_from_columns(cols, clients, kind=kind, today=END)

    out["insights_ms"] = median_ms(compute, runs)
    insights = compute()
    out["periods"] = float(len(insights.periods))
    for name, build in BUILDERS.items():
        fig = new_figure()
        canvas = FigureCanvasAgg(fig)

        def redraw(build=build, fig=fig, canvas=canvas) -> None:
            build(insights, fig=fig)
            canvas.draw()

        out[f"{name}_ms"] = median_ms(redraw, runs)
    for name in ("timeline", "quadrant"):  # a panel's first drawing, on a fresh figure
        build = BUILDERS[name]

        def first(build=build) -> None:
            FigureCanvasAgg(build(insights, fig=new_figure())).draw()

        out[f"{name}_first_ms"] = median_ms(first, runs)
    out["total_ms"] = out["insights_ms"] + out["timeline_ms"] + out["quadrant_ms"]
    out["target_ratio"] = out["total_ms"] / TARGET_MS
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, build the sessions, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=("auto", "demo", "synthetic"), default="auto")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--kind", choices=[k.value for k in PeriodKind], default="week")
    args = parser.parse_args(argv)
    data = None if args.source == "synthetic" else demo()
    source = "demo (seed 1, 2000 weeks)"
    if data is None:
        if args.source == "demo":
            print("core.demo is not available", file=sys.stderr)
            return 2
        data, source = synthetic(), "synthetic"
    sessions, clients = data
    figures = run(sessions, clients, runs=args.runs, kind=PeriodKind(args.kind))
    print(f"insights benchmark: {len(sessions):,} sessions from {source}, "
          f"{int(figures['periods'])} {args.kind}s, median of {args.runs} runs")  # fmt: skip
    for key, value in figures.items():
        if key.endswith("_ms"):
            print(f"  {key[:-3]:<16} {value:8.1f} ms")
    print(
        f"  compute + timeline + quadrant redraw: {figures['total_ms']:.1f} ms "
        f"= {figures['target_ratio']:.2f} × the {TARGET_MS:.0f} ms target"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
