"""Capture: value created against value captured over time, money waiting, and the lag."""

from __future__ import annotations

import re

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.offsetbox import AnchoredOffsetbox, HPacker, TextArea
from matplotlib.ticker import ScalarFormatter

from valuejournal.charts import style
from valuejournal.charts.builder import figure_to_fill
from valuejournal.charts.hits import ChartInfo, period_ranges
from valuejournal.charts.layout import Margins
from valuejournal.core.i18n import _
from valuejournal.core.insights import Insights
from valuejournal.core.insights.summary import money_text

MARGINS = Margins(left=0.85, right=0.3, top=0.35, bottom=0.55, gap=0.42)


def build_capture(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """Two panels: running totals over time (top) and the capture-lag histogram (bottom),
    and a third when some work is invoiced: the lag split into work -> invoice -> cash.

    Top: cumulative value created by rated work (priced at the reference rate), cumulative
    money captured for it (by paid-on date), the gap between them shaded, and pending money
    as a dashed line; the money still waiting is written in the corner. Bottom: money paid per
    week of lag, with the (amount-weighted) median and 90th percentile marked. Redrawing on
    the same figure keeps the two axes and replaces what they show.
    """
    empty = insights.empty or len(insights.periods) == 0
    fig, info = figure_to_fill(
        fig,
        "capture",
        insights,
        dark=dark,
        empty=empty,
        skeleton=_skeleton,
        margins=MARGINS,
        size=(7.0, 5.0),
    )
    if info is not None:
        _fill(info, insights, style.theme(dark))
    return fig


def _skeleton(fig: Figure, info: ChartInfo, th: style.Theme) -> None:
    """The two axes, styled and labelled: what an edit keeps."""
    top, bottom = fig.subplots(2, 1, height_ratios=(2, 1))
    info.artists["axes"] = [top, bottom]
    info.time_axes = [top]
    style.style_axes(top, th)
    style.style_axes(bottom, th)
    style.title(top, _("Value created and captured"), th)
    bottom.set_xlabel(_("Days from the work to the payment"))


def _fill(info: ChartInfo, insights: Insights, th: style.Theme) -> None:
    """Draw this range's totals and lag into the kept axes (an earlier fill's data goes)."""
    top, bottom = info.artists["axes"]
    for ax in (top, bottom):
        for artist in [*ax.lines, *ax.collections, *ax.patches, *ax.texts, *ax.artists]:
            artist.remove()
        ax.containers.clear()
    p = insights.periods
    cur = insights.currency
    x0, x1, _mid = style.period_x(p.start, p.end)
    period_ranges(info, x0, x1)
    cum = insights.capture.cumulative
    # a running total is reached at the end of its period: draw it as a step from the start
    xs = np.concatenate([x0[:1], x1])
    created = np.concatenate([[0.0], style.major(cum.created_minor, cur)])
    captured = np.concatenate([[0.0], style.major(cum.captured_minor, cur)])
    pending = np.concatenate([[0.0], style.major(cum.pending_minor, cur)])
    handles = []
    if np.isfinite(created).all():
        top.plot(xs, created, color=th.created, linewidth=1.8, zorder=3)
        top.fill_between(
            xs,
            captured,
            created,
            where=created >= captured,
            color=th.created,
            alpha=th.span_alpha,
            linewidth=0,
            zorder=1,
        )
        handles.append(Line2D([], [], color=th.created, label=_("Value created (at your rates)")))
    top.plot(xs, captured, color=th.captured, linewidth=1.8, zorder=3)
    handles.append(Line2D([], [], color=th.captured, label=_("Money captured")))
    if pending[-1] > 0:
        top.plot(xs, pending, color=th.pending, linewidth=1.4, linestyle="--", zorder=3)
        handles.append(Line2D([], [], color=th.pending, linestyle="--", label=_("Pending")))
    waiting = insights.capture.pending.total_minor
    style.date_axis(top, int(p.start[0]), int(p.end[-1]))
    peak = np.nanmax(np.concatenate([created, captured, pending]))
    top.set_ylim(0, max(float(peak), 1.0) * 1.12)
    top.set_ylabel(
        _("Total ({currency})").format(currency=cur)
    )  # short: the upper axes may be short
    style.thousands(top.yaxis)
    # the money waiting heads the legend, so the two never lie over each other
    waits = _("Waiting to be paid: {money}").format(money=money_text(waiting, cur))
    style.legend(top, th, handles, loc="upper left", title=waits + _waiting_split(insights))
    _lag_panel(bottom, insights, th)
    if insights.capture.split.any:
        _split_band(bottom, insights, th)
    top.figure.align_ylabels([top, bottom])


def _waiting_split(insights: Insights) -> str:
    """How much of the money waiting is invoiced, for the legend's title ("" without
    invoices)."""
    split = insights.capture.split
    if not split.any or not split.invoiced_unpaid.count:
        return ""
    return _(" ({money} invoiced)").format(
        money=money_text(split.invoiced_unpaid.total_minor, insights.currency)
    )


def _split_band(ax: Axes, insights: Insights, th: style.Theme) -> None:
    """The lag split by invoices as a band across the top of the lag panel, on its days
    axis: work -> invoice, then invoice -> cash (medians, weighted by the amount)."""
    split = insights.capture.split
    to_invoice = split.to_invoice.median_days or 0.0
    to_cash = split.to_cash.median_days if split.to_cash.count else None
    band = ax.get_xaxis_transform()  # x in days, y in axes fractions
    low, high = ax.get_ylim()
    ax.set_ylim(low, high * 1.9)  # room above the bars for the band and its words
    ax.bar(0, 0.08, width=max(to_invoice, 0.3), bottom=0.7, align="edge", color=th.pending,
           transform=band, zorder=4, gid="split-invoice")  # fmt: skip
    words = [(_("work → invoice {days} d").format(days=f"{to_invoice:.0f}"), th.pending)]
    if to_cash is not None:
        ax.bar(to_invoice, 0.08, width=max(to_cash, 0.3), bottom=0.7, align="edge",
               color=th.created, transform=band, zorder=4, gid="split-cash")  # fmt: skip
        words.append((_("invoice → cash {days} d").format(days=f"{to_cash:.0f}"), th.created))
    else:
        words.append((_("no invoice paid yet"), th.muted))
    right = to_invoice + (to_cash or 0.0)
    left_edge, right_edge = ax.get_xlim()
    if right > right_edge:
        ax.set_xlim(left_edge, right * 1.04)
    parts = _coloured_parts(
        _("Medians: {to_invoice}, {to_cash}"), {"{to_invoice}": words[0], "{to_cash}": words[1]}, th
    )
    line = HPacker(
        children=[
            TextArea(
                text,
                textprops={
                    "color": color,
                    "fontsize": style.SMALL_SIZE,
                    "fontweight": "normal" if color == th.foreground else "bold",
                },
            )  # fmt: skip
            for text, color in parts
        ],
        pad=0,
        sep=0,
    )
    box = AnchoredOffsetbox(loc="upper right", child=line, bbox_to_anchor=(0.995, 0.66),
                            bbox_transform=ax.transAxes, frameon=True, pad=0.15,
                            borderpad=0)  # fmt: skip
    box.patch.set_facecolor(th.background)
    box.patch.set_edgecolor("none")
    box.patch.set_alpha(0.85)
    box.set_gid("split-words")
    box.set_zorder(5)
    ax.add_artist(box)


def _coloured_parts(
    template: str, coloured: dict[str, tuple[str, str]], th: style.Theme
) -> list[tuple[str, str]]:
    """A translated sentence cut into (text, colour) parts: each placeholder of ``coloured``
    becomes its own coloured words, the rest is in the theme's text colour; the language
    orders them (the words are never glued from English pieces)."""
    pieces = re.split("(" + "|".join(re.escape(k) for k in coloured) + ")", template)
    return [coloured.get(p, (p, th.foreground)) for p in pieces if p]


def _lag_panel(ax: Axes, insights: Insights, th: style.Theme) -> None:
    lag = insights.capture.lag
    ax.set_ylabel(_("Paid ({currency})").format(currency=insights.currency))
    if lag.count == 0:
        ax.yaxis.set_major_formatter(ScalarFormatter())  # as a fresh axes has
        ax.set_xlim(0, 7 * 4)
        ax.set_ylim(0, 1)
        ax.text(
            0.5,
            0.5,
            _("No payments with a date yet"),
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=th.muted,
            fontsize=style.SMALL_SIZE,
        )
        return
    edges = lag.bin_edges
    heights = style.major(lag.bin_amount_minor, insights.currency)
    ax.bar(
        edges[:-1],
        heights,
        width=np.diff(edges) * 0.92,
        align="edge",
        color=th.captured,
        alpha=0.85,
        zorder=3,
        gid="lag-bars",
    )
    ax.set_xlim(0, float(edges[-1]))
    ax.set_ylim(0, max(float(heights.max()), 1.0) * 1.2)
    style.thousands(ax.yaxis)
    marks: dict[float, list[str]] = {}
    for q, label in ((lag.median_days, _("median")), (lag.p90_days, "90 %")):
        if q is not None:
            marks.setdefault(q, []).append(label)
    for q, labels in marks.items():
        ax.axvline(q, color=th.foreground, linestyle=":", linewidth=1.0, zorder=4)
        ax.text(
            q,
            0.97,
            _(" {labels}: {days} d").format(labels=", ".join(labels), days=f"{q:.0f}"),
            transform=ax.get_xaxis_transform(),
            ha="left",
            va="top",
            color=th.foreground,
            fontsize=style.SMALL_SIZE,
            zorder=5,
        )
