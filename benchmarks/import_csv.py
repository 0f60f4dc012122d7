"""Benchmark: read a 100,000-row Toggl export and apply it to a fresh journal.

Run with ``.venv/bin/python benchmarks/import_csv.py [ROWS]``. Prints the seconds taken by
``read_csv`` and by ``apply_plan`` (wall clock, and the process's CPU time, which a busy
shared machine disturbs less) and the process's peak resident memory after each, against
the targets (5 s, 300 MB), for reading alone and for reading plus applying. As a baseline
measured in the same run it also times the bare ``csv.reader`` walk over the same file
(what any import must pay at least) and prints the import's ratio to it. Exits 1 if a
target is missed (on wall-clock time).

The file exercises every rule of the import: a team export (one row in 20 is a
colleague's, read with ``user="Ana Lima"``), timer noise (one row in 50 under a minute),
exact repeats (one row in 200) and a few entries over 24 hours; durations are kept to
the second.
"""

from __future__ import annotations

import csv
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from valuejournal.interop import apply_plan, read_csv
from valuejournal.interop.toggl import HEADER

TARGET_SECONDS = 5.0
TARGET_MB = 300.0
CLIENTS = ["Acme Corp", "Globex", "Zürich Atelier", "Kiez e.V.", ""]
PROJECTS = ["Website", "Brochure", "Hosting", "Strategy", ""]
WORDS = [
    "design",
    "review",
    "call",
    "draft",
    "fix",
    "deploy",
    "plan",
    "write",
    "read",
    "test",
    "meet",
    "sketch",
]


def write_toggl(path: Path, rows: int, seed: int = 7) -> None:
    """A Toggl detailed-report CSV with ``rows`` realistic entries."""
    rng = random.Random(seed)
    start_day = date(2020, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER.split(","))
        previous: list[str] = []
        for i in range(rows):
            if previous and i % 200 == 199:  # an exact repeat of the row before
                writer.writerow(previous)
                continue
            day = start_day + timedelta(days=i // 40)
            start = rng.randrange(6 * 3600, 22 * 3600, 60)
            seconds = rng.randrange(60, 4 * 3600)
            if i % 50 == 7:
                seconds = rng.randrange(0, 60)  # a timer started and stopped at once
            elif i % 5000 == 11:
                seconds = rng.randrange(25 * 3600, 80 * 3600)  # left running
            end = start + seconds
            end_day = day + timedelta(days=end // 86400)
            billable = rng.random() < 0.6
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 6)))
            who = ("Bo Berg", "bo@example.com") if i % 20 == 3 else ("Ana Lima", "ana@example.com")
            previous = [
                who[0],
                who[1],
                rng.choice(CLIENTS),
                rng.choice(PROJECTS),
                "",
                f"{words.capitalize()}, part {i}",
                "Yes" if billable else "No",
                day.isoformat(),
                _clock(start),
                end_day.isoformat(),
                _clock(end % 86400),
                _clock(seconds),
                ", ".join(rng.sample(WORDS, rng.randrange(0, 3))),
                f"{seconds / 3600 * 80:.2f}" if billable else "0.00",
            ]
            writer.writerow(previous)


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bare_csv_seconds(path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds for decoding the file and walking it with ``csv.reader``."""
    began, cpu = time.perf_counter(), time.process_time()
    text = path.read_bytes().decode("utf-8")
    count = sum(1 for _ in csv.reader(text.splitlines(keepends=True)))
    assert count > 0
    return time.perf_counter() - began, time.process_time() - cpu


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: list[str]) -> int:
    rows = int(argv[1]) if len(argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "toggl.csv"
        write_toggl(csv_path, rows)
        size_mb = csv_path.stat().st_size / (1024 * 1024)
        print(f"{rows:,} Toggl rows, {size_mb:.1f} MB; peak RSS before reading {peak_mb():.0f} MB")
        bare_wall, bare_cpu = bare_csv_seconds(csv_path)
        print(f"baseline, bare csv.reader walk: {bare_wall:6.2f} s (CPU {bare_cpu:.2f} s)")

        began, cpu = time.perf_counter(), time.process_time()
        plan = read_csv(csv_path, user="Ana Lima")
        read_seconds = time.perf_counter() - began
        read_cpu = time.process_time() - cpu
        read_peak = peak_mb()
        read_ok = read_seconds <= TARGET_SECONDS and read_peak <= TARGET_MB
        print(
            f"read_csv:    {read_seconds:6.2f} s (CPU {read_cpu:.2f} s), "
            f"peak RSS {read_peak:4.0f} MB  ({plan.summary()})"
        )
        print(f"  skipped: {plan.skipped}; {plan.total_minutes:,} minutes of new work")

        from valuejournal.store.journal import Journal

        with Journal.open(Path(folder) / "bench.vjournal") as journal:
            began, cpu = time.perf_counter(), time.process_time()
            added = apply_plan(plan, journal)
            apply_seconds = time.perf_counter() - began
            apply_cpu = time.process_time() - cpu
        total_peak = peak_mb()
        print(
            f"apply_plan:  {apply_seconds:6.2f} s (CPU {apply_cpu:.2f} s)"
            f"  ({added:,} sessions into a fresh journal)"
        )

    total = read_seconds + apply_seconds
    total_cpu = read_cpu + apply_cpu
    total_ok = total <= TARGET_SECONDS and total_peak <= TARGET_MB
    print(f"targets: <= {TARGET_SECONDS:.0f} s and <= {TARGET_MB:.0f} MB peak RSS")
    print(
        f"  read:         {read_seconds:6.2f} s (CPU {read_cpu:5.2f} s, "
        f"{read_cpu / bare_cpu:4.1f}x the bare csv walk), {read_peak:4.0f} MB  {_verdict(read_ok)}"
    )
    print(
        f"  read + apply: {total:6.2f} s (CPU {total_cpu:5.2f} s, "
        f"{total_cpu / bare_cpu:4.1f}x the bare csv walk), {total_peak:4.0f} MB  "
        f"{_verdict(total_ok)}"
    )
    return 0 if read_ok and total_ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
