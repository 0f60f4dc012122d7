"""One guided section of a quarter's reflection: prompt, Markdown editor or preview, coach notes.

The editor holds Markdown as typed (paragraphs, ``- lists``, ``**bold**``, ``*italic*``;
Ctrl+B and Ctrl+I wrap the selection). It grows with its text, so the page scrolls rather than
each box. A coach's comments on the section sit beside it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import Comment
from valuejournal.report.markdown import markdown_to_html
from valuejournal.ui.i18n import tr

MIN_HEIGHT, MAX_HEIGHT = 96, 520
COMMENT_WIDTH = 250
_COMMENT_STYLE = (
    "#coachComment { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-left: 4px solid #E69F00; border-radius: 6px; padding: 6px; }"
)


def prompts() -> dict[str, str]:
    """The short question under each section's title."""
    return {
        "created": tr("Which work made a real difference this quarter, and for whom: clients, "
                      "community, yourself?"),
        "captured": tr("What came back: money, and also referrals, repeat work, learning, "
                       "reputation, joy? What is still waiting?"),
        "scales": tr("Where did you give much more than you got, or get paid well for work that "
                     "meant little? With whom?"),
        "change": tr("One to three concrete changes: rates, clients, hours, what you will say "
                     "no to."),
        "notes": tr("Anything else worth remembering about this quarter."),
    }  # fmt: skip


def _closes(text: str, position: int, mark: str) -> bool:
    """Whether ``mark`` follows ``position`` as a closing mark of a pair opened before it
    on the same line ("*" is not the start of "**")."""
    after = text[position:]
    if not after.startswith(mark) or (mark == "*" and after.startswith("**")):
        return False
    line = text[text.rfind("\n", 0, position) + 1 : position]
    opened = line.count(mark) if mark == "**" else line.replace("**", "").count(mark)
    return opened % 2 == 1


class _GrowingEdit(QTextEdit):
    """A plain-text editor whose height follows its text (between two limits)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())
        self.fit()

    def fit(self) -> None:
        """Resize to the text."""
        margins = self.contentsMargins()
        wanted = self.document().size().height() + margins.top() + margins.bottom() + 6
        self.setFixedHeight(int(min(max(wanted, MIN_HEIGHT), MAX_HEIGHT)))


class ReflectionSectionEditor(QFrame):
    """Title, prompt, editor (or its formatted preview) and the coach's comments."""

    edited = Signal()
    focus_left = Signal()

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"section-{key}")
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.prompt = prompt = QLabel(prompts().get(key, ""))
        prompt.setObjectName("muted")
        prompt.setWordWrap(True)
        self.editor = _GrowingEdit()
        self.editor.setPlaceholderText(
            tr("Write here. Markdown works: **bold**, *italic*, “- ” for a list.")
        )
        self.editor.setAccessibleName(title)
        self.editor.textChanged.connect(self.edited)
        self.editor.installEventFilter(self)
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(True)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setStyleSheet("QTextBrowser { background: transparent; }")
        self.preview.hide()
        self.comments = QFrame()
        self.comments.setObjectName("coachComment")
        self.comments.setStyleSheet(_COMMENT_STYLE)
        self.comments.setFixedWidth(COMMENT_WIDTH)
        self.comment_label = QLabel()
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextFormat(Qt.TextFormat.RichText)
        self.comment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.comments).addWidget(self.comment_label)
        self.comments.hide()
        self._build(heading, prompt)
        self._shortcuts()

    def _build(self, heading: QLabel, prompt: QLabel) -> None:
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(heading)
        column.addWidget(prompt)
        column.addWidget(self.editor)
        column.addWidget(self.preview)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 10)
        row.addLayout(column, 1)
        row.addWidget(self.comments, 0, Qt.AlignmentFlag.AlignTop)

    def _shortcuts(self) -> None:
        for keys, mark in (("Ctrl+B", "**"), ("Ctrl+I", "*")):
            shortcut = QShortcut(QKeySequence(keys), self.editor, lambda m=mark: self.wrap(m))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- text --------------------------------------------------------------------------
    def text(self) -> str:
        """The section's Markdown."""
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text without emitting ``edited``."""
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # ready to go on writing
        self.editor.blockSignals(False)
        self.editor.fit()
        if self.preview.isVisible():
            self.show_preview(True)

    def wrap(self, mark: str) -> None:
        """Wrap the selection in a Markdown mark; with none, open a pair for the cursor, or,
        pressed again before the closing mark, step over it (as editors do with brackets)."""
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        if not selected and _closes(self.text(), cursor.position(), mark):
            cursor.movePosition(cursor.MoveOperation.Right, n=len(mark))
            self.editor.setTextCursor(cursor)
            return
        cursor.insertText(f"{mark}{selected}{mark}")
        if not selected:
            cursor.movePosition(cursor.MoveOperation.Left, n=len(mark))
            self.editor.setTextCursor(cursor)

    def set_read_only(self, read_only: bool) -> None:
        """A reflection under review can be read, not changed."""
        self.editor.setReadOnly(read_only)

    def show_preview(self, on: bool) -> None:
        """Show the formatted text instead of the Markdown (or back)."""
        if on:
            html = markdown_to_html(self.text()) or f"<i>{escape(tr('Nothing written yet.'))}</i>"
            self.preview.setHtml(html)
            height = self.preview.document().size().height() + 12
            self.preview.setFixedHeight(int(min(max(height, MIN_HEIGHT / 2), MAX_HEIGHT)))
        self.preview.setVisible(on)
        self.editor.setVisible(not on)

    # -- comments ----------------------------------------------------------------------
    def set_comments(self, comments: list[Comment]) -> None:
        """Show the coach's comments on this section (hidden when there are none)."""
        parts = []
        for c in comments:
            when = formats.current().date(c.created_at.astimezone().date())
            state = f" · {escape(tr('resolved'))}" if c.resolved else ""
            body = escape(c.body).replace("\n", "<br>")
            if c.resolved:
                body = f"<span style='color:gray'>{body}</span>"
            parts.append(
                f"<p><b>{escape(c.author or tr('Coach'))}</b> <small>· {when}{state}</small>"
                f"<br>{body}</p>"
            )
        self.comment_label.setText("".join(parts))
        self.comments.setVisible(bool(comments))

    # -- focus -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report when the editor loses focus (the page saves then)."""
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        return super().eventFilter(watched, event)
