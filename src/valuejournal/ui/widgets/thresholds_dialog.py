"""The person's thresholds for the insights: a form (also part of Settings) and a small dialog.

The values are kept by ``valuejournal.settings`` (the file the CLI and the PDF read too).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from valuejournal import settings
from valuejournal.core.i18n import N_
from valuejournal.core.insights import Thresholds
from valuejournal.ui.i18n import tr

OLD_GROUP = "insights/thresholds"  # where they were kept in QSettings before preferences.ini
# field, label, minimum, maximum, step
EDITABLE = (
    ("low_value", N_("Low value: at most"), 0.0, 10.0, 0.5),
    ("high_value", N_("High value: at least"), 0.0, 10.0, 0.5),
    (
        "high_pay_quantile",
        N_("High pay: pay rate above this share of your periods"),
        0.5,
        0.95,
        0.05,
    ),
    ("min_hours_day", N_("Judge a day from (hours)"), 0.0, 24.0, 0.5),
    ("min_hours_week", N_("Judge a week from (hours)"), 0.0, 80.0, 1.0),
    ("min_hours_month", N_("Judge a month from (hours)"), 0.0, 300.0, 5.0),
    ("min_hours_client", N_("Name a client's balance from (hours)"), 0.0, 500.0, 1.0),
)


def with_values(base: Thresholds, values: Mapping[str, float]) -> Thresholds:
    """``base`` with these fields changed; whole-number fields (gaps, counts) are rounded."""
    changed: dict[str, Any] = {
        name: round(value) if isinstance(getattr(base, name), int) else value
        for name, value in values.items()
    }
    return replace(base, **changed)


def load_thresholds() -> Thresholds:
    """The person's thresholds (from the preferences file; once, from the old QSettings)."""
    if not settings.exists():
        _move_old_thresholds()
    return settings.load().thresholds


def _move_old_thresholds() -> None:
    """Thresholds saved by an older version (QSettings) move to the preferences file."""
    from valuejournal.ui.settings import app_settings

    qsettings = app_settings()
    known = {f.name for f in fields(Thresholds)}
    values = {}
    for name in qsettings.allKeys():
        key = name.removeprefix(f"{OLD_GROUP}/")
        if key != name and key in known:
            try:
                values[key] = float(qsettings.value(name))
            except (TypeError, ValueError):
                continue
    if values:
        settings.update(thresholds=with_values(Thresholds(), values))
        qsettings.remove(OLD_GROUP)


def save_thresholds(thresholds: Thresholds) -> None:
    """Keep the thresholds in the preferences file."""
    settings.update(thresholds=thresholds)


class ThresholdsForm(QWidget):
    """Spin boxes for the editable thresholds."""

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thresholds = thresholds
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name, label, low, high, step in EDITABLE:
            box = QDoubleSpinBox()
            box.setRange(low, high)
            box.setSingleStep(step)
            box.setDecimals(2)
            box.setValue(float(getattr(thresholds, name)))
            form.addRow(tr(label), box)
            self.boxes[name] = box

    def restore_defaults(self) -> None:
        """Put the default thresholds in the boxes."""
        for name, box in self.boxes.items():
            box.setValue(float(getattr(Thresholds(), name)))

    def chosen(self) -> Thresholds:
        """The thresholds as set in the boxes."""
        return with_values(self.thresholds, {n: b.value() for n, b in self.boxes.items()})


class ThresholdsDialog(QDialog):
    """Edit the thresholds behind the spans and balances."""

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Insight thresholds"))
        self.form = ThresholdsForm(thresholds)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.form.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def chosen(self) -> Thresholds:
        """The thresholds as set in the dialog."""
        return self.form.chosen()

    @classmethod
    def ask(cls, parent: QWidget | None, thresholds: Thresholds) -> Thresholds | None:
        """Show the dialog; the new thresholds (saved), or None if cancelled."""
        dialog = cls(thresholds, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        save_thresholds(chosen)
        return chosen
