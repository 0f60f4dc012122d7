"""A reminder inside the window (where the desktop has no tray): its words, an action,
Snooze and Dismiss."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from valuejournal.core.reminders import Reminder
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.labels import make_label


class ReminderBanner(QFrame):
    """One reminder at a time; `acted`, `snoozed` or `dismissed` with its reminder."""

    acted = Signal(object)
    snoozed = Signal(object)
    dismissed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")  # its colours: the scheme's (ui/theme.py)
        self.reminder: Reminder | None = None
        self.label = make_label()
        self.action_button = QPushButton()
        self.snooze_button = QPushButton(tr("Snooze"))
        self.dismiss_button = QPushButton(tr("Dismiss"))
        self.action_button.clicked.connect(lambda: self._done(self.acted))
        self.snooze_button.clicked.connect(lambda: self._done(self.snoozed))
        self.dismiss_button.clicked.connect(lambda: self._done(self.dismissed))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        for button in (self.action_button, self.snooze_button, self.dismiss_button):
            layout.addWidget(button)
        self.hide()

    def show_reminder(self, reminder: Reminder, text: str, action: str) -> None:
        """Show ``reminder`` in words, with an action button labelled ``action``."""
        self.reminder = reminder
        self.label.setText(text)
        self.action_button.setText(action)
        self.show()

    def retranslate(self, text: str, action: str) -> None:
        """The buttons in the language installed now, and the shown reminder's ``text`` and
        ``action`` (as ``reminder_text`` words it now; ignored when none is shown)."""
        self.snooze_button.setText(tr("Snooze"))
        self.dismiss_button.setText(tr("Dismiss"))
        if self.reminder is not None:
            self.label.setText(text)
            self.action_button.setText(action)

    def _done(self, signal: object) -> None:
        reminder, self.reminder = self.reminder, None
        self.hide()
        if reminder is not None:
            signal.emit(reminder)  # type: ignore[attr-defined]
