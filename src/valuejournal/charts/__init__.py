"""Chart builders: insights in, ``matplotlib.figure.Figure`` out (never pyplot, never Qt).

Every builder is a ``ChartBuilder``, ``build_x(insights, *, fig=None, dark=False) -> Figure``: it
clears and draws on the figure given (so a canvas can keep its figure) or makes a new one, and
shows "No data in this range" when there is nothing to draw. ``hit_test`` maps a click to the
span or period under it. For vector output write the figure as SVG with
``{"svg.fonttype": "none"}`` in an ``rc_context``; dense scatters are already rasterized.
"""

from valuejournal.charts.bubbles import build_bubbles
from valuejournal.charts.builder import ChartBuilder
from valuejournal.charts.capture import build_capture
from valuejournal.charts.hits import ChartInfo, chart_info, hit_test
from valuejournal.charts.quadrant import build_quadrant
from valuejournal.charts.scales import build_project_scales, build_scales
from valuejournal.charts.style import new_figure
from valuejournal.charts.timeline import build_timeline
from valuejournal.charts.wellbeing import build_wellbeing

BUILDERS: dict[str, ChartBuilder] = {
    "timeline": build_timeline,
    "quadrant": build_quadrant,
    "scales": build_scales,
    "project_scales": build_project_scales,
    "capture": build_capture,
    "wellbeing": build_wellbeing,
    "bubbles": build_bubbles,
}

__all__ = [
    "BUILDERS",
    "ChartBuilder",
    "ChartInfo",
    "build_bubbles",
    "build_capture",
    "build_project_scales",
    "build_quadrant",
    "build_scales",
    "build_timeline",
    "build_wellbeing",
    "chart_info",
    "hit_test",
    "new_figure",
]
