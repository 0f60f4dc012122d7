"""Timeline: pay per hour and value per period, with the spans where they part shaded."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from valuejournal.charts import style
from valuejournal.charts.builder import figure_to_fill
from valuejournal.charts.hits import ChartInfo, period_ranges
from valuejournal.charts.layout import Margins
from valuejournal.core.i18n import N_, _
from valuejournal.core.insights import Insights, SpanKind

SPAN_LABELS = {
    SpanKind.HIGH_PAY_LOW_VALUE: N_("High pay, low value"),
    SpanKind.HIGH_VALUE_NO_PAY: N_("High value, no pay"),
}
MARGINS = Margins(left=0.75, right=0.75, top=0.35, bottom=0.75)


def build_timeline(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """Pay rate (left axis) and value (right axis, 0-10) per period, spans shaded.

    The spans of each kind are one ``PolyCollection`` with ``gid="spans-<kind value>"``
    (x in data, y in axes coordinates), holding one full-height rectangle per span of that
    kind, in ``insights.spans`` order, from the first day of its first period to the end of
    its last: one artist per kind keeps a daily view of decades cheap to redraw. The value
    thresholds are dashed lines and the high-pay threshold a dotted one. The legend always
    explains both span colours. Clicks: see ``charts.hits``. Redrawing on the same figure
    updates it in place.
    """
    empty = insights.empty or len(insights.periods) == 0
    fig, info = figure_to_fill(
        fig, "timeline", insights, dark=dark, empty=empty, skeleton=_skeleton, margins=MARGINS
    )
    if info is not None:
        _fill(info, insights, style.theme(dark))
    return fig


def _skeleton(fig: Figure, info: ChartInfo, th: style.Theme) -> None:
    """Axes, lines, threshold lines, labels and legend: everything that does not hold data."""
    ax = fig.add_subplot()
    ax2 = ax.twinx()
    info.time_axes = [ax, ax2]
    style_line: dict[str, Any] = {"markersize": 3.5, "linewidth": 1.6, "zorder": 3}
    a = info.artists
    a["axes"] = [ax, ax2]
    (a["pay"],) = ax.plot([], [], color=th.pay, **style_line)
    (a["value"],) = ax2.plot([], [], color=th.value, **style_line)
    a["low"] = ax2.axhline(0, color=th.value, linestyle="--", linewidth=0.8, alpha=0.6)
    a["high"] = ax2.axhline(0, color=th.value, linestyle="--", linewidth=0.8, alpha=0.6)
    a["pay_high"] = ax.axhline(0, color=th.pay, linestyle=":", linewidth=0.9, alpha=0.7)
    a["spans"] = {
        kind: ax.add_collection(
            PolyCollection(
                [],
                facecolors=colour,
                alpha=th.span_alpha,
                linewidths=0,
                zorder=1,
                transform=ax.get_xaxis_transform(),
                gid=f"spans-{kind.value}",
            ),
            autolim=False,
        )
        for kind, colour in _span_colours(th).items()
    }
    style.style_axes(ax, th)
    style.style_axes(ax2, th, grid=False, right=True)
    style.date_axis(ax, 0, 1)
    ax2.set_ylim(0, 10.5)
    ax.set_ylabel("", color=th.pay)
    ax2.set_ylabel(_("Value created (0-10)"), color=th.value)
    style.title(ax, _("Pay and value over time"), th)
    handles: list[Line2D | Patch] = [
        Line2D([], [], color=th.pay, label=_("Pay per hour")),
        Line2D([], [], color=th.value, label=_("Value (0-10)")),
        Patch(
            color=th.high_pay_low_value,
            alpha=0.5,
            label=_(SPAN_LABELS[SpanKind.HIGH_PAY_LOW_VALUE]),
        ),
        Patch(
            color=th.high_value_no_pay, alpha=0.5, label=_(SPAN_LABELS[SpanKind.HIGH_VALUE_NO_PAY])
        ),
    ]
    style.fig_legend(fig, th, handles)


def _fill(info: ChartInfo, insights: Insights, th: style.Theme) -> None:
    """Put this range's data into the skeleton's artists."""
    a = info.artists
    ax, ax2 = a["axes"]
    p = insights.periods
    x0, x1, mid = style.period_x(p.start, p.end)
    period_ranges(info, x0, x1)
    gap = insights.thresholds.max_gap(insights.kind)
    marker = style.markers_for(len(p))
    rate = style.major(p.pay_rate, insights.currency)
    for line, values in ((a["pay"], rate), (a["value"], p.value)):
        line.set_data(*style.bridged(mid, values, gap))
        line.set_marker(marker or "None")
    spans = insights.spans
    lefts = style.x_of(np.array([s.start.toordinal() for s in spans], dtype=np.int64))
    rights = style.x_of(np.array([s.end.toordinal() + 1 for s in spans], dtype=np.int64))
    info.spans = [
        (float(left), float(right), span)
        for left, right, span in zip(lefts, rights, spans, strict=True)
    ]
    for kind, collection in a["spans"].items():
        mine = np.array([s.kind is kind for s in spans], dtype=bool)
        collection.set_verts(_rectangles(lefts[mine], rights[mine]))
    t = insights.thresholds
    a["low"].set_ydata([t.low_value, t.low_value])
    a["high"].set_ydata([t.high_value, t.high_value])
    high = insights.pay_rate_threshold
    a["pay_high"].set_visible(high is not None)
    if high is not None:
        level = float(style.major(high, insights.currency))
        a["pay_high"].set_ydata([level, level])
    style.date_axis(ax, int(p.start[0]), int(p.end[-1]))
    top = np.nanmax(rate) if np.isfinite(rate).any() else 0.0
    ax.set_ylim(0, max(float(top), 1.0) * 1.15)
    ax.set_ylabel(style.per_hour_label(insights.currency), color=th.pay)


def _span_colours(th: style.Theme) -> dict[SpanKind, str]:
    """The shading colour of each span kind."""
    return {
        SpanKind.HIGH_PAY_LOW_VALUE: th.high_pay_low_value,
        SpanKind.HIGH_VALUE_NO_PAY: th.high_value_no_pay,
    }


def _rectangles(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Full-height rectangles (x in data, y in axes coordinates), shape (n, 4, 2)."""
    rects = np.empty((len(left), 4, 2))
    rects[:, :2, 0] = left[:, None]
    rects[:, 2:, 0] = right[:, None]
    rects[:, :, 1] = [0.0, 1.0, 1.0, 0.0]
    return rects
