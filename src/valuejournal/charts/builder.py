"""What a chart builder is, and the start the in-place builders share (reuse or draw anew)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from matplotlib.figure import Figure

from valuejournal.charts import style
from valuejournal.charts.hits import ChartInfo, attach, reusable
from valuejournal.charts.layout import Margins
from valuejournal.core.insights import Insights

Skeleton = Callable[[Figure, ChartInfo, style.Theme], None]
"""Draws a chart's axes and empty artists once, keeping them in ``ChartInfo.artists``."""


class ChartBuilder(Protocol):
    """Insights in, a Figure out: draws on ``fig`` (cleared) or a new figure, in the light or
    the dark theme, and says "No data in this range" when there is nothing to draw."""

    def __call__(
        self, insights: Insights, *, fig: Figure | None = None, dark: bool = False
    ) -> Figure: ...


def figure_to_fill(
    fig: Figure | None,
    chart: str,
    insights: Insights,
    *,
    dark: bool,
    empty: bool,
    skeleton: Skeleton,
    margins: Margins,
    size: tuple[float, float] = (7.0, 3.8),
    empty_text: str = style.NO_DATA_TEXT,
    shape: object = None,
) -> tuple[Figure, ChartInfo | None]:
    """The figure to put ``insights`` in, and its ChartInfo.

    When ``fig`` already shows ``chart`` in this theme its artists are kept, to be updated in
    place (much cheaper than drawing anew); otherwise it is cleared (or a new one made) and
    ``skeleton`` draws the chart's frame. When ``empty`` the figure says so (``empty_text``)
    and the ChartInfo is None: there is nothing to fill. ``shape`` is whatever decides the
    frame beyond the chart and theme (the scales' client names, say): the figure is reused
    only when it was drawn for an equal shape.
    """
    info = None if empty else reusable(fig, chart, dark)
    if info is not None and info.artists.get("shape") != shape:
        info = None
    if info is None:
        fig, th = style.prepare(fig, dark, *size, margins=margins)
        info = attach(fig, ChartInfo(chart, insights, dark=dark))
        if empty:
            return style.no_data(fig, th, empty_text), None
        skeleton(fig, info, th)
        info.artists["shape"] = shape
    assert fig is not None
    info.insights = insights
    return fig, info
