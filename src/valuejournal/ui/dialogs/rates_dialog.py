"""Edit → Exchange rates…: the person's rate table (add, edit, delete, import the ECB's file).

A rate reads "1 EUR = 1.0856 USD" (the ECB's way, per one unit of the base). Adding one
freezes it on the sessions still waiting for a rate; editing or deleting one leaves every
session's frozen rate as it was. Add, edit and delete are undone with Ctrl+Z (the journal's
undo stack); an ECB import runs on the write worker. In a coach's review the table is
shown read-only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.errors import UserError
from valuejournal.core.fx import ExchangeRate, known_currency, parse_rate, rate_text
from valuejournal.ui import tasks
from valuejournal.ui.context import JournalContext
from valuejournal.ui.dialogs import files
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.parsed_field import FieldProblem
from valuejournal.ui.widgets.undo_pass import UndoPassThrough

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("currency", "day", "rate")


class RatesModel(QAbstractTableModel):
    """The rate table, newest day first per currency (the ECB's history: ~200,000 rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rates: list[ExchangeRate] = []
        self._headers = (tr("Currency"), tr("Date"), tr("Exchange rate"))

    def set_rates(self, rates: list[ExchangeRate]) -> None:
        """Show these rates."""
        self.beginResetModel()
        self.rates = rates
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.rates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rate = self.rates[index.row()]
        column = COLUMNS[index.column()]
        if column == "currency":
            return rate.currency
        if column == "day":
            return formats.current().date(rate.day)
        return tr("1 {per} = {rate} {currency}").format(
            per=rate.per, rate=rate_text(rate.rate), currency=rate.currency
        )


class RatesDialog(QDialog):
    """The rate table with a form below it: Currency, Rate, Date; Enter adds or saves."""

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Exchange rates"))
        self.context = context
        self.base = context.journal.info().base_currency
        self.editing: ExchangeRate | None = None
        self.loading = False  # a read of the table is running
        self._select: str | None = None  # the rate to select once the table is read
        self.model = RatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setObjectName("fieldNote")
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("USD")
        self.currency.setToolTip(tr("The ISO code of the currency, e.g. USD"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText("1.0856")
        self.rate.setToolTip(
            tr("How many units of the currency one {base} buys").format(base=self.base)
        )
        self.day = DateField(date.today())
        self.save_button = QPushButton(tr("&Add"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(tr("&Import ECB file…"))
        self.import_button.clicked.connect(self.import_ecb)
        self.problem = QLabel()
        self.problem.setObjectName("fieldNote")
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        names: tuple[tuple[QWidget, str], ...] = (
            (self.rate, tr("Exchange rate")), (self.currency, tr("Currency")),
            (self.day, tr("Date")), (self.table, tr("Exchange rates")),
        )  # fmt: skip
        for named, name in names:  # screen readers: the form has no labels of its own
            named.setAccessibleName(name)
        self._layout()
        deleting = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        deleting.setContext(Qt.ShortcutContext.WidgetShortcut)  # Del in a field edits the field
        stack = context.undo_stack  # the window's Ctrl+Z does not reach into a dialog
        QShortcut(QKeySequence.StandardKey.Undo, self, stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, stack.redo)
        self._pass = UndoPassThrough(self)
        for edit in (self.currency, self.rate, self.day):
            edit.installEventFilter(self._pass)
        for edit in (self.currency, self.rate, self.day):
            edit.returnPressed.connect(self.save)
        read_only = context.read_only
        for widget in (self.currency, self.rate, self.day, self.save_button,
                       self.delete_button, self.import_button):  # fmt: skip
            widget.setEnabled(not read_only)
        context.journal_changed.connect(self.reload)
        self.resize(560, 480)
        self.reload()
        # Tab as the form reads: "1 EUR = [rate] [currency] on [date] [Add]"
        QWidget.setTabOrder(self.rate, self.currency)
        QWidget.setTabOrder(self.currency, self.day)
        QWidget.setTabOrder(self.day, self.save_button)
        self.rate.setFocus()

    def _layout(self) -> None:
        form = QHBoxLayout()
        form.addWidget(QLabel(tr("1 {base} =").format(base=self.base)))
        form.addWidget(self.rate, 2)
        form.addWidget(self.currency, 1)
        form.addWidget(QLabel(tr("on")))
        form.addWidget(self.day, 2)
        form.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        intro = QLabel(
            tr(
                "A session in another currency keeps its amount and the rate of its day, "
                "frozen when it is written: changing a rate here never changes past sessions."
            )
        )
        intro.setWordWrap(True)
        for button in buttons.buttons():  # Enter belongs to the form (and the table's rows)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.waiting)
        layout.addLayout(form)
        layout.addWidget(self.day.note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the table and the sessions still waiting for a rate again, off the GUI
        thread (the ECB's whole history is some 200,000 rows: about 2 s to read)."""
        journal = self.context.journal

        def read() -> tuple[list[ExchangeRate], dict[str, int]]:
            return journal.list_rates(), journal.sessions_without_rate()

        self.loading = True
        tasks.run(read, owner=self, key="rates", title=tr("Exchange rates"), on_done=self._read)

    def _read(self, result: tuple[list[ExchangeRate], dict[str, int]]) -> None:
        rates, waiting = result
        self.loading = False
        self.model.set_rates(rates)
        if self._select is not None:
            self._show_row(self._select)
            self._select = None
        if waiting:
            parts = ", ".join(f"{code} ({n})" for code, n in sorted(waiting.items()))
            self.waiting.setText(
                trn(
                    "%n session(s) not counted yet, for want of a rate: {which}",
                    sum(waiting.values()),
                ).format(which=parts)
            )
        else:
            self.waiting.setText(tr("Every session has its rate."))

    def say(self, text: str, *, problem: bool = False) -> None:
        """Show what happened under the form (a problem in the warning colour)."""
        if self.problem.property("problem") != problem:
            self.problem.setProperty("problem", problem)
            self.problem.style().unpolish(self.problem)
            self.problem.style().polish(self.problem)
        self.problem.setText(text)

    def selected(self) -> ExchangeRate | None:
        """The rate of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rates[rows[0].row()] if rows else None

    def edit_selected(self) -> None:
        """Put the selected rate into the form to change it (Enter or a double click)."""
        rate = self.selected()
        if rate is None or self.context.read_only:
            return
        self.editing = rate
        self.currency.setText(rate.currency)
        self.rate.setText(rate_text(rate.rate))
        self.day.set_date(rate.day)
        self.save_button.setText(tr("&Save"))
        self.rate.setFocus()
        self.rate.selectAll()

    def _typed(self) -> ExchangeRate:
        currency = known_currency(self.currency.text())
        if currency == self.base:
            raise UserError(tr("{base} is the base currency: its rate is always 1").format(
                base=self.base))  # fmt: skip
        rate = parse_rate(self.rate.text())
        day = self.day.value()
        if self.editing is not None:
            return replace(self.editing, currency=currency, rate=rate, day=day)
        return ExchangeRate(currency, day, rate, self.base)

    # -- writing -----------------------------------------------------------------------
    def save(self) -> None:
        """Add the typed rate, or save the one being edited (undoable)."""
        try:
            typed = self._typed()
            frozen = self.context.save_rate(self.editing, typed)
        except (UserError, FieldProblem) as exc:
            self.say(str(exc), problem=True)
            return
        saved = tr("Saved: 1 {base} = {rate} {currency} on {day}.").format(
            base=typed.per, rate=rate_text(typed.rate), currency=typed.currency,
            day=formats.current().date(typed.day, "medium"),
        )  # fmt: skip
        frozen_text = (
            trn("%n session(s) got this rate.", len(frozen))
            if frozen
            else tr("Sessions with a rate keep theirs.")
        )
        self.say(f"{saved} {frozen_text}")
        self.editing = None
        self.save_button.setText(tr("&Add"))
        # setText drops the fields' own typing history: Ctrl+Z now undoes the saved rate
        self.rate.setText("")
        self.currency.setText(typed.currency)
        self._select = typed.uuid  # shown once the table is read again
        self.rate.setFocus()

    def _show_row(self, uuid: str) -> None:
        """Select and scroll to the rate with this uuid (just saved)."""
        for row, rate in enumerate(self.model.rates):
            if rate.uuid == uuid:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def delete_selected(self) -> None:
        """Delete the selected rate (undoable; sessions keep their frozen rates)."""
        rate = self.selected()
        if rate is None or self.context.read_only:
            return
        self.context.delete_rate(rate)
        self.say(tr("Deleted; sessions keep the rates frozen on them (Ctrl+Z undoes)."))

    def import_ecb(self) -> None:
        """Import the ECB's reference-rate file (eurofxref-hist.csv or its ZIP)."""
        chosen = files.ask_open_paths(
            self, tr("Import ECB rates"), tr("ECB rate files (*.csv *.zip);;All files (*)")
        )
        if chosen:
            self.import_file(chosen[0])

    def import_file(self, path: Path) -> None:
        """Read and store the ECB file at ``path`` on the write worker."""
        from valuejournal.interop.ecb import read_ecb

        journal = self.context.journal
        self.say(tr("Importing {name}…").format(name=path.name))

        def work() -> tuple[int, int]:
            written, frozen = journal.import_rates(read_ecb(path))
            return written, len(frozen)

        tasks.run_write(
            work,
            owner=self,
            title=tr("Importing exchange rates"),
            on_done=self._imported,
            on_failed=lambda exc: self.say(str(exc), problem=True),
        )

    def _imported(self, result: tuple[int, int]) -> None:
        written, frozen = result
        self.context.notify()
        self.say(
            tr("Imported {rates}; {sessions} got a rate.").format(
                rates=trn("%n rate(s)", written), sessions=trn("%n session(s)", frozen)
            )
        )

    @classmethod
    def show_for(cls, context: JournalContext, parent: QWidget | None = None) -> None:
        """Show the dialog for the journal of ``context`` until it is closed."""
        cls(context, parent).exec()
