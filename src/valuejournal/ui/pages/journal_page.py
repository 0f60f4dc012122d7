"""The Journal page: quick entry at the top, the searchable, filterable session list below."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import PayStatus
from valuejournal.core.errors import UserError
from valuejournal.core.invoices import next_number, one_client
from valuejournal.core.rules import ValidationError
from valuejournal.ui import dialogs
from valuejournal.ui.context import JournalContext
from valuejournal.ui.dialogs.invoice_dialog import InvoiceDialog, PaidDialog
from valuejournal.ui.dialogs.session_dialog import SessionDialog
from valuejournal.ui.i18n import tr, trn
from valuejournal.ui.session_model import COLUMNS, SessionTableModel, style_session_table
from valuejournal.ui.shortcut_keys import INVOICE_KEYS, PAID_KEYS
from valuejournal.ui.widgets.comment_list import BADGE_SIZE
from valuejournal.ui.widgets.comment_panel import CommentPanel, session_counts
from valuejournal.ui.widgets.filter_bar import FilterBar
from valuejournal.ui.widgets.pay_fill import FormChoices
from valuejournal.ui.widgets.session_form import SessionForm
from valuejournal.ui.widgets.timer_bar import TimerBar
from valuejournal.ui.widgets.undo_pass import UndoPassThrough, forget_typing


class JournalPage(QWidget):
    """Log today's work and find, edit or delete what was logged before."""

    status_message = Signal(str)
    timer_toggle_requested = Signal(object, str)  # client (None: none), title

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entry = SessionForm(compact=True)
        self.entry.submitted.connect(self.save_entry)
        self.add_button = QPushButton(tr("Add (Enter)"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.save_entry)
        self.timer_bar = TimerBar()
        self.timer_bar.toggle_requested.connect(self.toggle_timer)
        self.filters = FilterBar()
        self.filters.changed.connect(self._filters_changed)
        self.model = SessionTableModel(self)
        self.table = self._make_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.rate_button = QPushButton(tr("Rate…"))
        self.rate_button.setToolTip(tr("Rate the unrated sessions listed here, keyboard only"))
        self.rate_button.clicked.connect(self.rate_unrated)
        self.comment_panel = CommentPanel(context)  # the coach's comments beside the list
        self.comment_panel.collapse_requested.connect(lambda: self._pin_comments(False))
        self.comments_button = QPushButton(tr("Comments"))
        self.comments_button.setCheckable(True)
        self.comments_button.setToolTip(tr("Show or hide the coach's comments"))
        self.comments_button.clicked.connect(self._pin_comments)
        self._comments_pinned: bool | None = None  # None: open for a session with comments
        self._stale = False  # changed while another page was shown: refresh when shown
        self._build_layout()
        self._shortcuts()
        self.context.journal_changed.connect(self.refresh)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.set_source(context.journal, self.filters.query())
        self._load_clients()
        self.entry.set_client(context.journal.last_client() or "")
        self.set_read_only(context.read_only)
        self.table.setIconSize(QSize(*BADGE_SIZE))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        context.journal_changed.connect(self._comments_changed)
        context.comments_changed.connect(self._comments_changed)
        self._comments_changed()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(tr("Sessions"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        style_session_table(table)  # the same look as the list shown while a journal opens
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        return table

    def _build_layout(self) -> None:
        entry_frame = QFrame()
        entry_frame.setObjectName("quickEntry")
        entry_layout = QHBoxLayout(entry_frame)
        entry_layout.setContentsMargins(8, 6, 8, 6)
        entry_layout.addWidget(self.entry, 1)
        entry_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.comments_button)
        buttons.addWidget(self.rate_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(entry_frame)
        layout.addWidget(self.timer_bar)
        layout.addWidget(self.filters)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.comment_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self, self.focus_entry)
        # Enter leaves the focus in the quick entry: Ctrl+Z there is the journal's undo
        # unless the field has typing of its own to undo
        self._undo_pass = UndoPassThrough(self)
        for field in self.entry.findChildren(QLineEdit):
            field.installEventFilter(self._undo_pass)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            edit = QShortcut(QKeySequence(key), self.table, self.edit_selected)
            edit.setContext(Qt.ShortcutContext.WidgetShortcut)
        # The view's own Ctrl+Home/End only moved its cursor (Ctrl: without selecting) and
        # stopped at the last row loaded.
        first = QShortcut(QKeySequence.StandardKey.MoveToStartOfDocument, self.table)
        first.activated.connect(self.select_first)
        last = QShortcut(QKeySequence.StandardKey.MoveToEndOfDocument, self.table)
        last.activated.connect(self.select_last)
        for shortcut in (first, last):
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- actions -----------------------------------------------------------------------
    def focus_entry(self) -> None:
        """Ctrl+N: start a new entry (today's date and last client stay as defaults)."""
        self.entry.hours.setFocus()
        self.entry.hours.selectAll()

    def toggle_timer(self) -> None:
        """Start a timer for the client and "what" typed in the quick entry, or stop it."""
        client = self.entry.client.currentText().strip() or None
        self.timer_toggle_requested.emit(client, self.entry.title.text().strip())

    def save_entry(self) -> None:
        """Enter in the quick entry: validate, store (undoable), clear for the next one."""
        if self.context.read_only:
            return
        try:
            session = self.entry.session(self.context.journal.info().base_currency)
            stored = self.context.add_session(session)
        except ValidationError:
            return
        except UserError as exc:
            self.entry.error_label.setText(str(exc))
            self.entry.error_label.show()
            return
        self.entry.clear_for_next()
        forget_typing(self.entry.findChildren(QLineEdit))  # the typing is in the session now
        self.status_message.emit(
            tr("Added {h} h on {d}").format(
                h=formats.current().hours(stored.hours), d=formats.current().date(stored.day)
            )
        )
        self.select_uuid(stored.uuid)

    def selected_uuids(self) -> list[str]:
        """Uuids of the selected rows, top to bottom."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [s.uuid for r in rows if (s := self.model.session_at(r)) is not None]

    def edit_selected(self) -> None:
        """Open the selected session in the edit dialog; save the change (undoable)."""
        uuids = self.selected_uuids()
        if not uuids or self.context.read_only:
            return
        before = self.context.journal.get_session(uuids[0])
        if before is None:
            return
        after = SessionDialog.ask(self, before, self._client_names, self._choices)
        if after is None or after == before:
            return
        try:
            self.context.update_session(before, after)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save"), str(exc))
            return
        self.select_uuid(after.uuid)

    def delete_selected(self) -> None:
        """Delete the selected sessions after confirmation (undo brings them back)."""
        uuids = self.selected_uuids()
        if not uuids or self.context.read_only:
            return
        text = (
            tr("Delete the session {what}?").format(what=self._describe(uuids[0]))
            if len(uuids) == 1
            else trn("Delete these %n session(s)?", len(uuids))
        )
        if not dialogs.confirm(
            self, tr("Delete"), text + "\n" + tr("Ctrl+Z undoes it."), tr("Delete")
        ):
            return
        try:
            self.context.delete_sessions(uuids)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not delete"), str(exc))
            return
        self.status_message.emit(trn("Deleted %n session(s). Ctrl+Z to undo.", len(uuids)))

    def invoice_selected(self) -> None:
        """Mark as invoiced… (Ctrl+Alt+I): the selected sessions not on an invoice yet, all
        of one client, on a new invoice (undoable)."""
        uuids = self.selected_uuids()
        if not uuids or self.context.read_only:
            return
        journal = self.context.journal
        billable = journal.billable(uuids=uuids)
        if not billable:
            numbers = sorted(set(journal.invoice_numbers(uuids).values()))
            self.status_message.emit(
                tr("Already invoiced: {numbers}.").format(numbers=", ".join(numbers))
            )
            return
        try:
            client_name = one_client(billable)
        except UserError as exc:
            dialogs.show_error(self, tr("Mark as invoiced"), str(exc))
            return
        client = journal.get_client(client_name)
        currency = client.currency if client is not None else billable[0].currency
        invoices = journal.list_invoices()
        invoice = InvoiceDialog.ask(
            self,
            client_name,
            currency,
            billable,
            number=next_number(invoices, date.today(), client=client_name),
            taken=[i.number for i in invoices],
        )
        if invoice is None:
            return
        try:
            stored = self.context.add_invoice(invoice)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not save the invoice"), str(exc))
            return
        left = len(uuids) - len(billable)
        message = trn("Invoice {number}: %n session(s). Ctrl+Z to undo.", len(billable))
        if left:
            message += " " + trn("%n were on an invoice already.", left)
        self.status_message.emit(message.format(number=stored.number))

    def paid_selected(self) -> None:
        """Mark as paid… (Ctrl+Shift+P): the invoices of the selected sessions, and the
        selected sessions on no invoice that are owed money, paid on one day (undoable)."""
        uuids = self.selected_uuids()
        if not uuids or self.context.read_only:
            return
        journal = self.context.journal
        on_invoice = journal.invoice_numbers(uuids)
        invoices = {
            i.number: i for i in journal.list_invoices() if i.number in set(on_invoice.values())
        }
        numbers = sorted(n for n, i in invoices.items() if not i.paid)
        loose = [
            s.uuid
            for s in journal.sessions_by_uuid([u for u in uuids if u not in on_invoice])
            if s.status is PayStatus.PENDING
        ]
        if not numbers and not loose:
            self.status_message.emit(tr("Nothing to mark paid: no money is owed for these."))
            return
        parts = []
        if numbers:
            parts.append(
                trn("%n invoice(s): {numbers}", len(numbers)).format(numbers=", ".join(numbers))
            )
        if loose:
            parts.append(trn("%n session(s) on no invoice", len(loose)))
        day = PaidDialog.ask(self, "; ".join(parts))
        if day is None:
            return
        try:
            count = self.context.mark_paid(numbers, loose, day)
        except UserError as exc:
            dialogs.show_error(self, tr("Could not mark paid"), str(exc))
            return
        self.status_message.emit(trn("Marked %n session(s) paid. Ctrl+Z to undo.", count))

    def _context_menu(self, pos: QPoint) -> None:
        """Right click in the list: edit, invoice, paid, delete for the selection."""
        if not self.selected_uuids():
            return
        menu = QMenu(self)
        for text, slot, keys in (
            (tr("Edit…"), self.edit_selected, "Return"),
            (tr("Mark as invoiced…"), self.invoice_selected, INVOICE_KEYS),
            (tr("Mark as paid…"), self.paid_selected, PAID_KEYS),
            (tr("Delete"), self.delete_selected, "Delete"),
        ):
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))  # shown only: the window's menu has them
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setEnabled(not self.context.read_only)
            action.triggered.connect(slot)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _describe(self, uuid: str) -> str:
        """A session as the delete question names it: day, hours, client and title."""
        session = self.context.journal.get_session(uuid)
        if session is None:
            return ""
        fmt = formats.current()
        parts = [fmt.date(session.day), f"{fmt.hours(session.hours)} h"]
        parts += [p for p in (session.client, f"“{session.title}”" if session.title else "") if p]
        return " · ".join(parts)

    def rate_unrated(self) -> None:
        """Rate…: rating mode on the unrated sessions among those listed (ui/rating.py)."""
        if self.context.read_only or self.model.query is None:
            return
        from valuejournal.ui.rating import RatingDialog

        sessions = self.context.journal.query_sessions(replace(self.model.query, unrated_only=True))
        if not sessions:
            self.status_message.emit(tr("Nothing to rate: every session listed has a value."))
            return
        saved = RatingDialog.ask(self, self.context, sessions)
        self.status_message.emit(trn("Rated %n session(s).", saved))

    def select_uuid(self, uuid: str) -> None:
        """Select and show the row of this session if it is in the list."""
        self.select_row(self.model.row_of(uuid))

    def select_row(self, row: int) -> None:
        """Select and show one row of the list (nothing when out of range)."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_first(self) -> None:
        """Ctrl+Home in the list: the first session."""
        self.select_row(0)

    def select_last(self) -> None:
        """Ctrl+End in the list: the last session (the rows not loaded yet are read first)."""
        self.model.fetch_all()
        self.select_row(self.model.rowCount() - 1)

    def show_range(self, start: date, end: date) -> None:
        """Show the sessions between two days (a click on an Insights span or period)."""
        self.filters.show_between(start, end)

    def show_sessions(self, uuids: list[str]) -> None:
        """Show exactly these sessions (a click on a chart lands here)."""
        self.filters.show_only(uuids)

    # -- comments ----------------------------------------------------------------------
    def _selection_changed(self, *_args: object) -> None:
        uuids = self.selected_uuids()
        self.comment_panel.show_session(uuids[0] if uuids else None)
        self._place_comments()

    def _comments_changed(self) -> None:
        """Re-read the comments: the panel, the list's badges, whether the panel is open."""
        self.comment_panel.refresh()
        self.model.comment_counts = session_counts(self.comment_panel.comments)
        if self.model.rowCount():
            last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
            role = Qt.ItemDataRole.DecorationRole
            self.model.dataChanged.emit(self.model.index(0, 0), last, [role])
        self._place_comments()

    def _pin_comments(self, open_: bool) -> None:
        """The person opened or closed the panel; it stays so until they change it."""
        self._comments_pinned = open_
        self._place_comments()

    def _place_comments(self) -> None:
        """Open the panel for a selected session with comments (or, reviewing, any selected
        session), unless the person closed it; the Comments button shows only when useful."""
        panel = self.comment_panel
        uuid = panel.session_uuid
        count = panel.count_for(uuid)
        if self._comments_pinned is None:
            wanted = uuid is not None and (count > 0 or panel.review is not None)
        else:
            wanted = self._comments_pinned
        self.comments_button.setVisible(panel.relevant)
        self.comments_button.setText(trn("Comments (%n)", count) if count else tr("Comments"))
        self.comments_button.setChecked(wanted)
        panel.setVisible(wanted and panel.relevant)

    # -- refresh -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the list and the client names after any change to the journal; while
        the window shows another page, when this page is shown again (an edit made beside
        the Insights page then costs it no re-read of the list)."""
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.model.reload()
        self._load_clients()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the changes made while another page was shown."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _load_clients(self) -> None:
        journal = self.context.journal
        self._choices = FormChoices.of(journal.list_clients(), journal.list_projects())
        self._client_names = self._choices.clients
        self.entry.set_choices(self._choices)
        self.filters.set_clients(self._client_names)

    def _filters_changed(self, query: object) -> None:
        self.model.set_query(query)  # type: ignore[arg-type]

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.filters.set_sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def _update_count(self) -> None:
        shown = self.model.total
        self.count_label.setText(trn("%n session(s)", shown))

    def set_read_only(self, read_only: bool) -> None:
        """Hide the entry and editing for a journal under review."""
        editing = (self.edit_button, self.delete_button, self.rate_button, self.timer_bar)
        for w in (self.entry.parentWidget(), *editing):
            if w is not None:
                w.setVisible(not read_only)
