"""The open journal as the UI sees it: the Journal, the undo stack, two change signals.

Every change to the journal's sessions and clients goes through an undoable command here,
and afterwards `journal_changed` is emitted once; pages listen to it and refresh themselves.
Comments and reflections are written here too (not undoable): a comment change emits
`comments_changed`, which the comment widgets follow without reloading everything. The
context also says whether a coach's shared journal is shown (`share`) and holds the window's
review session (`review`), so pages never need the window itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from valuejournal.core import formats
from valuejournal.core.canvas.model import CanvasRecord
from valuejournal.core.entities import (
    Client,
    Comment,
    MoodEntry,
    Project,
    RateKind,
    Reflection,
    Session,
)
from valuejournal.core.fx import ExchangeRate, rate_text
from valuejournal.core.homework import Homework, HomeworkStatus
from valuejournal.core.invoices import Invoice
from valuejournal.core.rates import make_rate, rate_in_force
from valuejournal.core.timer import RunningTimer
from valuejournal.core.weekly_review import WeeklyAnswers
from valuejournal.ui.i18n import tr, trn

if TYPE_CHECKING:
    from valuejournal.core.merge import MergePlan
    from valuejournal.store.invoices import MoneyState, Payment
    from valuejournal.store.journal import Journal
    from valuejournal.ui.review import ReviewSession, SharedJournal


class JournalContext(QObject):
    """Shared state of the window: the journal and its undo history."""

    journal_changed = Signal()
    sessions_edited = Signal(list)
    """Just before ``journal_changed``: the uuids of the sessions added, changed or deleted,
    when that is all that changed (a page may then update only those sessions)."""
    comments_changed = Signal()
    canvas_changed = Signal(str)
    """A quarter's canvas (its texts, kept evidence) or the skills changed; the quarter, or
    "" for the skills. Not followed by ``journal_changed``: the sessions are as they were."""
    reviews_changed = Signal()  # a weekly review was answered or dismissed
    homework_changed = Signal()  # a coach's homework item set, or marked done
    settings_changed = Signal(object)  # valuejournal.settings.Settings, after Settings saved
    error = Signal(str)

    def __init__(
        self,
        journal: Journal,
        parent: QObject | None = None,
        *,
        read_only: bool = False,
        review: ReviewSession | None = None,
        share: SharedJournal | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.undo_stack = QUndoStack(self)
        self.read_only = read_only
        self.review = review  # the window's review session (None where there is no window)
        self.share = share  # the coach's shared journal shown here, None for one's own

    def notify(self, edited: Sequence[str] | None = None) -> None:
        """Tell every page the journal changed; ``edited``: the uuids of the sessions that
        changed, when nothing else did."""
        if edited is not None:
            self.sessions_edited.emit(list(edited))
        self.journal_changed.emit()

    # -- comments and reflections (written at once, not undoable) ------------------------
    def add_comments(self, comments: list[Comment]) -> None:
        """Save comments (in review mode: to the coach's review store). Raises UserError."""
        self.journal.add_comments(comments)
        self.comments_changed.emit()

    def set_comment_resolved(self, uuid: str, resolved: bool) -> None:
        """Mark a comment resolved or open again; comments_changed even if that failed."""
        try:
            self.journal.set_comment_resolved(uuid, resolved)
        finally:
            self.comments_changed.emit()

    def change_comment(
        self,
        uuid: str,
        *,
        body: str | None = None,
        withdrawn: bool | None = None,
    ) -> None:
        """Edit or withdraw a coach's comment (review mode: in the review store)."""
        try:
            self.journal.change_comment(uuid, body=body, withdrawn=withdrawn)
        finally:
            self.comments_changed.emit()

    def add_homework(self, item: Homework) -> None:
        """The coach sets a homework item (review mode: in the review store)."""
        self.journal.add_homework(item)
        self.homework_changed.emit()

    def edit_homework(self, item: Homework) -> None:
        """The coach changes a homework item (review mode: in the review store)."""
        self.journal.edit_homework(item)
        self.homework_changed.emit()

    def withdraw_homework(self, uuid: str, withdrawn: bool = True) -> None:
        """The coach takes a homework item back, or sets it again."""
        try:
            self.journal.withdraw_homework(uuid, withdrawn)
        finally:
            self.homework_changed.emit()

    def set_homework_status(self, uuid: str, status: HomeworkStatus) -> None:
        """The client marks a homework item done or open again."""
        try:
            self.journal.set_homework_status(uuid, status)
        finally:
            self.homework_changed.emit()

    def comments_imported(self) -> None:
        """Comments arrived from a feedback file: every page and comment widget re-reads."""
        self.notify()
        self.comments_changed.emit()
        self.homework_changed.emit()

    def changed_elsewhere(self) -> None:
        """Another program wrote the journal (the command line, a second app): every page,
        comment widget and weekly review panel re-reads, as after a change the window cannot
        name. The undo stack keeps the window's own steps; the outside change is not one."""
        self.comments_imported()
        self.reviews_changed.emit()

    def save_reflection(self, reflection: Reflection) -> Reflection:
        """Write a quarter's reflection; the stored one (with its time). Raises UserError."""
        return self.journal.save_reflection(reflection)

    # -- the canvas (undoable; canvas_changed, not journal_changed) ----------------------
    def save_canvas(
        self, before: CanvasRecord | None, after: CanvasRecord, label: str
    ) -> CanvasRecord:
        """Write a quarter's canvas (texts, kept evidence); undo puts ``before`` back (an
        empty canvas when there was none). Raises UserError; nothing is written then."""
        stored = self.journal.put_canvas(after)
        previous = before or CanvasRecord(after.quarter, {}, after.uuid)
        self.undo_stack.push(
            _CanvasCommand(
                self,
                label,
                undo=lambda: self.journal.put_canvas(previous),
                redo=lambda: self.journal.put_canvas(stored),
                quarter=after.quarter,
            )
        )
        self.canvas_changed.emit(after.quarter)
        return stored

    def set_skills(self, names: Sequence[str]) -> list[str]:
        """Mark exactly these tags as skills (undoable)."""
        before = self.journal.skill_tags()
        kept = self.journal.set_skill_tags(names)
        self.undo_stack.push(
            _CanvasCommand(
                self,
                tr("Mark skills"),
                undo=lambda: self.journal.set_skill_tags(before),
                redo=lambda: self.journal.set_skill_tags(kept),
                quarter="",
            )
        )
        self.canvas_changed.emit("")
        return kept

    def save_weekly_review(self, answers: WeeklyAnswers) -> WeeklyAnswers:
        """Keep a week's review answers (or that it was dismissed). Raises UserError."""
        stored = self.journal.save_weekly_review(answers)
        self.reviews_changed.emit()
        return stored

    def add_session(self, session: Session) -> Session:
        """Add a session (undoable). Raises UserError on bad input; nothing is stored then."""
        stored = self.journal.add_session(session)
        self._push(
            _JournalCommand(
                self,
                tr("Add session of {day}").format(day=_day(stored.day)),
                undo=self._deleter(stored),
                redo=self._adder(stored),
                edited=self._alone([stored]),
            )
        )
        return stored

    def add_sessions(self, sessions: Sequence[Session], label: str) -> list[Session]:
        """Add several sessions at once, all or nothing, undoable as one step named
        ``label``. Raises UserError on bad input; nothing is stored then."""
        added = list(sessions)
        self.journal.add_sessions_bulk(added)
        uuids = [s.uuid for s in added]
        self._push(
            _JournalCommand(
                self,
                label,
                undo=lambda: self.journal.delete_sessions(uuids),
                redo=lambda: self.journal.add_sessions_bulk(added, validated=True),
                edited=self._alone(added),
            )
        )
        return added

    def update_session(self, before: Session, after: Session) -> Session:
        """Replace a session's fields (undoable)."""
        stored = self.journal.update_session(after)
        self._push(
            _JournalCommand(
                self,
                tr("Edit session of {day}").format(day=_day(after.day)),
                undo=lambda: self.journal.update_session(before),
                redo=lambda: self.journal.update_session(stored),
                edited=self._alone([before, stored]) and [stored.uuid],
            )
        )
        return stored

    def delete_sessions(self, uuids: list[str]) -> list[Session]:
        """Delete sessions (undoable as one step)."""
        removed = [self.journal.delete_session(u) for u in uuids]
        label = (
            tr("Delete session of {day}").format(day=_day(removed[0].day))
            if len(removed) == 1
            else trn("Delete %n session(s)", len(removed))
        )
        self._push(
            _JournalCommand(
                self,
                label,
                undo=lambda: [self.journal.add_session(s) for s in removed],
                redo=lambda: [self.journal.delete_session(s.uuid) for s in removed],
                edited=self._alone(removed),
            )
        )
        return removed

    def record_import(self, sessions: list[Session], created_clients: Sequence[str] = ()) -> None:
        """Make an import that has just been written undoable as one step. Undoing it also
        removes the clients it created (``created_clients``: their uuids), so the journal
        is as it was."""
        uuids = [s.uuid for s in sessions]
        created = list(created_clients)
        label = trn("Import %n session(s)", len(sessions))

        def undo() -> None:
            self.journal.delete_sessions(uuids)
            for uuid in created:
                self.journal.delete_client(uuid)

        def redo() -> None:
            before = {c.uuid for c in self.journal.list_clients()}
            self.journal.add_sessions_bulk(sessions, validated=True)
            created[:] = [c.uuid for c in self.journal.list_clients() if c.uuid not in before]

        self._push(_JournalCommand(self, label, undo=undo, redo=redo))

    def record_merge(self, plan: MergePlan, label: str) -> None:
        """Make a merge of another copy that has just been written undoable as one step
        (its plan holds the writes that take it back)."""
        from valuejournal.store.merge import apply_changes

        self._push(
            _JournalCommand(
                self,
                label,
                undo=lambda: apply_changes(self.journal, plan.undo),
                redo=lambda: apply_changes(self.journal, plan.changes),
            )
        )
        self.comments_changed.emit()

    def record_mood_import(self, entries: Sequence[MoodEntry]) -> None:
        """Make a mood diary import that has just been written undoable as one step (as
        :meth:`record_import` does for sessions)."""
        if not entries:
            return
        added = list(entries)
        uuids = [e.uuid for e in added]
        self._push(
            _JournalCommand(
                self,
                trn("Import %n mood(s)", len(added)),
                undo=lambda: self.journal.delete_mood_entries(uuids),
                redo=lambda: self.journal.add_mood_entries(added),
            )
        )

    def stop_timer(self, timer: RunningTimer, sessions: Sequence[Session]) -> list[Session]:
        """Stop the running timer into its sessions (undoable: undo deletes them and the
        timer runs again from its start). Raises UserError; nothing is written then."""
        stored = self.journal.stop_timer(timer, sessions)
        uuids = [s.uuid for s in stored]

        def undo() -> None:
            self.journal.restore_timer(timer)  # first: refused if another timer runs
            self.journal.delete_sessions(uuids)

        self._push(
            _JournalCommand(
                self,
                tr("Stop timer"),
                undo=undo,
                redo=lambda: self.journal.stop_timer(timer, stored),
            )
        )
        return stored

    def add_invoice(self, invoice: Invoice) -> Invoice:
        """Mark sessions as invoiced: write the invoice (undoable: undo deletes it). Raises
        UserError; nothing is written then."""
        stored = self.journal.add_invoice(invoice)
        self._push(
            _JournalCommand(
                self,
                tr("Invoice {number}").format(number=stored.number),
                undo=lambda: self.journal.delete_invoice(stored.uuid),
                redo=lambda: self.journal.add_invoice(stored),
                edited=list(stored.sessions),
            )
        )
        return stored

    def mark_paid(self, numbers: Sequence[str], loose: Sequence[str], day: date) -> int:
        """Mark these invoices (and their sessions) and the ``loose`` sessions (on no
        invoice) paid on ``day``, as one undoable step; returns how many sessions that
        touches. Raises UserError; nothing stays written then."""
        payments: list[Payment] = []
        states: list[MoneyState] = []

        def apply() -> None:
            payments.clear()
            states.clear()
            try:
                for number in numbers:
                    payments.append(self.journal.mark_invoice_paid(number, day))
                if loose:
                    states.extend(self.journal.mark_sessions_paid(loose, day))
            except Exception:
                take_back()
                raise

        def take_back() -> None:
            self.journal.restore_money(states)
            for payment in reversed(payments):
                self.journal.undo_payment(payment)

        apply()
        edited = [*loose, *(u for p in payments for u in p.invoice.sessions)]
        label = (
            tr("Invoice {number} paid").format(number=numbers[0])
            if len(numbers) == 1 and not loose
            else trn("Mark %n session(s) paid", len(edited))
        )
        self._push(_JournalCommand(self, label, undo=take_back, redo=apply, edited=edited))
        return len(edited)

    def save_project(self, before: Project | None, after: Project) -> Project:
        """Add a project (before=None) or change one (its rate, name, archived), undoably.
        Raises UserError; nothing is written then."""
        stored = self.journal.save_project(after)
        undo: Callable[[], object]
        if before is None:
            undo = partial(self.journal.delete_project, stored.uuid)
        else:
            undo = partial(self.journal.save_project, before)
        label = (tr("Add project {name}") if before is None else tr("Edit project {name}")).format(
            name=after.name
        )
        self._push(
            _JournalCommand(self, label, undo=undo, redo=lambda: self.journal.save_project(stored))
        )
        return stored

    def save_rate(self, before: ExchangeRate | None, after: ExchangeRate) -> list[str]:
        """Add a rate to the table (before=None) or change one, undoably; returns the
        sessions that got their rate from it (undo takes it back from them). Raises
        UserError; nothing is written then."""
        frozen = self.journal.save_rate(after)

        def undo() -> None:
            if before is None:
                self.journal.delete_rate(after.uuid)
            else:
                self.journal.save_rate(before)
            self.journal.unfreeze(frozen)

        def redo() -> None:
            frozen[:] = self.journal.save_rate(after)

        text = tr("Edit rate {currency} {rate}") if before else tr("Add rate {currency} {rate}")
        label = text.format(currency=after.currency, rate=rate_text(after.rate))
        self._push(_JournalCommand(self, label, undo=undo, redo=redo))
        return list(frozen)

    def delete_rate(self, rate: ExchangeRate) -> None:
        """Delete a rate from the table, undoably (sessions keep the rates frozen on them)."""
        self.journal.delete_rate(rate.uuid)
        label = tr("Delete rate {currency} {rate}").format(
            currency=rate.currency, rate=rate_text(rate.rate)
        )
        self._push(
            _JournalCommand(
                self,
                label,
                undo=lambda: self.journal.save_rate(rate),
                redo=lambda: self.journal.delete_rate(rate.uuid),
            )
        )

    def save_client(self, before: Client | None, after: Client) -> Client:
        """Add a client (before=None) or change one, undoably."""
        stored = self.journal.save_client(after)
        undo: Callable[[], object]
        if before is None:
            undo = partial(self.journal.delete_client, stored.uuid)
        else:
            undo = partial(self.journal.save_client, before)
        label = (tr("Add client {name}") if before is None else tr("Edit client {name}")).format(
            name=after.name
        )
        self._push(
            _JournalCommand(self, label, undo=undo, redo=lambda: self.journal.save_client(stored))
        )
        return stored

    def _adder(self, session: Session) -> Callable[[], object]:
        return lambda: self.journal.add_session(session)

    def _deleter(self, session: Session) -> Callable[[], object]:
        return lambda: self.journal.delete_session(session.uuid)

    def _alone(self, sessions: Iterable[Session]) -> list[str] | None:
        """The sessions' uuids, or None when one of them takes a share of a fixed price or a
        retainer: adding, changing or deleting it moves the other sessions' shares
        (store/shares.py), so the pages read every session again."""
        uuids: list[str] = []
        for session in sessions:
            if session.client and self._spreads(session.client, session.project):
                return None
            uuids.append(session.uuid)
        return uuids

    def _spreads(self, client_name: str, project_name: str | None) -> bool:
        client = self.journal.get_client(client_name)
        if client is None:
            return False
        project = self.journal.get_project(client.name, project_name) if project_name else None
        rate = rate_in_force(
            make_rate(client.rate_kind, client.rate_minor),
            make_rate(project.rate_kind, project.rate_minor) if project else None,
        )
        return rate.kind in (RateKind.FIXED, RateKind.RETAINER)

    def _push(self, command: _JournalCommand) -> None:
        self.undo_stack.push(command)  # the first redo() is skipped: the change is done
        self.notify(command.edited)


class _JournalCommand(QUndoCommand):
    """An already-applied change with its undo and redo actions."""

    def __init__(
        self,
        context: JournalContext,
        text: str,
        *,
        undo: Callable[[], object],
        redo: Callable[[], object],
        edited: Sequence[str] | None = None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._undo = undo
        self._redo = redo
        self._applied = True
        self.edited = edited
        """The sessions this change touches, when it touches nothing else (else None)."""

    def undo(self) -> None:
        self._run(self._undo)
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self._run(self._redo)
        self._applied = True

    def _run(self, action: Callable[[], object]) -> None:
        from valuejournal.core.errors import UserError

        try:
            action()
        except UserError as exc:
            self._context.error.emit(str(exc))
        self._context.notify(self.edited)


class _CanvasCommand(_JournalCommand):
    """A canvas change: undo and redo say so with ``canvas_changed`` (the sessions, which
    every other page follows, did not change)."""

    def __init__(self, context: JournalContext, text: str, *, undo: Callable[[], object],
                 redo: Callable[[], object], quarter: str) -> None:  # fmt: skip
        super().__init__(context, text, undo=undo, redo=redo)
        self._quarter = quarter

    def _run(self, action: Callable[[], object]) -> None:
        from valuejournal.core.errors import UserError

        try:
            action()
        except UserError as exc:
            self._context.error.emit(str(exc))
        self._context.canvas_changed.emit(self._quarter)


def _day(day: date) -> str:
    """A session's day as the session list shows it (the current locale's short form)."""
    return formats.current().date(day)
