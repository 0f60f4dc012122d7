"""Review mode: the shared journals a coach has open, and which one the window shows.

A `ReviewSession` belongs to a window, seen through the small `ReviewHost` protocol. Each
open share is a checked, read-only private copy (`store.untrusted`) plus the coach's writable
comment store for that client journal (`store.feedback`), joined in a `ReviewedJournal`.
Showing a share means `host.set_journal(reviewed, read_only=True)`, so the Journal, Insights,
Clients and Reflections pages are the very same pages as for one's own journal, and any page
that reads `journal.list_comments()` sees the coach's comments. The window's `JournalContext`
carries the session (`context.review`) and the share shown (`context.share`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from valuejournal import paths
from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs
from valuejournal.ui.dialogs.files import SHARE_FILTER, ask_open_paths, with_passphrase
from valuejournal.ui.i18n import tr
from valuejournal.ui.settings import app_settings

if TYPE_CHECKING:
    from valuejournal.store.feedback import ReviewedJournal
    from valuejournal.store.journal import Journal
    from valuejournal.store.untrusted import FileMeta, OpenedFile

log = logging.getLogger(__name__)


class ReviewHost(Protocol):
    """What review mode needs from the window that shows the shares."""

    def shown_journal(self) -> tuple[Journal, bool] | None:
        """The journal shown now and whether it is read-only; None while none is open."""

    def set_journal(self, journal: Journal, *, read_only: bool = False) -> None:
        """Show this journal (a share: read-only)."""

    def open_journal(self, path: Path) -> None:
        """Open one's own journal from its file."""

    def show_page(self, key: str) -> QWidget:
        """Switch to a page."""


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


def looked_at(share: SharedJournal) -> None:
    """The coach leaves a share: what it showed is no longer new (counts refreshed too)."""
    from valuejournal.store import coach_index

    try:
        record = coach_index.load(share.meta.journal_uuid)
        if record is not None:
            coach_index.mark_looked(coach_index.with_counts(record, share.store))
    except UserError as exc:
        log.warning("could not note the look at %s: %s", share.opened.source.name, exc)


class ReviewSession(QObject):
    """The coach's open shares for one window; `changed` when the list or current changes."""

    changed = Signal()

    def __init__(self, host: ReviewHost, parent: QWidget) -> None:
        """``parent`` owns the session and parents its dialogs (normally the host itself).

        The host calls :meth:`journal_shown` after each journal it shows and
        :meth:`close_all` when it closes."""
        super().__init__(parent)
        self.setObjectName("reviewSession")
        self.host = host
        self.widget = parent
        self.shares: list[SharedJournal] = []
        self.current: SharedJournal | None = None
        self.home: Path | None = None
        self._retired: list[SharedJournal] = []
        self._stores: dict[str, Journal] = {}

    def find(self, journal_uuid: str) -> SharedJournal | None:
        """The open share of this client journal (the newest opened), or None."""
        found = [s for s in self.shares if s.meta.journal_uuid == journal_uuid]
        return found[-1] if found else None

    def share_showing(self, journal: Journal) -> SharedJournal | None:
        """The current share if ``journal`` is what it shows, else None."""
        current = self.current
        return current if current is not None and current.journal is journal else None

    # -- the list ----------------------------------------------------------------------
    def add(self, opened: OpenedFile) -> SharedJournal:
        """Take an opened share into the session (the same file twice: the first copy)."""
        from valuejournal.store.feedback import ReviewedJournal, open_review_store

        for share in self.shares:
            if share.opened.source.resolve() == opened.source.resolve():
                opened.close()
                return share
        key = opened.meta.journal_uuid
        if key not in self._stores:
            self._stores[key] = open_review_store(opened.meta)
        share = SharedJournal(opened, ReviewedJournal(opened.journal, self._stores[key]))
        remember_share(share)
        self.shares.append(share)
        self.changed.emit()
        return share

    def _add_or_close(self, opened: OpenedFile) -> SharedJournal:
        try:
            return self.add(opened)
        except BaseException:
            opened.close()  # e.g. the review store cannot be written: no copy is left behind
            raise

    def activate(self, share: SharedJournal) -> None:
        """Show this share in the window, read-only, on the Coach page."""
        shown = self.host.shown_journal()
        if shown is not None and not shown[1]:
            self.home = shown[0].path
        if self.current is not None and self.current is not share:
            looked_at(self.current)
        self.current = share
        self.host.set_journal(share.journal, read_only=True)
        self.host.show_page("coach")
        self.changed.emit()

    def back_home(self) -> None:
        """Leave review mode: open the coach's own journal again."""
        if self.current is not None:
            looked_at(self.current)
        self.current = None
        self.host.open_journal(self.home or paths.default_journal())
        self.changed.emit()

    def close_share(self, share: SharedJournal) -> None:
        """Stop reviewing one share; its comments stay in the review store."""
        if share not in self.shares:
            return
        self.shares.remove(share)
        self._retired.append(share)
        if share is self.current:
            if self.shares:
                self.activate(self.shares[0])
            else:
                self.back_home()
        else:
            self.journal_shown()
        self.changed.emit()

    def close_all(self) -> None:
        """Close every share and comment store (the window is closing)."""
        if self.current is not None:
            looked_at(self.current)
        self._retired.extend(self.shares)
        self.shares.clear()
        self.current = None
        self.journal_shown(closing=True)

    def journal_shown(self, *, closing: bool = False) -> None:
        """Close the copies of shares that were closed and are no longer shown."""
        host_shows = self.host.shown_journal()
        shown = host_shows[0] if host_shows is not None else None
        for share in list(self._retired):
            if closing or share.journal is not shown:
                self._retired.remove(share)
                share.opened.close()
        in_use = {s.meta.journal_uuid for s in self.shares + self._retired}
        for key in [k for k in self._stores if k not in in_use]:
            self._stores.pop(key).close()

    # -- the coach's name ----------------------------------------------------------------
    @property
    def author(self) -> str:
        """The coach's name as clients will see it on comments."""
        return str(app_settings().value("review/author", "") or "").strip()

    @author.setter
    def author(self, name: str) -> None:
        app_settings().setValue("review/author", name.strip()[:120])

    # -- opening files -----------------------------------------------------------------
    def open_files(self, files: Iterable[Path], opened: Iterable[OpenedFile] = ()) -> int:
        """Open shares (asking for passphrases), show the first new one; returns how many."""
        from valuejournal.store.untrusted import open_untrusted

        title = tr("Could not open the shared journal")

        def open_one(path: Path, secret: str | None) -> SharedJournal:
            checked = open_untrusted(path, passphrase=secret)
            return self._add_or_close(checked)

        added: list[SharedJournal] = []
        for checked in opened:
            try:
                added.append(self._add_or_close(checked))
            except UserError as exc:
                dialogs.show_error(self.widget, title, str(exc))
        for path in files:
            share = with_passphrase(self.widget, Path(path), title, open_one)
            if share is not None:
                added.append(share)
        if added:
            self.activate(added[0])
        return len(added)

    def choose_files(self) -> None:
        """Coach page → Open shared journal…"""
        chosen = ask_open_paths(self.widget, tr("Open shared journals"), SHARE_FILTER)
        if chosen:
            self.open_files(chosen)
