"""Bubbles: mean impact on the ecological, economic and social bubbles over time."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from valuejournal.charts import style
from valuejournal.charts.hits import ChartInfo, attach, period_ranges
from valuejournal.charts.layout import Margins
from valuejournal.core.i18n import N_, _
from valuejournal.core.insights import Insights

BUBBLES = ("ecological", "economic", "social")

MARGINS = Margins(left=0.95, right=0.3, top=0.35, bottom=0.85)


BUBBLE_NAMES = {"ecological": N_("Ecological"), "economic": N_("Economic"), "social": N_("Social")}


def build_bubbles(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """Mean impact (-2..+2) per period on each bubble, one line each, zero marked.

    The legend gives each bubble's mean over the whole range.
    """
    fig, th = style.prepare(fig, dark, 7.0, 3.6, MARGINS)
    attach(fig, ChartInfo("bubbles", insights))
    p = insights.periods
    recorded = len(p) > 0 and any(np.isfinite(getattr(p, b)).any() for b in BUBBLES)
    if insights.empty or not recorded:
        return style.no_data(fig, th, _("No data in this range (no impacts recorded yet)"))
    ax = fig.add_subplot()
    info = attach(fig, ChartInfo("bubbles", insights, time_axes=[ax]))
    x0, x1, mid = style.period_x(p.start, p.end)
    period_ranges(info, x0, x1)
    marker = style.markers_for(len(p))
    gap = insights.thresholds.max_gap(insights.kind)
    handles = []
    for name in BUBBLES:
        colour = getattr(th, name)
        ax.plot(
            *style.bridged(mid, getattr(p, name), gap),
            color=colour,
            marker=marker,
            markersize=3.5,
            linewidth=1.6,
            zorder=3,
            gid=f"bubble-{name}",
        )
        mean = getattr(insights.bubbles, name)
        label = _(BUBBLE_NAMES[name]) + (
            _(" (mean {mean})").format(mean=f"{mean:+.1f}") if mean is not None else ""
        )
        handles.append(Line2D([], [], color=colour, label=label))
    ax.axhline(0, color=th.foreground, linewidth=0.9, zorder=2)
    ax.axhspan(0, 2.2, color=th.high_value_no_pay, alpha=0.05, linewidth=0, zorder=1)
    ax.axhspan(-2.2, 0, color=th.high_pay_low_value, alpha=0.05, linewidth=0, zorder=1)
    ax.set_ylim(-2.2, 2.2)
    ax.set_yticks([-2, -1, 0, 1, 2], [_("-2 harm"), "-1", "0", "+1", _("+2 benefit")])
    style.style_axes(ax, th)
    style.date_axis(ax, int(p.start[0]), int(p.end[-1]))
    ax.set_ylabel(_("Mean impact"))
    style.title(ax, _("Impact on the three bubbles"), th)
    style.fig_legend(fig, th, handles)
    return fig
