"""The Insights page on the demo journal: summary, panels, hover and click-through."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from tests.helpers.windows import open_window
from valuejournal.core.insights import SpanKind
from valuejournal.store.journal import Journal


@pytest.fixture
def demo_window(qtbot, demo_path: Path):
    window = open_window(qtbot, demo_path, size=(1300, 900))
    page = window.show_page("insights")
    page.range.setCurrentIndex(page.range.findData("all"))
    qtbot.waitUntil(lambda: page.insights is not None, timeout=20_000)
    yield window
    window.close()


def test_summary_and_spans_on_the_demo(demo_window) -> None:
    page = demo_window.pages["insights"]
    kinds = {s.kind for s in page.insights.spans}
    assert kinds == {SpanKind.HIGH_PAY_LOW_VALUE, SpanKind.HIGH_VALUE_NO_PAY}
    text = page.summary.text()
    assert "high-pay, low-value" in text and "nothing was paid for" in text
    assert "top third" in page.explain.text()


def test_only_visible_panels_are_drawn_first(qtbot, demo_window) -> None:
    page = demo_window.pages["insights"]
    qtbot.waitUntil(lambda: "timeline" not in page._stale_panels, timeout=5000)
    assert "bubbles" in page._stale_panels
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: "bubbles" not in page._stale_panels, timeout=5000)


def test_clicking_a_span_shows_its_sessions_in_the_journal(qtbot, demo_window, demo_path) -> None:
    page = demo_window.pages["insights"]
    panel = page.panels["timeline"]
    qtbot.waitUntil(lambda: "timeline" not in page._stale_panels, timeout=5000)
    panel.canvas.draw()
    span = next(s for s in page.insights.spans if s.kind is SpanKind.HIGH_VALUE_NO_PAY)
    ax = panel.figure.axes[0]
    middle = date.fromordinal((span.start.toordinal() + span.end.toordinal()) // 2)
    from matplotlib.dates import date2num

    x, y = ax.transData.transform((date2num(middle), sum(ax.get_ylim()) / 2))
    ratio = panel.canvas.device_pixel_ratio
    pos = QPoint(int(x / ratio), int(panel.canvas.height() - y / ratio))
    with qtbot.waitSignal(page.show_range, timeout=10000) as blocker:
        qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [span.start, span.end]
    journal_page = demo_window.pages["journal"]
    assert demo_window.stack.currentWidget() is journal_page
    shown = [journal_page.model.session_at(r) for r in range(journal_page.model.rowCount())]
    assert shown and all(span.start <= s.day <= span.end for s in shown)
    with Journal.open(demo_path) as journal:
        expected = [s for s in journal.all_sessions() if span.start <= s.day <= span.end]
    assert journal_page.model.total == len(expected)
    assert all(s.pay_minor == 0 for s in expected)


def test_charts_follow_an_edit(qtbot, demo_window) -> None:
    page = demo_window.pages["insights"]
    before = page.insights.totals.hours
    from valuejournal.core.entities import Session

    demo_window.context.add_session(Session(day=date(2026, 9, 1), minutes=600, value=5))
    qtbot.waitUntil(lambda: abs(page.insights.totals.hours - before - 10) < 1e-6, timeout=5000)


def test_thresholds_change_the_spans(qtbot, demo_window, monkeypatch) -> None:
    from dataclasses import replace

    from valuejournal.ui.widgets.thresholds_dialog import ThresholdsDialog, load_thresholds

    page = demo_window.pages["insights"]
    strict = replace(page.thresholds, high_value=9.9)
    monkeypatch.setattr(ThresholdsDialog, "ask", classmethod(lambda cls, p, t: strict))
    page.edit_thresholds()
    assert SpanKind.HIGH_VALUE_NO_PAY not in {s.kind for s in page.insights.spans}
    dialog = ThresholdsDialog(strict)
    qtbot.addWidget(dialog)
    assert dialog.chosen().high_value == pytest.approx(9.9)
    from valuejournal.ui.widgets.thresholds_dialog import save_thresholds

    save_thresholds(strict)
    assert load_thresholds().high_value == pytest.approx(9.9)


def test_empty_journal_says_so(qtbot, main_window) -> None:
    page = main_window.show_page("insights")
    qtbot.waitUntil(lambda: page.insights is not None, timeout=10_000)
    assert "nothing to show" in page.summary.text().lower()


def test_hover_text_names_the_figures(demo_window) -> None:
    from valuejournal.core import formats
    from valuejournal.ui.widgets.chart_panel import describe_hit

    page = demo_window.pages["insights"]
    span = next(s for s in page.insights.spans if s.kind is SpanKind.HIGH_PAY_LOW_VALUE)
    text = describe_hit(span, "EUR")
    shown = formats.current()  # the list's locale: British English in the tests
    assert "High pay, low value" in text and shown.date(span.start, "medium") in text
    assert "Brightline Agency" in text
    row = page.insights.periods.row(0)
    assert shown.date(row.start, "medium") in describe_hit(row, "EUR")


def test_coach_comments_on_periods_are_listed(qtbot, demo_window) -> None:
    from valuejournal.core.entities import Comment, CommentTarget

    page = demo_window.pages["insights"]
    assert page.comments.isHidden()
    span = page.insights.spans[0]
    comment = Comment(
        target=CommentTarget.PERIOD, body="Was this <b>worth</b> it?", author="Coach Kim",
        period_start=span.start, period_end=span.end,
    )  # fmt: skip
    demo_window.context.add_comments([comment])  # comments_changed: the page re-reads
    assert not page.comments.isHidden()
    assert "Coach Kim" in page.comments.text()
    assert "&lt;b&gt;worth" in page.comments.text()  # someone else's text is shown as text


def _wheel(widget, down: bool = True) -> bool:
    """Turn the mouse wheel over the middle of ``widget``, as a person does."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 if down else 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    return QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot, demo_window) -> None:
    page = demo_window.pages["insights"]
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    for name in ("timeline", "scales"):
        canvas = page.panels[name].canvas
        before = bar.value()
        _wheel(canvas)
        assert bar.value() > before, name
    _wheel(page.panels["timeline"].canvas, down=False)
    assert bar.value() < bar.maximum()


