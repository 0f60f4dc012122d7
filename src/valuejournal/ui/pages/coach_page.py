"""The Coach page: share with a coach and read their feedback, or review clients' journals.

On one's own journal the page offers "Share with coach…", "Import coach feedback…" and the
comments received so far (orphans included). While a shared journal is shown (review mode)
it becomes the coach's desk: a switcher between the open shares, what the share holds,
composers for comments on a period or a reflection section, every comment made so far with
its resolve box, and "Save feedback file…".
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import Comment, CommentTarget, reply_for
from valuejournal.core.errors import UserError
from valuejournal.core.homework import Homework, HomeworkStatus
from valuejournal.core.periods import quarter_of
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.comment_dialogs import passphrase_problem
from valuejournal.ui.widgets.comment_list import CommentList, describe_items
from valuejournal.ui.widgets.homework_view import (
    UUID_ROLE,
    CommentEditor,
    HomeworkForm,
    HomeworkList,
)
from valuejournal.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuejournal.ui.context import JournalContext
    from valuejournal.ui.review import SharedJournal


def _button(text: str, slot: object) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


class CoachPage(QWidget):
    """Share and feedback for one's own journal; the review desk for a shared one.

    A click on a comment's "Show" asks the window to show what it is about (the signals)."""

    status_message = Signal(str)
    show_sessions_requested = Signal(list)
    show_range_requested = Signal(date, date)
    show_quarter_requested = Signal(str)
    show_canvas_requested = Signal(str)  # a quarter

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.review
        self.share = context.share
        heading = plain_label(tr("Coach"), "pageTitle")
        actions_ = ("edit", "withdraw") if self.share is not None else ("reply",)
        self.comments = CommentList(tr("No comments yet."), can_show=True, actions=actions_)
        self.comments.resolved_toggled.connect(self._set_resolved)
        self.comments.show_requested.connect(self.show_target)
        self.comments.edit_requested.connect(self._start_edit)
        self.comments.withdraw_requested.connect(self._withdraw)
        self.comments.reply_requested.connect(self._start_reply)
        self.editor = CommentEditor()
        self.editor.saved.connect(self._edited)
        self.homework = HomeworkList(checkable=self.share is None)
        self.homework.status_toggled.connect(self._set_done)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if self.share is not None:
            self._build_review(layout, self.share)
        else:
            self._build_home(layout)
        context.comments_changed.connect(self.refresh)
        context.journal_changed.connect(self.refresh)
        context.homework_changed.connect(self.refresh_homework)
        self.refresh()
        self.refresh_homework()

    # -- one's own journal ---------------------------------------------------------------
    def _build_home(self, layout: QVBoxLayout) -> None:
        context = self.context
        mine = QGroupBox(tr("Your coach"))
        row = QHBoxLayout(mine)
        intro = tr(
            "Share your journal, or one quarter of it, with your coach; import the feedback "
            "file they send back and their comments appear beside your sessions."
        )
        row.addWidget(plain_label(intro), 1)
        row.addWidget(
            _button(tr("Share with coach…"), lambda: actions.share_with_coach(self, context))
        )
        row.addWidget(
            _button(
                tr("Import coach feedback…"), lambda: actions.import_feedback_file(self, context)
            )
        )
        layout.addWidget(mine)
        received = QGroupBox(tr("Feedback from your coach"))
        inside = QVBoxLayout(received)
        inside.addWidget(self.comments, 1)
        inside.addWidget(self.editor)
        columns = QHBoxLayout()
        columns.addWidget(received, 3)
        tasks_box = QGroupBox(tr("Homework from your coach"))
        inside = QVBoxLayout(tasks_box)
        inside.addWidget(self.homework, 1)
        inside.addWidget(plain_label(tr("Tick an item when it is done; your next share tells "
                                         "your coach."), "muted"))  # fmt: skip
        columns.addWidget(tasks_box, 2)
        layout.addLayout(columns, 1)
        others = QGroupBox(tr("Review a client's journal"))
        row = QHBoxLayout(others)
        row.addWidget(plain_label(tr("Coaches: open the share files your clients send you.")), 1)
        self.open_shares = QComboBox()
        if self.session is not None:
            for share in self.session.shares:
                self.open_shares.addItem(share.label)
            row.addWidget(self.open_shares)
            self.open_shares.setVisible(bool(self.session.shares))
            resume = _button(tr("Review"), self._resume)
            resume.setVisible(bool(self.session.shares))
            row.addWidget(resume)
            row.addWidget(_button(tr("Open shared journal…"), self.session.choose_files))
        layout.addWidget(others)

    def _resume(self) -> None:
        if self.session is not None and self.session.shares:
            index = max(self.open_shares.currentIndex(), 0)
            self.session.activate(self.session.shares[index])

    # -- review mode ---------------------------------------------------------------------
    def _build_review(self, layout: QVBoxLayout, share: SharedJournal) -> None:
        from valuejournal.ui.widgets.comment_composer import PeriodComposer, ReflectionComposer

        assert self.session is not None
        session = self.session
        self.switcher = QComboBox()
        for other in session.shares:
            self.switcher.addItem(other.label)
        self.switcher.setCurrentIndex(session.shares.index(share))
        self.switcher.activated.connect(lambda i: session.activate(session.shares[i]))
        top = QHBoxLayout()
        top.addWidget(plain_label(tr("Reviewing")))
        top.addWidget(self.switcher, 1)
        top.addWidget(_button(tr("Open shared journal…"), session.choose_files))
        top.addWidget(_button(tr("Close this file"), lambda: session.close_share(share)))
        top.addWidget(_button(tr("Back to my journal"), session.back_home))
        layout.addLayout(top)
        layout.addWidget(plain_label(self._describe(share), "muted"))
        self.author = QLineEdit(session.author)
        self.author.setPlaceholderText(tr("Your name, as your client will see it"))
        self.author.editingFinished.connect(lambda: setattr(session, "author", self.author.text()))
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(tr("Your name on comments:")))
        name_row.addWidget(self.author, 1)
        layout.addLayout(name_row)
        self.period = PeriodComposer(share.journal, self._author)
        self.reflection = ReflectionComposer(share.journal, self._author)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        for title, composer in (
            (tr("Comment on a period or span"), self.period),
            (tr("Comment on a reflection"), self.reflection),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(composer)
            composer.submitted.connect(self.add_comment)
            left.addWidget(box)
        hint = tr(
            "To comment on one session, select it on the Journal page and write in the panel "
            "beside the list."
        )
        left.addWidget(plain_label(hint))
        left.addStretch(1)
        scroller = QScrollArea()  # composers and the homework form: scroll in a small window
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setLayout(left)
        scroller.setWidget(holder)
        columns.addWidget(scroller, 1)
        homework = QGroupBox(tr("Homework for {name}").format(name=share.meta.owner or "?"))
        inside = QVBoxLayout(homework)
        self.homework_form = HomeworkForm(
            [c.name for c in share.journal.list_clients()], self._author
        )
        self.homework_form.submitted.connect(self.add_homework)
        self.homework_form.changed.connect(self.change_homework)
        inside.addWidget(self.homework_form)
        left.insertWidget(2, homework)
        made = QGroupBox(tr("Your comments on this journal"))
        right = QVBoxLayout(made)
        right.addWidget(self.comments, 2)
        right.addWidget(self.editor)
        right.addWidget(plain_label(tr("Homework set, with the client's status"), "muted"))
        right.addWidget(self.homework, 1)
        self.edit_homework_button = _button(tr("Change homework"), self._start_homework_edit)
        self.withdraw_homework_button = _button(tr("Withdraw homework"), self._withdraw_homework)
        homework_row = QHBoxLayout()
        homework_row.addStretch(1)
        homework_row.addWidget(self.edit_homework_button)
        homework_row.addWidget(self.withdraw_homework_button)
        right.addLayout(homework_row)
        self.homework.currentItemChanged.connect(self._homework_selected)
        self._homework_selected()
        self.encrypt = QCheckBox(tr("Protect the file with a passphrase"))
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for line, hint in ((self.passphrase, tr("Passphrase")), (self.repeat, tr("Repeat it"))):
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.setPlaceholderText(hint)
            line.setEnabled(False)
            self.encrypt.toggled.connect(line.setEnabled)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.encrypt)
        secret_row.addWidget(self.passphrase)
        secret_row.addWidget(self.repeat)
        right.addLayout(secret_row)
        self.feedback_error = plain_label("", "formError")
        right.addWidget(self.feedback_error)
        self.save_button = _button(tr("Save feedback file…"), self.save_feedback)
        right.addWidget(self.save_button)
        columns.addWidget(made, 1)
        layout.addLayout(columns, 1)

    def _describe(self, share: SharedJournal) -> str:
        meta = share.meta
        stamp = meta.written_at
        written = formats.current().moment(stamp) if stamp else "?"
        return tr(
            "Shared by {owner} · {range} · written {written} with Value Journal {app} · "
            "{n} sessions · read-only{lock}"
        ).format(
            owner=meta.owner or "?",
            range=meta.describe_range(),
            written=written,
            app=meta.app_version or "?",
            n=share.journal.count_sessions(),
            lock=" · " + tr("was encrypted") if share.opened.encrypted else "",
        )

    def _author(self) -> str:
        if self.session is not None and hasattr(self, "author"):
            self.session.author = self.author.text()
            return self.session.author or tr("Coach")
        return tr("Coach")

    def add_comment(self, comment: Comment) -> None:
        """Save a comment from a composer to the review store at once."""
        try:
            self.context.add_comments([comment])
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save the comment"), str(exc))
            return
        self.status_message.emit(tr("Comment saved."))
        if comment.target is CommentTarget.REFLECTION:
            self.context.notify()  # the Reflections page shows it beside its section

    def save_feedback(self) -> None:
        """Write this client's comments and homework to a feedback file (encrypted if
        asked), off the GUI thread."""
        if self.share is None:
            return
        secret = None
        if self.encrypt.isChecked():
            secret = self.passphrase.text()
            problem = passphrase_problem(secret, self.repeat.text())
            if problem:
                self.feedback_error.setText(problem)
                return
        self.feedback_error.clear()
        actions.save_feedback_file(
            self,
            self.share,
            self._author(),
            secret,
            on_saved=lambda written: self.status_message.emit(
                tr("Feedback saved: {name}").format(name=written.name)
            ),
            on_chosen=lambda _path: self.status_message.emit(tr("Writing the feedback file…")),
        )

    def add_homework(self, item: Homework) -> None:
        """Keep a homework item the coach set (sent with the next feedback file)."""
        try:
            self.context.add_homework(item)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not set the homework"), str(exc))
            return
        self.status_message.emit(tr("Homework set: {title}").format(title=item.title))

    def change_homework(self, item: Homework) -> None:
        """Keep the coach's change to a homework item (sent with the next feedback file)."""
        try:
            self.context.edit_homework(item)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not change the homework"), str(exc))
            return
        self.status_message.emit(tr("Homework changed: {title}").format(title=item.title))

    def _homework_selected(self, *_args: object) -> None:
        item = self.homework.current_homework()
        self.edit_homework_button.setEnabled(item is not None and not item.withdrawn)
        self.withdraw_homework_button.setEnabled(item is not None)
        self.withdraw_homework_button.setText(
            tr("Set it again") if item is not None and item.withdrawn else tr("Withdraw homework")
        )

    def _start_homework_edit(self) -> None:
        item = self.homework.current_homework()
        if item is not None and not item.withdrawn:
            self.homework_form.edit(item)

    def _withdraw_homework(self) -> None:
        item = self.homework.current_homework()
        if item is None:
            return
        try:
            self.context.withdraw_homework(item.uuid, not item.withdrawn)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not change the homework"), str(exc))
            return
        text = (
            tr("Homework set again: {title}")
            if item.withdrawn
            else tr("Homework withdrawn: {title}; the next feedback file tells your client.")
        )
        self.status_message.emit(text.format(title=item.title))

    def refresh_homework(self) -> None:
        """Re-read the homework and measure its progress in the journal shown."""
        from valuejournal.core.homework import progress

        journal = self.context.journal
        items = journal.list_homework()
        sessions = journal.all_sessions() if items else []
        clients = journal.list_clients() if items else []
        currency = journal.info().base_currency
        today = date.today()
        chosen = self.homework.current_homework()
        self.homework.set_items(
            [(i, progress(i, sessions, clients, today=today, currency=currency)) for i in items]
        )
        if chosen is not None:  # the same item stays selected after a change
            for row in range(self.homework.count()):
                kept = self.homework.item(row).data(UUID_ROLE)
                if kept == chosen.uuid:
                    self.homework.setCurrentRow(row)
        if self.share is not None:
            self._homework_selected()

    def _set_done(self, uuid: str, done: bool) -> None:
        status = HomeworkStatus.DONE if done else HomeworkStatus.OPEN
        try:
            self.context.set_homework_status(uuid, status)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save"), str(exc))

    def _start_edit(self, comment: Comment) -> None:
        self.editor.start(comment, tr("Change your comment:"), comment.body)

    def _start_reply(self, comment: Comment) -> None:
        author = comment.author or tr("your coach")
        self.editor.start(comment, tr("Your reply to {name}:").format(name=author))

    def _edited(self, comment: Comment, text: str) -> None:
        try:
            if self.share is not None:
                self.context.change_comment(comment.uuid, body=text)
                self.status_message.emit(tr("Comment changed."))
            else:
                author = self.context.journal.info().owner or tr("Me")
                self.context.add_comments([reply_for(comment, text, author)])
                self.status_message.emit(tr("Reply saved; it goes with your next share."))
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save the comment"), str(exc))

    def _withdraw(self, comment: Comment) -> None:
        try:
            self.context.change_comment(comment.uuid, withdrawn=True)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save"), str(exc))
            return
        self.status_message.emit(tr("Comment withdrawn; the next feedback file says so."))

    # -- both ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the comments shown on the page."""
        journal = self.context.journal
        self.comments.set_items(describe_items(journal.list_comments(), journal))

    def _set_resolved(self, uuid: str, resolved: bool) -> None:
        try:
            self.context.set_comment_resolved(uuid, resolved)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save"), str(exc))

    def show_target(self, comment: Comment) -> None:
        """Go to what a comment is about: its session, its period, or its reflection."""
        if comment.target is CommentTarget.REFLECTION:
            reflections = self.context.journal.list_reflections()
            found = next((r for r in reflections if r.uuid == comment.target_uuid), None)
            self.show_quarter_requested.emit(found.quarter if found is not None else "")
        elif comment.target is CommentTarget.CANVAS and comment.period_start is not None:
            self.show_canvas_requested.emit(quarter_of(comment.period_start))
        elif comment.target is CommentTarget.SESSION:
            self.show_sessions_requested.emit([comment.target_uuid])
        elif comment.period_start is not None and comment.period_end is not None:
            self.show_range_requested.emit(comment.period_start, comment.period_end)
