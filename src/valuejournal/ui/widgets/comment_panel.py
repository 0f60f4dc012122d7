"""The Journal page's comment panel: the coach's comments on the selected session.

`attach_comment_panel(page)` puts the panel beside the session list and keeps the list's
comment badges (`SessionTableModel.comment_counts`) current. For a client the panel shows
the comments their coach sent (hidden while there are none); in review mode the coach also
writes new comments here, saved to the review store the moment "Add comment" is pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.entities import Comment, CommentTarget
from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.comment_list import (
    BADGE_SIZE,
    CommentList,
    describe_items,
)
from valuejournal.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal
    from valuejournal.ui.context import JournalContext
    from valuejournal.ui.session_model import SessionTableModel


class JournalPageLike(Protocol):
    """What the panel needs from the Journal page (which places it)."""

    context: JournalContext
    table: QTableView
    model: SessionTableModel

    def selected_uuids(self) -> list[str]:
        """The uuids of the selected sessions."""

    def layout(self) -> QLayout | None:
        """The page's layout."""


def session_counts(comments: list[Comment]) -> dict[str, tuple[int, int]]:
    """Per session uuid: (open comments, all comments)."""
    counts: dict[str, tuple[int, int]] = {}
    for comment in comments:
        if comment.target is CommentTarget.SESSION:
            open_, total = counts.get(comment.target_uuid, (0, 0))
            counts[comment.target_uuid] = (open_ + (not comment.resolved), total + 1)
    return counts


class CommentPanel(QFrame):
    """Comments on one session, with a box to write one when reviewing."""

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentPanel")
        self.context = context
        self.review = context.review if context.share is not None else None
        self.session_uuid: str | None = None
        self.comments: list[Comment] = []
        title = plain_label(tr("Coach comments"), "sectionTitle")
        title.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.about = plain_label(tr("Select a session to see its comments."), "muted")
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
        layout.addWidget(title)
        layout.addWidget(self.about)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.add_button)
        for widget in (self.editor, self.add_button):
            widget.setVisible(self.review is not None)
        self.setMinimumWidth(260)

    @property
    def store(self) -> Journal:
        """Where this journal's comments live (a share's: the coach's review store)."""
        return self.context.journal

    def refresh(self) -> None:
        """Re-read the comments (after any change to them or to the journal)."""
        self.comments = self.store.list_comments()
        self.setVisible(self.review is not None or bool(self.comments))
        self.show_session(self.session_uuid)

    def show_session(self, uuid: str | None) -> None:
        """Show the comments on this session (None: nothing selected)."""
        self.session_uuid = uuid
        self.add_button.setEnabled(uuid is not None)
        self.editor.setEnabled(uuid is not None)
        if uuid is None:
            self.about.setText(tr("Select a session to see its comments."))
            self.list.set_items([])
            return
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


class _Binder(QObject):
    """Keeps the page's badges and panel in step with the comments (a child of the panel,
    so its connections end with the panel and its page)."""

    def __init__(self, page: JournalPageLike, panel: CommentPanel) -> None:
        super().__init__(panel)
        self.page = page
        self.panel = panel

    @Slot()
    def selection_changed(self, *_args: object) -> None:
        uuids = self.page.selected_uuids()
        self.panel.show_session(uuids[0] if uuids else None)

    @Slot()
    def refresh(self) -> None:
        self.panel.refresh()
        model = self.page.model
        model.comment_counts = session_counts(self.panel.comments)
        if model.rowCount():
            last = model.index(model.rowCount() - 1, model.columnCount() - 1)
            model.dataChanged.emit(model.index(0, 0), last, [Qt.ItemDataRole.DecorationRole])


def attach_comment_panel(page: JournalPageLike) -> CommentPanel:
    """Put a comment panel beside the page's session list and wire it up."""
    assert isinstance(page, QWidget)
    panel = CommentPanel(page.context, page)
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.setChildrenCollapsible(False)
    layout = page.layout()
    assert layout is not None
    layout.replaceWidget(page.table, splitter)
    splitter.addWidget(page.table)
    splitter.addWidget(panel)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([900, 320])
    page.table.setIconSize(QSize(*BADGE_SIZE))
    binder = _Binder(page, panel)
    page.table.selectionModel().selectionChanged.connect(binder.selection_changed)
    page.model.modelReset.connect(binder.selection_changed)
    page.context.journal_changed.connect(binder.refresh)
    page.context.comments_changed.connect(binder.refresh)
    binder.refresh()
    return panel
