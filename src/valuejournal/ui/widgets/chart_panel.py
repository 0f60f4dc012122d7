"""One chart on a Qt canvas: draws a chart builder's figure, explains what the pointer is on,
and reports clicks on a span or a period."""

from __future__ import annotations

from datetime import date
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QCursor, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from valuejournal.charts import ChartBuilder, hit_test, new_figure
from valuejournal.charts.text_cache import TextCachingCanvas
from valuejournal.core import formats
from valuejournal.core.insights import Insights, PeriodRow, Span, SpanKind
from valuejournal.ui.i18n import tr

MIN_HEIGHT = 200  # px: below this a chart's labels crowd out the plot
SHARE_OF_VIEW = 0.45  # a chart is at most this share of the visible page, so text stays in view


class PageCanvas(TextCachingCanvas, FigureCanvasQTAgg):
    """A canvas inside a scrolling page: the wheel scrolls the page, not the chart; its texts'
    glyphs are kept between redraws (charts.text_cache: an edit changes little text).

    Matplotlib's canvas accepts every wheel event (for its ``scroll_event``, unused here), so
    the page stopped scrolling whenever the pointer was over a chart."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Hand the wheel to the scroll area around the page (its scroll bar scrolls it)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        QApplication.sendEvent(parent.verticalScrollBar(), event)


def _days(start: date, end: date) -> str:
    """A span of days; one day is just that day."""
    return formats.current().date_range(start, end)


def _hours_pay(hours: float, pay_minor: int, currency: str) -> str:
    fmt = formats.current()
    return tr("{h} h · {pay}").format(h=fmt.hours(hours), pay=fmt.money(pay_minor, currency))


def describe_hit(hit: Span | PeriodRow, currency: str) -> str:
    """The figures of a span or a period, for a tooltip."""
    fmt = formats.current()
    if isinstance(hit, Span):
        kind = (
            tr("High pay, low value")
            if hit.kind is SpanKind.HIGH_PAY_LOW_VALUE
            else tr("High value, no pay")
        )
        lines = [f"<b>{kind}</b>", _days(hit.start, hit.end)]
        lines.append(_hours_pay(hit.hours, hit.pay_minor, currency))
        if hit.value is not None:
            lines.append(tr("value {v}/10").format(v=fmt.decimal(hit.value)))
        if hit.top_client:
            lines.append(tr("mostly {c}").format(c=hit.top_client))
    else:
        lines = [f"<b>{_days(hit.start, hit.end)}</b>"]
        lines.append(_hours_pay(hit.hours, hit.pay_minor, currency))
        if hit.pay_rate is not None:
            lines.append(tr("{r}/h").format(r=fmt.money(hit.pay_rate, currency)))
        if hit.value is not None:
            lines.append(tr("value {v}/10").format(v=fmt.decimal(hit.value)))
        if hit.mood is not None:
            lines.append(tr("mood {m}/5").format(m=fmt.decimal(hit.mood)))
    lines.append(f"<i>{tr('Click to see these sessions')}</i>")
    return "<br>".join(lines)


class ChartPanel(QWidget):
    """A canvas showing one chart; emits ``picked(start, end)`` when a span or period is clicked."""

    picked = Signal(object, object)

    def __init__(
        self,
        name: str,
        builder: ChartBuilder,
        height: int,
        parent: QWidget | None = None,
        *,
        min_height: int = MIN_HEIGHT,
    ):
        super().__init__(parent)
        self.name = name
        self.builder = builder
        self.figure = new_figure()
        self.base_height = height
        self.min_height = min_height
        self.canvas = PageCanvas(self.figure)  # type: ignore[no-untyped-call]  # mpl's Qt backend is unannotated
        self.canvas.setFixedHeight(height)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.insights: Insights | None = None
        self._last_tip = ""

    def fit_height(self, view_height: int) -> None:
        """Size the chart for a page whose visible part is ``view_height`` px tall: its own
        height, at most SHARE_OF_VIEW of the view, never below its minimum (MIN_HEIGHT unless
        given: a chart of two stacked axes needs more to keep its words apart)."""
        wanted = max(self.min_height, min(self.base_height, int(view_height * SHARE_OF_VIEW)))
        if wanted != self.canvas.height() or wanted != self.canvas.minimumHeight():
            self.canvas.setFixedHeight(wanted)

    def draw(self, insights: Insights, dark: bool) -> None:
        """Redraw the chart for these insights."""
        self.insights = insights
        self.builder(insights, fig=self.figure, dark=dark)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def hit_at(self, event: Any) -> Span | PeriodRow | None:
        """The span or period under a matplotlib mouse event."""
        if event.inaxes is None:
            return None
        return hit_test(self.figure, event.xdata, event.ydata, event.inaxes)

    def _hover(self, event: Any) -> None:
        hit = self.hit_at(event)
        if hit is None or self.insights is None:
            if self._last_tip:
                QToolTip.hideText()
                self._last_tip = ""
            return
        text = describe_hit(hit, self.insights.currency)
        if text != self._last_tip:
            self._last_tip = text
            QToolTip.showText(QCursor.pos() + QPoint(12, 12), text, self.canvas)

    def _click(self, event: Any) -> None:
        hit = self.hit_at(event)
        if hit is not None:
            self.pick(hit.start, hit.end)

    def pick(self, start: date, end: date) -> None:
        """Report a chosen range of days (a click on a span or a period)."""
        self.picked.emit(start, end)
