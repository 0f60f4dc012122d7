"""A cheap layout engine: fixed margins in inches, re-applied at every draw.

Matplotlib's constrained layout measures every tick label twice per draw, which costs about
as much as the drawing itself on a wide time axis. The charts know their own furniture (a
title above, dates and a legend row below, one or two value axes), so fixed margins in inches
do the same job at a fraction of the cost, and still follow the figure when a canvas resizes
it. Colour bars are made with gridspec (``colorbar_gridspec``), inside the plotting area.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine

MAX_SIDE = 0.45  # no margin takes more than this share of the figure


@dataclass(frozen=True, slots=True)
class Margins:
    """Space around the axes in inches; ``hspace`` between stacked axes (share of height),
    or ``gap``: that space in inches, kept whatever the figure's height (room for the upper
    axes' tick labels in a short panel)."""

    left: float = 0.75
    right: float = 0.3
    top: float = 0.35
    bottom: float = 0.55
    hspace: float = 0.25
    gap: float | None = None


DEFAULT_MARGINS = Margins()


class MarginLayout(LayoutEngine):
    """Apply ``Margins`` with ``subplots_adjust`` whenever the figure is drawn."""

    _adjust_compatible = True
    _colorbar_gridspec = True

    def __init__(self, margins: Margins = DEFAULT_MARGINS) -> None:
        super().__init__()
        self.margins = margins

    def execute(self, fig: Figure) -> None:
        """Set the subplot parameters for the figure's current size."""
        width, height = fig.get_size_inches()
        m = self.margins
        bottom = min(m.bottom / height, MAX_SIDE)
        top = 1 - min(m.top / height, MAX_SIDE)
        fig.subplots_adjust(
            left=min(m.left / width, MAX_SIDE),
            right=1 - min(m.right / width, MAX_SIDE),
            bottom=bottom,
            top=top,
            hspace=m.hspace if m.gap is None else _hspace(fig, m.gap, (top - bottom) * height),
        )


def _hspace(fig: Figure, gap: float, room: float) -> float:
    """The ``hspace`` that leaves ``gap`` inches between the figure's stacked axes."""
    spec = fig.axes[0].get_subplotspec() if fig.axes else None
    rows = spec.get_gridspec().nrows if spec is not None else 1
    if rows < 2:
        return 0.0
    # room = rows * a + (rows - 1) * gap for axes of mean height a; hspace = gap / a
    return gap * rows / max(room - gap * (rows - 1), 0.05)


def use_margins(fig: Figure, margins: Margins) -> None:
    """Give a (cleared) figure fixed margins."""
    engine = fig.get_layout_engine()
    if isinstance(engine, MarginLayout):
        engine.margins = margins
    else:
        fig.set_layout_engine(MarginLayout(margins))
