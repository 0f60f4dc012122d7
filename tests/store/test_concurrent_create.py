"""Processes creating the same new journal at once end with one journal, one meta row."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
from datetime import date
from pathlib import Path

from valuejournal.store.safety import check_file

WORKERS = 3
TRIALS = 6


def _race(folder: str, barrier: object, worker: int, results: object) -> None:
    from valuejournal.core.entities import Session
    from valuejournal.store.journal import Journal

    for trial in range(TRIALS):
        barrier.wait()  # type: ignore[attr-defined]
        path = Path(folder) / f"j{trial}.vjournal"
        try:
            with Journal.open(path) as journal:
                journal.add_session(
                    Session(day=date(2026, 3, 2), minutes=60, client="New", title=f"w{worker}")
                )
            results.put((trial, worker, "ok"))  # type: ignore[attr-defined]
        except Exception as exc:  # the test reports what went wrong
            results.put((trial, worker, f"{type(exc).__name__}: {exc}"))  # type: ignore[attr-defined]


def test_three_processes_create_one_journal(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(WORKERS)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_race, args=(str(tmp_path), barrier, w, results)) for w in range(WORKERS)
    ]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=120) for _ in range(WORKERS * TRIALS)]
    for proc in procs:
        proc.join(timeout=60)
    failures = [o for o in outcomes if o[2] != "ok"]
    assert failures == []
    for trial in range(TRIALS):
        path = tmp_path / f"j{trial}.vjournal"
        conn = sqlite3.connect(path)
        try:
            metas = conn.execute("SELECT COUNT(*) FROM journal_meta").fetchone()[0]
            sessions = conn.execute("SELECT COUNT(*) FROM work_session").fetchone()[0]
            clients = conn.execute("SELECT COUNT(*) FROM client").fetchone()[0]
        finally:
            conn.close()
        assert (metas, sessions, clients) == (1, WORKERS, 1)
        assert check_file(path).ok
    leftovers = [p.name for p in tmp_path.iterdir() if ".creating-" in p.name]
    assert leftovers == []
