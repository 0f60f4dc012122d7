"""The Insights page's charts as SVG text, drawn by matplotlib (no Qt here).

Figures come from the shared builders in ``valuejournal.charts`` (never a second version of
a chart), in the light theme. They are written as SVG with ``svg.fonttype = "none"`` so their
text stays text in the PDF, with a fixed hash salt and no date so the same figure gives the
same bytes; rasterized parts (dense scatters) are embedded at ``RASTER_DPI``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import matplotlib
from matplotlib.figure import Figure

from valuejournal.charts import BUILDERS
from valuejournal.core.insights import Insights

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

RASTER_DPI = 220
SVG_RC: dict[RcKeyType, object] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "valuejournal-report",
    "svg.image_inline": True,
}
_TEXT_STYLE = re.compile(rb'style="([^"]*font-size[^"]*)"')

ProgressFn = Callable[[int, int], None]


def figure_svg(fig: Figure) -> bytes:
    """A figure as SVG bytes with real text (deterministic for the same figure)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context(SVG_RC):
        fig.savefig(buffer, format="svg", dpi=RASTER_DPI, metadata={"Date": None})
    return _TEXT_STYLE.sub(_explicit_font, buffer.getvalue())


def _explicit_font(match: re.Match[bytes]) -> bytes:
    """Spell out normal style and weight on a text's style: QSvgRenderer otherwise carries
    an italic or bold text's font over to the texts drawn after it."""
    style = match.group(1)
    if b"font-style" not in style:
        style = b"font-style: normal; " + style
    if b"font-weight" not in style:
        style = b"font-weight: normal; " + style
    return b'style="' + style + b'"'


def chart_svg(key: str, insights: Insights) -> bytes:
    """Build one chart (a key of ``charts.BUILDERS``) for the insights, as SVG."""
    return figure_svg(BUILDERS[key](insights, dark=False))


def render_charts(
    keys: Sequence[str], insights: Insights, progress: ProgressFn | None = None
) -> dict[str, bytes]:
    """Each chart's SVG by key, one after the other (``progress(done, total)`` per chart)."""
    out = {}
    for i, key in enumerate(keys):
        if progress is not None:
            progress(i, len(keys))
        out[key] = chart_svg(key, insights)
    return out


def warm_up() -> None:
    """Draw a tiny figure as SVG, so everything that drawing imports on first use (the SVG
    backend, PIL for rasterized parts, the fonts) is loaded on the calling thread."""
    import matplotlib.backends.backend_svg  # noqa: F401

    fig = Figure(figsize=(1, 1))
    ax = fig.add_subplot()
    ax.scatter([0, 1], [0, 1], rasterized=True)
    ax.set_title("warm-up €", style="italic")
    figure_svg(fig)
