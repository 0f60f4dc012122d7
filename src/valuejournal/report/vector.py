"""The Insights page's charts as vector graphics: matplotlib SVG drawn by ``QSvgRenderer``.

Figures come from the shared builders in ``valuejournal.charts`` (never a second version of
a chart). They are written as SVG with ``svg.fonttype = "none"`` so their text stays text in
the PDF, with a fixed hash salt and no date so the same figure gives the same bytes; rasterized
parts (dense scatters) are embedded at ``RASTER_DPI``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

import matplotlib
from matplotlib.figure import Figure
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

from valuejournal.charts import (
    build_bubbles,
    build_capture,
    build_quadrant,
    build_scales,
    build_timeline,
    build_wellbeing,
)
from valuejournal.core.insights import Insights
from valuejournal.report.canvas import PdfCanvas
from valuejournal.report.text import tr

RASTER_DPI = 220
SVG_RC = {"svg.fonttype": "none", "svg.hashsalt": "valuejournal-report", "svg.image_inline": True}


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A chart of the report: its builder and the caption printed under it."""

    key: str
    build: Callable[..., Figure]
    caption: str


def chart_specs() -> list[ChartSpec]:
    """The report's charts, in the order of the Insights page."""
    return [
        ChartSpec("timeline", build_timeline, tr(
            "Pay per hour and value per week. Shaded weeks are where the two part ways: "
            "high pay with low value, or high value with no pay.")),
        ChartSpec("quadrant", build_quadrant, tr(
            "Each dot is a week: further right pays more per hour, higher up created more "
            "value. Dot size shows the hours, colour the mood.")),
        ChartSpec("scales", build_scales, tr(
            "Per client, value created against value captured: bars to the left mean you "
            "give more than you get.")),
        ChartSpec("capture", build_capture, tr(
            "Value created by rated work and money captured for it, added up over the "
            "quarter, and how long payments took to arrive.")),
        ChartSpec("wellbeing", build_wellbeing, tr(
            "Mood, energy and stress per week, beside value and pay.")),
        ChartSpec("bubbles", build_bubbles, tr(
            "Average impact of the work on the ecological, economic and social bubbles.")),
    ]  # fmt: skip


def figure_svg(fig: Figure) -> bytes:
    """A figure as SVG bytes with real text (deterministic for the same figure)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context(SVG_RC):
        fig.savefig(buffer, format="svg", dpi=RASTER_DPI, metadata={"Date": None})
    return _TEXT_STYLE.sub(_explicit_font, buffer.getvalue())


def _explicit_font(match: re.Match[bytes]) -> bytes:
    """Spell out normal style and weight on a text's style: QSvgRenderer otherwise carries
    an italic or bold text's font over to the texts drawn after it."""
    style = match.group(1)
    if b"font-style" not in style:
        style = b"font-style: normal; " + style
    if b"font-weight" not in style:
        style = b"font-weight: normal; " + style
    return b'style="' + style + b'"'


_TEXT_STYLE = re.compile(rb'style="([^"]*font-size[^"]*)"')


def chart_svg(spec: ChartSpec, insights: Insights) -> bytes:
    """Build one chart for the insights (light theme) and return it as SVG."""
    return figure_svg(spec.build(insights, dark=False))


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
