"""Opening shares for review off the GUI thread, with a progress dialog.

Each file is read, decrypted, checked and copied privately (`store.untrusted`), its client's
review store opened (created the first time) and the share's news taken in (`remember`) by
a job on the serial writer (`ui.tasks.run_write`): a copy of an older revision is migrated
and a new review store is a new journal, both through Alembic, which two threads must not
run at once. Files go one at a time, in the order given; between two of them, on the GUI
thread, the session takes the share in and a passphrase is asked when one is needed or was
wrong. A modal `QProgressDialog` says how far it is ("Opening 3 shares…"); the window
behind it keeps painting. Cancel is safe: no file is started after it, the one in flight
is closed when it comes back, and the shares already taken stay open.

A job's result that never reaches the session (the window closed meanwhile) is closed when
its task ends, so no decrypted copy stays behind.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs, tasks
from valuejournal.ui.i18n import tr, trn

if TYPE_CHECKING:
    from valuejournal.store.feedback import ReviewedJournal
    from valuejournal.store.journal import Journal
    from valuejournal.store.untrusted import FileMeta, OpenedFile

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400
"""The progress dialog appears once opening has taken this long (a quick open never flashes)."""


def busy_dialog(parent: QWidget, text: str, name: str) -> QProgressDialog:
    """A modal "busy" dialog without Cancel for a write that must not be cut short (the
    feedback file: written beside itself and renamed into place), shown once it takes
    `SHOW_AFTER_MS`; `dismiss` it when the write ends."""
    dialog = QProgressDialog(text.format(name=name), "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(tr("Saving the feedback file"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def dismiss(dialog: QProgressDialog) -> None:
    """Hide a progress dialog for good (also one not shown yet: its timer is stopped)."""
    if isValid(dialog):
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()


@dataclass(eq=False)
class SharedJournal:
    """One shared journal open for review: the checked copy, and the share as the coach
    sees it (`journal`: read-only data, comments in the coach's review store)."""

    opened: OpenedFile
    journal: ReviewedJournal

    @property
    def store(self) -> Journal:
        """The coach's comment store for this client journal."""
        return self.journal.store

    @property
    def meta(self) -> FileMeta:
        """What the share says about itself."""
        return self.opened.meta

    @property
    def label(self) -> str:
        """How the switcher names it: owner, range, file."""
        owner = self.meta.owner or tr("Someone")
        return f"{owner} — {self.meta.describe_range()} ({self.opened.source.name})"


def remember_share(share: SharedJournal) -> None:
    """A share was opened: take the homework statuses it brings into the review store and
    refresh the client's record for the overview (a failure is logged, never fatal)."""
    from valuejournal.store import coach_index
    from valuejournal.store.feedback import take_share_news

    meta = share.meta
    try:
        take_share_news(share.opened.journal, share.store)
        coach_index.record_share(
            share.opened.journal,
            share.store,
            journal_uuid=meta.journal_uuid,
            owner=meta.owner,
            source=share.opened.source,
            range_start=meta.range_start,
            range_end=meta.range_end,
            written_at=meta.written_at,
        )
    except UserError as exc:
        log.warning("could not remember %s for the overview: %s", share.opened.source.name, exc)


class OpeningHost(Protocol):
    """What an opening needs of the review session it opens shares for."""

    widget: QWidget
    opening: int  # how many openings run (the session keeps its stores open meanwhile)

    @property
    def stores(self) -> Mapping[str, Journal]:
        """The review stores the session holds, by client journal uuid."""

    def find_source(self, path: Path) -> SharedJournal | None:
        """The open share read from this file, or None."""

    def take(self, prepared: Prepared) -> SharedJournal:
        """Take a prepared share into the list (its store too, if new)."""

    def activate(self, share: SharedJournal) -> None:
        """Show this share."""

    def journal_shown(self) -> None:
        """Close what is no longer used."""


@dataclass(eq=False)
class Prepared:
    """One share ready for the session: opened, joined to its review store, remembered.
    ``new_store`` is True when the job opened the store (the session did not hold it)."""

    share: SharedJournal
    new_store: bool

    def close(self) -> None:
        """Close what the job opened (the result was not wanted)."""
        self.share.opened.close()
        if self.new_store:
            self.share.store.close()


@dataclass(eq=False)
class _Item:
    path: Path | None  # None: ``opened`` was checked already (the command line did it)
    opened: OpenedFile | None
    secret: str | None = None
    hint: str = ""


def prepare_share(
    item_path: Path | None,
    opened: OpenedFile | None,
    secret: str | None,
    stores: Mapping[str, Journal],
) -> Prepared:
    """Open one share and its review store and take its news (on the serial writer).

    ``stores`` are the review stores the session holds, by client journal uuid. On a
    failure nothing the job opened stays open (a file given opened is closed too, as the
    session would have)."""
    from valuejournal.store.feedback import ReviewedJournal, open_review_store
    from valuejournal.store.untrusted import open_untrusted

    if opened is None:
        assert item_path is not None
        opened = open_untrusted(item_path, passphrase=secret)
    store: Journal | None = None
    new_store = False
    try:
        key = opened.meta.journal_uuid
        store = stores.get(key)
        if store is None:
            store = open_review_store(opened.meta)
            new_store = True
        share = SharedJournal(opened, ReviewedJournal(opened.journal, store))
        remember_share(share)
    except BaseException:
        if new_store and store is not None:
            store.close()
        opened.close()
        raise
    return Prepared(share, new_store)


class ShareOpening(QObject):
    """One run of opening shares for a `ReviewSession`; `finished(count)` at the end with
    how many shares were taken (opened now or open already). The session shows the first."""

    finished = Signal(int)

    def __init__(
        self,
        session: OpeningHost,
        files: Sequence[Path],
        opened: Sequence[OpenedFile] = (),
    ) -> None:
        super().__init__(session.widget)
        self.session = session
        self.items = [_Item(None, o) for o in opened] + [_Item(Path(p), None) for p in files]
        self.total = len(self.items)
        self.added: list[SharedJournal] = []
        self.cancelled = False
        self.done = False
        self.task: tasks.Task | None = None
        self.title = tr("Could not open the shared journal")
        self.progress = QProgressDialog(
            trn("Opening %n share(s)…", self.total), tr("Cancel"), 0, self.total, session.widget
        )
        self.progress.setWindowTitle(tr("Opening shared journals"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumWidth(420)  # the title is not cut to "Openi… urnals"
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    # -- the run --------------------------------------------------------------------------
    def start(self) -> ShareOpening:
        """Start with the first file (returns itself)."""
        self.session.opening += 1
        self.progress.setValue(0)
        QTimer.singleShot(0, self._next)  # `finished` always comes after the caller connects
        return self

    def cancel(self) -> None:
        """Open no further file; the one in flight is closed when it comes back."""
        if self.done:
            return
        self.cancelled = True
        self.progress.setLabelText(tr("Stopping after this file…"))
        if self.task is None:
            self._finish()

    def _next(self) -> None:
        while self.items and not self.cancelled:
            item = self.items[0]
            known = self.session.find_source(item.path) if item.path is not None else None
            if known is None:
                self._start(item)
                return
            self.items.pop(0)  # the same file twice: the share already open
            if known not in self.added:
                self.added.append(known)
            self._advance()
        self._finish()

    def _start(self, item: _Item) -> None:
        name = item.path.name if item.path is not None else item.opened.source.name  # type: ignore[union-attr]
        done = self.total - len(self.items)
        self.progress.setLabelText(
            trn("Opening %n share(s)…", self.total)
            + "\n"
            + tr("{name} ({i} of {n})").format(name=name, i=done + 1, n=self.total)
        )
        stores = dict(self.session.stores)
        box: list[Prepared] = []
        taken: list[bool] = []

        def job() -> Prepared:
            prepared = prepare_share(item.path, item.opened, item.secret, stores)
            box.append(prepared)
            return prepared

        def ended() -> None:  # not a method: it must run even after this object is gone
            if box and not taken:
                box[0].close()

        def done_(prepared: Prepared) -> None:
            taken.append(True)
            self.task = None
            if self.cancelled:
                prepared.close()
                self._finish()
                return
            self.items.pop(0)
            self.added.append(self.session.take(prepared))
            self._advance()
            self._next()

        self.task = tasks.run_write(
            job,
            owner=self.session.widget,
            on_done=done_,
            on_failed=lambda exc: self._failed(item, exc),
            title=tr("Opening shared journals"),
        )
        self.task.ended.connect(ended)

    def _failed(self, item: _Item, exc: BaseException) -> None:
        from valuejournal.store.envelope import PassphraseNeededError, WrongPassphraseError
        from valuejournal.ui.widgets.comment_dialogs import PassphraseDialog

        self.task = None
        if self.cancelled:
            self._finish()
            return
        if isinstance(exc, PassphraseNeededError | WrongPassphraseError) and item.path:
            hint = str(exc) if isinstance(exc, WrongPassphraseError) else ""
            shown = self.progress.isVisible()
            self.progress.reset()  # hidden while asking (and its timer stopped): the
            self.progress.hide()  # passphrase dialog has the keyboard, nothing covers it
            secret = PassphraseDialog.ask(self.session.widget, item.path.name, hint)
            if not self.done:
                self.progress.setValue(self.total - len(self.items))
                if shown:
                    self.progress.show()
            if secret is not None and not self.cancelled:
                item.secret = secret
                self._next()
                return
        elif isinstance(exc, UserError):
            dialogs.show_error(self.session.widget, self.title, str(exc))
        else:
            dialogs.show_error(
                self.session.widget, self.title, tr("Something went wrong; details are in the log.")
            )
        self.items.pop(0)  # skipped: its problem was said, or its passphrase not given
        self._advance()
        self._next()

    def _advance(self) -> None:
        self.progress.setValue(self.total - len(self.items))

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self.items.clear()
        dismiss(self.progress)
        self.session.opening -= 1
        self.session.journal_shown()  # stores the run kept open and nobody uses are closed
        if self.added:
            self.session.activate(self.added[0])
        self.finished.emit(len(self.added))
        self.deleteLater()
