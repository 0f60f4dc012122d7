"""Coach comments as cards: who, when, about what, the text, and a "Resolved" box.

Comment text comes from someone else's file, so every label shows it as plain text (never
rich text: no HTML, no links, no images). The same list serves the Journal page's panel,
the Coach page and, through `SectionComments`, any page that shows reflection sections.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import REFLECTION_SECTIONS, Comment, CommentTarget, Session
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal

OPEN_COLOR = "#d9822b"
RESOLVED_COLOR = "#8a8f98"


@dataclass(frozen=True, slots=True)
class CommentItem:
    """A comment with the words for what it is about, and whether that is gone."""

    comment: Comment
    about: str
    orphaned: bool = False


BADGE_SIZE = (26, 16)


@lru_cache(maxsize=64)
def comment_badge(open_count: int, total: int) -> QIcon:
    """A small speech-bubble icon with the number of open comments (grey: all resolved)."""
    width, height = BADGE_SIZE
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(OPEN_COLOR if open_count else RESOLVED_COLOR))
    bubble = QRectF(0, 0, width, height - 3)
    painter.drawRoundedRect(bubble, 6, 6)
    tail = [QPointF(5, height - 4), QPointF(11, height - 4), QPointF(5, height)]
    painter.drawPolygon(QPolygonF(tail))
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    number = open_count if open_count else total
    painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, str(min(number, 99)))
    painter.end()
    return QIcon(pixmap)


class CommentCard(QFrame):
    """One comment."""

    resolved_toggled = Signal(str, bool)
    show_requested = Signal(object)
    edit_requested = Signal(object)
    withdraw_requested = Signal(object)
    reply_requested = Signal(object)

    def __init__(
        self,
        item: CommentItem,
        *,
        can_show: bool,
        show_about: bool,
        actions: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        comment = item.comment
        self.comment = comment
        self.setObjectName("commentCard")
        color = RESOLVED_COLOR if comment.resolved else OPEN_COLOR
        self.setStyleSheet(
            f"#commentCard {{ border: none; border-left: 3px solid {color}; "
            "background: palette(base); border-radius: 4px; }"
            "#commentHead { font-weight: 600; }"
        )
        fmt = formats.current()
        when = fmt.moment(comment.created_at)
        author = comment.author or tr("Coach")
        if comment.is_reply:
            when = tr("reply, {when}").format(when=when)
        elif comment.updated_at is not None and not comment.withdrawn:
            when = tr("{when}, changed {changed}").format(
                when=when, changed=fmt.moment(comment.updated_at)
            )
        head = plain_label(f"{author} · {when}", "commentHead")
        about = item.about + (f" — {tr('no longer in the journal')}" if item.orphaned else "")
        self.about = plain_label(about, "commentAbout")
        body = tr("(withdrawn by the coach)") if comment.withdrawn else comment.body
        self.body = plain_label(body, "commentBody")
        self.resolved = QCheckBox(tr("Resolved"))
        self.resolved.setChecked(comment.resolved)
        self.resolved.toggled.connect(lambda on: self.resolved_toggled.emit(comment.uuid, on))
        self.resolved.setVisible(not comment.is_reply and not comment.withdrawn)
        row = QHBoxLayout()
        row.addWidget(self.resolved)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        wanted = {
            "edit": (tr("Edit"), self.edit_requested),
            "withdraw": (tr("Withdraw"), self.withdraw_requested),
            "reply": (tr("Reply"), self.reply_requested),
        }
        mine = not comment.is_reply and not comment.withdrawn
        for key in actions:
            if not mine:
                continue
            text, signal = wanted[key]
            button = QPushButton(text)
            button.setObjectName("linkButton")
            button.setFlat(True)
            button.clicked.connect(lambda _=False, s=signal: s.emit(comment))
            self.buttons[key] = button
            row.addWidget(button)
        if can_show and not item.orphaned:
            show = QPushButton(tr("Show"))
            show.setObjectName("linkButton")
            show.setFlat(True)
            show.clicked.connect(lambda: self.show_requested.emit(comment))
            row.addWidget(show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(head)
        layout.addWidget(self.about)
        self.about.setVisible(show_about)
        layout.addWidget(self.body)
        layout.addLayout(row)


class CommentList(QScrollArea):
    """A scrolling column of comment cards, open ones first."""

    resolved_toggled = Signal(str, bool)
    show_requested = Signal(object)
    edit_requested = Signal(object)
    withdraw_requested = Signal(object)
    reply_requested = Signal(object)

    def __init__(
        self,
        empty_text: str,
        *,
        can_show: bool = False,
        show_about: bool = True,
        actions: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.card_actions = actions
        self.can_show = can_show
        self.show_about = show_about
        self.empty_text = empty_text
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[CommentCard] = []
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._inner)
        self.set_items([])

    def set_items(self, items: list[CommentItem]) -> None:
        """Show these comments (open first, then oldest first)."""
        while self._layout.count():
            taken = self._layout.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.deleteLater()
        self.cards = []
        ordered = _threaded(items)
        for item in ordered:
            card = CommentCard(
                item, can_show=self.can_show, show_about=self.show_about, actions=self.card_actions
            )
            card.resolved_toggled.connect(self.resolved_toggled)
            card.show_requested.connect(self.show_requested)
            card.edit_requested.connect(self.edit_requested)
            card.withdraw_requested.connect(self.withdraw_requested)
            card.reply_requested.connect(self.reply_requested)
            if item.comment.is_reply:
                card.setContentsMargins(24, 0, 0, 0)
            self.cards.append(card)
            self._layout.addWidget(card)
        if not items:
            self._layout.addWidget(plain_label(self.empty_text, "muted"))
        self._layout.addStretch(1)


def _threaded(items: list[CommentItem]) -> list[CommentItem]:
    """Open comments first, then oldest first; each reply right after what it answers."""
    replies: dict[str, list[CommentItem]] = {}
    for item in items:
        if item.comment.is_reply:
            replies.setdefault(item.comment.reply_to, []).append(item)
    known = {i.comment.uuid for i in items if not i.comment.is_reply}
    tops = [i for i in items if not i.comment.is_reply or i.comment.reply_to not in known]
    tops.sort(key=lambda i: (i.comment.resolved or i.comment.withdrawn, i.comment.created_at))
    ordered: list[CommentItem] = []
    for item in tops:
        ordered.append(item)
        if not item.comment.is_reply:
            ordered.extend(
                sorted(replies.get(item.comment.uuid, []), key=lambda i: i.comment.created_at)
            )
    return ordered


def describe_items(comments: list[Comment], journal: Journal) -> list[CommentItem]:
    """Each comment with the words for what it is about in ``journal``, orphans marked."""
    from valuejournal.core.query import SessionQuery

    wanted = tuple(c.target_uuid for c in comments if c.target is CommentTarget.SESSION)
    sessions = {s.uuid: s for s in journal.query_sessions(SessionQuery(uuids=wanted))}
    reflections = {r.uuid: r for r in journal.list_reflections()}
    sections = dict(REFLECTION_SECTIONS)
    items = []
    for comment in comments:
        orphaned = False
        if comment.target is CommentTarget.PERIOD:
            about = tr("Period {start} to {end}").format(
                start=comment.period_start, end=comment.period_end
            )
        elif comment.target is CommentTarget.CANVAS:
            from valuejournal.core.canvas import BLOCK_TITLES
            from valuejournal.core.periods import quarter_of

            start = comment.period_start
            about = tr("Canvas {quarter}, “{block}”").format(
                quarter=quarter_of(start) if start else "?",
                block=tr(BLOCK_TITLES.get(comment.section, comment.section)),
            )
        elif comment.target is CommentTarget.REFLECTION:
            found = reflections.get(comment.target_uuid)
            orphaned = found is None
            about = tr("Reflection {quarter}, “{section}”").format(
                quarter=found.quarter if found else "?",
                section=tr(sections.get(comment.section, comment.section)),
            )
        else:
            session = sessions.get(comment.target_uuid)
            orphaned = session is None
            about = tr("A session") if session is None else _session_words(session)
        items.append(CommentItem(comment, about, orphaned))
    return items


def _session_words(session: Session) -> str:
    parts = [tr("Session {day}").format(day=formats.current().date(session.day))]
    if session.client:
        parts.append(session.client)
    if session.title:
        parts.append(session.title[:80])
    return " · ".join(parts)
