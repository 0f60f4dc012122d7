"""Homework on the Coach page: the list with progress, the coach's form, a comment editor.

`HomeworkList` shows each item with the progress the journal shows (`core.homework`); on
the client's side each item has a box to mark it done (Space toggles it). `HomeworkForm`
is where the coach sets a task or a target. `CommentEditor` edits a coach's comment or
writes a client's reply in place (Ctrl+Return saves). Homework text comes from someone
else's file: shown as plain text only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.durations import parse_duration
from valuejournal.core.entities import Comment
from valuejournal.core.errors import UserError
from valuejournal.core.homework import (
    KIND_LABELS,
    Homework,
    HomeworkKind,
    Progress,
    default_title,
    homework_problems,
)
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.labels import plain_label
from valuejournal.ui.widgets.parsed_field import FieldProblem

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2


class HomeworkList(QListWidget):
    """Homework items with their progress; checkable (done) on the client's side."""

    status_toggled = Signal(str, bool)

    def __init__(self, *, checkable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeworkList")
        self.checkable = checkable
        self.setWordWrap(True)
        self._filling = False
        self.itemChanged.connect(self._changed)

    def set_items(self, items: Sequence[tuple[Homework, Progress]]) -> None:
        """Show these items, each with its progress."""
        self._filling = True
        try:
            self.clear()
            for item, progress in items:
                if item.withdrawn and self.checkable:
                    row = QListWidgetItem(f"{item.title}\n{tr('Withdrawn by your coach')}")
                else:
                    state = tr("done") if item.done else tr("open")
                    if item.withdrawn:
                        state = tr("withdrawn")
                    row = QListWidgetItem(f"{item.title}\n{progress.text} · {state}")
                row.setData(UUID_ROLE, item.uuid)
                row.setData(ITEM_ROLE, item)
                row.setToolTip(row.text())
                if item.withdrawn:  # struck through; on the client's side nothing to tick
                    font = row.font()
                    font.setStrikeOut(True)
                    row.setFont(font)
                    row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                if self.checkable and not item.withdrawn:
                    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    row.setCheckState(
                        Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
                    )
                self.addItem(row)
            if not items:
                empty = QListWidgetItem(tr("No homework yet."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.addItem(empty)
        finally:
            self._filling = False

    def _changed(self, row: QListWidgetItem) -> None:
        uuid = row.data(UUID_ROLE)
        if self._filling or not uuid:
            return
        self.status_toggled.emit(str(uuid), row.checkState() == Qt.CheckState.Checked)

    def current_homework(self) -> Homework | None:
        """The item selected, or None."""
        row = self.currentItem()
        item = row.data(ITEM_ROLE) if row is not None else None
        return item if isinstance(item, Homework) else None


class HomeworkForm(QWidget):
    """The coach sets a task or a target: kind, words, client, amount, days; or changes one
    set before (`edit`: the form holds the item, its button saves the changes)."""

    submitted = Signal(object)  # a new Homework
    changed = Signal(object)  # an edited Homework (same uuid, the client's status kept)

    def __init__(
        self, clients: Sequence[str], author: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.author = author
        self.kind = QComboBox()
        self.kind.setObjectName("homeworkKind")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), kind.value)
        self.title = QLineEdit()
        self.title.setObjectName("homeworkTitle")
        self.title.setPlaceholderText(tr("What to do (empty: said for you)"))
        self.client = QComboBox()
        self.client.setObjectName("homeworkClient")
        self.client.setEditable(True)
        self.client.addItems(list(clients))
        self.amount = QLineEdit()
        self.amount.setObjectName("homeworkAmount")
        today = date.today()
        self.start = DateField(today)
        self.end = DateField(today + timedelta(days=13))
        self.error = plain_label("", "formError")
        self.editing: Homework | None = None
        add = QPushButton(tr("Set homework"))
        add.setObjectName("setHomework")
        add.clicked.connect(self.submit)
        self.add_button = add
        self.cancel_button = QPushButton(tr("Cancel the change"))
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        for line in (self.title, self.amount, self.start, self.end):
            line.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Words"), self.title)
        form.addRow(tr("Client"), self.client)
        form.addRow(tr("Percent or hours"), self.amount)
        days = QHBoxLayout()
        days.addWidget(self.start)
        days.addWidget(plain_label(tr("to")))
        days.addWidget(self.end)
        form.addRow(tr("Days"), days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(add, 1)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self._update()

    def _kind(self) -> HomeworkKind:
        return HomeworkKind(self.kind.currentData())

    def _update(self) -> None:
        kind = self._kind()
        self.client.setEnabled(kind is HomeworkKind.RAISE_RATE)
        self.amount.setEnabled(kind in (HomeworkKind.RAISE_RATE, HomeworkKind.CAP_HPLV))
        hint = {
            HomeworkKind.RAISE_RATE: tr("10 (percent)"),
            HomeworkKind.CAP_HPLV: tr("20 (hours)"),
        }
        self.amount.setPlaceholderText(hint.get(kind, ""))

    def homework(self) -> Homework:
        """The item typed (raises UserError or FieldProblem with what is wrong)."""
        kind = self._kind()
        client = self.client.currentText().strip() if kind is HomeworkKind.RAISE_RATE else ""
        amount = 0
        typed = self.amount.text().strip()
        if kind is HomeworkKind.RAISE_RATE:
            try:
                amount = int(typed.rstrip("% "))
            except ValueError:
                raise UserError(
                    tr("Type the raise as a whole number of percent, e.g. 10.")
                ) from None
        elif kind is HomeworkKind.CAP_HPLV:
            try:
                amount = round(parse_duration(typed) / 60)
            except ValueError:
                raise UserError(tr("Type the hours, e.g. 20 or 20:30.")) from None
        measured = kind is not HomeworkKind.TASK
        fields = {
            "kind": kind,
            "title": self.title.text().strip() or default_title(kind, client, amount),
            "author": self.author(),
            "client": client,
            "amount": amount,
            "start": self.start.value() if measured else None,
            "end": self.end.value() if measured else None,
        }
        item = replace(self.editing, **fields) if self.editing else Homework(**fields)  # type: ignore[arg-type]
        problems = homework_problems(item)
        if problems:
            raise UserError(problems[0])
        return item

    def submit(self) -> None:
        """Emit the typed item, or say what is wrong (nothing typed is lost)."""
        try:
            item = self.homework()
        except (UserError, FieldProblem, ValueError) as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        editing = self.editing is not None
        self.stop_editing()
        (self.changed if editing else self.submitted).emit(item)

    def edit(self, item: Homework) -> None:
        """Hold ``item`` in the form to change it (keyboard in the words)."""
        self.editing = item
        index = self.kind.findData(item.kind.value)
        self.kind.setCurrentIndex(max(index, 0))
        self.title.setText(item.title)
        self.client.setCurrentText(item.client)
        if item.kind is HomeworkKind.RAISE_RATE:
            self.amount.setText(str(item.amount))
        elif item.kind is HomeworkKind.CAP_HPLV:
            hours, minutes = divmod(item.amount, 60)
            self.amount.setText(f"{hours}:{minutes:02d}" if minutes else str(hours))
        else:
            self.amount.clear()
        if item.start is not None:
            self.start.set_date(item.start)
        if item.end is not None:
            self.end.set_date(item.end)
        self.add_button.setText(tr("Save the change"))
        self.cancel_button.show()
        self.error.clear()
        self.title.setFocus()
        self.title.selectAll()

    def stop_editing(self) -> None:
        """Back to setting new items (an empty form)."""
        self.editing = None
        self.title.clear()
        self.amount.clear()
        self.add_button.setText(tr("Set homework"))
        self.cancel_button.hide()


class _EditorText(QPlainTextEdit):
    """The editor's text: Ctrl+Return (or Ctrl+Enter) submits it, wherever the window is."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt: Ctrl+Return submits; every other key edits."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class CommentEditor(QWidget):
    """Edit a coach's comment or write a reply, in place; hidden until started."""

    saved = Signal(object, str)  # the comment edited or answered, the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comment: Comment | None = None
        self.label = plain_label("", "muted")
        self.text = _EditorText()
        self.text.submitted.connect(self.save)
        self.text.setObjectName("commentEditor")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        save = QPushButton(tr("Save"))
        save.setObjectName("saveCommentEdit")
        save.clicked.connect(self.save)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def start(self, comment: Comment, label: str, text: str = "") -> None:
        """Show the editor for ``comment`` with ``text`` in it, keyboard in the text."""
        self.comment = comment
        self.label.setText(label)
        self.text.setPlainText(text)
        self.show()
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def save(self) -> None:
        """Emit the text (only when something is written)."""
        text = self.text.toPlainText().strip()
        if self.comment is None or not text:
            return
        self.saved.emit(self.comment, text)
        self.stop()

    def stop(self) -> None:
        """Hide the editor, forgetting the comment."""
        self.comment = None
        self.text.clear()
        self.hide()
