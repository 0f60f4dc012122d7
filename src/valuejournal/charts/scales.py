"""Scales: one row per client, a bar tipping left (you give more) or right (you get more)."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.figure import Figure

from valuejournal.charts import style
from valuejournal.charts.builder import figure_to_fill
from valuejournal.charts.hits import ChartInfo
from valuejournal.charts.layout import Margins
from valuejournal.core import formats
from valuejournal.core.i18n import _, n_
from valuejournal.core.insights import ClientBalance, Insights, Tip
from valuejournal.core.insights.balance import LIMIT
from valuejournal.core.insights.summary import hours_text

MAX_ROWS = 12
TICKS = np.arange(-3, 4)


def _tick_label(v: int) -> str:
    return _("even") if v == 0 else f"{2 ** abs(v):g}×"


def _note(c: ClientBalance, currency: str) -> str:
    """Hours, money (whole units) and value, and how far the scales tip (current locale)."""
    fmt = formats.current()
    value = (
        _("value {value}").format(value=fmt.decimal(c.value))
        if c.value is not None
        else _("not rated")
    )
    money = fmt.money(c.pay_minor, currency, whole=True)
    text = f"{hours_text(c.hours)} · {money} · {value}"
    if c.tip in (Tip.GIVE, Tip.GET) and c.ratio is not None:
        text += f" · {'≥' if c.clipped else ''}{fmt.decimal(c.ratio)}×"
    return text


def _unknown(c: ClientBalance) -> str:
    """Why a client's scales are not drawn: money without an exchange rate, or no ratings."""
    if c.uncounted_sessions:
        return n_("%n session(s) without an exchange rate", c.uncounted_sessions)
    return _("not rated")


def build_scales(insights: Insights, *, fig: Figure | None = None, dark: bool = False) -> Figure:
    """The balance with each client (most hours first, work without a client last).

    Bars run along a log2 axis (-3..3: 8× either way); the ±tolerance band reads "balanced".
    Each bar has ``gid="client-<i>"`` (i indexes ``insights.clients``); a client whose balance
    is unknown gets a zero-width bar and the words "not rated". At most 12 rows; the rest are
    counted in the title.
    """
    title = _("Balance per client: value created against value captured")
    return _scales(insights, insights.clients, title, "scales", fig, dark)


def build_project_scales(
    insights: Insights, *, fig: Figure | None = None, dark: bool = False
) -> Figure:
    """The balance with each project (``insights.projects``: most hours first), drawn as the
    balance per client is; bars have ``gid="project-<i>"``."""
    title = _("Balance per project: value created against value captured")
    return _scales(insights, insights.projects, title, "project_scales", fig, dark)


def _scales(
    insights: Insights,
    balances: list[ClientBalance],
    title: str,
    chart: str,
    fig: Figure | None,
    dark: bool,
) -> Figure:
    rows = balances[:MAX_ROWS]
    longest = max((len(c.name) for c in rows), default=0)
    margins = Margins(left=0.3 + 0.07 * min(longest, 40), right=0.2, top=0.35, bottom=0.6)
    tolerance = insights.thresholds.balance_tolerance
    # the frame holds the names and the balanced band: an edit that keeps them (most do)
    # redraws only the bars and their words
    fig, info = figure_to_fill(
        fig,
        chart,
        insights,
        dark=dark,
        empty=insights.empty or not rows,
        skeleton=lambda f, i, th: _skeleton(f, i, th, rows, tolerance),
        margins=margins,
        size=(7.0, 1.2 + 0.42 * max(len(rows), 3)),
        shape=(tuple(c.name for c in rows), tolerance),
    )
    if info is not None:
        _fill(info, insights, balances, rows, title, style.theme(dark))
    return fig


def _skeleton(
    fig: Figure, info: ChartInfo, th: style.Theme, rows: list[ClientBalance], tolerance: float
) -> None:
    """The axes, the names, the balanced band and the even line: what an edit keeps."""
    ax = fig.add_subplot()
    info.artists["axes"] = [ax]
    ax.axvspan(-tolerance, tolerance, color=th.balanced, alpha=0.15, linewidth=0, zorder=1)
    ax.axvline(0, color=th.foreground, linewidth=1.0, zorder=2)
    ax.set_xlim(-LIMIT - 0.2, LIMIT + 0.2)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_yticks(np.arange(len(rows)), [c.name for c in rows])
    ax.set_xticks(TICKS, [_tick_label(int(v)) for v in TICKS])
    style.style_axes(ax, th)
    ax.grid(False, axis="y")
    ax.set_xlabel(_("← you give more than you get        you get more than you give →"))


def _fill(
    info: ChartInfo,
    insights: Insights,
    balances: list[ClientBalance],
    rows: list[ClientBalance],
    title: str,
    th: style.Theme,
) -> None:
    """One bar and one line of words per row, and the title (replacing an earlier fill's)."""
    (ax,) = info.artists["axes"]
    for artist in info.artists.get("data", []):
        artist.remove()
    ax.containers.clear()
    gid = "project" if info.chart == "project_scales" else "client"
    colours = {Tip.GIVE: th.give, Tip.GET: th.get, Tip.BALANCED: th.balanced}
    data: list[Any] = []
    for i, c in enumerate(rows):
        width = c.balance or 0.0
        bars = ax.barh(
            i,
            width,
            height=0.62,
            color=colours.get(c.tip, th.muted),
            alpha=0.55 if c.personal else 0.9,
            gid=f"{gid}-{i}",
            zorder=3,
        )
        data.extend(bars.patches)
        right_side = width < 0 or (width == 0 and c.tip is not Tip.UNKNOWN)
        text = _note(c, insights.currency) if c.tip is not Tip.UNKNOWN else _unknown(c)
        data.append(
            ax.text(
                0.12 if right_side else -0.12,
                i,
                text,
                ha="left" if right_side else "right",
                va="center",
                color=th.foreground,
                fontsize=style.SMALL_SIZE,
                zorder=4,
            )
        )
    info.artists["data"] = data
    ax.set_xlim(-LIMIT - 0.2, LIMIT + 0.2)  # barh widens the x limits it is given
    ax.set_ylim(len(rows) - 0.5, -0.5)
    more = len(balances) - len(rows)
    extra = n_(" (%n more not shown)", more) if more > 0 else ""
    style.title(ax, title + extra, th)