@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_charts_leave_room_for_the_words(qtbot, demo_window, size) -> None:
    demo_window.resize(*size)
    page = demo_window.pages["insights"]
    qtbot.waitUntil(lambda: page.scroll_area.viewport().height() < size[1] - 50, timeout=10000)
    view = page.scroll_area.viewport().height()
    qtbot.waitUntil(
        lambda: all(
            p.canvas.height() <= max(p.min_height, 0.45 * view) + 1 for p in page.panels.values()
        ),
        timeout=3000,
    )
    assert all(p.canvas.height() >= 200 for p in page.panels.values())
    for stacked in ("capture", "wellbeing"):  # two axes, each with its words: 300 px at least
        assert page.panels[stacked].canvas.height() >= 300


def test_a_typed_entry_and_its_undo_are_patched_in_without_a_reread(
    qtbot, demo_window, monkeypatch
) -> None:
    from tests.helpers.keys import activate, press, type_text
    from valuejournal.core.insights import SessionColumns

    page = demo_window.pages["insights"]
    journal = demo_window.context.journal
    before = page.insights.totals.hours
    reads: list[object] = []
    real_rows = journal.insight_rows

    def rows(uuids=None):
        reads.append(uuids)
        return real_rows(uuids)

    monkeypatch.setattr(journal, "insight_rows", rows)
    demo_window.show_page("journal")
    qtbot.waitUntil(lambda: activate(demo_window), timeout=10000)
    qtbot.keyClick(demo_window.pages["journal"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "7.5")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Somebody new")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: abs(page.insights.totals.hours - before - 7.5) < 1e-6, timeout=5000)
    assert reads and all(uuids is not None for uuids in reads)  # no whole re-read
    fresh = SessionColumns.from_rows(real_rows())
    assert np.array_equal(page.snapshot.columns.minutes, fresh.minutes)
    assert page.snapshot.columns.client_names == fresh.client_names
    assert "Somebody new" in {c.name for c in page.snapshot.clients}
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: abs(page.insights.totals.hours - before) < 1e-6, timeout=5000)
    assert all(uuids is not None for uuids in reads)
    assert len(page.snapshot.columns) == len(SessionColumns.from_rows(real_rows()))
