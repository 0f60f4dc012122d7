"""One block of the Canvas page: title and question, the evidence (lines, and a small chart
where it is better seen than read), the person's Markdown editor, and a coach's comments;
in review mode the text is read-only and the coach writes a comment under it instead.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.canvas import Block
from valuejournal.core.entities import Comment
from valuejournal.ui.i18n import tr

EDITOR_HEIGHT = 74
_STYLE = (
    "#canvasBlock { border: 1px solid palette(mid); border-radius: 6px; }"
    " #canvasComment { background: palette(alternate-base); border-left: 4px solid #E69F00;"
    " padding: 4px; }"
)


class CanvasBlockWidget(QFrame):
    """A block: evidence above, the person's words below, comments at the foot."""

    edited = Signal()
    focus_left = Signal()
    comment_submitted = Signal(str, str)  # block key, body

    def __init__(self, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.setObjectName("canvasBlock")
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        heading = QLabel(f"<b>{escape(tr(block.title))}</b>")
        question = QLabel(tr(block.question))
        question.setObjectName("muted")
        heading.setWordWrap(True)
        question.setWordWrap(True)
        self.evidence = QLabel()
        self.evidence.setObjectName(f"evidence-{block.key}")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_holder = QVBoxLayout()
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName(f"canvas-editor-{block.key}")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(tr("Your words (Markdown)…"))
        self.editor.setAccessibleName(tr(block.title))
        self.editor.setAccessibleDescription(tr(block.question))
        self.editor.setFixedHeight(EDITOR_HEIGHT)
        self.editor.textChanged.connect(self.edited)
        self.editor.installEventFilter(self)
        self.comments = QLabel()
        self.comments.setObjectName("canvasComment")
        self.comments.setWordWrap(True)
        self.comments.setTextFormat(Qt.TextFormat.RichText)
        self.comments.hide()
        self.comment_editor = QPlainTextEdit()
        self.comment_editor.setTabChangesFocus(True)
        self.comment_editor.setPlaceholderText(tr("Your comment on this block…"))
        self.comment_editor.setAccessibleName(tr("Your comment on this block…"))
        self.comment_editor.setFixedHeight(48)
        self.comment_button = QPushButton(tr("Add comment"))
        self.comment_button.clicked.connect(self._submit_comment)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        top: tuple[QWidget, ...] = (heading, question, self.evidence)
        for widget in top:
            layout.addWidget(widget)
        layout.addLayout(self.chart_holder)
        layout.addStretch(1)
        bottom: tuple[QWidget, ...] = (
            self.editor, self.comments, self.comment_editor, self.comment_button,
        )  # fmt: skip
        for widget in bottom:
            layout.addWidget(widget)
        self.set_review(False)

    # -- evidence ----------------------------------------------------------------------
    def set_evidence(self, lines: list[str], hint: str = "") -> None:
        """Show the block's evidence lines (or that there is none, and ``hint``: how to
        give it some)."""
        if not lines:
            self.evidence.setText(f"<i>{escape(hint or tr('Nothing this quarter.'))}</i>")
            return
        self.evidence.setText("<br>".join(f"• {escape(line)}" for line in lines))

    def set_chart(self, widget: QWidget | None) -> None:
        """Place a chart under the evidence (None: no chart)."""
        while self.chart_holder.count():
            item = self.chart_holder.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.setParent(None)
        if widget is not None:
            self.chart_holder.addWidget(widget)

    # -- text --------------------------------------------------------------------------
    def text(self) -> str:
        """The person's Markdown for this block."""
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text (without ``edited``) unless it is already what is shown."""
        if text == self.text():
            return
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.blockSignals(False)

    def set_review(self, review: bool, *, can_comment: bool = False) -> None:
        """Read-only (a closed quarter, a share under review); a coach may comment."""
        self.editor.setReadOnly(review)
        self.comment_editor.setVisible(can_comment)
        self.comment_button.setVisible(can_comment)

    # -- comments ----------------------------------------------------------------------
    def set_comments(self, comments: list[Comment]) -> None:
        """Show the coach's comments on this block (hidden when there are none)."""
        parts = []
        for c in comments:
            when = formats.current().date(c.created_at.astimezone().date())
            state = f" · {escape(tr('resolved'))}" if c.resolved else ""
            body = escape(c.body).replace("\n", "<br>")
            parts.append(
                f"<b>{escape(c.author or tr('Coach'))}</b> <small>· {when}{state}</small><br>{body}"
            )
        self.comments.setText("<br>".join(parts))
        self.comments.setVisible(bool(comments))

    def _submit_comment(self) -> None:
        body = self.comment_editor.toPlainText().strip()
        if body:
            self.comment_editor.clear()
            self.comment_submitted.emit(self.block.key, body)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report when the editor loses focus (the page saves then)."""
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        return super().eventFilter(watched, event)
