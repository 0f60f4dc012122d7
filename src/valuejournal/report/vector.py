"""Charts on the PDF page: their captions, and their SVG drawn by ``QSvgRenderer``.

The SVG comes from ``figures`` (matplotlib, in this process or a helper process); here it is
only scaled onto the page, so chart text stays selectable text and lines stay sharp.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

from valuejournal.report.canvas import PdfCanvas
from valuejournal.report.text import tr


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A chart of the report: its key (in ``charts.BUILDERS``) and the caption under it."""

    key: str
    caption: str


def chart_specs() -> list[ChartSpec]:
    """The report's charts, in the order of the Insights page."""
    return [
        ChartSpec("timeline", tr(
            "Pay per hour and value per week. Shaded weeks are where the two part ways: "
            "high pay with low value, or high value with no pay.")),
        ChartSpec("quadrant", tr(
            "Each dot is a week: further right pays more per hour, higher up created more "
            "value. Dot size shows the hours, colour the mood.")),
        ChartSpec("scales", tr(
            "Per client, value created against value captured: bars to the left mean you "
            "give more than you get.")),
        ChartSpec("capture", tr(
            "Value created by rated work and money captured for it, added up over the "
            "quarter, and how long payments took to arrive.")),
        ChartSpec("wellbeing", tr(
            "Mood, energy and stress per week, beside value and pay.")),
        ChartSpec("bubbles", tr(
            "Average impact of the work on the ecological, economic and social bubbles.")),
    ]  # fmt: skip


class SvgChart:
    """One chart ready to draw: its SVG renderer and its natural aspect ratio."""

    def __init__(self, svg: bytes, caption: str) -> None:
        self.renderer = QSvgRenderer(QByteArray(svg))
        if not self.renderer.isValid():
            raise ValueError("matplotlib wrote an SVG that Qt cannot read")
        size = self.renderer.defaultSize()
        self.aspect = size.height() / max(size.width(), 1)
        self.caption = caption

    def natural_width(self, canvas: PdfCanvas) -> float:
        """The chart's own width (matplotlib's inches) on the canvas, at most the text width."""
        return min(canvas.pt(self.renderer.defaultSize().width()), canvas.width)

    def height_for(self, width: float) -> float:
        """The height the chart takes at ``width``."""
        return width * self.aspect

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the chart scaled into ``rect`` (keeping its aspect ratio, centred)."""
        width = min(rect.width(), rect.height() / self.aspect)
        height = width * self.aspect
        target = QRectF(rect.x() + (rect.width() - width) / 2, rect.y(), width, height)
        self.renderer.render(painter, target)
