"""Mark as invoiced… and Mark as paid…: the two questions asked about a Journal selection."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.invoices import (
    MAX_NUMBER,
    Billable,
    Invoice,
    InvoiceError,
    default_due,
    invoice_amount,
)
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.widgets.amount_field import AmountField
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.parsed_field import FieldProblem


class InvoiceDialog(QDialog):
    """The invoice for sessions of one client: number, sent, due and amount (Enter: OK)."""

    def __init__(
        self,
        client: str,
        currency: str,
        sessions: Sequence[Billable],
        *,
        number: str,
        taken: Sequence[str] = (),
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mark as invoiced"))
        self._client = client
        self._currency = currency
        self._sessions = list(sessions)
        self._taken = {n.casefold() for n in taken}
        self.result_invoice: Invoice | None = None
        sent = today or date.today()
        fmt = formats.current()
        self.number = QLineEdit(number)
        self.number.setMaxLength(MAX_NUMBER)
        self.sent = DateField(sent)
        self.due = DateField(default_due(sent))
        self.amount = AmountField(lambda: self._currency)
        self.amount.setToolTip(tr("What the invoice asks for (the sessions' pay unless changed)"))
        try:
            self.amount.setText(fmt.amount_text(invoice_amount(sessions, currency), currency))
        except InvoiceError as exc:
            self.amount.setPlaceholderText(tr("amount"))
            self.amount.setToolTip(str(exc))
        days = sorted(s.day for s in sessions)
        summary = trn("%n session(s) for {client}", len(self._sessions)).format(client=client)
        if days:
            summary += f", {fmt.date(days[0])} – {fmt.date(days[-1])}"
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldNote")
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Number"), self.number)
        form.addRow(tr("Sent on"), self.sent)
        form.addRow("", self.sent.note)
        form.addRow(tr("Due on"), self.due)
        form.addRow("", self.due.note)
        form.addRow(tr("Amount ({currency})").format(currency=currency), self.amount)
        form.addRow("", self.amount.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.number.setFocus()
        self.number.selectAll()

    def invoice(self) -> Invoice:
        """The invoice the fields describe; InvoiceError or FieldProblem says what is wrong."""
        number = self.number.text().strip()
        if not number:
            raise InvoiceError(tr("The invoice needs a number."))
        if number.casefold() in self._taken:
            raise InvoiceError(tr("There is already an invoice numbered {n}.").format(n=number))
        sent, due = self.sent.value(), self.due.value()
        if due < sent:
            raise InvoiceError(tr("The due date cannot be before the day it was sent."))
        if not self.amount.text().strip():
            raise InvoiceError(tr("The invoice needs an amount."))
        return Invoice(
            number=number,
            client=self._client,
            sent_on=sent,
            due_on=due,
            amount_minor=self.amount.value(),
            currency=self._currency,
            sessions=tuple(s.uuid for s in self._sessions),
        )

    def accept(self) -> None:
        """Close only when the fields make an invoice; else say what is wrong."""
        try:
            self.result_invoice = self.invoice()
        except (InvoiceError, FieldProblem) as exc:
            self.problem.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *args: object, **kwargs: object) -> Invoice | None:
        """Show the dialog; the invoice, or None if cancelled."""
        dialog = cls(*args, parent=parent, **kwargs)  # type: ignore[arg-type]
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_invoice
        return None


class PaidDialog(QDialog):
    """The day the money arrived for the selection (Enter: OK)."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mark as paid"))
        self.day = DateField(date.today())
        self.problem = QLabel()
        self.problem.setObjectName("fieldNote")
        self.problem.setProperty("problem", True)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Paid on"), self.day)
        form.addRow("", self.day.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.result_day: date | None = None
        self.day.setFocus()

    def accept(self) -> None:
        """Close only with a day."""
        try:
            self.result_day = self.day.value()
        except FieldProblem as exc:
            self.problem.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, summary: str) -> date | None:
        """Show the dialog; the day, or None if cancelled."""
        dialog = cls(summary, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_day
        return None
