"""Every chart builder renders planted and empty insights to PNG and SVG, without warnings."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import matplotlib
import numpy as np
import pytest
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.figure import Figure

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
from valuejournal.core.entities import PayStatus
from valuejournal.core.insights import Insights, Span, SpanKind, Tip, compute_insights
from valuejournal.core.periods import PeriodKind

TODAY = date(2026, 6, 12)


@pytest.fixture(scope="module")
def planted() -> Insights:
    """The planted journal, its Volume Inc work under a project (for the project scales)."""
    p = planted_journal()
    sessions = [replace(x, project="Rush") if x.client == "Volume Inc" else x for x in p.sessions]
    return compute_insights(sessions, p.clients, today=p.today)


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
    """The figure says, in its one centred line, that it has nothing to draw."""
    return any(t.get_gid() == "no-data" and t.get_text() for t in fig.texts)


def _span_shading(fig: Figure) -> dict[str, PolyCollection]:
    """The timeline's span collections ("spans-<kind>"), by gid."""
    found = [
        c for ax in fig.axes for c in ax.collections if (c.get_gid() or "").startswith("spans-")
    ]
    shading = {c.get_gid(): c for c in found}
    assert len(shading) == len(found)  # one collection per kind, none left over from a redraw
    return shading


def _shaded_extents(fig: Figure) -> dict[SpanKind, list[tuple[float, float]]]:
    """Each kind's shaded rectangles as (left, right) in date numbers, in drawing order."""
    assert not [p for ax in fig.axes for p in ax.patches if (p.get_gid() or "").startswith("span")]
    out = {}
    for gid, coll in _span_shading(fig).items():
        kind = SpanKind(gid.removeprefix("spans-"))
        out[kind] = [
            (float(p.vertices[:, 0].min()), float(p.vertices[:, 0].max())) for p in coll.get_paths()
        ]
    return out


def _span_extents(insights: Insights) -> dict[SpanKind, list[tuple[float, float]]]:
    """What ``_shaded_extents`` should find: each span's days, per kind, in insights order."""
    return {
        kind: [
            (float(x_of(s.start.toordinal())), float(x_of(s.end.toordinal() + 1)))
            for s in insights.spans
            if s.kind is kind
        ]
        for kind in SpanKind
    }


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


# unrated work has hours and pay but no value, impacts or wellbeing: the charts of hours and
# pay draw it, the others say there is nothing for them yet
DRAWS_UNRATED = {"capture", "scales", "timeline"}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_unrated_work_renders(name):
    fig = BUILDERS[name](_unrated(), dark=True)
    assert bool(fig.axes) is (name in DRAWS_UNRATED)
    assert _has_no_data_text(fig) is (name not in DRAWS_UNRATED)
    red, green, blue, _alpha = fig.get_facecolor()
    assert 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5  # the dark style
    assert _png(fig).startswith(b"\x89PNG")
    assert "<svg" in _svg(fig)


def test_timeline_shades_each_span_in_its_kinds_collection(planted):
    fig = build_timeline(planted)
    ax = fig.axes[0]
    shading = _span_shading(fig)
    assert sorted(shading) == sorted(f"spans-{k.value}" for k in SpanKind)
    expected = _span_extents(planted)
    assert all(expected.values())  # the planted journal has spans of both kinds
    shaded = _shaded_extents(fig)
    for kind in SpanKind:
        assert shaded[kind] == expected[kind]
        coll = shading[f"spans-{kind.value}"]
        assert isinstance(coll, PolyCollection) and coll in ax.collections
        for path in coll.get_paths():  # full-height rectangles, y in axes coordinates
            assert len(np.unique(path.vertices[:, 0])) == 2
            assert sorted(set(path.vertices[:, 1])) == [0.0, 1.0]
        bottom, top = coll.get_transform().transform([(expected[kind][0][0], 0), (0, 1)])[:, 1]
        assert (bottom, top) == pytest.approx((ax.bbox.y0, ax.bbox.y1))
    assert sum(map(len, shaded.values())) == len(planted.spans)
    colours = {tuple(c.get_facecolor()[0][:3]) for c in shading.values()}
    assert len(colours) == 2  # one colour per kind


