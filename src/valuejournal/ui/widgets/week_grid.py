"""Back-fill a week: client/title rows x seven days of hours, saved as sessions at once.

Each day cell takes hours as the hours field does (`HoursBox`: "1.5", "1,5", "1:30", "90m"),
empty meaning no work. Tab walks client, title, Monday … Sunday, then the next row; Enter in
any field saves every filled cell as one unrated session (pay filled from the client's or
project's hourly or daily rate, as the quick entry does), in one undo step. A cell that is
not hours is flagged and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.calendar import week_start
from valuejournal.core.entities import PaySource, PayStatus, Session
from valuejournal.core.errors import UserError
from valuejournal.core.rates import pay_for_duration
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.hours_box import HoursBox
from valuejournal.ui.widgets.parsed_field import FieldProblem
from valuejournal.ui.widgets.pay_fill import FormChoices

ROWS = 4


class DayCell(HoursBox):
    """One day's hours in the week grid: empty is no work (0 minutes)."""

    def parse(self, text: str) -> int:
        if not text.strip():
            return 0
        return int(super().parse(text))


@dataclass
class _Row:
    client: QLineEdit
    title: QLineEdit
    cells: list[DayCell]


Save = Callable[[list[Session]], object]
"""Stores the week's sessions in one undo step; raises UserError when it cannot."""


class WeekGrid(QWidget):
    """Rows of client, title and seven days of hours for the week starting ``monday``."""

    saved = Signal(int)  # how many sessions were saved
    message = Signal(str)

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.choices = FormChoices()
        self.monday = week_start(date.today())
        self.rows: list[_Row] = []
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        previous = QPushButton(tr("◀ Week before"))
        previous.clicked.connect(lambda: self.set_week(self.monday - timedelta(days=7)))
        following = QPushButton(tr("Week after ▶"))
        following.clicked.connect(lambda: self.set_week(self.monday + timedelta(days=7)))
        self.save_button = QPushButton(tr("Save the week"))
        self.save_button.clicked.connect(self.save)
        self.more_button = QPushButton(tr("Add a row"))
        self.more_button.clicked.connect(self.add_row)
        for button in (previous, following, self.save_button, self.more_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the grid
        head = QHBoxLayout()
        head.addWidget(previous)
        head.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        head.addWidget(following)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.addWidget(QLabel(tr("Client")), 0, 0)
        self.grid.addWidget(QLabel(tr("Title")), 0, 1)
        self.day_labels = [QLabel() for _ in range(7)]
        for i, label in enumerate(self.day_labels):
            self.grid.addWidget(label, 0, 2 + i, Qt.AlignmentFlag.AlignCenter)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        hint = QLabel(
            tr(
                "Hours per day as in the hours field (1.5, 1:30, 90m); Tab moves, Enter saves "
                "every filled cell as a session (unrated: rate them later)."
            )  # fmt: skip
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addStretch(1)
        for _ in range(ROWS):
            self.add_row()
        self.set_week(self.monday)

    # -- building ------------------------------------------------------------------------
    def add_row(self) -> None:
        """One more client/title row."""
        client = QLineEdit()
        client.setPlaceholderText(tr("client (optional)"))
        completer = QCompleter(self.choices.clients, client)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        client.setCompleter(completer)
        title = QLineEdit()
        title.setPlaceholderText(tr("what you did"))
        cells = [DayCell() for _ in range(7)]
        row = len(self.rows) + 1
        self.grid.addWidget(client, row, 0)
        self.grid.addWidget(title, row, 1)
        for i, cell in enumerate(cells):
            self.grid.addWidget(cell, row, 2 + i)
        fields: list[QWidget] = [client, title, *cells]
        previous = self._last_field()
        for field in fields:
            assert isinstance(field, QLineEdit)
            field.returnPressed.connect(self.save)
            if previous is not None:
                QWidget.setTabOrder(previous, field)
            previous = field
        self.rows.append(_Row(client, title, cells))

    def _last_field(self) -> QWidget | None:
        return self.rows[-1].cells[-1] if self.rows else None

    def set_choices(self, choices: FormChoices) -> None:
        """The journal's clients (completed as typed) and rates (pay filled from them)."""
        self.choices = choices
        for row in self.rows:
            completer = row.client.completer()
            model = completer.model() if completer is not None else None
            if isinstance(model, QStringListModel):
                model.setStringList(choices.clients)

    def set_week(self, day: date) -> None:
        """Show the week holding ``day`` (typed cells are kept)."""
        self.monday = week_start(day)
        fmt = formats.current()
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(fmt.date_range(self.monday, sunday))
        for i, label in enumerate(self.day_labels):
            day_i = self.monday + timedelta(days=i)
            label.setText(f"{fmt.weekday(day_i)}\n{fmt.day_month(day_i)}")

    def first_field(self) -> QLineEdit:
        """Where typing starts: the first row's client."""
        return self.rows[0].client

    # -- saving --------------------------------------------------------------------------
    def sessions(self) -> list[Session]:
        """The sessions the filled cells make. Raises UserError naming the first bad cell
        (which is flagged and gets the focus)."""
        out: list[Session] = []
        for row in self.rows:
            client = row.client.text().strip() or None
            title = row.title.text().strip()
            for i, cell in enumerate(row.cells):
                try:
                    minutes = cell.value()
                except FieldProblem as exc:
                    cell.refresh_note(final=True)
                    cell.setFocus(Qt.FocusReason.OtherFocusReason)
                    day = formats.current().date(self.monday + timedelta(days=i))
                    raise UserError(tr("{day}: {problem}").format(day=day, problem=exc)) from None
                if minutes:
                    out.append(self._session(self.monday + timedelta(days=i), minutes,
                                             client, title))  # fmt: skip
        return out

    def _session(self, day: date, minutes: int, client: str | None, title: str) -> Session:
        session = Session(day=day, minutes=minutes, title=title, client=client)
        if client is None:
            return session
        rate, currency = self.choices.lookup(client, None)
        if not rate.is_set:
            return session
        session.pay_source = PaySource.RATE
        amount = pay_for_duration(rate, minutes * 60)
        if amount:
            session.pay_minor = amount
            session.currency = currency or session.currency
            session.status = PayStatus.PENDING
        return session

    def save(self) -> None:
        """Save every filled cell as a session in one undo step, then clear the hours."""
        try:
            found = self.sessions()
            if not found:
                raise UserError(tr("Type hours in at least one day first."))
            self._save(found)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        for row in self.rows:
            for cell in row.cells:
                cell.clear()
        self.saved.emit(len(found))

    def filled(self) -> Sequence[_Row]:
        """The rows (for tests and the page)."""
        return self.rows
