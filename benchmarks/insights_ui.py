"""Benchmark: the real Insights page after one edit, on a ~50,000-session journal.

Opens the app's window (offscreen Qt) on a demo journal, shows the Insights page, then adds a
session through the app (as the quick entry does) several times and measures, as medians:
- the background re-read of the journal into columns (off the GUI thread: no freeze),
- the GUI thread's work: computing the insights and redrawing the panels on screen,
- the whole time from the edit until the visible panels show the change.
Target (issue 3): compute + the visible panels' redraw <= 150 ms.
Run: ``.venv/bin/python benchmarks/insights_ui.py [--weeks 2000] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_MS = 150.0


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vj-insights-ui-"))
    os.environ["VALUEJOURNAL_HOME"] = str(work / "home")
    sys.path.insert(0, str(Path(__file__).parent))
    from startup import make_journal

    journal_path = work / "bench.vjournal"
    count = make_journal(journal_path, args.weeks)

    from PySide6.QtTest import QTest

    from valuejournal.core.entities import Session
    from valuejournal.ui.app import build_window, ensure_app

    ensure_app()
    window = build_window(journal_path, ask_first_start=False)
    window.resize(1360, 900)
    while not window.pages:
        QTest.qWait(20)
    page = window.show_page("insights")
    while page.insights is None:
        QTest.qWait(20)
    QTest.qWait(500)

    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    marks: dict[str, float] = {}
    original_loaded, original_recompute = page._loaded, page.recompute

    def loaded(snapshot: object) -> None:
        marks["loaded"] = time.perf_counter()
        original_loaded(snapshot)

    def recompute() -> None:
        start = time.perf_counter()
        original_recompute()
        marks["recompute_ms"] = marks.get("recompute_ms", 0.0) + (time.perf_counter() - start)

    page._loaded = loaded
    page.recompute = recompute
    page.range.currentIndexChanged.disconnect()
    for panel in page.panels.values():
        original_draw = panel.canvas.draw

        def draw(original_draw=original_draw) -> None:
            start = time.perf_counter()
            original_draw()
            marks["draw_ms"] = marks.get("draw_ms", 0.0) + (time.perf_counter() - start)
            marks["drawn"] = time.perf_counter()
            loop.quit()

        panel.canvas.draw = draw
    reread, gui, total = [], [], []
    for i in range(args.runs):
        marks.clear()
        edit = time.perf_counter()
        window.context.add_session(Session(day=date(2026, 6, 1 + i), minutes=90, value=6))
        loop.exec()  # a real event loop, as in the app (QTest.qWait loops hold the GIL more)
        QTest.qWait(200)  # let every panel on screen finish drawing
        reread.append((marks["loaded"] - edit) * 1000 - 250)  # minus the 250 ms debounce
        gui.append((marks["recompute_ms"] + marks["draw_ms"]) * 1000)
        total.append((marks["drawn"] - edit) * 1000)
    visible = [n for n, p in page.panels.items() if n not in page._stale_panels]
    window.close()
    g = statistics.median(gui)
    print(f"insights page after one edit: {count:,} sessions, median of {args.runs} runs")
    print(f"  panels on screen:                   {', '.join(visible)}")
    print(f"  re-read journal (background thread): {statistics.median(reread):7.0f} ms")
    print(f"  compute + visible redraw (GUI):      {g:7.0f} ms = {g / TARGET_MS:.2f} × target")
    print(f"  edit -> charts updated (incl. 250 ms debounce): {statistics.median(total):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
