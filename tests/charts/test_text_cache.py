"""The text-caching Agg renderer draws exactly the pixels of matplotlib's own."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from tests.helpers.sessions import planted_journal
from valuejournal.charts import BUILDERS
from valuejournal.charts.text_cache import SUPPORTED, TextCachingCanvas
from valuejournal.core.insights import Insights, compute_insights


class CachingCanvas(TextCachingCanvas, FigureCanvasAgg):
    """An offscreen canvas with the Insights page's renderer."""


def _pixels(canvas: FigureCanvasAgg) -> np.ndarray:
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def _plain(fig: Figure) -> np.ndarray:
    return _pixels(FigureCanvasAgg(fig))


def _insights(edit: bool = False) -> Insights:
    p = planted_journal()
    sessions = p.sessions
    if edit:  # one session changed, as an edit in the window does
        newest = max(sessions, key=lambda s: s.day)
        sessions = [replace(s, value=2, pay_minor=90_000) if s is newest else s for s in sessions]
    return compute_insights(sessions, p.clients, today=p.today)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_a_redraw_from_recorded_glyphs_has_the_plain_pixels(name: str, dark: bool) -> None:
    build = BUILDERS[name]
    fig = build(_insights(), dark=dark)
    canvas = CachingCanvas(fig)
    first = _pixels(canvas)  # records every text
    assert np.array_equal(first, _plain(fig))
    again = _pixels(canvas)  # draws them from the record
    assert np.array_equal(again, first)
    renderer = canvas.get_renderer()
    assert renderer.replayed > 0 or not SUPPORTED
    build(_insights(edit=True), fig=fig, dark=dark)  # an edit: most text kept, some new
    edited = _pixels(canvas)
    assert np.array_equal(edited, _plain(fig))


def test_a_new_size_starts_a_new_record() -> None:
    fig = BUILDERS["timeline"](_insights())
    canvas = CachingCanvas(fig)
    _pixels(canvas)
    before = canvas.get_renderer()
    fig.set_size_inches(5.0, 3.0)
    assert np.array_equal(_pixels(canvas), _plain(fig))
    assert canvas.get_renderer() is not before
