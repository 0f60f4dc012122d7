"""The Journal page's comment panel: the coach's comments on the selected session.

The Journal page places it beside the session list and decides when it is open (a session with
comments is selected, or the person opened it); `session_counts` feeds the list's badges. For a
client the panel shows the comments their coach sent; in review mode the coach also writes new
comments here, saved to the review store the moment "Add comment" is pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.entities import Comment, CommentTarget
from valuejournal.core.errors import UserError
from valuejournal.core.i18n import N_
from valuejournal.ui import dialogs
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.comment_list import (
    CommentList,
    describe_items,
)
from valuejournal.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal
    from valuejournal.ui.context import JournalContext


def session_counts(comments: list[Comment]) -> dict[str, tuple[int, int]]:
    """Per session uuid: (open comments, all comments)."""
    counts: dict[str, tuple[int, int]] = {}
    for comment in comments:
        if comment.target is CommentTarget.SESSION:
            open_, total = counts.get(comment.target_uuid, (0, 0))
            counts[comment.target_uuid] = (open_ + (not comment.resolved), total + 1)
    return counts


NOTHING_SELECTED = N_("Select a session to see its comments.")
NOTHING_SELECTED_REVIEW = N_("Select a session to see or write its comments.")


class CommentPanel(QFrame):
    """Comments on one session, with a box to write one when reviewing."""

    collapse_requested = Signal()

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentPanel")
        self.context = context
        self.review = context.review if context.share is not None else None
        self.session_uuid: str | None = None
        self.comments: list[Comment] = []
        title = plain_label(tr("Coach comments"), "sectionTitle")
        title.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.close_button = QPushButton("×")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.setToolTip(tr("Hide the comments (the Comments button opens them)"))
        self.close_button.setAccessibleName(tr("Hide the comments"))
        self.close_button.clicked.connect(self.collapse_requested)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.close_button)
        self.about = plain_label(tr(NOTHING_SELECTED), "muted")
        self.list = CommentList(tr("No comments on this session."), show_about=False)
        self.list.resolved_toggled.connect(self._set_resolved)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(tr("Write a comment on the selected session…"))
        self.editor.setMaximumHeight(110)
        self.add_button = QPushButton(tr("Add comment"))
        self.add_button.clicked.connect(self.add_comment)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.about)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.add_button)
        for widget in (self.editor, self.add_button):
            widget.setVisible(self.review is not None)
        self.setMinimumWidth(220)
        self.setMaximumWidth(420)

    @property
    def store(self) -> Journal:
        """Where this journal's comments live (a share's: the coach's review store)."""
        return self.context.journal

    def refresh(self) -> None:
        """Re-read the comments (after any change to them or to the journal)."""
        self.comments = self.store.list_comments()
        self.show_session(self.session_uuid)

    def count_for(self, uuid: str | None) -> int:
        """How many comments this session has."""
        return 0 if uuid is None else sum(c.target_uuid == uuid for c in self.comments)

    @property
    def relevant(self) -> bool:
        """Whether the panel has anything to offer: a review, or comments in this journal."""
        return self.review is not None or bool(self.comments)

    def show_session(self, uuid: str | None) -> None:
        """Show the comments on this session (None: nothing selected)."""
        self.session_uuid = uuid
        self.add_button.setEnabled(uuid is not None)
        self.editor.setEnabled(uuid is not None)
        if uuid is None:  # one sentence, not the list's "no comments" beside it
            self.about.setText(tr(NOTHING_SELECTED_REVIEW if self.review else NOTHING_SELECTED))
            self.about.show()
            self.list.set_items([])
            self.list.hide()
            return
        self.list.show()
        mine = [c for c in self.comments if c.target_uuid == uuid]
        items = describe_items(mine, self.context.journal)
        self.about.setText(items[0].about if items else "")
        self.about.setVisible(bool(items))
        self.list.set_items(items)

    def add_comment(self) -> None:
        """Save the comment written in the box on the selected session (review mode)."""
        body = self.editor.toPlainText().strip()
        if self.review is None or self.session_uuid is None or not body:
            return
        author = self.review.author or tr("Coach")
        comment = Comment(CommentTarget.SESSION, body, author, target_uuid=self.session_uuid)
        try:
            self.context.add_comments([comment])
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save the comment"), str(exc))
            return
        self.editor.clear()

    def _set_resolved(self, uuid: str, resolved: bool) -> None:
        try:
            self.context.set_comment_resolved(uuid, resolved)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save"), str(exc))
