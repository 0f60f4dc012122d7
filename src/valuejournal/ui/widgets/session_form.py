"""One form for a work session: compact as the quick entry, complete in the edit dialog.

`session()` turns the fields into a validated core Session (raising ValidationError with
every problem), `load()` fills the fields from one. Field problems are shown in place.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.entities import Capture, PayStatus, Session
from valuejournal.core.money import MoneyError, format_plain, parse_amount
from valuejournal.core.rules import Problem, ValidationError, parse_tags
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.hours_box import HoursBox

NOT_SET = "–"


def _spin(low: int, high: int, unset: bool, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low - 1 if unset else low, high)
    if unset:
        box.setSpecialValueText(NOT_SET)
    box.setToolTip(tip)
    box.setAccelerated(True)
    return box


def _spin_value(box: QSpinBox) -> int | None:
    return None if box.specialValueText() and box.value() == box.minimum() else box.value()


def _set_spin(box: QSpinBox, value: int | None) -> None:
    box.setValue(box.minimum() if value is None else value)


class SessionForm(QWidget):
    """Fields of a session. ``compact`` shows the essentials on two rows."""

    submitted = Signal()

    def __init__(self, *, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self._base: Session | None = None
        self._make_fields()
        self._layout_compact() if compact else self._layout_full()
        self.pay.textEdited.connect(self._pay_edited)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    # -- construction ------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.hours = HoursBox()
        self.hours.setValue(1.0)
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.lineEdit().setPlaceholderText(tr("no client"))
        self.client.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("What did you do?"))
        self.value = _spin(0, 10, True, tr("Value created, 0–10 (– = not rated yet)"))
        self.pay = QLineEdit()
        self.pay.setPlaceholderText("0.00")
        self.pay.setMaximumWidth(110)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "JPY"])
        self.status = QComboBox()
        for status, label in (
            (PayStatus.NONE, tr("unpaid")),
            (PayStatus.PENDING, tr("pending")),
            (PayStatus.PAID, tr("paid")),
        ):
            self.status.addItem(label, status.value)
        self.paid_on = QDateEdit(QDate.currentDate())
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.mood = _spin(1, 5, True, tr("Mood, 1 (low) – 5 (great)"))
        self.energy = _spin(1, 5, True, tr("Energy, 1–5"))
        self.stress = _spin(1, 5, True, tr("Stress, 1 (calm) – 5 (very stressed)"))
        for box in (self.value, self.mood, self.energy, self.stress):
            _set_spin(box, None)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        if self.compact:
            return
        self.start_enabled = QCheckBox(tr("Start time"))
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.start_enabled.toggled.connect(self.start.setEnabled)
        self.start.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Notes"))
        self.private = QCheckBox(tr("Private notes (never shared unless you ask)"))
        self.captures = {c: QCheckBox(tr(c.value)) for c in Capture}
        self.impacts = {
            name: _spin(-2, 2, True, tr(f"{name.capitalize()} impact, -2 … +2"))
            for name in ("ecological", "economic", "social")
        }
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("tags, separated by ;"))

    def _labelled(self, text: str, field: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = QLabel(text)
        label.setBuddy(field)
        label.setObjectName("fieldLabel")
        layout.addWidget(label)
        layout.addWidget(field)
        return box

    def _layout_compact(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: list[tuple[str, QWidget, int]] = [
            (tr("&Date"), self.day, 1),
            (tr("&Hours"), self.hours, 1),
            (tr("&Client"), self.client, 2),
            (tr("&What"), self.title, 4),
            (tr("&Value"), self.value, 1),
            (tr("&Pay"), self.pay, 1),
            (tr("&Status"), self.status, 1),
            (tr("Paid o&n"), self.paid_on, 1),
            (tr("&Mood"), self.mood, 1),
            (tr("&Energy"), self.energy, 1),
            (tr("S&tress"), self.stress, 1),
        ]
        column = 0
        for text, field, span in cells:
            grid.addWidget(self._labelled(text, field), 0, column, 1, span)
            if field in (self.title, self.client):
                for c in range(column, column + span):
                    grid.setColumnStretch(c, 2 if field is self.title else 1)
            column += span
        grid.addWidget(self.error_label, 1, 0, 1, column)
        for i, w in enumerate(c[1] for c in cells):
            if i:
                QWidget.setTabOrder(cells[i - 1][1], w)

    def _layout_full(self) -> None:
        form = QFormLayout(self)
        form.addRow(tr("&Date"), self.day)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_enabled)
        start_row.addWidget(self.start)
        start_row.addStretch(1)
        form.addRow(tr("Start"), start_row)
        form.addRow(tr("&Hours"), self.hours)
        form.addRow(tr("&Client"), self.client)
        form.addRow(tr("&What"), self.title)
        form.addRow(tr("Notes"), self.notes)
        form.addRow("", self.private)
        form.addRow(tr("&Value created"), self.value)
        pay_row = QHBoxLayout()
        for w in (self.pay, self.currency, self.status, QLabel(tr("paid on")), self.paid_on):
            pay_row.addWidget(w)
        pay_row.addStretch(1)
        pay_label = QLabel(tr("&Pay"))
        pay_label.setBuddy(self.pay)
        form.addRow(pay_label, pay_row)
        captures = QHBoxLayout()
        for box in self.captures.values():
            captures.addWidget(box)
        captures.addStretch(1)
        form.addRow(tr("Also captured"), captures)
        wellbeing = QHBoxLayout()
        for text, w in (
            (tr("mood"), self.mood),
            (tr("energy"), self.energy),
            (tr("stress"), self.stress),
        ):
            wellbeing.addWidget(QLabel(text))
            wellbeing.addWidget(w)
        wellbeing.addStretch(1)
        form.addRow(tr("Wellbeing"), wellbeing)
        impacts = QHBoxLayout()
        for name, w in self.impacts.items():
            impacts.addWidget(QLabel(tr(name)))
            impacts.addWidget(w)
        impacts.addStretch(1)
        form.addRow(tr("Impact"), impacts)
        form.addRow(tr("Ta&gs"), self.tags)
        form.addRow(self.error_label)

    # -- behaviour ---------------------------------------------------------------------
    def _pay_edited(self, text: str) -> None:
        if text.strip() and self.pay_status() is PayStatus.NONE:
            self.set_pay_status(PayStatus.PENDING)
        elif not text.strip() and self.pay_status() is not PayStatus.NONE:
            self.set_pay_status(PayStatus.NONE)

    def _status_changed(self) -> None:
        self.paid_on.setEnabled(self.pay_status() is PayStatus.PAID)

    def pay_status(self) -> PayStatus:
        """The pay status chosen in the form."""
        return PayStatus(self.status.currentData())

    def set_pay_status(self, status: PayStatus) -> None:
        """Choose a pay status in the form."""
        self.status.setCurrentIndex(self.status.findData(status.value))

    def set_clients(self, names: list[str]) -> None:
        """Offer these client names in the client box (keeps the current text)."""
        current = self.client.currentText()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItems(names)
        self.client.setEditText(current)
        self.client.blockSignals(False)

    def session(self, currency: str = "EUR") -> Session:
        """The session the fields describe; raises ValidationError and marks bad fields."""
        try:
            session = self._build(currency)
            from valuejournal.core.rules import validate_session

            validate_session(session)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            raise
        self.show_problems([])
        return session

    def _build(self, currency: str) -> Session:
        base = self._base or Session(day=date.today(), minutes=60)
        cur = self.currency.currentText().strip().upper() if not self.compact else currency
        if self.compact and self._base is not None:
            cur = self._base.currency
        try:
            pay = parse_amount(self.pay.text(), cur) if self.pay.text().strip() else 0
        except MoneyError as exc:
            raise ValidationError([Problem("pay", str(exc))]) from None
        status = self.pay_status()
        fields: dict[str, object] = {
            "day": self.day.date().toPython(),
            "minutes": round(self.hours.value() * 60),
            "client": self.client.currentText().strip() or None,
            "title": self.title.text().strip(),
            "value": _spin_value(self.value),
            "pay_minor": pay,
            "currency": cur,
            "status": status,
            "paid_on": self.paid_on.date().toPython() if status is PayStatus.PAID else None,
            "mood": _spin_value(self.mood),
            "energy": _spin_value(self.energy),
            "stress": _spin_value(self.stress),
        }
        if not self.compact:
            fields.update(self._full_fields())
        return replace(base, **fields)  # type: ignore[arg-type]

    def _full_fields(self) -> dict[str, object]:
        start: time | None = (
            self.start.time().toPython() if self.start_enabled.isChecked() else None
        )
        return {
            "start_time": start,
            "notes": self.notes.toPlainText(),
            "private": self.private.isChecked(),
            "captures": frozenset(c for c, box in self.captures.items() if box.isChecked()),
            "ecological": _spin_value(self.impacts["ecological"]),
            "economic": _spin_value(self.impacts["economic"]),
            "social": _spin_value(self.impacts["social"]),
            "tags": parse_tags(self.tags.text()),
        }

    def load(self, session: Session) -> None:
        """Show a stored session in the fields (editing keeps its uuid and timestamps)."""
        self._base = session
        self.day.setDate(QDate(session.day))
        self.hours.setValue(session.minutes / 60)
        self.client.setEditText(session.client or "")
        self.title.setText(session.title)
        _set_spin(self.value, session.value)
        self.pay.setText(
            format_plain(session.pay_minor, session.currency) if session.pay_minor else ""
        )
        self.set_pay_status(session.status)
        if session.paid_on:
            self.paid_on.setDate(QDate(session.paid_on))
        for name in ("mood", "energy", "stress"):
            _set_spin(getattr(self, name), getattr(session, name))
        if self.compact:
            return
        self.currency.setEditText(session.currency)
        self.start_enabled.setChecked(session.start_time is not None)
        if session.start_time:
            self.start.setTime(QTime(session.start_time.hour, session.start_time.minute))
        self.notes.setPlainText(session.notes)
        self.private.setChecked(session.private)
        for capture, box in self.captures.items():
            box.setChecked(capture in session.captures)
        for name, box in self.impacts.items():
            _set_spin(box, getattr(session, name))
        self.tags.setText("; ".join(session.tags))

    def clear_for_next(self) -> None:
        """After saving: keep date and client, clear the rest, focus the hours."""
        self._base = None
        self.title.clear()
        self.pay.clear()
        self.status.setCurrentIndex(0)
        for box in (self.value, self.mood, self.energy, self.stress):
            _set_spin(box, None)
        self.show_problems([])
        self.hours.setFocus()
        self.hours.selectAll()

    def show_problems(self, problems: list[Problem]) -> None:
        """Show the problems under the form and mark the fields they are about."""
        bad = {p.field for p in problems}
        mapping = {
            "minutes": self.hours,
            "value": self.value,
            "pay": self.pay,
            "status": self.status,
            "paid_on": self.paid_on,
            "title": self.title,
            "client": self.client,
            "mood": self.mood,
            "energy": self.energy,
            "stress": self.stress,
        }
        for name, widget in mapping.items():
            widget.setProperty("invalid", name in bad)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if problems:
            self.error_label.setText(" · ".join(p.message for p in problems))
            self.error_label.show()
        else:
            self.error_label.clear()
            self.error_label.hide()

    def keyPressEvent(self, event) -> None:
        """Enter anywhere in the form submits it (the notes box keeps its newlines)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            not self.compact and self.notes.hasFocus()
        ):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)
