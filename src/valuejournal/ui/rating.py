"""Rating mode: give unrated sessions a value and a mood, keyboard only, a few keys each.

One session at a time, or one batch (a client's sessions in one week) rated together.
Keys: 0–9 value, T = 10; then 1–5 mood (Enter keeps the mood as it is); S or Tab skips;
Left goes back; Backspace steps back; B batches; M turns the mood step on or off; Home
jumps to the first session still unrated; Esc closes. Every rating is saved at once
through the context (undoable), so closing midway keeps everything rated so far.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from valuejournal.core.entities import Session
from valuejournal.core.errors import UserError
from valuejournal.core.rating_queue import RatingQueue, sort_key
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.rating_card import RatingCard

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal
    from valuejournal.ui.context import JournalContext

COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class RatingDialog(QDialog):
    """Rate a list of sessions one by one (or batch by batch) with the keyboard."""

    def __init__(
        self, context: JournalContext, sessions: Iterable[Session], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.queue = RatingQueue(sorted(sessions, key=sort_key))
        self.asking_mood = False  # True after a value key, until the mood key (or Enter)
        self.chosen: int | None = None
        self.saved = 0
        self.setWindowTitle(tr("Rate sessions"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = RatingCard(self)
        self.card.value_clicked.connect(self.choose_value)
        self.card.mood_clicked.connect(self.choose_mood)
        self.card.skip_button.clicked.connect(self.skip)
        self.card.back_button.clicked.connect(self.previous)
        self.card.batch.toggled.connect(self._batch_toggled)
        self.card.mood_step.toggled.connect(lambda _on: self._reset_step())
        QVBoxLayout(self).addWidget(self.card)
        self.resize(760, 520)
        self.refresh()

    # -- keys ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """Tab skips (instead of moving the focus)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.skip()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The rating keys; anything else (Esc) goes to QDialog."""
        key, text = event.key(), event.text().lower()
        if event.modifiers() & COMMAND_MODIFIERS:
            super().keyPressEvent(event)
        elif len(text) == 1 and text.isdigit():
            self.digit(int(text))
        elif text == "t":
            self.digit(10)
        elif text == "s" or key == Qt.Key.Key_Right:
            self.skip()
        elif text == "b":
            self.card.batch.toggle()
        elif text == "m":
            self.card.mood_step.toggle()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter()
        elif key == Qt.Key.Key_Backspace:
            self.step_back()
        elif key == Qt.Key.Key_Left:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.queue.first_unrated()
            self._reset_step()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Keys go to the dialog itself (its buttons never take the focus)."""
        super().showEvent(event)
        self.setFocus()

    # -- actions -------------------------------------------------------------------------
    def digit(self, number: int) -> None:
        """A number key: the value first (0–10), then, if asked, the mood (1–5)."""
        if not self.queue.current():
            return
        if not self.asking_mood:
            self.choose_value(number)
        elif 1 <= number <= 5:
            self.choose_mood(number)

    def choose_value(self, value: int) -> None:
        """Set the value; save at once unless the mood step follows."""
        if not self.queue.current():
            return
        if self.card.mood_step.isChecked():
            self.chosen, self.asking_mood = value, True
            self.refresh()
        else:
            self.save(value, None)

    def choose_mood(self, mood: int) -> None:
        """Set the mood and save with the chosen (or the existing) value."""
        group = self.queue.current()
        if not group:
            return
        value = self.chosen if self.chosen is not None else self.queue.sessions[group.start].value
        if value is None:
            self.card.show_error(tr("Give it a value first (0–9, T for 10)."))
            return
        self.save(value, mood)

    def enter(self) -> None:
        """Enter: save the chosen value keeping the mood, or move on; at the end, close."""
        if not self.queue.current():
            self.accept()
        elif self.asking_mood and self.chosen is not None:
            self.save(self.chosen, None)
        else:
            self.skip()

    def skip(self) -> None:
        """On to the next session without rating this one."""
        self.queue.advance()
        self._reset_step()

    def previous(self) -> None:
        """Back to the previous session (or batch)."""
        self.queue.back()
        self._reset_step()

    def step_back(self) -> None:
        """Backspace: undo the value key before the mood, else go back a session."""
        if self.asking_mood:
            self._reset_step()
        else:
            self.previous()

    def save(self, value: int, mood: int | None) -> None:
        """Store the rating on every session of the current step, then move on."""
        group = self.queue.current()
        changes = []
        for i in group:
            before = self.queue.sessions[i]
            after = replace(before, value=value, mood=before.mood if mood is None else mood)
            if after != before:
                changes.append((i, before, after))
        stack = self.context.undo_stack
        if len(changes) > 1:
            stack.beginMacro(tr("Rate {n} sessions").format(n=len(changes)))
            self.context.blockSignals(True)  # one refresh of the pages afterwards
        try:
            for i, before, after in changes:
                self.queue.sessions[i] = self.context.update_session(before, after)
                self.saved += 1
        except UserError as exc:
            self.card.show_error(str(exc))
            return
        finally:
            if len(changes) > 1:
                self.context.blockSignals(False)
                stack.endMacro()
                self.context.notify([after.uuid for _i, _before, after in changes])
        self.queue.advance(to_unrated=True)
        self._reset_step()

    def _batch_toggled(self, on: bool) -> None:
        self.queue.set_batch(on)
        self._reset_step()

    def _reset_step(self) -> None:
        self.asking_mood, self.chosen = False, None
        self.refresh()

    def refresh(self) -> None:
        """Show the current session (or batch), the step and the progress."""
        self.card.show_state(
            self.queue,
            self.chosen,
            asking_mood=self.asking_mood and self.card.mood_step.isChecked(),
        )

    # -- entry points --------------------------------------------------------------------
    @staticmethod
    def load(journal: Journal, uuids: Iterable[str], *, unrated_only: bool = True) -> list[Session]:
        """The sessions with these uuids (only the unrated ones unless told otherwise)."""
        return journal.sessions_by_uuid(uuids, unrated_only=unrated_only)

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: JournalContext, sessions: Iterable[Session]
    ) -> int:
        """Run rating mode on ``sessions``; how many ratings were saved."""
        dialog = cls(context, sessions, parent)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved
