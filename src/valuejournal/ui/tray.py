"""The tray icon, where the desktop has a tray: the running timer and today's hours, quick
add, start/stop, open, snooze reminders, quit. The menu is built either way (tests use it);
the icon shows only if `QSystemTrayIcon.isSystemTrayAvailable()`."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from valuejournal import APP_NAME
from valuejournal.core.timer import RunningTimer, describe_elapsed
from valuejournal.ui.i18n import tr


class Tray(QObject):
    """The tray icon and its menu; each entry is a signal the desktop glue acts on."""

    toggle_requested = Signal()
    quick_add_requested = Signal()
    open_requested = Signal()
    snooze_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()  # no parent widget (a tray menu): it goes with this object
        self.destroyed.connect(self.menu.deleteLater)
        self.status_action = self._entry(tr("No timer running"), None)
        self.status_action.setEnabled(False)
        self.today_action = self._entry(tr("Today: 0 h"), None)
        self.today_action.setEnabled(False)
        self.menu.addSeparator()
        self.toggle_action = self._entry(tr("Start timer"), self.toggle_requested)
        self.quick_add_action = self._entry(tr("Quick add…"), self.quick_add_requested)
        self.open_action = self._entry(tr("Open Value Journal"), self.open_requested)
        self.snooze_action = self._entry(tr("Snooze reminders"), self.snooze_requested)
        self.menu.addSeparator()
        self.quit_action = self._entry(tr("Quit"), self.quit_requested)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
            self.icon.setToolTip(APP_NAME)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.message_clicked.emit)
            self.icon.show()

    def retranslate(self) -> None:
        """The menu's fixed entries in the language installed now (the timer's state and
        today's hours follow at the next ``show_state``)."""
        for action, text in (
            (self.quick_add_action, tr("Quick add…")),
            (self.open_action, tr("Open Value Journal")),
            (self.snooze_action, tr("Snooze reminders")),
            (self.quit_action, tr("Quit")),
        ):
            action.setText(text)

    def _entry(self, text: str, signal: object) -> QAction:
        action = self.menu.addAction(text)
        if signal is not None:
            action.triggered.connect(signal.emit)  # type: ignore[attr-defined]
        return action

    @property
    def available(self) -> bool:
        """Whether an icon is in the desktop's tray."""
        return self.icon is not None and self.icon.isVisible()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def show_state(self, timer: RunningTimer | None, today_minutes: int) -> None:
        """The running timer and today's hours, in the menu and the tooltip."""
        if timer is None:
            status = tr("No timer running")
            self.toggle_action.setText(tr("Start timer"))
        else:
            who = " — ".join(p for p in (timer.client or tr("No client"), timer.title) if p)
            elapsed = describe_elapsed(timer.elapsed(datetime.now(UTC)))
            status = tr("● {t} · {who}").format(t=elapsed, who=who)
            self.toggle_action.setText(tr("Stop timer…"))
        today = tr("Today: {h} h").format(h=f"{today_minutes / 60:.2f}")
        self.status_action.setText(status)
        self.today_action.setText(today)
        if self.icon is not None:
            self.icon.setToolTip(f"{APP_NAME}\n{status}\n{today}")

    def notify(self, title: str, text: str) -> bool:
        """A desktop notification through the tray; False if there is no tray."""
        if not self.available or self.icon is None:
            return False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        return True

    def hide(self) -> None:
        """Take the icon out of the tray (the app is quitting)."""
        if self.icon is not None:
            self.icon.hide()
