"""Settings for the timer, the tray and the reminders (a part of the Settings dialog)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QSpinBox,
    QSystemTrayIcon,
    QWidget,
)

from valuejournal.core.reminders import ReminderSettings
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.labels import make_label


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(min(high, max(low, value)))
    box.setSuffix(suffix)
    return box


class HabitsForm(QWidget):
    """Timer limit, close to tray, and the three reminders with their figures."""

    def __init__(
        self,
        max_hours: float,
        close_to_tray: bool,
        reminders: ReminderSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reminders = reminders
        self.max_hours = QDoubleSpinBox()
        self.max_hours.setRange(0.25, 24.0)
        self.max_hours.setSingleStep(0.5)
        self.max_hours.setValue(max_hours)
        self.max_hours.setSuffix(tr(" h"))
        self.close_to_tray = QCheckBox(tr("Closing the window leaves the app in the tray"))
        self.close_to_tray.setChecked(close_to_tray)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.close_to_tray.setToolTip(tr("This desktop shows no tray icons."))
        self.log_today = QCheckBox(tr("Remind me to log the day, from"))
        self.log_today.setChecked(reminders.log_today)
        self.log_hour = _spin(0, 23, reminders.log_hour, tr(":00"))
        self.to_rate = QCheckBox(tr("Remind me when sessions wait for a rating, at least"))
        self.to_rate.setChecked(reminders.to_rate)
        self.to_rate_min = _spin(1, 10_000, reminders.to_rate_min, "")
        self.unpaid = QCheckBox(tr("Remind me of money unpaid for more than"))
        self.unpaid.setChecked(reminders.unpaid)
        self.unpaid_days = _spin(1, 3650, reminders.unpaid_days, tr(" days"))
        self.snooze = _spin(5, 24 * 60, reminders.snooze_minutes, tr(" min"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (
            (make_label(tr("A timer that ran longer asks keep, split or trim"), wrap=False),
             self.max_hours),
            (self.log_today, self.log_hour),
            (self.to_rate, self.to_rate_min),
            (self.unpaid, self.unpaid_days),
            (make_label(tr("Snooze a reminder for"), wrap=False), self.snooze),
        )  # fmt: skip
        for row, (label, field) in enumerate(rows):
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        grid.addWidget(self.close_to_tray, len(rows), 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def chosen_reminders(self) -> ReminderSettings:
        """The reminder settings as set here."""
        return replace(
            self.reminders,
            log_today=self.log_today.isChecked(),
            log_hour=self.log_hour.value(),
            to_rate=self.to_rate.isChecked(),
            to_rate_min=self.to_rate_min.value(),
            unpaid=self.unpaid.isChecked(),
            unpaid_days=self.unpaid_days.value(),
            snooze_minutes=self.snooze.value(),
        )
