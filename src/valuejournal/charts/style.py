"""The look every chart shares: one colour-blind-safe palette, fonts, light and dark themes.

Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies); each role
(pay, value, the two span kinds, wellbeing, bubbles, tipping) has one colour, slightly lifted in
the dark theme. Figures are built on ``matplotlib.figure.Figure`` directly (never pyplot), with
fixed margins (``layout.MarginLayout``), and every text and axis colour is set explicitly so a
figure reads the same whatever the global rcParams are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from valuejournal.charts.layout import DEFAULT_MARGINS, MarginLayout, Margins, use_margins
from valuejournal.core import formats
from valuejournal.core.i18n import N_, _
from valuejournal.core.money import exponent

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
FONT_FAMILY = "DejaVu Sans"  # ships with matplotlib, so it is there on every machine
TITLE_SIZE = 11
LABEL_SIZE = 9
SMALL_SIZE = 8
NO_DATA_TEXT = N_("No data in this range")
MOOD_CMAP = "viridis"  # perceptually uniform and colour-blind safe


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours for one theme: surfaces and text, then one colour per role."""

    dark: bool
    background: str
    foreground: str
    muted: str
    grid: str
    pay: str
    value: str
    high_pay_low_value: str
    high_value_no_pay: str
    created: str
    captured: str
    pending: str
    mood: str
    energy: str
    stress: str
    ecological: str
    economic: str
    social: str
    give: str
    get: str
    balanced: str
    span_alpha: float


LIGHT = Theme(
    dark=False, background="#FFFFFF", foreground="#1A1A1A", muted="#6B6B6B", grid="#E3E3E3",
    pay=OKABE_ITO["blue"], value=OKABE_ITO["orange"],
    high_pay_low_value=OKABE_ITO["vermillion"], high_value_no_pay=OKABE_ITO["green"],
    created=OKABE_ITO["orange"], captured=OKABE_ITO["blue"], pending=OKABE_ITO["purple"],
    mood=OKABE_ITO["green"], energy=OKABE_ITO["purple"], stress=OKABE_ITO["vermillion"],
    ecological=OKABE_ITO["green"], economic=OKABE_ITO["blue"], social=OKABE_ITO["purple"],
    give=OKABE_ITO["vermillion"], get=OKABE_ITO["blue"], balanced="#8C8C8C", span_alpha=0.16,
)  # fmt: skip
DARK = Theme(
    dark=True, background="#1E1F22", foreground="#E8E8E8", muted="#A0A0A0", grid="#3A3C40",
    pay=OKABE_ITO["sky"], value=OKABE_ITO["orange"],
    high_pay_low_value=OKABE_ITO["vermillion"], high_value_no_pay=OKABE_ITO["green"],
    created=OKABE_ITO["orange"], captured=OKABE_ITO["sky"], pending=OKABE_ITO["purple"],
    mood=OKABE_ITO["green"], energy=OKABE_ITO["purple"], stress=OKABE_ITO["vermillion"],
    ecological=OKABE_ITO["green"], economic=OKABE_ITO["sky"], social=OKABE_ITO["purple"],
    give=OKABE_ITO["vermillion"], get=OKABE_ITO["sky"], balanced="#9A9A9A", span_alpha=0.28,
)  # fmt: skip


def theme(dark: bool = False) -> Theme:
    """The dark or the light theme."""
    return DARK if dark else LIGHT


def new_figure(
    width: float = 7.0, height: float = 3.8, dark: bool = False, margins: Margins = DEFAULT_MARGINS
) -> Figure:
    """A blank figure (inches, 100 dpi) with fixed margins and the theme's background."""
    fig = Figure(figsize=(width, height), dpi=100, layout=MarginLayout(margins))
    fig.patch.set_facecolor(theme(dark).background)
    return fig


def prepare(
    fig: Figure | None,
    dark: bool,
    width: float = 7.0,
    height: float = 3.8,
    margins: Margins = DEFAULT_MARGINS,
) -> tuple[Figure, Theme]:
    """A figure to draw on: the one given, cleared, or a new one; and the theme to use."""
    th = theme(dark)
    if fig is None:
        return new_figure(width, height, dark, margins), th
    fig.clear()
    use_margins(fig, margins)
    fig.patch.set_facecolor(th.background)
    return fig, th


def style_axes(ax: Axes, th: Theme, *, grid: bool = True, right: bool = False) -> None:
    """Colours, tick sizes and a light grid for one axes (``right``: keep the right spine)."""
    ax.set_facecolor(th.background)
    for side, spine in ax.spines.items():
        spine.set_color(th.muted)
        spine.set_visible(side in ("left", "bottom") or (right and side == "right"))
    ax.tick_params(colors=th.muted, labelcolor=th.foreground, labelsize=SMALL_SIZE)
    for axis in (ax.xaxis, ax.yaxis):
        axis.label.set_color(th.foreground)
        axis.label.set_fontsize(LABEL_SIZE)
        axis.get_offset_text().set_color(th.muted)
        axis.get_offset_text().set_fontsize(SMALL_SIZE)
    if grid:
        ax.grid(True, color=th.grid, linewidth=0.6)
        ax.set_axisbelow(True)


