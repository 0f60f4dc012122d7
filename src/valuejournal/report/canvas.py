"""The PDF page: a QPdfWriter with its painter, page geometry, fonts and the page footer.

All drawing happens in device units of the writer (``RESOLUTION`` dots per inch); ``mm`` and
``pt`` convert. The content area excludes the margins and the footer band.
"""

from __future__ import annotations

import uuid
from functools import cache
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUuid
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)

from valuejournal.report.text import tr

RESOLUTION = 600
MARGINS_MM = QMarginsF(20.0, 18.0, 20.0, 14.0)
FOOTER_MM = 10.0
SANS = "DejaVu Sans"
SERIF = "DejaVu Serif"
INK = QColor("#1A1A1A")
MUTED = QColor("#6B6B6B")
RULE = QColor("#D0D0D0")
ACCENT = QColor("#0072B2")  # the charts' "pay" blue (Okabe-Ito)


def paper_context(clip: QRectF) -> QAbstractTextDocumentLayout.PaintContext:
    """How a text document is painted on the page: ink on paper whatever the window's theme
    (the default context takes the application's palette, light text in the dark theme)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette = QPalette(QColor("#FFFFFF"))
    context.palette.setColor(QPalette.ColorRole.Text, INK)
    context.palette.setColor(QPalette.ColorRole.WindowText, INK)
    context.palette.setColor(QPalette.ColorRole.Link, ACCENT)
    return context


_BUNDLED = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
            "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")  # fmt: skip


def px(points: float) -> int:
    """Points as rich-text pixels for margins and paddings: Qt reads those as pixels of a
    96-dpi screen and scales them to the paint device itself."""
    return round(points * 96 / 72.0)


@cache
def ensure_fonts() -> None:
    """Make the DejaVu fonts the charts are drawn with known to Qt (matplotlib ships them),
    so chart text and page text look the same on every machine."""
    families = set(QFontDatabase.families())
    if SANS in families and SERIF in families:
        return
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in _BUNDLED:
        QFontDatabase.addApplicationFont(str(folder / name))


def font(size_pt: float, *, bold: bool = False, italic: bool = False, serif: bool = False) -> QFont:
    """A report font (DejaVu, with Qt's fallback for scripts it lacks)."""
    f = QFont()
    f.setFamilies([SERIF if serif else SANS, "Noto Sans", "Droid Sans Fallback"])
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setItalic(italic)
    return f


class PdfCanvas:
    """One PDF being written: page geometry in device units and the open painter."""

    def __init__(
        self,
        device: QIODevice,
        page_size: QPageSize.PageSizeId,
        *,
        title: str,
        author: str,
        key: str,
    ) -> None:
        ensure_fonts()
        self.writer = QPdfWriter(device)
        self.writer.setResolution(RESOLUTION)
        layout = QPageLayout(
            QPageSize(page_size),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
        self.writer.setPageLayout(layout)
        self.writer.setTitle(title)
        self.writer.setAuthor(author)
        self.writer.setCreator("Value Journal")
        self.writer.setDocumentId(QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, f"valuejournal:{key}"))))
        self.painter: QPainter | None = None
        self._measure()

    def _measure(self) -> None:
        paint = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(paint.width())
        self.page_height = float(paint.height())
        self.height = self.page_height - self.mm(FOOTER_MM)

    # -- units -------------------------------------------------------------------------
    @staticmethod
    def mm(value: float) -> float:
        """Millimetres in device units."""
        return value / 25.4 * RESOLUTION

    @staticmethod
    def pt(value: float) -> float:
        """Points (1/72 inch) in device units."""
        return value / 72.0 * RESOLUTION

    @property
    def content(self) -> QRectF:
        """The area page content may use (above the footer band)."""
        return QRectF(0.0, 0.0, self.width, self.height)

    @property
    def content_size(self) -> QSizeF:
        """Size of the content area."""
        return QSizeF(self.width, self.height)

    # -- pages -------------------------------------------------------------------------
    def begin(self) -> QPainter:
        """Open the painter on the first page."""
        painter = QPainter()
        if not painter.begin(self.writer):
            raise OSError("could not start writing the PDF")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.painter = painter
        return painter

    def new_page(self, *, landscape: bool = False) -> None:
        """Start the next page, turned sideways with ``landscape`` (the canvas page)."""
        turned = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        if self.writer.pageLayout().orientation() != turned:
            self.writer.setPageOrientation(turned)  # takes effect with the next page
            self._measure()
        self.writer.newPage()

    def finish(self) -> None:
        """Close the painter, which completes the file."""
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.painter = None

    def footer(self, left: str, page: int, total: int) -> None:
        """The footer band: a hairline, the document's name on the left, "Page n of m"."""
        p = self._p()
        top = self.page_height - self.mm(FOOTER_MM) + self.mm(4)
        p.save()
        p.setPen(QPen(RULE, self.pt(0.5)))
        p.drawLine(0, int(top), int(self.width), int(top))
        p.setPen(MUTED)
        p.setFont(font(8))
        band = QRectF(0, top + self.mm(1.2), self.width, self.mm(5))
        p.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
        p.drawText(
            band,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            tr("Page {page} of {total}").format(page=page, total=total),
        )
        p.restore()

    def _p(self) -> QPainter:
        if self.painter is None:
            raise RuntimeError("the canvas is not open")
        return self.painter
