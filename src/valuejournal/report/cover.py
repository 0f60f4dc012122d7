"""Pages drawn directly with the painter: the cover and the chart pages."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from valuejournal.report.canvas import ACCENT, INK, MUTED, RULE, PdfCanvas, font
from valuejournal.report.data import ReportData
from valuejournal.report.text import Formatter, tr
from valuejournal.report.vector import SvgChart

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_WRAP = _LEFT | Qt.TextFlag.TextWordWrap


def _text(
    canvas: PdfCanvas,
    y: float,
    text: str,
    f: QFont,
    colour: QColor = INK,
    width: float | None = None,
) -> float:
    """Draw wrapped text at ``y``; return the y just below it."""
    painter = _painter(canvas)
    width = width or canvas.width
    metrics = QFontMetricsF(f, canvas.writer)
    rect = metrics.boundingRect(QRectF(0, 0, width, canvas.height), _WRAP, text)
    painter.setFont(f)
    painter.setPen(colour)
    painter.drawText(QRectF(0, y, width, rect.height()), _WRAP, text)
    return y + rect.height()


def paint_cover(canvas: PdfCanvas, data: ReportData, fmt: Formatter) -> None:
    """Title page: the quarter, its dates, the person; three figures; when it was made."""
    p = _painter(canvas)
    mm = canvas.mm
    p.fillRect(QRectF(0, 0, canvas.width, mm(1.6)), ACCENT)
    y = _text(canvas, mm(5), tr("VALUE JOURNAL"), _spaced(font(9, bold=True)), ACCENT)
    y = max(y, canvas.height * 0.28)
    y = _text(canvas, y, tr("Quarterly reflection"), font(18), MUTED)
    y = _text(canvas, y + mm(1), data.quarter, font(46, bold=True))
    y = _text(canvas, y + mm(2), fmt.date_range(data.start, data.end), font(14), MUTED)
    p.fillRect(QRectF(0, y + mm(7), mm(36), mm(1.1)), ACCENT)
    y = _text(canvas, y + mm(13), data.owner, font(20))
    if data.business:
        _text(canvas, y + mm(1), data.business, font(13), MUTED)
    if not data.empty:
        _cover_figures(canvas, data, fmt, canvas.height - mm(62))
    made = tr("Prepared on {date} from the journal “{name}”.").format(
        date=fmt.date_long(data.today), name=data.journal_name
    )
    _text(canvas, canvas.height - mm(6), made, font(8.5), MUTED)


def _cover_figures(canvas: PdfCanvas, data: ReportData, fmt: Formatter, top: float) -> None:
    p = _painter(canvas)
    f = data.figures
    items = [
        (tr("Hours worked"), fmt.hours(f.totals.hours)),
        (tr("Pay earned"), fmt.money_round(f.totals.pay_minor)),
        (tr("Average value"), fmt.score(f.totals.value)),
    ]
    p.setPen(QPen(RULE, canvas.pt(0.6)))
    p.drawLine(0, int(top), int(canvas.width), int(top))
    column = canvas.width / len(items)
    for i, (label, value) in enumerate(items):
        x = i * column
        p.setFont(font(9))
        p.setPen(MUTED)
        p.drawText(QRectF(x, top + canvas.mm(5), column, canvas.mm(6)), _LEFT, label)
        p.setFont(font(20, bold=True))
        p.setPen(INK)
        p.drawText(QRectF(x, top + canvas.mm(11), column, canvas.mm(12)), _LEFT, value)


def paint_chart_page(canvas: PdfCanvas, charts: list[SvgChart], *, first: bool) -> None:
    """Up to two charts, each with its caption; the first chart page has a heading."""
    y = 0.0
    if first:
        y = _text(canvas, 0, tr("Charts"), font(20, bold=True))
        lead = tr("The same charts as on the Insights page, for this quarter, week by week.")
        y = _text(canvas, y + canvas.mm(1), lead, font(10.5), MUTED) + canvas.mm(5)
    gap = canvas.mm(8)
    slot = (canvas.height - y - gap * (len(charts) - 1)) / max(len(charts), 1)
    for chart in charts:
        chart_with_caption(canvas, chart, y, slot)
        y += slot + gap


def chart_with_caption(canvas: PdfCanvas, chart: SvgChart, top: float, room: float) -> float:
    """Draw a chart (at most its natural size, scaled down to the room) and its caption
    under it; return the height used."""
    caption_font = font(8.5, italic=True)
    metrics = QFontMetricsF(caption_font, canvas.writer)
    caption = metrics.boundingRect(QRectF(0, 0, canvas.width, room), _WRAP, chart.caption)
    width = chart.natural_width(canvas)
    height = min(chart.height_for(width), room - caption.height() - canvas.mm(3))
    width = min(width, height / chart.aspect)
    x = (canvas.width - width) / 2
    chart.paint(_painter(canvas), QRectF(x, top, width, height))
    _text(canvas, top + height + canvas.mm(2), chart.caption, caption_font, MUTED)
    return height + canvas.mm(2) + caption.height()


def _spaced(f: QFont) -> QFont:
    f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 130)
    return f


def _painter(canvas: PdfCanvas) -> QPainter:
    painter = canvas.painter
    if painter is None:
        raise RuntimeError("the canvas is not open")
    return painter
