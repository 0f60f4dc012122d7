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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from valuejournal import paths
from valuejournal.core.errors import UserError
from valuejournal.ui.dialogs.files import SHARE_FILTER, ask_open_paths
from valuejournal.ui.i18n import tr
from valuejournal.ui.settings import app_settings
from valuejournal.ui.share_opening import Prepared, SharedJournal, ShareOpening, remember_share

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal
    from valuejournal.store.untrusted import OpenedFile

__all__ = ["ReviewHost", "ReviewSession", "SharedJournal", "looked_at", "remember_share"]

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
        self.opening = 0  # share openings running (`ui.share_opening`): stores stay open

    def find(self, journal_uuid: str) -> SharedJournal | None:
        """The open share of this client journal (the newest opened), or None."""
        found = [s for s in self.shares if s.meta.journal_uuid == journal_uuid]
        return found[-1] if found else None

    def share_showing(self, journal: Journal) -> SharedJournal | None:
        """The current share if ``journal`` is what it shows, else None."""
        current = self.current
        return current if current is not None and current.journal is journal else None

    # -- the list ----------------------------------------------------------------------
    @property
    def stores(self) -> dict[str, Journal]:
        """The review stores open, by client journal uuid."""
        return self._stores

    def find_source(self, path: Path) -> SharedJournal | None:
        """The open share read from this file, or None."""
        resolved = Path(path).resolve()
        return next((s for s in self.shares if s.opened.source.resolve() == resolved), None)

    def take(self, prepared: Prepared) -> SharedJournal:
        """Take a share opened off the GUI thread into the list (the same file twice: the
        first copy, the second closed)."""
        share = prepared.share
        known = self.find_source(share.opened.source)
        if known is not None:
            prepared.close()
            return known
        key = share.meta.journal_uuid
        if key not in self._stores:
            self._stores[key] = share.store
        elif prepared.new_store and self._stores[key] is not share.store:
            share.store.close()  # another file of the same journal opened it meanwhile
            share.journal.store = self._stores[key]
        self.shares.append(share)
        self.changed.emit()
        return share

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
        if self.opening and not closing:
            return  # a running opening may be using a store the list does not hold yet
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
    def open_files(
        self,
        files: Iterable[Path],
        opened: Iterable[OpenedFile] = (),
        on_done: Callable[[int], object] | None = None,
    ) -> ShareOpening:
        """Start opening shares off the GUI thread (asking for passphrases), with progress;
        the first taken is shown, then ``on_done(count)`` (`ui.share_opening`)."""
        run = ShareOpening(self, list(files), list(opened))
        if on_done is not None:
            run.finished.connect(on_done)
        return run.start()

    def choose_files(self) -> None:
        """Coach page → Open shared journal…"""
        chosen = ask_open_paths(self.widget, tr("Open shared journals"), SHARE_FILTER)
        if chosen:
            self.open_files(chosen)
