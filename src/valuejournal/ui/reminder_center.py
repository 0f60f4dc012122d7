"""Reminders in the window: asks `core.reminders` every minute (with the real clock, or one
a test passes) and shows what is due through the tray, or as a banner where there is none.

What was shown and the snoozes are kept in the window state (QSettings), so a restart does
not show a reminder twice in one day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from valuejournal.core.errors import UserError
from valuejournal.core.money import format_amounts
from valuejournal.core.reminders import (
    Reminder,
    ReminderBook,
    ReminderKind,
    ReminderSettings,
    ReminderState,
    unpaid_cutoff,
)
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.settings import app_settings

KEY = "reminders"


def reminder_text(reminder: Reminder) -> tuple[str, str]:
    """A reminder's words and the label of its action."""
    if reminder.kind is ReminderKind.LOG_TODAY:
        return tr("Nothing logged today yet. How did the day go?"), tr("Log today")
    if reminder.kind is ReminderKind.TO_RATE:
        return trn("%n session(s) wait for a rating.", reminder.count), tr("Rate them")
    text = tr("{money} has waited more than {n} days to be paid.").format(
        money=format_amounts(reminder.amounts), n=reminder.days
    )
    return text, tr("Show the journal")


def _load_state() -> ReminderState:
    store = app_settings()
    shown: dict[str, date] = {}
    snoozed: dict[str, datetime] = {}
    for kind in ReminderKind:
        try:
            day = store.value(f"{KEY}/shown_{kind.value}", "")
            if day:
                shown[kind.value] = date.fromisoformat(str(day))
            until = store.value(f"{KEY}/snoozed_{kind.value}", "")
            if until:
                snoozed[kind.value] = datetime.fromisoformat(str(until))
        except ValueError:
            continue
    return ReminderState(shown, snoozed)


def _save_state(state: ReminderState) -> None:
    store = app_settings()
    for kind, day in state.shown_on.items():
        store.setValue(f"{KEY}/shown_{kind}", day.isoformat())
    for kind in ReminderKind:
        until = state.snoozed_until.get(kind.value)
        store.setValue(f"{KEY}/snoozed_{kind.value}", until.isoformat() if until else "")


class ReminderCenter(QObject):
    """Checks the reminders each minute; `due` with the ones to show now."""

    due = Signal(object)  # list[Reminder], those due at one check

    def __init__(
        self,
        context: JournalContext,
        settings: ReminderSettings,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.book = ReminderBook(settings, clock, _load_state())
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        QTimer.singleShot(3000, self.check)

    def set_settings(self, settings: ReminderSettings) -> None:
        """New settings from the Settings dialog."""
        self.book.settings = settings

    def check(self) -> list[Reminder]:
        """Ask what is due now and announce it (each kind once a day)."""
        if self.context.read_only:
            return []
        today = self.book.clock().date()
        try:
            facts = self.context.journal.reminder_facts(
                today, unpaid_cutoff(self.book.settings, today)
            )
        except UserError:
            return []
        found = self.book.take_due(facts)
        if found:
            _save_state(self.book.state)
            self.due.emit(found)
        return found

    def snooze(self, reminder: Reminder) -> None:
        """Show ``reminder`` again after the snooze minutes."""
        self.book.snooze(reminder.kind)
        _save_state(self.book.state)

    def stop(self) -> None:
        """No more checks (the journal is closing)."""
        self._timer.stop()
