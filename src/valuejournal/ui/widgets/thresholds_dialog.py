"""The person's thresholds for the insights, edited in a small dialog and kept in settings."""

from __future__ import annotations

from dataclasses import asdict, fields, replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.insights import Thresholds
from valuejournal.ui.i18n import tr
from valuejournal.ui.settings import app_settings

GROUP = "insights/thresholds"
# field, label, minimum, maximum, step
EDITABLE = (
    ("low_value", "Low value: at most", 0.0, 10.0, 0.5),
    ("high_value", "High value: at least", 0.0, 10.0, 0.5),
    ("high_pay_quantile", "High pay: pay rate above this share of your periods", 0.5, 0.95, 0.05),
    ("min_hours_day", "Judge a day from (hours)", 0.0, 24.0, 0.5),
    ("min_hours_week", "Judge a week from (hours)", 0.0, 80.0, 1.0),
    ("min_hours_month", "Judge a month from (hours)", 0.0, 300.0, 5.0),
)


def load_thresholds() -> Thresholds:
    """The saved thresholds (defaults for anything unsaved or unreadable)."""
    settings = app_settings()
    values = {}
    names = {f.name: f.type for f in fields(Thresholds)}
    for name, *_rest in EDITABLE:
        raw = settings.value(f"{GROUP}/{name}")
        if raw is None or name not in names:
            continue
        try:
            values[name] = float(raw)
        except (TypeError, ValueError):
            continue
    try:
        return replace(Thresholds(), **values)
    except (TypeError, ValueError):
        return Thresholds()


def save_thresholds(thresholds: Thresholds) -> None:
    """Keep the thresholds in the settings."""
    settings = app_settings()
    data = asdict(thresholds)
    for name, *_rest in EDITABLE:
        settings.setValue(f"{GROUP}/{name}", data[name])


class ThresholdsDialog(QDialog):
    """Edit the thresholds behind the spans and balances."""

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Insight thresholds"))
        self.thresholds = thresholds
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for name, label, low, high, step in EDITABLE:
            box = QDoubleSpinBox()
            box.setRange(low, high)
            box.setSingleStep(step)
            box.setDecimals(2)
            box.setValue(float(getattr(thresholds, name)))
            form.addRow(tr(label), box)
            self.boxes[name] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self._defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _defaults(self) -> None:
        for name, box in self.boxes.items():
            box.setValue(float(getattr(Thresholds(), name)))

    def chosen(self) -> Thresholds:
        """The thresholds as set in the dialog."""
        return replace(self.thresholds, **{n: b.value() for n, b in self.boxes.items()})

    @classmethod
    def ask(cls, parent: QWidget | None, thresholds: Thresholds) -> Thresholds | None:
        """Show the dialog; the new thresholds (saved), or None if cancelled."""
        dialog = cls(thresholds, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        save_thresholds(chosen)
        return chosen