def test_timeline_hit_test(planted):
    fig = build_timeline(planted)
    inside = x_of((planted.spans[0].start + timedelta(days=2)).toordinal())
    hit = hit_test(fig, float(inside))
    assert isinstance(hit, Span) and hit == planted.spans[0]
    for span in planted.spans:
        middle = (x_of(span.start.toordinal()) + x_of(span.end.toordinal() + 1)) / 2
        assert hit_test(fig, float(middle), 5.0, fig.axes[1]) == span
    first_week = hit_test(fig, float(x_of(monday(0).toordinal()) + 0.5))
    assert first_week is not None and first_week.start == monday(0)
    assert hit_test(fig, float(x_of(date(2020, 1, 1).toordinal()))) is None
    assert hit_test(fig, None) is None


def test_redraw_on_the_same_figure(planted):
    fig = Figure()  # as a canvas would hand it over: no layout engine
    assert build_timeline(planted, fig=fig) is fig
    build_timeline(planted, fig=fig, dark=True)
    assert _shaded_extents(fig) == _span_extents(planted)
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
    assert top.get_legend().get_title().get_text() == "Waiting to be paid: €1,200.00"
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
    if build is build_timeline:
        assert part.spans and len(part.spans) < len(planted.spans)
        assert _shaded_extents(fig) == _span_extents(part)
        for span in part.spans:
            middle = (x_of(span.start.toordinal()) + x_of(span.end.toordinal() + 1)) / 2
            assert hit_test(fig, float(middle)) == span
        assert hit_test(fig, float(x_of(planted.spans[-1].end.toordinal()))) != planted.spans[-1]
    else:
        assert not _span_shading(fig)
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


@pytest.mark.parametrize("size", [(5.2, 2.9), (7.0, 5.0)])  # the Insights panel, the PDF
def test_capture_labels_do_not_overlap(planted, size):
    """The legend, the money waiting, both value axes' labels, the upper axes' dates and the
    lag panel's marks each keep their own place, also in a short panel."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = build_capture(planted)
    fig.set_size_inches(*size)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    top, bottom = fig.axes[:2]

    def boxes(texts):
        return [t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()]

    legend = top.get_legend().get_window_extent(renderer)
    dates = boxes(top.get_xticklabels())
    lower = boxes([*bottom.get_yticklabels(), *bottom.texts, bottom.title])
    labels = boxes([top.yaxis.label, bottom.yaxis.label])
    assert len(labels) == 2 and not labels[0].overlaps(labels[1])
    assert labels[0].x0 == pytest.approx(labels[1].x0, abs=1)  # aligned
    assert dates and lower
    assert not any(d.overlaps(b) for d in dates for b in lower)
    assert not any(legend.overlaps(d) for d in dates)
    assert all(d.y0 > bottom.bbox.y1 for d in dates)  # the dates sit above the lag panel


@pytest.mark.parametrize("height", [3.0, 5.0])  # the Insights panel at its smallest, the PDF
def test_wellbeing_axis_labels_keep_apart(planted, height):
    """The two stacked axes' labels (mean of the scores, value) do not lie over each other
    (seen at 200 px: "Mean (1-5)" over "Value (0-10)")."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = BUILDERS["wellbeing"](planted)
    fig.set_size_inches(7.0, height)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    top, bottom = fig.axes[:2]
    labels = [a.yaxis.label.get_window_extent(renderer) for a in (top, bottom)]
    assert not labels[0].overlaps(labels[1])


def test_quadrant_of_unrated_work_says_how_many_wait_and_how_to_rate():
    sessions = week(monday(0), 20, value=None, rate=50, lag=3)
    unrated = compute_insights(sessions, today=TODAY)
    fig = build_quadrant(unrated)
    (text,) = [t.get_text() for t in fig.texts if t.get_gid() == "no-data"]
    count = len(sessions)
    assert unrated.totals.unrated_sessions == count > 1
    assert f"{count} sessions wait for a rating" in text and "Rate…" in text
    assert "No data" not in text
    empty = build_quadrant(compute_insights([], today=TODAY))
    assert [t.get_text() for t in empty.texts] == [NO_DATA_TEXT]