def title(ax: Axes, text: str, th: Theme) -> None:
    """A left-aligned title in the theme's text colour."""
    # an explicit y skips matplotlib's costly search for overlapping tick labels at each draw
    ax.set_title(
        text,
        loc="left",
        color=th.foreground,
        fontsize=TITLE_SIZE,
        family=FONT_FAMILY,
        y=1.0,
        pad=6,
    )


def legend(ax: Axes, th: Theme, handles: Sequence[Artist] | None = None, **kwargs: Any) -> None:
    """A compact legend readable on the theme's background."""
    if handles is not None:
        kwargs["handles"] = handles
    leg = ax.legend(fontsize=SMALL_SIZE, frameon=True, labelcolor=th.foreground, **kwargs)
    leg.get_title().set_color(th.foreground)
    leg.get_title().set_fontsize(SMALL_SIZE)
    leg.get_frame().set_facecolor(th.background)
    leg.get_frame().set_edgecolor(th.grid)
    leg.get_frame().set_alpha(0.9)


def fig_legend(fig: Figure, th: Theme, handles: Sequence[Artist], ncols: int | None = None) -> None:
    """A legend in one row below the axes, outside the plotting area."""
    leg = fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=ncols or len(handles),
        fontsize=SMALL_SIZE,
        frameon=False,
        labelcolor=th.foreground,
    )
    leg.set_gid("legend")


def no_data(fig: Figure, th: Theme, text: str = NO_DATA_TEXT) -> Figure:
    """Mark a figure as having nothing to show: one centred line of text, no axes."""
    fig.text(
        0.5,
        0.5,
        _(text),
        ha="center",
        va="center",
        color=th.muted,
        fontsize=TITLE_SIZE,
        family=FONT_FAMILY,
        gid="no-data",
    )
    return fig


_DATE_OFFSET: float | None = None


def x_of(ordinals: np.ndarray | int) -> np.ndarray:
    """Matplotlib date numbers (days) for proleptic day ordinals."""
    global _DATE_OFFSET
    if _DATE_OFFSET is None:
        # matplotlib.dates is untyped (no annotations, no stub): here and in date_axis
        epoch = mdates.date2num(date(1970, 1, 1))  # type: ignore[no-untyped-call]
        _DATE_OFFSET = float(epoch) - date(1970, 1, 1).toordinal()
    return np.asarray(ordinals, dtype=np.float64) + _DATE_OFFSET


def date_axis(ax: Axes, first: int, last_end: int) -> None:
    """Dates on the x axis from ordinal ``first`` to the end of day ``last_end``."""
    ax.set_xlim(float(x_of(first)), float(x_of(last_end + 1)))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_ticks(last_end + 1 - first))


def date_ticks(span_days: int) -> FuncFormatter:
    """Date tick labels in the current locale (``core.formats``): month names over a long
    range ("Jul", "Juli", "juil."), day and month over a short one ("1 Jul"); the first tick
    and each January carry the year."""
    fmt = formats.current()
    months = fmt.month_names()

    def label(value: float, pos: int | None) -> str:
        day = mdates.num2date(value).date()  # type: ignore[no-untyped-call]
        text = months[day.month - 1] if span_days > 100 else fmt.day_month(day)
        first = pos == 0 or (span_days > 100 and day.month == 1)
        return f"{text}\n{day.year}" if first else text

    return FuncFormatter(label)


def thousands(axis: Axis) -> None:
    """Tick labels with the locale's thousands separators and no decimals ("12,500")."""
    fmt = formats.current()
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt.decimal(v, 0)))


def per_hour_label(currency: str) -> str:
    """Axis label for a rate: "Pay per hour (EUR)"."""
    return _("Pay per hour ({currency})").format(currency=currency)


def period_x(start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each period's left edge, right edge (end of its last day) and middle, as date numbers."""
    x0 = x_of(start)
    x1 = x_of(end + 1)
    return x0, x1, (x0 + x1) / 2


def markers_for(count: int) -> str:
    """Dots on lines with few points; none on dense ones."""
    return "o" if count <= 60 else ""


def major(minor: np.ndarray | float, currency: str) -> np.ndarray:
    """Minor units (array or number) as major units, for axes."""
    scale: int = 10 ** exponent(currency)  # int ** int is typed Any (a negative power is a float)
    return np.asarray(minor, dtype=np.float64) / scale


def bridged(x: np.ndarray, y: np.ndarray, max_gap: int) -> tuple[np.ndarray, np.ndarray]:
    """Drop runs of at most ``max_gap`` missing values so a line joins across them.

    Longer runs keep one nan, which breaks the line: a weekend does not cut a daily line,
    a month off does.
    """
    missing = ~np.isfinite(y)
    if not missing.any():
        return x, y
    edges = np.diff(np.concatenate([[0], missing.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    keep = ~missing
    for a, b in zip(starts, ends, strict=True):
        if b - a > max_gap:
            keep[a] = True  # one nan breaks the line
    return x[keep], y[keep]
