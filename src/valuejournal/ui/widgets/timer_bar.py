"""The Journal page's timer row: what runs (client, title, time so far) and Start/Stop."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from valuejournal.core.timer import RunningTimer, describe_elapsed
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.labels import make_label


class TimerBar(QFrame):
    """Shows the running timer; its button asks to start or stop one (`toggle_requested`)."""

    toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerBar")
        self.label = make_label(wrap=False)
        # The words never set the window's width: at 900 px they are cut, not the window widened.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(0)
        self.button = QPushButton()
        self.button.clicked.connect(self.toggle_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.timer: RunningTimer | None = None
        self.show_timer(None)

    def show_timer(self, timer: RunningTimer | None) -> None:
        """Show ``timer`` (None: no timer runs)."""
        self.timer = timer
        if timer is None:
            self.label.setText(
                tr("No timer running. Ctrl+T starts one for the client and “what” typed above.")
            )
            self.button.setText(tr("Start timer (Ctrl+T)"))
            return
        self.button.setText(tr("Stop… (Ctrl+T)"))
        self.tick(timer)

    def tick(self, timer: RunningTimer) -> None:
        """Refresh the time so far."""
        if self.timer is None or timer.uuid != self.timer.uuid:
            return
        who = " — ".join(p for p in (timer.client or tr("No client"), timer.title) if p)
        since = f"{timer.started_at.astimezone():%H:%M}"
        elapsed = describe_elapsed(timer.elapsed(datetime.now(UTC)))
        self.label.setText(
            tr("● <b>{t}</b> · {who} · since {since}").format(t=elapsed, who=who, since=since)
        )
