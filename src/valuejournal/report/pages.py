"""The page plan: which page shows what, decided before anything is painted.

Flowing text (summary, balance table, reflection, notes) is paginated by ``QTextDocument``;
a chart goes under the text of a document's last page when it fits there (the timeline under
the summary, the scales under the balance table), otherwise on a chart page; chart pages hold
two charts each. Knowing every page first lets the footer say "Page n of m".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextDocument

from valuejournal.report.canvas import PdfCanvas, paper_context
from valuejournal.report.cover import chart_with_caption, paint_chart_page
from valuejournal.report.vector import SvgChart

PagePainter = Callable[[], None]
CHARTS_PER_PAGE = 2
GAP_MM = 6.0
MIN_SCALE = 0.8


class PagePlan:
    """An ordered list of page painters for one canvas."""

    def __init__(self, canvas: PdfCanvas) -> None:
        self.canvas = canvas
        self.pages: list[PagePainter] = []
        self.landscape: list[bool] = []
        self.loose_charts: list[SvgChart] = []

    def __len__(self) -> int:
        return len(self.pages)

    def add(self, painter: PagePainter, *, landscape: bool = False) -> None:
        """Append one page (turned sideways with ``landscape``)."""
        self.pages.append(painter)
        self.landscape.append(landscape)

    def document(self, doc: QTextDocument, below: SvgChart | None = None) -> None:
        """Append a document's pages; ``below`` goes under its end if there is room, else
        it waits for the next chart pages."""
        count = doc.pageCount()
        room = self.canvas.height - used_height(doc, self.canvas.height)
        fits = below is not None and room >= self._need(below)
        for i in range(count):
            last = i == count - 1
            chart = below if last and fits else None
            self.add(partial(self._paint_doc_page, doc, i, chart))
        if below is not None and not fits:
            self.loose_charts.append(below)

    def charts(self, charts: list[SvgChart], *, heading: bool) -> None:
        """Append chart pages for the waiting charts and these, two per page."""
        queue = self.loose_charts + charts
        self.loose_charts = []
        for n, i in enumerate(range(0, len(queue), CHARTS_PER_PAGE)):
            group = queue[i : i + CHARTS_PER_PAGE]
            first = heading and n == 0
            self.add(partial(paint_chart_page, self.canvas, group, first=first))

    def _need(self, chart: SvgChart) -> float:
        """The least room a chart under text needs: drawn at 80 % or more of its size."""
        height = chart.height_for(chart.natural_width(self.canvas))
        return self.canvas.mm(GAP_MM + 12) + MIN_SCALE * height

    def _paint_doc_page(self, doc: QTextDocument, i: int, below: SvgChart | None) -> None:
        canvas = self.canvas
        painter = canvas.painter
        assert painter is not None
        height = canvas.height
        painter.save()
        painter.translate(0, -i * height)
        painter.setClipRect(QRectF(0, i * height, canvas.width, height))
        doc.documentLayout().draw(
            painter, paper_context(QRectF(0, i * height, canvas.width, height))
        )
        painter.restore()
        if below is not None:
            top = used_height(doc, height) + canvas.mm(GAP_MM)
            chart_with_caption(canvas, below, top, canvas.height - top)


def used_height(doc: QTextDocument, page_height: float) -> float:
    """How far down its last page a paginated document's text reaches."""
    bottom = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
    return max(bottom - page_height * (doc.pageCount() - 1), 0.0)
