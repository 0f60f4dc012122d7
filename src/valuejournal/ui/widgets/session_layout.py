"""Where the session form's fields go: the quick-entry row, or the edit dialog's form.

Each typed field has a note (what was understood, or what is wrong) that always keeps its
space. The quick entry is one row that wraps onto two when narrow (`WrapRow`); *What* takes
most of the spare width, the client some of it, the rest keep the width their content needs.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.entities import Capture
from valuejournal.core.i18n import N_
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.amount_field import AmountField
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.hours_box import HoursBox
from valuejournal.ui.widgets.parsed_field import FieldNote, ParsedField
from valuejournal.ui.widgets.score_box import ScoreBox
from valuejournal.ui.widgets.wrap_row import WrapRow

IMPACT_SHORT = {"ecological": N_("ecological"), "economic": N_("economic"), "social": N_("social")}
"""The word beside each impact box."""


class SessionForm(Protocol):
    """The fields of the session form that are laid out here (the form is a QWidget)."""

    day: DateField
    hours: HoursBox
    client: QComboBox
    client_note: FieldNote
    project: QComboBox
    giving: QComboBox
    title: QLineEdit
    value: ScoreBox
    pay: AmountField
    currency: QComboBox
    status: QComboBox
    paid_on: DateField
    mood: ScoreBox
    energy: ScoreBox
    stress: ScoreBox
    error_label: QLabel
    row: WrapRow | None
    start_enabled: QCheckBox
    start: QTimeEdit
    notes: QPlainTextEdit
    private: QCheckBox
    captures: dict[Capture, QCheckBox]
    impacts: dict[str, ScoreBox]
    tags: QLineEdit


FIRST_LINE = 4
"""Date, hours, client and what stay on the first line when the row wraps (the project
opens the second: the first line holds no more at 900 px)."""
WANTED = {2: 180, 3: 320}
"""The client and What widths below which the row wraps (What is the widest field)."""


def _cell(text: str, field: QWidget, stretch: int, note: FieldNote | None = None) -> QWidget:
    """A label above the field and the field's note below it."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QLabel(text)
    label.setBuddy(field)
    label.setObjectName("fieldLabel")
    layout.addWidget(label)
    layout.addWidget(field)
    if note is None:
        note = field.note if isinstance(field, ParsedField) else FieldNote()
    layout.addWidget(note)
    policy = QSizePolicy.Policy.Preferred if stretch else QSizePolicy.Policy.Fixed
    cell.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
    return cell


def lay_out_compact(form: SessionForm, host: QWidget) -> None:
    """The quick entry: one wrapping row of labelled fields, the problems line below."""
    cells = [
        (tr("&Date"), form.day, 0),
        (tr("&Hours"), form.hours, 0),
        (tr("&Client"), form.client, 2),
        (tr("&What"), form.title, 5),
        (tr("Pro&ject"), form.project, 0),
        (tr("&Value"), form.value, 0),
        (tr("&Pay"), form.pay, 0),
        (tr("&Status"), form.status, 0),
        (tr("Paid o&n"), form.paid_on, 0),
        (tr("&Mood"), form.mood, 0),
        (tr("&Energy"), form.energy, 0),
        (tr("S&tress"), form.stress, 0),
    ]
    notes: dict[QWidget, FieldNote] = {form.client: form.client_note}
    built = [(_cell(t, f, s, notes.get(f)), s) for t, f, s in cells]
    form.row = WrapRow(built, FIRST_LINE, WANTED)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(form.row)
    layout.addWidget(form.error_label)
    fields = [f for _t, f, _s in cells]
    for before, after in zip(fields, fields[1:], strict=False):
        QWidget.setTabOrder(before, after)


def _inline(*items: QWidget | str) -> QHBoxLayout:
    """Widgets side by side (strings become labels; notes as wide as their text)."""
    row = QHBoxLayout()
    for item in items:
        widget = QLabel(item) if isinstance(item, str) else item
        if isinstance(widget, FieldNote):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


def lay_out_full(form: SessionForm, host: QWidget) -> None:
    """The edit dialog: every field, a note beside each typed one, the problems at the end."""
    grid = QFormLayout(host)
    grid.addRow(_buddy(tr("&Date"), form.day), _inline(form.day, form.day.note))
    grid.addRow(tr("Start"), _inline(form.start_enabled, form.start))
    grid.addRow(_buddy(tr("&Hours"), form.hours), _inline(form.hours, form.hours.note))
    client_row = QHBoxLayout()
    client_row.addWidget(form.client, 1)
    form.client_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    client_row.addWidget(form.client_note)
    grid.addRow(_buddy(tr("&Client"), form.client), client_row)
    grid.addRow(_buddy(tr("Pro&ject"), form.project), form.project)
    grid.addRow(tr("&What"), form.title)
    grid.addRow(tr("N&otes"), form.notes)
    grid.addRow("", form.private)
    grid.addRow(_buddy(tr("&Value created"), form.value), _inline(form.value, form.value.note))
    paid_on = _buddy(tr("paid o&n"), form.paid_on)
    pay_row = _inline(form.pay, form.pay.note, form.currency, form.status)
    for widget in (paid_on, form.paid_on, form.paid_on.note):
        pay_row.insertWidget(pay_row.count() - 1, widget)
    form.paid_on.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    grid.addRow(_buddy(tr("&Pay"), form.pay), pay_row)
    grid.addRow(_buddy(tr("Given on p&urpose"), form.giving), _inline(form.giving))
    grid.addRow(tr("Also captured"), _inline(*form.captures.values()))
    wellbeing: list[QWidget | str] = []
    for text, box in ((tr("mood"), form.mood), (tr("energy"), form.energy),
                      (tr("stress"), form.stress)):  # fmt: skip
        wellbeing += [_buddy(text, box), box, box.note]
    grid.addRow(tr("Wellbeing"), _inline(*wellbeing))
    impacts: list[QWidget | str] = []
    for name, box in form.impacts.items():
        impacts += [_buddy(tr(IMPACT_SHORT[name]), box), box, box.note]
    grid.addRow(tr("Impact"), _inline(*impacts))
    grid.addRow(tr("Ta&gs"), form.tags)
    grid.addRow(form.error_label)
    chain: list[QWidget] = [
        form.day, form.start_enabled, form.start, form.hours, form.client, form.project,
        form.title, form.notes, form.private, form.value, form.pay, form.currency, form.status,
        form.paid_on, form.giving, *form.captures.values(), form.mood, form.energy, form.stress,
        *form.impacts.values(), form.tags,
    ]  # fmt: skip
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
