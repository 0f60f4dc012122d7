"""The window's desktop companions, per open journal: the timer, the tray, reminders and
the one-instance socket. `MainWindow` owns one `Desktop` and calls `attach` for each journal
of its own it shows and `detach` when that journal closes; it sees the window only through
the `Host` protocol, so nothing here imports the window."""

from __future__ import annotations

import logging
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from valuejournal import APP_NAME
from valuejournal.core.reminders import Reminder, ReminderKind
from valuejournal.core.timer import RunningTimer
from valuejournal.ui.context import JournalContext
from valuejournal.ui.reminder_center import ReminderCenter, reminder_text
from valuejournal.ui.single_instance import InstanceServer
from valuejournal.ui.timer_controller import TimerController
from valuejournal.ui.tray import Tray
from valuejournal.ui.widgets.reminder_banner import ReminderBanner

log = logging.getLogger(__name__)


class Host(Protocol):
    """What the desktop glue needs of the window."""

    def show_page(self, key: str) -> QWidget: ...
    def close(self) -> bool: ...


class Desktop(QObject):
    """Timer, tray, reminders and the instance socket for the window's journal."""

    timer_changed = Signal(object)  # RunningTimer | None
    timer_ticked = Signal(object)  # RunningTimer

    def __init__(self, window: QWidget, host: Host) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.quitting = False
        self.context: JournalContext | None = None
        self.timer: TimerController | None = None
        self.reminders: ReminderCenter | None = None
        self.banner = ReminderBanner()
        self._waiting: list[Reminder] = []  # due, waiting for the banner
        self.banner.acted.connect(self.act_on)
        self.banner.snoozed.connect(self.snooze)
        for done in (self.banner.acted, self.banner.snoozed, self.banner.dismissed):
            done.connect(lambda _r: self._next_banner())
        self.server = InstanceServer(self)
        self.server.raise_requested.connect(self.bring_forward)
        self.tray = Tray(self)
        self.tray.toggle_requested.connect(lambda: self.toggle_timer(None, ""))
        self.tray.quick_add_requested.connect(self.quick_add)
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.message_clicked.connect(self.bring_forward)
        self.tray.snooze_requested.connect(self.snooze_all)
        self.tray.quit_requested.connect(self.quit)

    # -- per journal ---------------------------------------------------------------------
    def attach(self, context: JournalContext) -> None:
        """Start the timer watch, the reminders and the socket for ``context``'s journal."""
        from valuejournal import settings

        self.detach()
        self.context = context
        self.timer = TimerController(context, self.window)
        self.timer.changed.connect(self._timer_changed)
        self.timer.ticked.connect(self._timer_ticked)
        self.reminders = ReminderCenter(context, settings.load().reminders, self)
        self.reminders.due.connect(self.show_reminders)
        context.journal_changed.connect(self._update_tray)
        context.settings_changed.connect(self._settings_changed)
        self.server.listen(context.journal.path)
        self._update_tray()

    def detach(self) -> None:
        """The journal is closing: stop watching it."""
        for part in (self.timer, self.reminders):
            if part is not None:
                part.stop_watching() if isinstance(part, TimerController) else part.stop()
                part.deleteLater()
        self.timer, self.reminders, self.context = None, None, None
        self._waiting.clear()
        self.banner.reminder = None
        self.banner.hide()

    # -- timer ---------------------------------------------------------------------------
    def toggle_timer(self, client: str | None, title: str) -> None:
        """Start a timer, or stop the running one (the stop card shows in the window)."""
        if self.timer is None:
            return
        if self.timer.timer is not None and not self.window.isActiveWindow():
            self.bring_forward()  # the stop card shows over the window
        self.timer.toggle(client, title)

    def _timer_changed(self, timer: RunningTimer | None) -> None:
        self.timer_changed.emit(timer)
        self._update_tray()

    def _timer_ticked(self, timer: RunningTimer) -> None:
        self.timer_ticked.emit(timer)
        self._update_tray()

    def _update_tray(self) -> None:
        if self.context is None:
            return
        today = date.today()
        try:
            minutes = self.context.journal.totals(today, today)[0]
        except Exception:  # the tray's figure is never worth an error dialog
            log.exception("today's hours for the tray")
            minutes = 0
        self.tray.show_state(self.timer.timer if self.timer else None, minutes)

    # -- reminders -----------------------------------------------------------------------
    def show_reminders(self, reminders: list[Reminder]) -> None:
        """One notification through the tray if there is one; else the banner, one reminder
        at a time (the next after the shown one is dismissed, snoozed or acted on)."""
        texts = [reminder_text(r)[0] for r in reminders]
        if self.tray.notify(APP_NAME, "\n".join(texts)):
            return
        self._waiting.extend(r for r in reminders if r not in self._waiting)
        self._next_banner()

    def _next_banner(self) -> None:
        if self.banner.reminder is None and self._waiting:
            reminder = self._waiting.pop(0)
            self.banner.show_reminder(reminder, *reminder_text(reminder))

    def act_on(self, reminder: Reminder) -> None:
        """The banner's action: log today, rate the unrated, or show the journal."""
        page = self.host.show_page("journal")
        if reminder.kind is ReminderKind.LOG_TODAY:
            page.focus_entry()  # type: ignore[attr-defined]
        elif reminder.kind is ReminderKind.TO_RATE:
            page.rate_unrated()  # type: ignore[attr-defined]

    def snooze(self, reminder: Reminder) -> None:
        """Show this reminder again later."""
        if self.reminders is not None:
            self.reminders.snooze(reminder)

    def snooze_all(self) -> None:
        """The tray's Snooze: every kind shown today comes back after the snooze time."""
        if self.reminders is None:
            return
        for kind in ReminderKind:
            if kind.value in self.reminders.book.state.shown_on:
                self.reminders.snooze(Reminder(kind))
        self._waiting.clear()
        self.banner.reminder = None
        self.banner.hide()

    def _settings_changed(self, prefs: object) -> None:
        if self.reminders is not None:
            self.reminders.set_settings(prefs.reminders)  # type: ignore[attr-defined]
            self.reminders.check()

    # -- window --------------------------------------------------------------------------
    def bring_forward(self) -> None:
        """Show the window on top (a second launch, the tray, a notification)."""
        if self.window.isMinimized() or not self.window.isVisible():
            self.window.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # it has no raise()
            self.window.raise_()
        self.window.activateWindow()

    def quick_add(self) -> None:
        """The tray's Quick add: the window, on the quick entry."""
        self.bring_forward()
        if self.context is not None:
            self.host.show_page("journal").focus_entry()  # type: ignore[attr-defined]

    def keeps_running_on_close(self) -> bool:
        """Closing the window leaves the app in the tray (the setting, with a tray)."""
        from valuejournal import settings

        return not self.quitting and self.tray.available and settings.load().close_to_tray

    def quit(self) -> None:
        """The tray's Quit: close the window for good and end the app."""
        self.quitting = True
        self.host.close()
        self.tray.hide()
        QApplication.quit()
