"""One form for a work session: compact as the quick entry, complete in the edit dialog.

`session()` turns the fields into a validated core Session (raising ValidationError with
every problem), `load()` fills the fields from one. Every typed field keeps its text as typed:
a value it cannot use is refused with a note beside the field and a line under the form
(which always keeps its space, so the layout never moves). Once problems show, every change
checks again, so a fixed field clears at once. *Paid on* follows the session's date until it
is typed; a date in the future is confirmed once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import Capture, Giving, PayStatus, Session
from valuejournal.core.i18n import N_
from valuejournal.core.money import typed_currency
from valuejournal.core.rules import Problem, ValidationError, parse_tags, session_problems
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets import session_layout
from valuejournal.ui.widgets.amount_field import AmountField
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.hours_box import HoursBox
from valuejournal.ui.widgets.parsed_field import FieldNote, FieldProblem, ParsedField
from valuejournal.ui.widgets.pay_fill import FormChoices, PayFiller, RateLookup
from valuejournal.ui.widgets.score_box import NOT_SET, ScoreBox
from valuejournal.ui.widgets.wrap_row import WrapRow

__all__ = ["NOT_SET", "SessionForm"]

CLIENT_MAX_MIN_WIDTH = 210
"""The client field grows to fit the longest client name, up to this many pixels."""
CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "JPY"]


CAPTURE_WORDS = {
    Capture.REFERRAL: N_("referral"),
    Capture.REPEAT: N_("repeat"),
    Capture.LEARNING: N_("learning"),
    Capture.REPUTATION: N_("reputation"),
    Capture.JOY: N_("joy"),
}
# name: (label, accessible name); session_layout.IMPACT_SHORT is the word beside the box
IMPACT_WORDS = {
    "ecological": (N_("Ecological impact"), N_("Ecological impact, -2 … +2")),
    "economic": (N_("Economic impact"), N_("Economic impact, -2 … +2")),
    "social": (N_("Social impact"), N_("Social impact, -2 … +2")),
}


class SessionForm(QWidget):
    """Fields of a session. ``compact`` shows the essentials on one row (two when narrow)."""

    submitted = Signal()

    def __init__(self, *, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self._base: Session | None = None
        self._currency = "EUR"
        self._future_ok: date | None = None
        self._paid_on_typed = False
        self._live = False
        self.row: WrapRow | None = None
        self._make_fields()
        if compact:
            session_layout.lay_out_compact(self, self)
        else:
            session_layout.lay_out_full(self, self)
        self._connect()
        self._status_changed()

    # -- construction ------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.day = DateField()
        self.hours = HoursBox()
        self.hours.set_minutes(60)
        self.client = QComboBox()
        self.client_edit = QLineEdit()  # setting it makes the box editable
        self.client.setLineEdit(self.client_edit)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.client.setMinimumContentsLength(11)
        self.client_edit.setPlaceholderText(tr("no client"))
        self.client_note = FieldNote()
        self._client_names: list[str] = []
        self.client_completer = QCompleter(self.client.model(), self.client)
        self.client_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client_popup = QListView()
        self.client_completer.setPopup(self.client_popup)
        self.client.setCompleter(self.client_completer)
        self.project = _names_box(tr("no project"))
        self._projects: dict[str, list[str]] = {}
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("What did you do?"))
        self.title.setMinimumWidth(200)
        self.value = ScoreBox(0, 10, tr("Value created, 0–10"))
        self.pay = AmountField(self._pay_currency)
        self.filler = PayFiller(self.pay, self.hours, self._names, self._rate_pending, self)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.status = QComboBox()
        for status, label in (
            (PayStatus.NONE, tr("unpaid")),
            (PayStatus.PENDING, tr("pending")),
            (PayStatus.PAID, tr("paid")),
        ):
            self.status.addItem(label, status.value)
        self.paid_on = DateField()
        self.mood = ScoreBox(1, 5, tr("Mood, 1 (low) – 5 (great)"))
        self.energy = ScoreBox(1, 5, tr("Energy, 1–5"))
        self.stress = ScoreBox(1, 5, tr("Stress, 1 (calm) – 5 (very stressed)"))
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setFixedHeight(2 * self.error_label.fontMetrics().lineSpacing() + 4)
        self.labels: dict[str, str] = {
            "day": tr("Date"),
            "minutes": tr("Hours"),
            "value": tr("Value"),
            "pay": tr("Pay"),
            "paid_on": tr("Paid on"),
            "mood": tr("Mood"),
            "energy": tr("Energy"),
            "stress": tr("Stress"),
        }
        self.parsed: dict[str, ParsedField] = {
            "day": self.day,
            "minutes": self.hours,
            "value": self.value,
            "pay": self.pay,
            "paid_on": self.paid_on,
            "mood": self.mood,
            "energy": self.energy,
            "stress": self.stress,
        }
        if not self.compact:
            self._make_full_fields()

    def _make_full_fields(self) -> None:
        self.start_enabled = QCheckBox(tr("Start time"))
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.start_enabled.toggled.connect(self.start.setEnabled)
        self.start.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.private = QCheckBox(tr("Private notes (never shared unless you ask)"))
        self.captures = {c: QCheckBox(tr(CAPTURE_WORDS[c])) for c in Capture}
        self.impacts = {name: ScoreBox(-2, 2, tr(words[1])) for name, words in IMPACT_WORDS.items()}
        for name, box in self.impacts.items():
            self.parsed[name] = box
            self.labels[name] = tr(IMPACT_WORDS[name][0])
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("tags, separated by ;"))
        self.giving = QComboBox()
        for giving, label in (
            (Giving.NONE, tr("no: work for pay")),
            (Giving.PRO_BONO, tr("pro bono")),
            (Giving.GIFT, tr("a gift")),
        ):
            self.giving.addItem(label, giving.value)

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(self._status_changed)
        self.pay.textEdited.connect(self._pay_edited)
        self.day.textChanged.connect(self._day_changed)
        self.paid_on.textEdited.connect(self._paid_on_edited)
        for name, field in self.parsed.items():
            field.textChanged.connect(self._recheck)
            field.editingFinished.connect(partial(self._field_left, name))
        self.title.textChanged.connect(self._recheck)
        self.client.editTextChanged.connect(self._recheck)
        self.client.editTextChanged.connect(self._client_edited)
        # Enter while the completer's list is open reaches the line edit only (the list
        # then closes and the key goes no further): take the list's one match there too
        self.client_edit.returnPressed.connect(self.complete_client)
        self.client.editTextChanged.connect(self.filler.refresh)
        self.project.editTextChanged.connect(self.filler.refresh)
        self.project.editTextChanged.connect(self._recheck)
        self.status.currentIndexChanged.connect(self._recheck)
        if not self.compact:
            self.tags.textChanged.connect(self._recheck)
            self.currency.editTextChanged.connect(self._recheck)

    # -- behaviour ---------------------------------------------------------------------
    def _names(self) -> tuple[str | None, str | None]:
        """The client and project typed in the form (None when empty)."""
        client = self.client.currentText().strip() or None
        project = self.project.currentText().strip() or None
        return client, project if client else None

    def _rate_pending(self) -> None:
        if self.pay_status() is PayStatus.NONE:
            self.set_pay_status(PayStatus.PENDING)

    def set_choices(self, choices: FormChoices) -> None:
        """Offer a journal's clients and projects, and fill pay from their rates."""
        self.set_clients(choices.clients)
        self.set_projects(choices.projects)
        self.set_rates(choices.lookup)

    def set_rates(self, lookup: RateLookup) -> None:
        """Where the form finds the rate for a client and project (fills the pay)."""
        self.filler.lookup = lookup
        self.filler.refresh()

    def set_projects(self, projects: dict[str, list[str]]) -> None:
        """Each client's projects (by client name, any case) for the project box."""
        self._projects = {name.casefold(): list(names) for name, names in projects.items()}
        self._offer_projects()

    def _offer_projects(self) -> None:
        client = (self.client.currentText().strip() or "").casefold()
        names = self._projects.get(client, [])
        current = self.project.currentText()
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItems(names)
        self.project.setEditText(current)
        self.project.blockSignals(False)

    def _pay_currency(self) -> str:
        typed = typed_currency(self.pay.text())  # "300 USD": the person named it
        if typed is not None:
            return typed
        if self.filler.currency and not self.filler.typed:
            return self.filler.currency
        if self.compact:
            if self._base is not None:
                return self._base.currency
            _rate, client_currency = self.filler.rate()  # a known client: its currency
            return client_currency or self._currency
        return self.currency.currentText().strip().upper() or self._currency

    def _pay_edited(self, text: str) -> None:
        if text.strip() and self.pay_status() is PayStatus.NONE:
            self.set_pay_status(PayStatus.PENDING)
        elif not text.strip() and self.pay_status() is not PayStatus.NONE:
            self.set_pay_status(PayStatus.NONE)

    def _status_changed(self) -> None:
        paid = self.pay_status() is PayStatus.PAID
        self.paid_on.setEnabled(paid)
        if paid and not self._paid_on_typed:
            self._day_changed()

    def _day_changed(self) -> None:
        """Paid on follows the session's date until the person types one."""
        if self._paid_on_typed:
            return
        try:
            day = self.day.value()
        except FieldProblem:
            return
        self.paid_on.set_date(day)

    def _paid_on_edited(self) -> None:
        self._paid_on_typed = True

    def pay_status(self) -> PayStatus:
        """The pay status chosen in the form."""
        return PayStatus(self.status.currentData())

    def set_pay_status(self, status: PayStatus) -> None:
        """Choose a pay status in the form."""
        self.status.setCurrentIndex(self.status.findData(status.value))

    def set_currency(self, currency: str) -> None:
        """The currency of new sessions (the journal's base currency)."""
        self._currency = currency

    def set_clients(self, names: list[str]) -> None:
        """Offer these client names in the client box (keeps the current text)."""
        current = self.client.currentText()
        self._client_names = list(names)
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItems(names)
        self.set_client(current)
        self.client.blockSignals(False)
        metrics = self.client.fontMetrics()
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        self.client.view().setMinimumWidth(widest + 40)
        self.client_popup.setMinimumWidth(widest + 40)
        # wide enough for the names in use, up to a sensible width (the popups show them all)
        arrow = self.client.sizeHint().width() - self.client_edit.sizeHint().width()
        self.client.setMinimumWidth(min(widest + max(arrow, 24) + 8, CLIENT_MAX_MIN_WIDTH))

    def _client_edited(self) -> None:
        """Say so when the name typed is not a client yet (saving creates it)."""
        name = self.client.currentText().strip()
        known = {n.casefold() for n in self._client_names}
        new = bool(name) and name.casefold() not in known
        self.client_note.set_note(tr("new client") if new else "")
        self._offer_projects()

    def complete_client(self) -> None:
        """Take the one client whose name starts with what was typed (as the completer shows
        it); a name no client starts with stays, and saving creates that client."""
        typed = self.client.currentText().strip().casefold()
        if not typed or typed in {n.casefold() for n in self._client_names}:
            return
        matches = [n for n in self._client_names if n.casefold().startswith(typed)]
        if len(matches) == 1:
            self.client_popup.hide()
            self.set_client(matches[0])

    def set_client(self, name: str) -> None:
        """Show a client name from its start (a long name is not shown by its tail)."""
        self.client.setEditText(name)
        self.client_edit.setCursorPosition(0)
        self._client_edited()

    # -- reading -----------------------------------------------------------------------
    def session(self, currency: str | None = None, *, confirm_future: bool = True) -> Session:
        """The session the fields describe; raises ValidationError and marks bad fields.

        A date in the future is confirmed once (per date); declining raises ValidationError.
        """
        if currency:
            self._currency = currency
        session, problems = self._read()
        self.show_problems(problems)
        if problems or session is None:
            self._live = True
            raise ValidationError(problems)
        if confirm_future and not self._future_confirmed(session.day):
            problem = Problem("day", tr("the date is in the future"))
            self.show_problems([problem])
            raise ValidationError([problem])
        self._live = False
        return session

    def _future_confirmed(self, day: date) -> bool:
        if day <= date.today() or day == self._future_ok:
            return True
        shown = formats.current().date(day, "long")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("A date in the future"),
            tr("This session is dated {d}, in the future. Save it on that date?").format(d=shown),
            parent=self,
        )
        save = box.addButton(tr("Save on that date"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Change the date"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            self._future_ok = day
            return True
        self.day.setFocus()
        self.day.selectAll()
        return False

    def _read(self) -> tuple[Session | None, list[Problem]]:
        """The session and every problem: first what cannot be read, then the rules."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        paid = self.pay_status() is PayStatus.PAID
        for name, field in self.parsed.items():
            if name == "paid_on" and not paid:
                values[name] = None
                continue
            try:
                values[name] = field.value()
            except FieldProblem as exc:
                said = tr("{field}: {problem}").format(field=self.labels[name], problem=exc)
                problems.append(Problem(name, said))  # French spaces its colon
        if problems:
            return None, problems
        session = self._build(values)
        return session, session_problems(session)

    def _build(self, values: dict[str, Any]) -> Session:
        base = self._base or Session(day=date.today(), minutes=60)
        pay = values.pop("pay")
        fields: dict[str, Any] = {
            **values,
            "pay_minor": pay,
            "client": self._names()[0],
            "project": self._names()[1],
            "pay_source": self.filler.source(),
            "title": self.title.text().strip(),
            "currency": self._pay_currency(),
            "status": self.pay_status(),
        }
        if not self.compact:
            fields.update(self._full_fields())
        if self._base is not None and fields["currency"] != self._base.currency:
            fields.update(fx_rate=None, fx_day=None)  # a new currency: the store freezes anew
        return replace(base, **fields)

    def _full_fields(self) -> dict[str, object]:
        chosen = self.start.time()
        start = time(chosen.hour(), chosen.minute()) if self.start_enabled.isChecked() else None
        kept = self._base.start_time if self._base is not None else None
        if (
            start is not None
            and kept is not None
            and kept.replace(second=0, microsecond=0) == start
        ):
            start = kept  # shown to the minute; a timer's start to the second stays as it was
        return {
            "start_time": start,
            "notes": self.notes.toPlainText(),
            "private": self.private.isChecked(),
            "captures": frozenset(c for c, box in self.captures.items() if box.isChecked()),
            "tags": parse_tags(self.tags.text()),
            "giving": Giving(self.giving.currentData()),
        }

    def _field_left(self, name: str) -> None:
        """Leaving a field whose text cannot be used lists it under the form at once."""
        if self.parsed[name].problem() is not None and not self._live:
            self._live = True
            self._recheck()

    def _recheck(self) -> None:
        """After a failed save, every change checks the form again (fixed fields clear)."""
        if not self._live:
            return
        _session, problems = self._read()
        self.show_problems(problems)
        self._live = bool(problems)

    # -- showing -----------------------------------------------------------------------
    def load(self, session: Session) -> None:
        """Show a stored session in the fields (editing keeps its uuid and timestamps)."""
        self._base = session
        self._paid_on_typed = session.paid_on is not None and session.paid_on != session.day
        self._future_ok = session.day
        self.filler.hold(True)  # the stored pay stays as it is until the person edits
        self.day.set_date(session.day)
        self.hours.set_minutes(session.minutes)
        self.set_client(session.client or "")
        self.project.setEditText(session.project or "")
        self.title.setText(session.title)
        self.value.set_score(session.value)
        self.pay.setText(self._plain_pay(session))
        self.filler.hold(False)
        self.filler.load(session)
        self.set_pay_status(session.status)
        self.paid_on.set_date(session.paid_on or session.day)
        for name in ("mood", "energy", "stress"):
            getattr(self, name).set_score(getattr(session, name))
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
        for name, impact in self.impacts.items():
            impact.set_score(getattr(session, name))
        self.tags.setText("; ".join(session.tags))
        self.giving.setCurrentIndex(max(0, self.giving.findData(session.giving.value)))

    @staticmethod
    def _plain_pay(session: Session) -> str:
        from valuejournal.core import formats

        if not session.pay_minor:
            return ""
        return formats.current().amount_text(session.pay_minor, session.currency)

    def clear_for_next(self) -> None:
        """After saving: keep date and client, clear the rest, focus the hours."""
        self._base = None
        self._paid_on_typed = False
        self.title.clear()
        self.pay.clear()
        self.status.setCurrentIndex(0)
        for box in (self.value, self.mood, self.energy, self.stress):
            box.set_score(None)
        self._day_changed()
        self.filler.load(None)
        self.filler.refresh()
        self.show_problems([])
        self.hours.setFocus()
        self.hours.selectAll()

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark the fields the problems are about (with a note) and list them under the form."""
        messages = {p.field: p.message for p in reversed(problems)}
        for name, field in self.parsed.items():
            own = field.problem()
            if name in messages and own is not None:
                field.flag(str(own), own.short)
            elif name in messages:
                field.flag(messages[name])
            else:
                field.flag(None)
                field.refresh_note(final=False)
        others: dict[str, QWidget] = {"status": self.status, "title": self.title}
        others["client"] = self.client
        others["project"] = self.project
        if not self.compact:
            others.update({"tags": self.tags, "currency": self.currency, "notes": self.notes})
        for name, widget in others.items():
            if widget.property("invalid") != (name in messages):
                widget.setProperty("invalid", name in messages)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.error_label.setText(" · ".join(p.message for p in problems))
        self.error_label.setToolTip(self.error_label.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere in the form submits it (the notes box keeps its newlines); in the
        client field it first takes the completer's one match."""
        notes_focused = not self.compact and self.notes.hasFocus()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not notes_focused:
            if self.client_edit.hasFocus():
                self.complete_client()
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _names_box(placeholder: str) -> QComboBox:
    """An editable box of names with a case-insensitive popup completer."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(9)
    edit = box.lineEdit()
    assert edit is not None  # the box is editable
    edit.setPlaceholderText(placeholder)
    completer = box.completer()
    assert completer is not None  # an editable box has one
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return box
