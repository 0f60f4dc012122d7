"""Drawing a ``ReportData`` as a PDF: cover, summary, charts, client balance, reflection.

The pages are laid out first (so the footer can say "Page n of m"), then painted with one
``QPainter`` on a ``QPdfWriter`` that writes into memory; the bytes go to a temporary file next
to the target, which is renamed into place only when complete. QtGui only, never QtWidgets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication

from valuejournal.report.canvas import PdfCanvas
from valuejournal.report.canvas_sheet import paint_canvas_page
from valuejournal.report.cover import paint_cover
from valuejournal.report.data import ReportData
from valuejournal.report.documents import (
    clients_html,
    invoices_html,
    layout,
    notes_html,
    reflection_html,
    summary_html,
    weekly_html,
)
from valuejournal.report.files import check_target, write_atomically
from valuejournal.report.pages import PagePlan
from valuejournal.report.text import Formatter, page_size_for, tr, user_locale
from valuejournal.report.vector import SvgChart, chart_specs

_INFO_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}")
_XMP_DATE = re.compile(
    rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d'
)


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to draw: ``page_size`` "auto" (by locale), "a4" or "letter"; ``locale`` a
    QLocale name such as "de_DE" (None: the user's)."""

    page_size: str = "auto"
    locale: str | None = None


def render_pdf(
    data: ReportData,
    out: Path,
    svgs: Mapping[str, bytes],
    options: RenderOptions = RenderOptions(),
) -> Path:
    """Write the report to ``out`` atomically; raise ReportError if it cannot be written.

    ``svgs`` are the charts drawn by ``figures`` (by key; a missing one is left out).
    """
    out = Path(out)
    check_target(out)
    write_atomically(out, render_bytes(data, svgs, options))
    return out


def render_bytes(
    data: ReportData, svgs: Mapping[str, bytes], options: RenderOptions = RenderOptions()
) -> bytes:
    """The report as PDF bytes (the charts already drawn as SVG, by key).

    Needs a QGuiApplication (fonts); the command line creates an offscreen one.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("writing a PDF needs a QGuiApplication; create one first")
    locale = user_locale(options.locale)
    fmt = Formatter(locale, data.currency)
    specs = [] if data.empty else chart_specs()
    charts = {s.key: SvgChart(svgs[s.key], s.caption) for s in specs if s.key in svgs}
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    canvas = PdfCanvas(
        buffer,
        page_size_for(locale, options.page_size),
        title=tr("Reflection {quarter} — {owner}").format(quarter=data.quarter, owner=data.owner),
        author=data.owner,
        key=f"{data.journal_name}/{data.quarter}/{data.today.isoformat()}",
    )
    plan = _plan(canvas, data, fmt, charts)
    footer = tr("{owner} · Reflection {quarter}").format(owner=data.owner, quarter=data.quarter)
    canvas.begin()
    try:
        for number, paint in enumerate(plan.pages, start=1):
            if number > 1:
                canvas.new_page(landscape=plan.landscape[number - 1])
            paint()
            if number > 1:
                canvas.footer(footer, number, len(plan))
    finally:
        canvas.finish()
    pdf = bytes(buffer.data().data())
    buffer.close()
    return fixed_dates(pdf, data.today)


def _plan(
    canvas: PdfCanvas, data: ReportData, fmt: Formatter, charts: dict[str, SvgChart]
) -> PagePlan:
    """Cover, summary (timeline below), the canvas (landscape), chart pages, balance
    (scales below), the quarter's invoices, reflection, then the notes and the weekly
    reviews when asked for."""
    plan = PagePlan(canvas)
    plan.add(lambda: paint_cover(canvas, data, fmt))
    plan.document(layout(summary_html(data, fmt), canvas), charts.pop("timeline", None))
    if data.canvas is not None and not data.canvas.empty:
        plan.add(lambda: paint_canvas_page(canvas, data, fmt), landscape=True)
    scales = charts.pop("scales", None)
    plan.charts(list(charts.values()), heading=True)
    if data.clients:
        plan.document(layout(clients_html(data, fmt), canvas), scales)
        plan.charts([], heading=False)
    if data.invoices:
        plan.document(layout(invoices_html(data, fmt), canvas))
    plan.document(layout(reflection_html(data, fmt), canvas, serif=True))
    if data.notes is not None:
        plan.document(layout(notes_html(data, fmt), canvas))
    if data.weekly is not None:
        plan.document(layout(weekly_html(data, fmt), canvas, serif=True))
    return plan


def fixed_dates(pdf: bytes, day: date) -> bytes:
    """Date the file at noon UTC of ``day`` instead of the moment Qt wrote it (the same
    length, so every offset stays valid): the same journal on the same day gives the same
    dates, whenever it is exported."""
    stamp = day.strftime("%Y%m%d").encode("ascii") + b"120000"
    iso = day.isoformat().encode("ascii") + b"T12:00:00"
    pdf = _INFO_DATE.sub(lambda m: m.group(1) + stamp, pdf)
    return _XMP_DATE.sub(lambda m: m.group(1) + iso, pdf)
