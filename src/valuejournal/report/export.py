"""One call from a journal and a quarter to a PDF file, for the Reflections page and tests.

The command line does the same steps, with its charts drawn in a helper process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from valuejournal.core.insights import Thresholds
from valuejournal.core.periods import parse_quarter
from valuejournal.report import figures
from valuejournal.report.canvas import ensure_fonts
from valuejournal.report.data import build_report
from valuejournal.report.files import check_target
from valuejournal.report.render import RenderOptions, render_pdf
from valuejournal.report.vector import chart_specs

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal

ProgressFn = Callable[[int, int], None]


def export_report(
    journal: Journal,
    quarter: str,
    out: Path,
    *,
    options: RenderOptions | None = None,
    include_notes: bool = False,
    include_private: bool = False,
    today: date | None = None,
    progress: ProgressFn | None = None,
    thresholds: Thresholds | None = None,
    business: str = "",
    include_weekly: bool = False,
    include_canvas: bool = True,
) -> Path:
    """Write the quarter's report to ``out``; bad input raises a UserError before any work.

    Private session notes appear only with ``include_private``; other session notes only
    with ``include_notes``; the weekly reviews' answers (an appendix) with
    ``include_weekly``. ``progress(done, total)`` counts reading, each chart, and writing.
    """
    parse_quarter(quarter)
    out = Path(out)
    check_target(out)
    report = progress or (lambda _done, _total: None)
    data = build_report(
        journal,
        quarter,
        today=today,
        include_notes=include_notes,
        include_private=include_private,
        thresholds=thresholds,
        include_weekly=include_weekly,
        include_canvas=include_canvas,
    )
    if business:
        data = replace(data, business=business)
    keys = [] if data.empty else [spec.key for spec in chart_specs()]
    total = len(keys) + 2
    report(1, total)
    svgs = figures.render_charts(keys, data.insights, lambda i, _n: report(1 + i, total))
    report(total - 1, total)
    written = render_pdf(data, out, svgs, options or RenderOptions())
    report(total, total)
    return written


@cache
def warm_up() -> None:
    """Load, on the calling (GUI) thread, what exporting would otherwise load on first use,
    so the background export starts at once; application fonts are best added on the GUI
    thread."""
    ensure_fonts()
    figures.warm_up()
