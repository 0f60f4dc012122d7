"""Settings (Ctrl+,): who you are, this journal's base currency, light or dark, the insight
thresholds, where backups go and how many are kept, the timer and the reminders: in two columns,
so the dialog fits a 1366×768 laptop screen.

The person's name and the base currency are the open journal's too (its meta row travels with
shares and names the PDF); everything is saved in ``valuejournal.settings``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from valuejournal import settings
from valuejournal.settings import Settings
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.backup_form import BackupChoice, BackupForm
from valuejournal.ui.widgets.habits_form import HabitsForm
from valuejournal.ui.widgets.person_form import Person, PersonForm
from valuejournal.ui.widgets.thresholds_dialog import ThresholdsForm, load_thresholds


class SettingsDialog(QDialog):
    """The person's preferences in one dialog."""

    def __init__(self, prefs: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.prefs = prefs
        self.person_form = PersonForm(
            Person(prefs.name, prefs.business, prefs.currency, prefs.locale, prefs.language)
        )
        you = QGroupBox(tr("You"))
        QVBoxLayout(you).addWidget(self.person_form)
        self.thresholds_form = ThresholdsForm(prefs.thresholds)
        self.theme = QComboBox()
        for label, code in (
            (tr("As the system"), ""),
            (tr("Light"), "light"),
            (tr("Dark"), "dark"),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        form = self.person_form.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(tr("&Theme"), self.theme)  # under Language
        judged = QGroupBox(tr("Insight thresholds"))
        QVBoxLayout(judged).addWidget(self.thresholds_form)
        self.backup_form = BackupForm(
            BackupChoice(
                prefs.backup_folder, prefs.keep_daily, prefs.keep_weekly, prefs.keep_monthly
            )
        )
        kept = QGroupBox(tr("Backups"))
        QVBoxLayout(kept).addWidget(self.backup_form)
        self.habits_form = HabitsForm(prefs.timer_max_hours, prefs.close_to_tray, prefs.reminders)
        habits = QGroupBox(tr("Timer and reminders"))
        QVBoxLayout(habits).addWidget(self.habits_form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()  # two columns: one column was 929 px tall, over a laptop's 768
        for groups in ((you, judged), (kept, habits)):
            column = QVBoxLayout()
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only with a valid currency."""
        if not self.person_form.currency_ok():
            self.error.setText(tr("The currency is a three-letter code, such as EUR or USD."))
            self.person_form.currency.setFocus()
            return
        super().accept()

    def chosen(self) -> Settings:
        """The preferences as set in the dialog."""
        person = self.person_form.person()
        backups = self.backup_form.choice()
        return replace(
            self.prefs,
            name=person.name,
            business=person.business,
            currency=person.currency,
            locale=person.locale,
            language=person.language,
            theme=str(self.theme.currentData() or ""),
            thresholds=self.thresholds_form.chosen(),
            backup_folder=backups.folder,
            keep_daily=backups.daily,
            keep_weekly=backups.weekly,
            keep_monthly=backups.monthly,
            timer_max_hours=self.habits_form.max_hours.value(),
            close_to_tray=self.habits_form.close_to_tray.isChecked(),
            reminders=self.habits_form.chosen_reminders(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, owner: str | None, currency: str | None
    ) -> Settings | None:
        """Show the settings (the open journal's ``owner`` and ``currency`` shown when given);
        the saved preferences, or None if cancelled."""
        prefs = settings.load()
        prefs = replace(
            prefs,
            name=owner or prefs.name,
            currency=currency or prefs.currency,
            thresholds=load_thresholds(),
        )
        dialog = cls(prefs, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        settings.save(chosen)
        return chosen
