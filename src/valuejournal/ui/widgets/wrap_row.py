"""A row of cells that wraps onto a second line when it is too narrow for one.

The quick entry is one row on a wide window; below the width the cells need at their
preferred sizes, the cells from ``split`` on move to a second line, so a 900 px window still
shows every field whole. The widget's minimum width is that of the two-line arrangement.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class WrapRow(QWidget):
    """Cells (widget, stretch) on one line, or on two when the width asks for it.

    ``wanted`` gives, per cell index, the width a stretching cell should have before the
    cells go on one line (by default its size hint).
    """

    def __init__(
        self,
        cells: list[tuple[QWidget, int]],
        split: int,
        wanted: dict[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cells = cells
        self._wanted = wanted or {}
        self._split = split
        self._two_lines: bool | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._lines = (QHBoxLayout(), QHBoxLayout())
        for line in self._lines:
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(5)
            outer.addLayout(line)
        self._arrange(False)

    @property
    def two_lines(self) -> bool:
        """Whether the cells are on two lines now."""
        return bool(self._two_lines)

    def _width(self, sizes: list[int]) -> int:
        return sum(sizes) + self._lines[0].spacing() * max(0, len(sizes) - 1)

    def one_line_width(self) -> int:
        """The width below which the cells wrap: each at its wanted or preferred size."""
        return self._width(
            [
                max(w.sizeHint().width(), self._wanted.get(i, 0))
                for i, (w, _) in enumerate(self._cells)
            ]
        )

    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-line arrangement allows."""
        sizes = [w.minimumSizeHint().width() for w, _ in self._cells]
        width = max(self._width(sizes[: self._split]), self._width(sizes[self._split :]))
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap or unwrap for the new width."""
        super().resizeEvent(event)
        self._arrange(event.size().width() < self.one_line_width())

    def _arrange(self, two_lines: bool) -> None:
        if two_lines == self._two_lines:
            return
        self._two_lines = two_lines
        for line in self._lines:
            while line.count():
                line.takeAt(0)
        for i, (widget, stretch) in enumerate(self._cells):
            line = self._lines[1 if two_lines and i >= self._split else 0]
            line.addWidget(widget, stretch)
        if two_lines:
            self._lines[1].addStretch(1)
        self.updateGeometry()
