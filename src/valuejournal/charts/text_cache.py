"""An Agg renderer that draws each text's glyphs once and then replays them.

Text is most of what a redraw of an Insights chart costs (tick labels, axis labels, titles,
legends: about two thirds of ``canvas.draw()``), and after an edit nearly all of it is the
same text at the same place. ``TextCachingRenderer`` records the glyph bitmaps matplotlib's
Agg renderer writes for a text (``draw_text_image`` calls) and, when the same text is drawn
again with the same font, angle and sub-pixel position, writes the recorded bitmaps at the
whole-pixel offset of the new position. The colour comes from the graphics context at each
draw, so a recorded text is right in any colour. The pixels are those of the plain renderer
(a test compares every chart); where the renderer's internals are not the ones this was made
for (``_draw_text_glyphs_and_boxes``, matplotlib 3.11), it draws as the plain one does.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag

SUPPORTED = hasattr(RendererAgg, "_draw_text_glyphs_and_boxes")
MAX_TEXTS = 4000  # recorded texts per renderer (a canvas has one per size): then start again

Glyph = tuple[np.ndarray, int, int]
"""A glyph's coverage bitmap, its left edge and its bottom, relative to the text's pixel."""


def _font_key(prop: Any) -> tuple[Any, ...]:
    """What of a FontProperties decides the glyphs (the fields its own hash is made of), as a
    value: the properties object itself may be changed after it was used."""
    return (
        tuple(prop.get_family()),
        prop.get_slant(),
        prop.get_variant(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_size(),
        prop.get_file(),
        prop.get_math_fontfamily(),
    )


class _Recorder:
    """Stands in for the Agg core while one text is drawn: draws and keeps each bitmap."""

    def __init__(self, real: Any, glyphs: list[Glyph], fx: int, fy: int) -> None:
        self._real, self._glyphs, self._fx, self._fy = real, glyphs, fx, fy

    def draw_text_image(self, image: Any, x: int, y: int, angle: float, gc: Any) -> None:
        self._real.draw_text_image(image, x, y, angle, gc)
        bitmap = np.array(image, dtype=np.uint8, copy=True)
        self._glyphs.append((bitmap, int(x) - self._fx, int(y) - self._fy))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class TextCachingRenderer(RendererAgg):
    """``RendererAgg`` whose plain texts are rasterized once per string, font, angle and
    sub-pixel position (see the module docstring)."""

    def __init__(self, width: float, height: float, dpi: float) -> None:
        super().__init__(width, height, dpi)  # type: ignore[no-untyped-call]
        self._texts: dict[tuple[Any, ...], list[Glyph]] = {}
        self.replayed = 0  # texts drawn from their recorded glyphs (for tests and benchmarks)

    def draw_text(
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: bool | str = False,
        mtext: Any = None,
    ) -> None:
        """Draw ``s`` as RendererAgg does, from the recorded glyphs when it was drawn before."""
        if ismath or not SUPPORTED or self._filter_renderers:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]
            return
        fx, fy = math.floor(x), math.floor(y)
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        hinting = get_hinting_flag()  # type: ignore[no-untyped-call]
        key = (s, _font_key(prop), angle, x - fx, y - fy, bool(gc.get_antialiased()), hinting,
               tuple(features) if features else None, language)  # fmt: skip
        glyphs = self._texts.get(key)
        if glyphs is None:
            self._record(key, gc, x, y, s, prop, angle, mtext, fx, fy)
            return
        self.replayed += 1
        for bitmap, left, bottom in glyphs:
            self._renderer.draw_text_image(bitmap, left + fx, bottom + fy, 0, gc)

    def _record(
        self,
        key: tuple[Any, ...],
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        mtext: Any,
        fx: int,
        fy: int,
    ) -> None:
        if len(self._texts) >= MAX_TEXTS:
            self._texts.clear()
        glyphs: list[Glyph] = []
        real = self._renderer
        self._renderer = _Recorder(real, glyphs, fx, fy)
        try:
            super().draw_text(gc, x, y, s, prop, angle, False, mtext)  # type: ignore[no-untyped-call]
        finally:
            self._renderer = real
        self._texts[key] = glyphs


class TextCachingCanvas(FigureCanvasAgg):
    """Mixed into an Agg canvas (before it): its renderer is a ``TextCachingRenderer``, made
    again, with an empty cache, when the canvas changes size or resolution."""

    def get_renderer(self) -> Any:
        """The renderer for the canvas's current size (see FigureCanvasAgg.get_renderer)."""
        w, h = self.get_width_height(physical=True)
        key = (w, h, self.figure.dpi)
        if self._lastKey != key or not isinstance(
            getattr(self, "renderer", None), TextCachingRenderer
        ):
            self.renderer = TextCachingRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer
