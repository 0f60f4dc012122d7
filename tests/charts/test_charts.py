"""Every chart builder renders planted and empty insights to PNG and SVG, without warnings."""

from __future__ import annotations

import io
from datetime import date, timedelta

import matplotlib
import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from tests.helpers.sessions import monday, planted_journal, week
from valuejournal.charts import (
    BUILDERS,
    build_capture,
    build_quadrant,
    build_scales,
    build_timeline,
    chart_info,
    hit_test,
    new_figure,
)
from valuejournal.charts.style import NO_DATA_TEXT, x_of
from valuejournal.core.insights import Insights, Span, Tip, compute_insights
from valuejournal.core.periods import PeriodKind

TODAY = date(2026, 6, 12)


@pytest.fixture(scope="module")
def planted() -> Insights:
    p = planted_journal()
    return compute_insights(p.sessions, p.clients, today=p.today)


def _empty() -> Insights:
    return compute_insights([], today=TODAY)


def _excluded() -> Insights:
    p = planted_journal()
    return compute_insights(
        p.sessions, p.clients, start=date(2030, 1, 1), end=date(2030, 3, 1), today=TODAY
    )


def _unrated() -> Insights:
    return compute_insights(week(monday(0), 20, value=None, rate=50, lag=3), today=TODAY)


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _svg(fig: Figure) -> str:
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buf, format="svg")
    return buf.getvalue().decode()


def _has_no_data_text(fig: Figure) -> bool:
    return any(t.get_text().startswith(NO_DATA_TEXT) for t in fig.texts)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_planted_renders_to_png_and_svg(planted, name, dark):
    fig = BUILDERS[name](planted, dark=dark)
    assert isinstance(fig, Figure) and fig.axes
    assert not _has_no_data_text(fig)
    assert _png(fig).startswith(b"\x89PNG")
    svg = _svg(fig)
    assert "<svg" in svg
    assert chart_info(fig).chart == name


@pytest.mark.parametrize("data", [_empty, _excluded])
@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_empty_data_says_so(name, data):
    fig = BUILDERS[name](data())
    assert _has_no_data_text(fig)
    assert not fig.axes
    assert _png(fig).startswith(b"\x89PNG")
    assert NO_DATA_TEXT in _svg(fig)  # text stays text with svg.fonttype none


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_unrated_work_renders(name):
    fig = BUILDERS[name](_unrated(), dark=True)
    _png(fig)
    _svg(fig)


def test_timeline_shades_one_patch_per_span(planted):
    fig = build_timeline(planted)
    patches = {p.get_gid(): p for ax in fig.axes for p in ax.patches if p.get_gid()}
    assert sorted(patches) == [f"span-{i}" for i in range(len(planted.spans))]
    for i, span in enumerate(planted.spans):
        patch = patches[f"span-{i}"]
        assert isinstance(patch, Rectangle)
        assert patch.get_x() == pytest.approx(x_of(span.start.toordinal()))
        assert patch.get_x() + patch.get_width() == pytest.approx(x_of(span.end.toordinal() + 1))
    colours = {patches[f"span-{i}"].get_facecolor()[:3] for i in range(len(planted.spans))}
    assert len(colours) == 2  # one colour per kind


def test_timeline_hit_test(planted):
    fig = build_timeline(planted)
    inside = x_of((planted.spans[0].start + timedelta(days=2)).toordinal())
    hit = hit_test(fig, float(inside))
    assert isinstance(hit, Span) and hit == planted.spans[0]
    first_week = hit_test(fig, float(x_of(monday(0).toordinal()) + 0.5))
    assert first_week is not None and first_week.start == monday(0)
    assert hit_test(fig, float(x_of(date(2020, 1, 1).toordinal()))) is None
    assert hit_test(fig, None) is None


def test_redraw_on_the_same_figure(planted):
    fig = Figure()  # as a canvas would hand it over: no layout engine
    assert build_timeline(planted, fig=fig) is fig
    build_timeline(planted, fig=fig, dark=True)
    spans = [p for ax in fig.axes for p in ax.patches if (p.get_gid() or "").startswith("span-")]
    assert len(spans) == len(planted.spans)
    build_quadrant(planted, fig=fig)  # another chart on the same figure
    assert chart_info(fig).chart == "quadrant"
    build_scales(_empty(), fig=fig)
    assert _has_no_data_text(fig) and not fig.axes
    _png(fig)


def test_scales_has_one_bar_per_client_tipping_the_right_way(planted):
    fig = build_scales(planted)
    (ax,) = fig.axes
    bars = {p.get_gid(): p for p in ax.patches if (p.get_gid() or "").startswith("client-")}
    assert len(bars) == len(planted.clients)
    for i, client in enumerate(planted.clients):
        width = bars[f"client-{i}"].get_width()
        if client.tip is Tip.GIVE:
            assert width < 0
        elif client.tip is Tip.GET:
            assert width > 0
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [c.name for c in planted.clients]


def test_quadrant_dots_are_rasterized_and_pickable(planted):
    fig = build_quadrant(planted)
    ax = fig.axes[0]
    dots = next(c for c in ax.collections if c.get_gid() == "periods")
    assert isinstance(dots, PathCollection) and dots.get_rasterized()
    worked = int(np.count_nonzero(planted.periods.hours > 0))
    assert len(dots.get_offsets()) == worked
    hit = hit_test(fig, 120.0, 3.0, ax)
    assert hit is not None and hit.value == pytest.approx(3) and hit.pay_rate == 12_000
    assert hit_test(fig, 30.0, 9.9, ax) is None
    assert len(fig.axes) == 2  # the plot and the mood colour bar


def test_capture_has_a_lag_bar_per_bin(planted):
    fig = build_capture(planted)
    top, bottom = fig.axes[:2]
    bars = [p for p in bottom.patches if p.get_gid() == "lag-bars"]
    assert len(bars) == len(planted.capture.lag.bin_amount_minor)
    assert any("Waiting to be paid: €1,200.00" in t.get_text() for t in top.texts)
    assert hit_test(fig, float(x_of(monday(0).toordinal())), 0.0, bottom) is None


def test_dense_daily_journal_stays_small_in_svg():
    sessions = [
        s
        for n in range(150)
        for s in week(
            monday(0) + timedelta(weeks=n),
            30,
            client="A",
            rate=40 + n % 7 * 10,
            value=3 + n % 6,
            lag=n % 40,
            mood=1 + n % 5,
        )  # fmt: skip
    ]
    ins = compute_insights(sessions, kind=PeriodKind.DAY, today=TODAY)
    for name, build in BUILDERS.items():
        svg = _svg(build(ins))
        assert len(svg) < 1_500_000, name


def test_new_figure_is_constrained_and_themed():
    light, dark = new_figure(), new_figure(dark=True)
    assert light.get_layout_engine() is not None
    assert light.get_facecolor() != dark.get_facecolor()


@pytest.mark.parametrize("build", [build_timeline, build_quadrant])
def test_redraw_in_place_for_a_new_range(planted, build):
    p = planted_journal()
    part = compute_insights(
        p.sessions, p.clients, start=monday(7), end=monday(9) + timedelta(days=6), today=TODAY
    )
    fig = build(planted)
    axes = list(fig.axes)
    assert build(part, fig=fig) is fig
    assert fig.axes == axes  # same axes, updated in place
    assert chart_info(fig).insights is part
    spans = [a for ax in fig.axes for a in ax.patches if (a.get_gid() or "").startswith("span-")]
    assert len(spans) == (len(part.spans) if build is build_timeline else 0)
    _png(fig)
    build(_empty(), fig=fig)
    assert _has_no_data_text(fig) and not fig.axes
    build(part, fig=fig)
    assert not _has_no_data_text(fig) and fig.axes
    _svg(fig)


def test_in_place_timeline_matches_a_fresh_one(planted):
    p = planted_journal()
    days = compute_insights(p.sessions, p.clients, kind=PeriodKind.DAY, today=TODAY)
    reused = build_timeline(days, fig=build_timeline(planted))
    fresh = build_timeline(days)
    for fig in (reused, fresh):
        fig.set_size_inches(7, 3.8)
    assert _png(reused) == _png(fresh)


@pytest.mark.parametrize("name", ["wellbeing", "bubbles", "capture"])
def test_time_charts_hit_periods(planted, name):
    fig = BUILDERS[name](planted)
    x = float(x_of(monday(6).toordinal())) + 3
    hit = hit_test(fig, x, 0.0, fig.axes[0])
    assert hit is not None and hit.start == monday(6)
