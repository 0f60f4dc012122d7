"""The running timer in the window: start, stop (with the stop card), and watching the file.

Every second it re-reads the timer row (a one-row table: cheap), so a timer started or
stopped from the command line or the tray shows within a second, and compares the
monotonic clock with the wall clock: a jump of the wall clock means the computer slept,
and the gap is recorded on the running timer (the stop then offers to trim it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from valuejournal.core.entities import Session
from valuejournal.core.errors import UserError
from valuejournal.core.timer import (
    RunningTimer,
    StopChoice,
    check_stop,
    describe_elapsed,
    sessions_for,
)
from valuejournal.ui import dialogs
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr

log = logging.getLogger(__name__)
SLEEP_JUMP = 30.0
"""Seconds the wall clock may run ahead of the monotonic clock in one tick before it counts
as the computer having slept."""


class TimerController(QObject):
    """Start and stop the journal's timer; `changed` when it starts or stops (anywhere),
    `ticked` every second while it runs."""

    changed = Signal(object)  # RunningTimer | None
    ticked = Signal(object)  # RunningTimer

    def __init__(
        self,
        context: JournalContext,
        parent: QWidget,
        *,
        wall: Callable[[], datetime] | None = None,
        mono: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.wall = wall or (lambda: datetime.now(UTC))
        self.mono = mono
        self.timer: RunningTimer | None = None
        self._clocks = (self.mono(), self.wall())
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.poll)
        self.poll()
        self._ticker.start()

    def stop_watching(self) -> None:
        """No more polling (the journal is closing)."""
        self._ticker.stop()

    # -- watching ------------------------------------------------------------------------
    def poll(self) -> None:
        """One tick: note a sleep, re-read the timer, tell who listens."""
        mono, wall = self.mono(), self.wall()
        last_mono, last_wall = self._clocks
        self._clocks = (mono, wall)
        try:
            current = self.context.journal.running_timer()
            slept = (wall - last_wall).total_seconds() - (mono - last_mono)
            if current is not None and slept > SLEEP_JUMP:
                asleep_from = last_wall + timedelta(seconds=mono - last_mono)
                log.info("the computer slept %.0f s while a timer ran", slept)
                current = self.context.journal.note_idle(current, asleep_from, wall)
        except UserError as exc:  # a locked or vanished file: try again next tick
            log.warning("could not read the timer: %s", exc)
            return
        if current != self.timer:
            self.timer = current
            self.changed.emit(current)
        if current is not None:
            self.ticked.emit(current)

    # -- actions -------------------------------------------------------------------------
    def start(self, client: str | None = None, title: str = "") -> RunningTimer | None:
        """Start a timer now; says why not (one is running) and returns None then."""
        if self.context.read_only:
            return None
        try:
            self.context.journal.start_timer(client, title, at=self.wall())
        except UserError as exc:
            dialogs.show_error(self.parent_widget, tr("Timer"), str(exc))
            return None
        self.poll()
        return self.timer

    def stop(self) -> list[Session] | None:
        """Stop the running timer: ask keep/split/trim if doubtful, then the stop card; log
        the session(s) undoably. None if nothing ran or the person changed their mind."""
        from valuejournal import settings
        from valuejournal.ui.stop_card import StopCard, ask_choice

        self.poll()
        timer = self.timer
        if timer is None or self.context.read_only:
            return None
        stopped_at = self.wall()
        max_hours = settings.load().timer_max_hours
        check = check_stop(timer, stopped_at, max_hours=max_hours)
        choice = StopChoice.KEEP
        if check.asks:
            asked = ask_choice(self.parent_widget, check)
            if asked is None:
                return None
            choice = asked
        heading = " — ".join(p for p in (timer.client or tr("No client"), timer.title) if p)
        detail = tr("{t} since {start}").format(
            t=describe_elapsed(check.seconds), start=f"{timer.started_at.astimezone():%H:%M}"
        )
        ratings = StopCard.ask(self.parent_widget, heading, detail)
        if ratings is None:
            return None
        try:
            sessions = sessions_for(
                timer,
                stopped_at,
                ratings,
                choice=choice,
                max_hours=max_hours,
                currency=self.context.journal.info().base_currency,
            )
            stored = self.context.stop_timer(timer, sessions)
        except UserError as exc:
            dialogs.show_error(self.parent_widget, tr("Could not stop the timer"), str(exc))
            self.poll()
            return None
        self.poll()
        return stored

    def toggle(self, client: str | None = None, title: str = "") -> None:
        """Ctrl+T: start a timer, or stop the running one."""
        self.poll()
        if self.timer is None:
            self.start(client, title)
        else:
            self.stop()
