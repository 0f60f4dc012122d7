"""Quadrant: pay per hour against value, one dot per period sized by hours, coloured by mood."""

from __future__ import annotations

import numpy as np
from matplotlib import colormaps
from matplotlib.figure import Figure

from valuejournal.charts import style
from valuejournal.charts.hits import ChartInfo, attach
from valuejournal.core.insights import Insights

QUADRANTS = (  # (x side, y side, name): x 0 = left, y 1 = top
    (0, 1, "High value, low pay"),
    (1, 1, "High value, high pay"),
    (0, 0, "Low value, low pay"),
    (1, 0, "High pay, low value"),
)
MIN_SIZE, MAX_SIZE = 12.0, 260.0


def build_quadrant(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """Periods with work as dots: x = pay per hour, y = value, size = hours, colour = mood.

    The high-pay threshold is a vertical line, the low- and high-value thresholds horizontal
    dashed lines; the four corners are named. Unjudged periods (too few hours) are drawn
    hollow. The dots are one rasterized ``PathCollection`` (gid ``"periods"``); clicks: see
    ``charts.hits`` (nearest dot).
    """
    fig, th = style.prepare(fig, dark, 6.0, 4.4)
    info = attach(fig, ChartInfo("quadrant", insights))
    p = insights.periods
    keep = np.flatnonzero((p.hours > 0) & np.isfinite(p.value)) if len(p) else np.zeros(0, int)
    if insights.empty or keep.size == 0:
        return style.no_data(fig, th)
    ax = fig.add_subplot()
    x = style.major(np.nan_to_num(p.pay_rate[keep]), insights.currency)
    y = p.value[keep]
    hours = p.hours[keep]
    sizes = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * hours / max(float(hours.max()), 1e-9)
    cmap = colormaps[style.MOOD_CMAP].with_extremes(bad=th.muted)
    judged = p.judged[keep]
    dots = ax.scatter(
        x,
        y,
        s=sizes,
        c=p.mood[keep],
        cmap=cmap,
        vmin=1,
        vmax=5,
        alpha=0.85,
        edgecolors=th.background,
        linewidths=0.6,
        rasterized=True,
        zorder=3,
        gid="periods",
    )
    if not judged.all():
        faint = ~judged
        ax.scatter(
            x[faint],
            y[faint],
            s=sizes[faint],
            facecolors=th.background,
            edgecolors=th.muted,
            linewidths=0.8,
            rasterized=True,
            zorder=4,
            gid="unjudged",
        )
    info.point_axes = ax
    info.point_x, info.point_y, info.point_period = x, y, keep
    right = max(float(x.max()), 1.0) * 1.12
    high = insights.pay_rate_threshold
    split = float(style.major(high, insights.currency)) if high is not None else right / 2
    if high is not None:
        ax.axvline(split, color=th.foreground, linestyle=":", linewidth=1.0, alpha=0.7)
    t = insights.thresholds
    for level in (t.low_value, t.high_value):
        ax.axhline(level, color=th.muted, linestyle="--", linewidth=0.9)
    right = max(right, split * 1.15)
    ax.set_xlim(-0.03 * right, right)
    ax.set_ylim(0, 10.4)
    for side_x, side_y, name in QUADRANTS:
        ax.text(
            0.02 + 0.96 * side_x,
            0.98 if side_y else 0.02,
            name,
            transform=ax.transAxes,
            ha="right" if side_x else "left",
            va="top" if side_y else "bottom",
            color=th.muted,
            fontsize=style.SMALL_SIZE,
            style="italic",
            zorder=5,
        )
    style.style_axes(ax, th)
    ax.set_xlabel(style.per_hour_label(insights.currency))
    ax.set_ylabel("Value created (0-10)")
    bar = fig.colorbar(dots, ax=ax, shrink=0.8, pad=0.02)
    bar.set_label("Mood (1-5)", color=th.foreground, fontsize=style.LABEL_SIZE)
    bar.ax.tick_params(colors=th.muted, labelcolor=th.foreground, labelsize=style.SMALL_SIZE)
    bar.outline.set_edgecolor(th.muted)  # type: ignore[operator]
    bar.solids.set_rasterized(True)  # type: ignore[union-attr]
    style.title(ax, f"Pay against value, per {insights.kind.value} (dot size: hours)", th)
    return fig