def test_project_scales_has_one_bar_per_project() -> None:
    from tests.helpers.sessions import monday, week
    from valuejournal.charts import build_project_scales
    from valuejournal.core.entities import Client
    from valuejournal.core.insights import compute_insights

    sessions = [
        replace(s, project=name)
        for n, (name, rate) in enumerate((("Launch", 160), ("Support", 40)))
        for s in week(monday(n), 10, client="Acme", rate=rate, value=5, lag=5)
    ]
    clients = [Client(name="Acme", alternative_rate_minor=8000, currency="EUR")]
    ins = compute_insights(sessions, clients, today=date(2026, 9, 1))
    (ax,) = build_project_scales(ins).axes
    bars = {p.get_gid(): p.get_width() for p in ax.patches if p.get_gid()}
    by_name = {p.name: i for i, p in enumerate(ins.projects)}
    assert bars[f"project-{by_name['Acme · Launch']}"] > 0  # paid twice the alternative rate
    assert bars[f"project-{by_name['Acme · Support']}"] < 0  # half of it
    assert {t.get_text() for t in ax.get_yticklabels()} == {"Acme · Launch", "Acme · Support"}
    assert _has_no_data_text(build_project_scales(compute_insights([], today=TODAY)))


def _edited(p, **change) -> Insights:
    """The planted journal after one edit: its newest session changed as ``change`` says."""
    newest = max(p.sessions, key=lambda s: s.day)
    sessions = [replace(s, **change) if s is newest else s for s in p.sessions]
    return compute_insights(sessions, p.clients, today=p.today)


@pytest.mark.parametrize("build", [build_scales, build_capture, build_timeline])
def test_an_edit_redraws_in_place_as_a_fresh_chart_would(build):
    """An edit keeps the axes (the cheap redraw) and the pixels are a fresh chart's."""
    p = planted_journal()
    before = compute_insights(p.sessions, p.clients, today=p.today)
    after = _edited(p, value=2, pay_minor=120_000)
    fig = build(before)
    axes, drawn_before = list(fig.axes), _png(fig)
    assert build(after, fig=fig) is fig
    assert fig.axes == axes
    fresh = build(after)
    fresh.set_size_inches(*fig.get_size_inches())
    assert _png(fig) == _png(fresh)
    assert _png(fig) != drawn_before


def test_capture_in_place_without_payments_matches_a_fresh_one():
    """From a range with payments to one without: the lag panel's words and plain ticks."""
    p = planted_journal()
    unpaid = [replace(s, status=PayStatus.NONE, paid_on=None) for s in p.sessions]
    paid = compute_insights(p.sessions, p.clients, today=p.today)
    none = compute_insights(unpaid, p.clients, today=p.today)
    assert none.capture.lag.count == 0 < paid.capture.lag.count
    fig = build_capture(none, fig=build_capture(paid))
    fresh = build_capture(none)
    fresh.set_size_inches(*fig.get_size_inches())
    assert _png(fig) == _png(fresh)


def test_scales_for_other_clients_are_drawn_anew(planted):
    """Other names (or another balanced band) need another frame: the axes are new."""
    p = planted_journal()
    renamed = [replace(s, client=f"{s.client} Ltd") if s.client else s for s in p.sessions]
    other = compute_insights(renamed, today=p.today)
    fig = build_scales(planted)
    axes = list(fig.axes)
    build_scales(other, fig=fig)
    assert fig.axes != axes
    names = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(names) == 6 and all(n.endswith(" Ltd") for n in names[:-1])
    fresh = build_scales(other)
    fresh.set_size_inches(*fig.get_size_inches())
    assert _png(fig) == _png(fresh)
