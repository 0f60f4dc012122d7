"""Quadrant: pay per hour against value, one dot per period sized by hours, coloured by mood."""

from __future__ import annotations

import numpy as np
from matplotlib import colormaps
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize
from matplotlib.figure import Figure

from valuejournal.charts import style
from valuejournal.charts.builder import figure_to_fill
from valuejournal.charts.hits import ChartInfo
from valuejournal.charts.layout import Margins
from valuejournal.core.i18n import N_, _, n_
from valuejournal.core.insights import Insights

PER_KIND = {
    "day": N_("Pay against value, per day (dot size: hours)"),
    "week": N_("Pay against value, per week (dot size: hours)"),
    "month": N_("Pay against value, per month (dot size: hours)"),
}
QUADRANTS = (  # (x side, y side, name): x 0 = left, y 1 = top
    (0, 1, N_("High value, low pay")),
    (1, 1, N_("High value, high pay")),
    (0, 0, N_("Low value, low pay")),
    (1, 0, N_("High pay, low value")),
)
MIN_SIZE, MAX_SIZE = 12.0, 260.0
MARGINS = Margins(left=0.7, right=0.75, top=0.35, bottom=0.55)


def build_quadrant(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """Periods with work as dots: x = pay per hour, y = value, size = hours, colour = mood.

    The high-pay threshold is a vertical line, the low- and high-value thresholds horizontal
    dashed lines; the four corners are named. Unjudged periods (too few rated hours) get a hollow
    ring on top. The dots are one rasterized ``PathCollection`` (gid ``"periods"``); clicks:
    see ``charts.hits`` (nearest dot). Redrawing on the same figure updates it in place.
    """
    p = insights.periods
    keep = np.flatnonzero((p.hours > 0) & np.isfinite(p.value)) if len(p) else np.zeros(0, int)
    empty = insights.empty or keep.size == 0
    fig, info = figure_to_fill(
        fig,
        "quadrant",
        insights,
        dark=dark,
        empty=empty,
        skeleton=_skeleton,
        margins=MARGINS,
        size=(6.0, 4.4),
        empty_text=unrated_text(insights.totals.unrated_sessions) if empty else "",
    )
    if info is not None:
        _fill(info, insights, keep)
    return fig


def unrated_text(unrated: int) -> str:
    """What the chart says when no work in the range is rated (value is its y axis)."""
    if unrated == 0:
        return _(style.NO_DATA_TEXT)
    return n_(
        "No rated work in this range: %n session(s) wait for a rating.\n"
        "Rate them on the Journal page with Rate… (keys 0-9, T for 10).",
        unrated,
    )


def _skeleton(fig: Figure, info: ChartInfo, th: style.Theme) -> None:
    ax = fig.add_subplot()
    a = info.artists
    cmap = colormaps[style.MOOD_CMAP].with_extremes(bad=th.muted)
    empty = np.zeros((0, 2))
    a["dots"] = ax.scatter(
        empty[:, 0],
        empty[:, 1],
        c=np.zeros(0),
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
    a["unjudged"] = ax.scatter(
        empty[:, 0],
        empty[:, 1],
        facecolors="none",
        edgecolors=th.muted,
        linewidths=0.8,
        rasterized=True,
        zorder=4,
        gid="unjudged",
    )
    a["pay_high"] = ax.axvline(0, color=th.foreground, linestyle=":", linewidth=1.0, alpha=0.7)
    a["low"] = ax.axhline(0, color=th.muted, linestyle="--", linewidth=0.9)
    a["high"] = ax.axhline(0, color=th.muted, linestyle="--", linewidth=0.9)
    for side_x, side_y, name in QUADRANTS:
        ax.text(
            0.02 + 0.96 * side_x,
            0.98 if side_y else 0.02,
            _(name),
            transform=ax.transAxes,
            ha="right" if side_x else "left",
            va="top" if side_y else "bottom",
            color=th.muted,
            fontsize=style.SMALL_SIZE,
            style="italic",
            zorder=5,
        )
    style.style_axes(ax, th)
    ax.set_ylim(0, 10.4)
    ax.set_ylabel(_("Value created (0-10)"))
    mappable = ScalarMappable(Normalize(1, 5), cmap)
    bar = fig.colorbar(mappable, ax=ax, shrink=0.8, pad=0.02)
    bar.set_label(_("Mood (1-5)"), color=th.foreground, fontsize=style.LABEL_SIZE)
    bar.ax.tick_params(colors=th.muted, labelcolor=th.foreground, labelsize=style.SMALL_SIZE)
    bar.outline.set_edgecolor(th.muted)
    if bar.solids is not None:
        bar.solids.set_rasterized(True)
    a["axes"] = list(fig.axes)
    a["title"] = ax
    info.point_axes = ax


def _fill(info: ChartInfo, insights: Insights, keep: np.ndarray) -> None:
    a = info.artists
    ax = info.point_axes
    assert ax is not None
    th = style.theme(info.dark)
    p = insights.periods
    x = style.major(np.nan_to_num(p.pay_rate[keep]), insights.currency)
    y = p.value[keep]
    hours = p.hours[keep]
    sizes = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * hours / max(float(hours.max()), 1e-9)
    dots = a["dots"]
    dots.set_offsets(np.column_stack([x, y]))
    dots.set_sizes(sizes)
    dots.set_array(np.ma.masked_invalid(p.mood[keep]))
    faint = ~p.judged[keep]
    a["unjudged"].set_offsets(np.column_stack([x[faint], y[faint]]))
    a["unjudged"].set_sizes(sizes[faint])
    info.point_x, info.point_y, info.point_period = x, y, keep
    right = max(float(x.max()), 1.0) * 1.12
    high = insights.pay_rate_threshold
    a["pay_high"].set_visible(high is not None)
    if high is not None:
        split = float(style.major(high, insights.currency))
        a["pay_high"].set_xdata([split, split])
        right = max(right, split * 1.15)
    t = insights.thresholds
    a["low"].set_ydata([t.low_value, t.low_value])
    a["high"].set_ydata([t.high_value, t.high_value])
    ax.set_xlim(-0.03 * right, right)
    ax.set_xlabel(style.per_hour_label(insights.currency))
    style.title(ax, _(PER_KIND[insights.kind.value]), th)
