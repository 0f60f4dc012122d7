"""Start-up benchmark: the app's first painted window against a bare PySide6 window.

Generates a 50,000-session demo journal, then starts each program several times in fresh
processes and reports medians: time to the first painted main window, time until the newest
sessions are on screen (read with sqlite3 while the journal opens), time until the real session
list shows them, and peak RSS. Targets: ratio <= 1.6, newest on screen <= 500 ms,
RSS <= 250 MB.

Run:  .venv/bin/python benchmarks/startup.py [--runs 5] [--weeks 2000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    probe = Probe()
    window.installEventFilter(probe)
    window.show()
    app.exec()
    """
)

APP = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from valuejournal.ui.app import build_window, ensure_app

    app = ensure_app()
    window = build_window(Path(sys.argv[1]), ask_first_start=False)
    window.first_painted.connect(lambda: print("painted", flush=True))

    def previewed():
        newest = window._preview.model.session_at(0)
        print("previewed", newest.day if newest else None, flush=True)

    window.sessions_previewed.connect(previewed)

    def listed():
        page = window.pages["journal"]
        newest = page.model.session_at(0)
        print("listed", newest.day if newest else None, page.model.total, flush=True)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"rss {rss:.1f}", flush=True)
        QTimer.singleShot(0, app.quit)

    window.journal_loaded.connect(listed)
    window.journal_failed.connect(lambda text: (print("failed", text), app.quit()))
    app.exec()
    """
)


def timed_run(code: str, *args: str, env: dict[str, str]) -> dict[str, float | str]:
    """Run one program; seconds from process start to each line it prints."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    marks: dict[str, float | str] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word, _, rest = line.strip().partition(" ")
        marks[word] = time.perf_counter() - start
        if rest:
            marks[f"{word}_info"] = rest
    proc.wait(timeout=120)
    return marks


def make_journal(path: Path, weeks: int) -> int:
    """Write the demo journal the benchmark opens; returns its session count."""
    from valuejournal.store.writer import write_demo_journal

    demo = write_demo_journal(path, seed=1, weeks=weeks)
    return len(demo.sessions)


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--weeks", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vj-bench-"))
    env = dict(os.environ, VALUEJOURNAL_HOME=str(work / "home"))
    # as on a person's machine, where the installed app has its bytecode: compiled once by
    # the warm-up run (a shell with PYTHONDONTWRITEBYTECODE would compile every module of
    # the app, not of the bare window, from source at each start)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    journal = work / "bench.vjournal"
    t = time.perf_counter()
    count = make_journal(journal, args.weeks)
    print(f"journal: {count} sessions written in {time.perf_counter() - t:.1f} s")
    timed_run(APP, str(journal), env=env)  # warm-up: caches, font cache, .pyc files
    timed_run(BARE, env=env)
    bare, painted, previewed, listed, rss = [], [], [], [], []
    for _ in range(args.runs):
        bare.append(float(timed_run(BARE, env=env)["painted"]))
        marks = timed_run(APP, str(journal), env=env)
        painted.append(float(marks["painted"]))
        listed.append(float(marks["listed"]))
        previewed.append(float(marks["previewed"]))
        rss.append(float(marks["rss_info"]))
        newest = marks["listed_info"]
    b, p, pre, lst = (statistics.median(x) for x in (bare, painted, previewed, listed))
    pairs = statistics.median(a / w for a, w in zip(painted, bare, strict=True))
    platform = env.get("QT_QPA_PLATFORM") or f"xcb on {env.get('DISPLAY')}"
    print(f"platform: {platform}, runs: {args.runs} (medians)")
    print(f"bare QMainWindow first paint:  {b * 1000:7.0f} ms")
    print(f"Value Journal first paint:     {p * 1000:7.0f} ms   ratio {p / b:.2f} (target <= 1.6)")
    spread = f"bare {min(bare) * 1000:.0f}-{max(bare) * 1000:.0f} ms"
    print(f"  median of each launch's ratio to the bare one before it: {pairs:.2f} ({spread})")
    print(f"newest sessions on screen:     {pre * 1000:7.0f} ms   ratio {pre / b:.2f} "
          f"(sqlite3 first page, target <= 500 ms; {marks['previewed_info']})")  # fmt: skip
    print(f"session list shows newest:     {lst * 1000:7.0f} ms   ratio {lst / b:.2f} "
          f"({newest}, journal open)")  # fmt: skip
    print("(ratios: against the bare window's first paint in this run; on a shared machine "
          "they say more than the milliseconds)")  # fmt: skip
    print(f"peak RSS:                      {max(rss):7.1f} MB   (target <= 250)")


if __name__ == "__main__":
    main()
