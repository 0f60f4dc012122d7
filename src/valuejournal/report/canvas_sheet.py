"""The PDF's canvas page (landscape, after the summary): the nine blocks in the canvas
layout, each with its evidence in short lines and the person's words (Markdown) under it.

Drawn straight with the painter in the page's own geometry; a block's text that does not
fit is cut at the block's edge and ends with "…". The words are the same lines the Canvas
page and the CLI show (``core.canvas.block_lines``), in the report's locale.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextDocument,
)

from valuejournal.core.canvas import BLOCKS, Block, block_lines
from valuejournal.report.canvas import ACCENT, INK, MUTED, RULE, PdfCanvas, font, paper_context
from valuejournal.report.data import ReportData
from valuejournal.report.markdown import FEATURES as MARKDOWN
from valuejournal.report.markdown import hard_breaks
from valuejournal.report.text import Formatter, tr

ROWS = (0.37, 0.37, 0.26)  # shares of the grid's height: the top band's two rows, the bottom
COLUMNS = 5
PAD_MM = 2.2
GAP_MM = 1.6
LINE_PT = 7.0
_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def block_rect(block: Block, top: float, width: float, height: float, gap: float) -> QRectF:
    """Where a block sits on the page (the grid below ``top``)."""
    column_w = width / COLUMNS
    starts = [top + height * sum(ROWS[:i]) for i in range(len(ROWS) + 1)]
    x = block.column * column_w
    y = starts[block.row]
    h = starts[block.row + block.rows] - y
    return QRectF(x + gap / 2, y + gap / 2, column_w * block.columns - gap, h - gap)


def paint_canvas_page(canvas: PdfCanvas, data: ReportData, fmt: Formatter) -> None:
    """The canvas page of ``data``'s quarter (``data.canvas`` must be set)."""
    ev = data.canvas
    assert ev is not None
    p = canvas.painter
    assert p is not None
    mm = canvas.mm
    p.setFont(font(15, bold=True))
    p.setPen(INK)
    title = tr("Business model canvas {quarter}").format(quarter=data.quarter)
    p.drawText(QRectF(0, 0, canvas.width, mm(8)), _WRAP, title)
    if data.canvas_closed is not None:
        state = tr("Closed on {date}: the evidence as it was then.").format(
            date=fmt.date_long(data.canvas_closed.date())
        )
    else:
        state = tr("From {n} sessions, {h}; your words under each block.").format(
            n=fmt.integer(ev.sessions), h=fmt.hours(ev.hours)
        )
    p.setFont(font(8.5))
    p.setPen(MUTED)
    p.drawText(QRectF(0, mm(8), canvas.width, mm(5)), _WRAP, state)
    top = mm(15)
    lines = block_lines(ev, fmt.formats)
    for block in BLOCKS:
        rect = block_rect(block, top, canvas.width, canvas.height - top, mm(GAP_MM))
        _paint_block(canvas, p, block, rect, lines[block.key], data.canvas_texts.get(block.key, ""))


def _paint_block(
    canvas: PdfCanvas, p: QPainter, block: Block, rect: QRectF, lines: list[str], words: str
) -> None:
    mm = canvas.mm
    p.save()
    p.setPen(QPen(RULE, canvas.pt(0.8)))
    p.drawRoundedRect(rect, mm(1.5), mm(1.5))
    p.fillRect(QRectF(rect.x(), rect.y() + mm(1.5), mm(0.7), rect.height() - mm(3)), ACCENT)
    inner = rect.adjusted(mm(PAD_MM) + mm(0.7), mm(PAD_MM), -mm(PAD_MM), -mm(PAD_MM))
    p.setClipRect(inner)
    y = _draw(canvas, p, inner, inner.y(), tr(block.title), font(9.5, bold=True), INK)
    y = _draw(canvas, p, inner, y, tr(block.question), font(7, italic=True), MUTED)
    y += mm(1)
    for line in lines or [tr("Nothing this quarter.")]:
        y = _draw(canvas, p, inner, y, f"• {line}", font(LINE_PT), INK)
        if y > inner.bottom():
            break
    if words.strip() and y < inner.bottom() - mm(4):
        y += mm(1.2)
        p.setPen(QPen(RULE, canvas.pt(0.5)))
        p.drawLine(int(inner.x()), int(y), int(inner.right()), int(y))
        _draw_markdown(canvas, p, inner, y + mm(0.8), words)
    p.restore()


def _draw(
    canvas: PdfCanvas, p: QPainter, inner: QRectF, y: float, text: str, f: QFont, colour: QColor
) -> float:
    """Wrapped text from ``y`` across the block; the y below it."""
    metrics = QFontMetricsF(f, canvas.writer)
    box = metrics.boundingRect(QRectF(0, 0, inner.width(), 10 * inner.height()), _WRAP, text)
    p.setFont(f)
    p.setPen(colour)
    p.drawText(QRectF(inner.x(), y, inner.width(), box.height()), _WRAP, text)
    return float(y + box.height())


def _draw_markdown(canvas: PdfCanvas, p: QPainter, inner: QRectF, y: float, words: str) -> None:
    """The person's Markdown, laid out for the block's width, cut at its bottom."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font(7.5, serif=True))
    doc.documentLayout().setPaintDevice(canvas.writer)
    doc.setMarkdown(hard_breaks(words), MARKDOWN)
    doc.setPageSize(QSizeF(inner.width(), 1e9))
    room = inner.bottom() - y
    p.save()
    p.translate(inner.x(), y)
    doc.documentLayout().draw(p, paper_context(QRectF(0, 0, inner.width(), room)))
    p.restore()
