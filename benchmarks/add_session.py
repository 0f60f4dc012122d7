"""Benchmark: one add and one edit of a session in a journal of ~50,000 sessions.

Run with ``.venv/bin/python benchmarks/add_session.py [--weeks 2000] [--runs 40]``. Writes
the demo journal (``benchmarks/startup.py``'s ``make_journal``: EUR sessions, base EUR),
gives it ten years of daily USD and GBP rates (7,300 rows, as an ECB import would) and
then times, in milliseconds per call (median and slowest of ``--runs``):

- ``add_session`` of a session in the base currency (its rate is 1) and of one in USD (its
  rate is found in the table and frozen on it);
- ``update_session`` changing a session's title, and changing its currency (the rate is
  frozen anew).

Each call is one write transaction with its commit (synchronous=FULL, so the disk's flush is
part of it). Freezing a rate looks only at the sessions the call wrote: a write that scanned
the journal for sessions still waiting for a rate costs milliseconds more per 50,000
sessions. Exits 1 if a median is over ``TARGET_MS``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.fx import ExchangeRate
from valuejournal.store.journal import Journal

sys.path.insert(0, str(Path(__file__).parent))
from startup import make_journal

TARGET_MS = 10.0
"""A single add or edit, commit included, on the 50,000-session journal."""


def rates(days: int = 3650) -> list[ExchangeRate]:
    """Daily USD and GBP rates per EUR for ``days`` days up to the end of 2026."""
    last = date(2026, 12, 31)
    table = []
    for i in range(days):
        day = last - timedelta(days=i)
        table.append(ExchangeRate("USD", day, Decimal("1.08") + Decimal(i % 50) / 1000, "EUR"))
        table.append(ExchangeRate("GBP", day, Decimal("0.85") + Decimal(i % 30) / 1000, "EUR"))
    return table


def timed(call: object, runs: int) -> list[float]:
    """Milliseconds of each of ``runs`` calls of ``call(i)``."""
    spent = []
    for i in range(runs):
        began = time.perf_counter()
        call(i)  # type: ignore[operator]
        spent.append((time.perf_counter() - began) * 1000)
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weeks", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vjournal"
        count = make_journal(path, args.weeks)
        with Journal.open(path) as journal:
            journal.import_rates(rates())
            print(f"journal: {count:,} sessions, {len(rates()):,} exchange rates")
            day = date(2026, 6, 1)

            def session(i: int, currency: str) -> Session:
                return Session(
                    day=day - timedelta(days=i), minutes=60, title=f"Bench {currency} {i}",
                    client="Bench client", pay_minor=8000, currency=currency,
                    status=PayStatus.PENDING,
                )  # fmt: skip

            added: list[Session] = []
            figures = {
                "add, base currency (EUR)": timed(
                    lambda i: added.append(journal.add_session(session(i, "EUR"))), args.runs
                ),
                "add, foreign currency (USD)": timed(
                    lambda i: added.append(journal.add_session(session(i, "USD"))), args.runs
                ),
                "edit, title": timed(
                    lambda i: journal.update_session(replace(added[i], title=f"Edited {i}")),
                    args.runs,
                ),
                "edit, currency EUR -> GBP": timed(
                    lambda i: journal.update_session(replace(added[i], currency="GBP")),
                    args.runs,
                ),
            }
            stored = journal.sessions_by_uuid([s.uuid for s in added])
    worst = 0.0
    print(f"ms per call, {args.runs} calls each (median, slowest); target median <= {TARGET_MS}")
    for name, spent in figures.items():
        median = statistics.median(spent)
        worst = max(worst, median)
        print(f"  {name:30} {median:6.2f} ms  (slowest {max(spent):6.2f} ms)")
    frozen = {s.currency: s.fx_rate for s in stored}
    print(f"rates frozen on the benchmark's sessions: {frozen}")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
