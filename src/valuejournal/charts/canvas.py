"""Small bar charts for the canvas's blocks: the shares of a block's names (core.canvas items),
where they are better seen than read (customers' hours, revenue by client, key activities).

``build_canvas_bars(items, *, measure, fig=None, dark=False)`` draws the largest ``limit``
shares as horizontal bars, each labelled with its name and percent; the same figure goes on
the Canvas page and, as SVG, on the PDF's canvas page. No items: "No data".
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from valuejournal.charts.layout import Margins
from valuejournal.charts.style import FONT_FAMILY, SMALL_SIZE, no_data, prepare
from valuejournal.core.canvas import Item, percent, shown_name

LIMIT = 5
NAME_CHARS = 18
MARGINS = Margins(left=0.08, right=0.08, top=0.05, bottom=0.05)


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


def build_canvas_bars(
    items: Sequence[Item],
    *,
    measure: str = "hours",
    fig: Figure | None = None,
    dark: bool = False,
    limit: int = LIMIT,
    width: float = 2.6,
    height: float = 1.2,
) -> Figure:
    """The items' shares (of hours, or of pay with ``measure="pay"``) as bars, largest first."""
    fig, th = prepare(fig, dark, width, height, MARGINS)
    shown = list(items[:limit])
    if not shown:
        return no_data(fig, th, "No data")
    color = th.pay if measure == "pay" else th.value
    ax = fig.add_subplot()
    rows = list(range(len(shown)))[::-1]
    shares = [i.share * 100 for i in shown]
    ax.barh(rows, shares, height=0.62, color=color, alpha=0.35, gid="canvas-bars")
    for row, item in zip(rows, shown, strict=True):  # names and percent as the blocks say them
        label = f"{_short(shown_name(item.name))}  {percent(item.share)}"
        ax.text(1, row, label, va="center", ha="left",
                fontsize=SMALL_SIZE, family=FONT_FAMILY, color=th.foreground)  # fmt: skip
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.6, max(len(shown), 3) - 0.4)
    ax.set_axis_off()
    ax.set_facecolor(th.background)
    return fig
