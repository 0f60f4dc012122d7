"""Benchmark: `valuejournal report` for a busy quarter of a ~50,000-session journal.

Builds the journal once (``generate_demo(seed=1, weeks=2000)`` written with
``store.writer.write_journal_file``; kept in the temp folder between runs), picks the quarter
with the most sessions, then runs the command line in separate processes and prints each wall
time, the median and the slowest against the 2 s target, and the PDF's size and page count.
Run: ``.venv/bin/python benchmarks/report.py [--runs N] [--rebuild]``. Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 2.0
FOLDER = Path(tempfile.gettempdir()) / "valuejournal-bench"
JOURNAL = FOLDER / "report-50k.vjournal"
CLI = "import sys; from valuejournal.cli import main; sys.exit(main(sys.argv[1:]))"


def build_journal(path: Path) -> None:
    """Write the demo journal of 2,000 weeks (about 48,000 sessions) to ``path``."""
    from valuejournal.store.writer import write_demo_journal

    path.parent.mkdir(parents=True, exist_ok=True)
    write_demo_journal(path, seed=1, weeks=2000, overwrite=True)


def busiest_quarter(path: Path) -> tuple[str, int, int]:
    """The quarter with the most sessions, its session count, and the journal's total."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT strftime('%Y', day) || '-Q' || ((CAST(strftime('%m', day) AS INTEGER) + 2) / 3)"
            " AS q, COUNT(*) FROM work_session GROUP BY q ORDER BY COUNT(*) DESC, q DESC"
        ).fetchall()
    total = sum(n for _q, n in rows)
    return rows[0][0], rows[0][1], total


def run_once(quarter: str, out: Path) -> float:
    """Wall seconds of one `valuejournal report` process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = ["report", "--journal", str(JOURNAL), "--quarter", quarter, "--out", str(out)]
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CLI, *args], env=env, capture_output=True)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"the report failed ({done.returncode}): {done.stderr.decode()}")
    return seconds


def main() -> int:
    """Build if needed, time the runs, print the figures; 1 if the target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not JOURNAL.exists():
        t0 = time.perf_counter()
        build_journal(JOURNAL)
        print(f"built {JOURNAL} in {time.perf_counter() - t0:.1f} s")
    quarter, count, total = busiest_quarter(JOURNAL)
    out = FOLDER / "report.pdf"
    print(f"journal: {total:,} sessions; quarter {quarter}: {count:,} sessions")
    run_once(quarter, out)  # warm the file cache and bytecode
    times = [run_once(quarter, out) for _ in range(args.runs)]
    print("runs (s): " + ", ".join(f"{t:.2f}" for t in times))
    median = statistics.median(times)
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    print(f"PDF: {out.stat().st_size / 1024:.0f} KB, {pages} pages")
    verdict = "OK" if median <= TARGET_SECONDS else "MISSED"
    print(
        f"median {median:.2f} s, slowest {max(times):.2f} s "
        f"(target {TARGET_SECONDS:.1f} s): {verdict}; load average {os.getloadavg()[0]:.2f}"
    )
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
