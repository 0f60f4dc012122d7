"""What a click on a chart hit: a span, a period, or nothing.

Every builder stores a ``ChartInfo`` on the figure it drew (``chart_info(fig)``), holding the
insights it drew and, in data coordinates, the x-extent of each span and period and the
position of each scatter point. The UI turns a matplotlib mouse event into a hit with
``hit_test(fig, event.xdata, event.ydata, event.inaxes)``:

- on time charts (timeline, capture, wellbeing, bubbles) a click inside a shaded span returns
  that ``Span``; elsewhere it returns the ``PeriodRow`` of the period under the pointer, or None
  outside the periods and on axes that are not time axes (the lag histogram);
- on the quadrant chart it returns the ``PeriodRow`` of the nearest dot within 4 % of the axes'
  size, or None.

Artists also carry ``gid`` strings (``"spans-<kind value>"`` for the timeline's collection
of one span kind's rectangles, ``"client-<i>"`` for the scales bars) so tests and exporters
can find them.

Redrawing the same chart on the same figure (a new date range, the same theme) updates the
existing artists in place (see ``reusable``); anything else clears the figure first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from valuejournal.core.insights import Insights, PeriodRow, Span

ATTR = "valuejournal_chart"
POINT_RADIUS = 0.04


@dataclass(eq=False)
class ChartInfo:
    """Which chart a figure shows, what it drew, and where (data coordinates)."""

    chart: str
    insights: Insights
    dark: bool = False
    artists: dict[str, Any] = field(default_factory=dict)
    time_axes: list[Axes] = field(default_factory=list)
    spans: list[tuple[float, float, Span]] = field(default_factory=list)
    periods: list[tuple[float, float, int]] = field(default_factory=list)
    point_axes: Axes | None = None
    point_x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    point_y: np.ndarray = field(default_factory=lambda: np.zeros(0))
    point_period: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def attach(fig: Figure, info: ChartInfo) -> ChartInfo:
    """Store ``info`` on the figure (replacing what an earlier drawing stored)."""
    setattr(fig, ATTR, info)
    return info


def chart_info(fig: Figure) -> ChartInfo | None:
    """The ChartInfo the last builder stored on this figure, if any."""
    return getattr(fig, ATTR, None)


def reusable(fig: Figure | None, chart: str, dark: bool) -> ChartInfo | None:
    """The figure's ChartInfo when it already shows ``chart`` in this theme, drawn by us.

    A builder then updates the artists kept in ``ChartInfo.artists`` instead of clearing the
    figure: keeping the axes (and their ticks) makes a redraw much cheaper.
    """
    info = chart_info(fig) if fig is not None else None
    if info is None or info.chart != chart or info.dark != dark or not info.artists:
        return None
    if fig is None or fig.axes != info.artists.get("axes"):
        return None  # someone else has drawn on the figure since
    return info


def period_ranges(info: ChartInfo, x0: np.ndarray, x1: np.ndarray) -> None:
    """Record the periods' x-extents (period ``i`` spans ``x0[i]`` to ``x1[i]``)."""
    info.periods = [(float(a), float(b), i) for i, (a, b) in enumerate(zip(x0, x1, strict=True))]


def hit_test(
    fig: Figure,
    xdata: float | None,
    ydata: float | None = None,
    ax: Axes | None = None,
) -> Span | PeriodRow | None:
    """The span or period under a click at (xdata, ydata) on ``ax`` (see the module docstring)."""
    info = chart_info(fig)
    if info is None or xdata is None:
        return None
    if info.point_axes is not None:
        if ydata is None or (ax is not None and ax is not info.point_axes):
            return None
        return _nearest_point(info, xdata, ydata)
    if ax is not None and ax not in info.time_axes:
        return None
    for x0, x1, span in info.spans:
        if x0 <= xdata < x1:
            return span
    for x0, x1, i in info.periods:
        if x0 <= xdata < x1:
            return info.insights.periods.row(i)
    return None


def _nearest_point(info: ChartInfo, xdata: float, ydata: float) -> PeriodRow | None:
    if info.point_x.size == 0 or info.point_axes is None:
        return None
    x0, x1 = info.point_axes.get_xlim()
    y0, y1 = info.point_axes.get_ylim()
    dx = (info.point_x - xdata) / ((x1 - x0) or 1.0)
    dy = (info.point_y - ydata) / ((y1 - y0) or 1.0)
    dist = np.hypot(dx, dy)
    best = int(np.argmin(dist))
    if dist[best] > POINT_RADIUS:
        return None
    return info.insights.periods.row(int(info.point_period[best]))
