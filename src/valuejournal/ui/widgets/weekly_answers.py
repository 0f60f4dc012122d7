"""The quarter's weekly reviews beside its reflection: each week's prompts and answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from valuejournal.core import formats
from valuejournal.core.weekly_review import WeeklyAnswers
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.reflection_figures import PANEL_WIDTH


def answers_html(reviews: Sequence[WeeklyAnswers]) -> str:
    """The answered reviews as rich text, oldest week first (dismissed ones left out)."""
    fmt = formats.current()
    parts: list[str] = []
    for review in reviews:
        if not review.answered:
            continue
        span = fmt.date_range(review.start, review.start + timedelta(days=6))
        parts.append(f"<p style='margin-bottom:2px'><b>{escape(span)}</b></p>")
        for prompt, answer in zip(review.prompts, review.answers, strict=False):
            if answer.strip():
                body = escape(answer.strip()).replace("\n", "<br>")
                parts.append(f"<p style='margin:0'><i>{escape(prompt)}</i></p><p>{body}</p>")
    return "".join(parts)


class WeeklyAnswersPanel(QFrame):
    """The weekly reviews answered in one quarter, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weeklyAnswers")
        self.setFixedWidth(PANEL_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(tr("Weekly reviews"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)

    def show_reviews(self, reviews: Sequence[WeeklyAnswers]) -> None:
        """Show these weeks' answers (or say there are none)."""
        html = answers_html(reviews)
        empty = tr("No weekly review answered in this quarter yet (Go → Weekly review…).")
        self.text.setText(html or escape(empty))
