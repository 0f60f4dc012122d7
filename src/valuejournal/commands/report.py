"""`valuejournal report`: a quarter's reflection, figures and charts as a PDF.

Bad input (a malformed quarter, an output path that cannot be written, a missing journal) is
refused before the journal is read; the PDF is written to a temporary file and renamed.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from valuejournal.commands import check_out, journal_path
from valuejournal.core.errors import UserError
from valuejournal.core.periods import parse_quarter


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `report` sub-command."""
    p = sub.add_parser("report", parents=[common], help="export a quarter's reflection as a PDF")
    p.add_argument("--quarter", required=True, help="the quarter, e.g. 2026-Q3")
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    p.add_argument(
        "--page-size",
        choices=("auto", "a4", "letter"),
        default="auto",
        help="paper size (default: by your locale)",
    )
    p.add_argument("--locale", default=None, help="locale for money and dates, e.g. de_DE")
    p.add_argument("--with-notes", action="store_true", help="add the sessions' notes")
    p.add_argument(
        "--include-private",
        action="store_true",
        help="add private session notes too (implies --with-notes)",
    )
    p.add_argument(
        "--with-weekly-reviews",
        action="store_true",
        help="append the answers of the quarter's weekly reviews",
    )
    p.add_argument(
        "--without-canvas", action="store_true", help="leave out the business model canvas page"
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the input, then build and write the report."""
    # Qt's hashes get a fixed seed, so the same journal and day give the very same bytes.
    os.environ.setdefault("QT_HASH_SEED", "0")
    quarter = args.quarter.strip()
    year, number = parse_quarter(quarter)
    quarter = f"{year}-Q{number}"
    path = journal_path(args)
    if not path.is_file():
        raise UserError(f"no journal at {path}")
    from valuejournal.report.files import check_target
    from valuejournal.report.worker import ChartWorker

    check_out(args, args.out)
    check_target(args.out)
    from valuejournal import settings
    from valuejournal.core import formats

    prefs = settings.load()  # the person's thresholds and locale, as in the app
    locale = formats.check_locale(args.locale or prefs.locale)  # the charts' too
    formats.set_locale(locale)
    # Matplotlib loads in a helper process while this one reads the journal.
    with ChartWorker() as worker:
        ensure_gui_app()  # the PDF's words, the summary and the charts in the person's language
        from valuejournal.report import language

        language.use(prefs.language)
        from valuejournal.report.data import build_report
        from valuejournal.report.render import RenderOptions, render_pdf
        from valuejournal.report.vector import chart_specs
        from valuejournal.store.journal import Journal

        with Journal.open(path, create=False) as journal:
            data = build_report(
                journal,
                quarter,
                include_notes=args.with_notes,
                include_private=args.include_private,
                thresholds=prefs.thresholds,
                include_weekly=args.with_weekly_reviews,
                include_canvas=not args.without_canvas,
            )
        if prefs.business:
            data = replace(data, business=prefs.business)
        keys = [] if data.empty else [spec.key for spec in chart_specs()]
        svgs = worker.draw(keys, data.insights)
    missing = [k for k in keys if k not in svgs]
    if missing:  # the helper failed: draw here
        from valuejournal.report.figures import render_charts

        svgs |= render_charts(missing, data.insights)
    options = RenderOptions(page_size=args.page_size, locale=locale)
    out = render_pdf(data, args.out, svgs, options)
    print(f"Wrote {out}")
    return 0


def ensure_gui_app() -> None:
    """QPdfWriter needs a QGuiApplication; make one (offscreen when there is no display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # Kept on the module so it lives as long as the process.
        ensure_gui_app.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
