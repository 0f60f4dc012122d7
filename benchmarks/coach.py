"""Benchmark: a coach with twenty clients, in the real window (offscreen Qt).

Writes twenty demo journals (a year each, seeds 1-20) and a share of each (a quarter), then
measures, wall clock, in one run:
- the review window opening all twenty shares (checked, copied, read back, the review
  stores opened, homework statuses taken, each client's record and flags computed) until
  the first share is shown (target: <= 3 s), measured the second time: the first time also
  creates the twenty review stores (each a new journal file, copied from the schema the
  migrations built once for the process: store.engine.empty_schema) and pays the
  process's first imports, printed and judged against the same target;
- the Clients overview page built and filled from the twenty records (target: <= 1 s);
- the baseline: a bare Qt window (a QMainWindow with one label) shown, and the ratio of
  each figure to it.
Each figure also gives the process's CPU time (every thread), which a busy machine
inflates less than the wall clock. Run: ``.venv/bin/python benchmarks/coach.py [--clients
20] [--weeks 52]``. Exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OPEN_TARGET_S = 3.0
OVERVIEW_TARGET_S = 1.0


def make_shares(work: Path, clients: int, weeks: int) -> list[Path]:
    """Twenty demo journals and a quarter's share of each."""
    from valuejournal.core.periods import quarter_of
    from valuejournal.store.journal import Journal
    from valuejournal.store.share import ShareOptions, write_share
    from valuejournal.store.writer import write_demo_journal

    shares = []
    quarter = quarter_of(date.today())
    for seed in range(1, clients + 1):
        path = work / f"client{seed:02d}.vjournal"
        write_demo_journal(path, seed=seed, weeks=weeks)
        out = work / f"client{seed:02d}.vjshare"
        with Journal.open(path, owner=f"Client {seed:02d}") as journal:
            write_share(journal, out, ShareOptions.for_quarter(quarter))
        shares.append(out)
    return shares


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--weeks", type=int, default=52)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vj-coach-"))
    os.environ["VALUEJOURNAL_HOME"] = str(work / "home")
    shares = make_shares(work, args.clients, args.weeks)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QLabel, QMainWindow

    from valuejournal.ui.app import build_review_window, ensure_app

    app = ensure_app()
    start = time.perf_counter()
    bare = QMainWindow()
    bare.setCentralWidget(QLabel("Value Journal"))
    bare.show()
    app.processEvents()
    bare_s = time.perf_counter() - start
    bare.close()

    def open_all() -> tuple[float, float, object]:
        start, cpu = time.perf_counter(), time.process_time()
        window = build_review_window(shares)
        # The event loop itself, as the app runs it (QTest.qWait sleeps holding the GIL,
        # which starves the write worker that opens the shares).
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(
            lambda: (
                window.review.current is not None
                and "review" in window.windowTitle()
                and loop.quit()
            )
        )
        poll.start(5)
        loop.exec()
        poll.stop()
        seconds = time.perf_counter() - start
        assert len(window.review.shares) == args.clients, "not every share opened"
        return seconds, time.process_time() - cpu, window

    first_s, first_cpu, first = open_all()  # the coach's first look: twenty stores created
    first.close()  # type: ignore[attr-defined]
    app.processEvents()
    open_s, open_cpu, window = open_all()  # the coach's usual day: the stores and records exist

    start = time.perf_counter()
    page = window.show_page("overview")  # type: ignore[attr-defined]
    app.processEvents()
    overview_s = time.perf_counter() - start
    rows = page.proxy.rowCount()
    flagged = sum(1 for r in page.records if r.flags)
    window.close()  # type: ignore[attr-defined]

    print(f"{args.clients} shares ({args.weeks} weeks each, one quarter shared)")
    print(f"bare Qt window shown:        {bare_s * 1000:8.1f} ms")
    print(f"first review (stores made):  {first_s * 1000:8.1f} ms  (CPU {first_cpu * 1000:.0f} ms; "
          f"target {OPEN_TARGET_S:.0f} s)")  # fmt: skip
    print(f"review window, all open:     {open_s * 1000:8.1f} ms  (CPU {open_cpu * 1000:.0f} ms; "
          f"target {OPEN_TARGET_S:.0f} s; {open_s / bare_s:.0f}x the bare window)")  # fmt: skip
    print(f"overview page, {rows} rows:     {overview_s * 1000:8.1f} ms  "
          f"(target {OVERVIEW_TARGET_S:.0f} s; {overview_s / bare_s:.1f}x the bare window; "
          f"{flagged} clients flagged)")  # fmt: skip
    slowest = max(first_s, open_s)
    missed = slowest > OPEN_TARGET_S or overview_s > OVERVIEW_TARGET_S or rows != args.clients
    print("MISSED a target" if missed else "OK: both targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
