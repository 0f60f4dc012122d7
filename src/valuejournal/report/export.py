"""One call from a journal and a quarter to a PDF file, for the CLI and the Reflections page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from valuejournal.core.periods import parse_quarter
from valuejournal.report.data import build_report
from valuejournal.report.render import ProgressFn, RenderOptions, check_target, render_pdf

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal


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
) -> Path:
    """Write the quarter's report to ``out``; bad input raises a UserError before any work.

    Private session notes appear only with ``include_private``; other session notes only
    with ``include_notes``.
    """
    parse_quarter(quarter)
    out = Path(out)
    check_target(out)
    data = build_report(
        journal,
        quarter,
        today=today,
        include_notes=include_notes,
        include_private=include_private,
    )
    return render_pdf(data, out, options or RenderOptions(), progress)


def warm_up() -> None:
    """Import what rendering a chart as SVG imports lazily (the SVG backend, PIL), on the
    calling thread: the GUI calls this before it renders in a worker thread, because
    imports in worker threads are not safe with PySide6 6.12."""
    import matplotlib.backends.backend_svg  # noqa: F401
    from matplotlib.figure import Figure

    from valuejournal.report.vector import figure_svg

    fig = Figure(figsize=(1, 1))
    ax = fig.add_subplot()
    ax.scatter([0, 1], [0, 1], rasterized=True)
    ax.set_title("warm-up €")
    figure_svg(fig)
