"""Timeline: pay per hour and value per period, with the spans where they part shaded."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from valuejournal.charts import style
from valuejournal.charts.hits import ChartInfo, attach, period_ranges
from valuejournal.core.insights import Insights, SpanKind

SPAN_LABELS = {
    SpanKind.HIGH_PAY_LOW_VALUE: "High pay, low value",
    SpanKind.HIGH_VALUE_NO_PAY: "High value, no pay",
}


def build_timeline(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """Pay rate (left axis) and value (right axis, 0-10) per period, spans shaded.

    Each span is one ``axvspan`` patch with ``gid="span-<i>"`` (i indexes ``insights.spans``)
    from the first day of its first period to the end of its last; the value thresholds are
    dashed lines and the high-pay threshold a dotted one. Clicks: see ``charts.hits``.
    """
    fig, th = style.prepare(fig, dark)
    info = attach(fig, ChartInfo("timeline", insights))
    p = insights.periods
    if insights.empty or len(p) == 0:
        return style.no_data(fig, th)
    ax = fig.add_subplot()
    ax2 = ax.twinx()
    info.time_axes = [ax, ax2]
    x0, x1, mid = style.period_x(p.start, p.end)
    period_ranges(info, x0, x1)
    marker = style.markers_for(len(p))
    rate = style.major(p.pay_rate, insights.currency)
    gap = insights.thresholds.max_gap(insights.kind)
    ax.plot(
        *style.bridged(mid, rate, gap),
        color=th.pay,
        marker=marker,
        markersize=3.5,
        linewidth=1.6,
        zorder=3,
    )
    ax2.plot(
        *style.bridged(mid, p.value, gap),
        color=th.value,
        marker=marker,
        markersize=3.5,
        linewidth=1.6,
        zorder=3,
    )
    handles: list[Line2D | Patch] = [
        Line2D([], [], color=th.pay, label="Pay per hour"),
        Line2D([], [], color=th.value, label="Value (0-10)"),
    ]
    colours = {
        SpanKind.HIGH_PAY_LOW_VALUE: th.high_pay_low_value,
        SpanKind.HIGH_VALUE_NO_PAY: th.high_value_no_pay,
    }
    for i, span in enumerate(insights.spans):
        a = float(style.x_of(span.start.toordinal()))
        b = float(style.x_of(span.end.toordinal() + 1))
        ax.axvspan(
            a,
            b,
            color=colours[span.kind],
            alpha=th.span_alpha,
            linewidth=0,
            gid=f"span-{i}",
            zorder=1,
        )
        info.spans.append((a, b, span))
    for kind in SpanKind:
        if any(s.kind is kind for s in insights.spans):
            handles.append(Patch(color=colours[kind], alpha=0.5, label=SPAN_LABELS[kind]))
    t = insights.thresholds
    for level in (t.low_value, t.high_value):
        ax2.axhline(level, color=th.value, linestyle="--", linewidth=0.8, alpha=0.6)
    if insights.pay_rate_threshold is not None:
        high = float(style.major(insights.pay_rate_threshold, insights.currency))
        ax.axhline(high, color=th.pay, linestyle=":", linewidth=0.9, alpha=0.7)
    style.style_axes(ax, th)
    style.style_axes(ax2, th, grid=False, right=True)
    style.date_axis(ax, int(p.start[0]), int(p.end[-1]))
    top = np.nanmax(rate) if np.isfinite(rate).any() else 0.0
    ax.set_ylim(0, max(float(top), 1.0) * 1.15)
    ax2.set_ylim(0, 10.5)
    ax.set_ylabel(style.per_hour_label(insights.currency), color=th.pay)
    ax2.set_ylabel("Value created (0-10)", color=th.value)
    style.title(ax, "Pay and value over time", th)
    style.fig_legend(fig, th, handles)
    return fig
