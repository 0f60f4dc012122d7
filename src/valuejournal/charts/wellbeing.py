"""Wellbeing: mood, energy and stress over time, above value and pay, with what goes together."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from valuejournal.charts import style
from valuejournal.charts.hits import ChartInfo, attach, period_ranges
from valuejournal.charts.layout import Margins
from valuejournal.core.i18n import N_, _, n_
from valuejournal.core.insights import Insights

_WORDS = {"pay_rate": N_("pay"), "value": N_("value")}
PERIODS = {"day": N_("%n day(s)"), "week": N_("%n week(s)"), "month": N_("%n month(s)")}
_MEASURES = {"mood": N_("mood"), "energy": N_("energy"), "stress": N_("stress")}

MARGINS = Margins(left=0.75, right=0.75, top=0.35, bottom=0.85, hspace=0.12)


def correlation_lines(insights: Insights, limit: int = 2) -> list[str]:
    """The strongest reported correlations, e.g. "stress ~ pay r = +0.62"."""
    known = [c for c in insights.correlations if c.r is not None]
    known.sort(key=lambda c: -abs(c.r or 0.0))
    return [
        f"{_(_MEASURES.get(c.measure, c.measure))} ~ {_(_WORDS[c.against])} r = {c.r:+.2f}"
        for c in known[:limit]
    ]


def build_wellbeing(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """Top: mean mood, energy and stress (1-5) per period, and the mood diary's mean mood
    (dashed, when one was imported). Bottom: value and pay per hour.

    Both panels share the time axis; the two strongest correlations with enough periods behind
    them are written above the top panel, on the title's line (none when there are too few).
    """
    fig, th = style.prepare(fig, dark, 7.0, 5.0, MARGINS)
    attach(fig, ChartInfo("wellbeing", insights))
    p = insights.periods
    measures = (("mood", th.mood), ("energy", th.energy), ("stress", th.stress))
    recorded = len(p) > 0 and any(np.isfinite(getattr(p, m)).any() for m, _ in measures)
    if insights.empty or not recorded:
        return style.no_data(fig, th, _("No data in this range (no mood, energy or stress yet)"))
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    right = bottom.twinx()
    info = attach(fig, ChartInfo("wellbeing", insights, time_axes=[top, bottom, right]))
    x0, x1, mid = style.period_x(p.start, p.end)
    period_ranges(info, x0, x1)
    marker = style.markers_for(len(p))
    gap = insights.thresholds.max_gap(insights.kind)
    handles = []
    for name, colour in measures:
        if not np.isfinite(getattr(p, name)).any():
            continue
        top.plot(
            *style.bridged(mid, getattr(p, name), gap),
            color=colour,
            marker=marker,
            markersize=3,
            linewidth=1.5,
            zorder=3,
        )
        handles.append(Line2D([], [], color=colour, label=_(name.capitalize())))
    diary = insights.diary_mood
    if diary is not None and len(diary) == len(p) and np.isfinite(diary).any():
        (line,) = top.plot(
            *style.bridged(mid, diary, gap),
            color=th.mood,
            linestyle="--",
            marker=marker,
            markersize=2,
            linewidth=1.0,
            alpha=0.8,
            zorder=2,
        )
        line.set_gid("diary")
        handles.append(Line2D([], [], color=th.mood, linestyle="--", label=_("Mood diary")))
    top.set_ylim(0.8, 5.2)
    top.set_yticks([1, 2, 3, 4, 5])
    top.set_ylabel(_("Mean (1-5)"))
    lines = correlation_lines(insights)
    if lines:
        n = max(c.n for c in insights.correlations)
        top.text(
            1.0,
            1.0,
            f"{' · '.join(lines)} ({n_(PERIODS[insights.kind.value], n)})",
            transform=top.transAxes,
            ha="right",
            va="bottom",
            color=th.muted,
            fontsize=style.SMALL_SIZE,
            gid="correlations",
        )
    bottom.plot(
        *style.bridged(mid, p.value, gap),
        color=th.value,
        marker=marker,
        markersize=3,
        linewidth=1.5,
    )
    rate = style.major(p.pay_rate, insights.currency)
    right.plot(
        *style.bridged(mid, rate, gap),
        color=th.pay,
        marker=marker,
        markersize=3,
        linewidth=1.2,
        alpha=0.9,
    )
    handles += [
        Line2D([], [], color=th.value, label=_("Value")),
        Line2D([], [], color=th.pay, label=_("Pay per hour")),
    ]
    bottom.set_ylim(0, 10.5)
    bottom.set_ylabel(_("Value (0-10)"), color=th.value)
    peak = float(np.nanmax(rate)) if np.isfinite(rate).any() else 0.0
    right.set_ylim(0, max(peak, 1.0) * 1.15)
    right.set_ylabel(_("Pay/h ({currency})").format(currency=insights.currency), color=th.pay)
    style.style_axes(top, th)
    style.style_axes(bottom, th)
    style.style_axes(right, th, grid=False, right=True)
    style.date_axis(bottom, int(p.start[0]), int(p.end[-1]))
    top.tick_params(labelbottom=False)
    style.title(top, _("Wellbeing, value and pay"), th)
    style.fig_legend(fig, th, handles)
    return fig
