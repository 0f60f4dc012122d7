"""Merging other copies of the journal in the window: the sync-conflict copies found beside
it when it opens (offered in a banner), File → Merge another copy…, the report after each
merge, and moving a merged copy aside. Merges run on the journal's write worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs, tasks
from valuejournal.ui.dialogs import files
from valuejournal.ui.i18n import tr

if TYPE_CHECKING:
    from valuejournal.store.conflict_copies import ConflictCopy
    from valuejournal.store.merge import MergeOutcome
    from valuejournal.ui.context import JournalContext
    from valuejournal.ui.widgets.conflict_banner import ConflictBanner

JOURNAL_FILTER = "Value Journal (*.vjournal);;All files (*)"


def look_for_conflict_copies(banner: ConflictBanner, context: JournalContext | None) -> None:
    """Look (off the GUI thread) for conflict copies beside the journal; show any found."""
    from valuejournal.store.conflict_copies import find_conflict_copies

    banner.show_copies([])
    if context is None or context.read_only:
        return
    journal = context.journal

    def job() -> object:
        return find_conflict_copies(journal.path, journal.info().uuid)

    uuid = journal.info().uuid

    def found(copies: list[ConflictCopy]) -> None:
        kept = set(_kept_copies(uuid))
        banner.show_copies([c for c in copies if _fingerprint(c.path) not in kept])

    tasks.run(
        job,
        owner=banner,
        key="conflict-copies",
        on_done=found,
        on_failed=lambda _exc: None,  # logged; a folder that cannot be listed offers nothing
        title=tr("Looking for conflict copies"),
    )


def choose_and_merge(
    parent: QWidget, context: JournalContext | None, then: Callable[[], None] | None = None
) -> None:
    """File → Merge another copy…: choose the copy, merge it, show the report."""
    if context is None or context.read_only:
        dialogs.show_error(parent, tr("Merge another copy"), tr("Open your own journal first."))
        return
    title = tr("Merge another copy of this journal")
    # the folder where a sync tool leaves its copies: beside the journal
    chosen = files.ask_open_paths(parent, title, JOURNAL_FILTER, str(context.journal.path.parent))
    if chosen:
        merge_copies(parent, context, chosen, then=then)


def merge_copies(
    parent: QWidget,
    context: JournalContext,
    copies: Sequence[Path],
    *,
    then: Callable[[], None] | None = None,
) -> None:
    """Merge ``copies`` one after another (each backed up first and undoable); after each,
    the report, which offers to move the copy aside. ``then`` runs when all are done."""
    from valuejournal.store.merge import merge_file

    waiting = list(copies)
    journal = context.journal

    def next_copy() -> None:
        if not waiting:
            if then is not None:
                then()
            return
        path = waiting.pop(0)
        _status(parent, tr("Merging {name}…").format(name=path.name))
        tasks.run_write(
            lambda: merge_file(journal, path),
            owner=parent,
            on_done=merged,
            on_failed=lambda exc: failed(path, exc),
            title=tr("Merging {name}").format(name=path.name),
        )

    def merged(outcome: MergeOutcome) -> None:
        if not outcome.plan.changes.empty:
            context.record_merge(outcome.plan, tr("Merge {name}").format(name=outcome.other.name))
        _status(parent, tr("Merged {name}").format(name=outcome.other.name))
        from valuejournal.ui.dialogs.merge_report import MergeReportDialog

        if MergeReportDialog.ask(parent, outcome, offer_move=True):
            move_copy_aside(parent, outcome.other)
        else:  # kept where it is: merged, so not offered again unless it changes
            _keep_copy(journal.info().uuid, outcome.other)
        next_copy()

    def failed(path: Path, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, UserError) else tr("details are in the log")
        dialogs.show_error(
            parent,
            tr("Could not merge"),
            tr("{name} was not merged: {text}").format(name=path.name, text=text),
        )
        next_copy()

    next_copy()


def move_copy_aside(parent: QWidget, copy: Path) -> Path | None:
    """Move a merged copy into the "Merged conflict copies" folder beside it."""
    from valuejournal.store.conflict_copies import move_aside

    try:
        moved = move_aside(copy)
    except OSError as exc:
        dialogs.show_error(
            parent,
            tr("Could not move the copy"),
            tr("{name} stays where it is: {text}").format(name=copy.name, text=exc.strerror or exc),
        )
        return None
    _status(parent, tr("Moved {name} to {folder}").format(name=copy.name, folder=moved.parent))
    return moved


_KEPT_KEY = "merge/kept-copies/{uuid}"
_MAX_KEPT = 20


def _fingerprint(path: Path) -> str:
    """A copy as it is now: its name, size and modification time ("" if it cannot be read)."""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return f"{path.name}|{stat.st_size}|{stat.st_mtime_ns}"


def _kept_copies(uuid: str) -> list[str]:
    """The fingerprints of this journal's conflict copies merged and kept in place."""
    from valuejournal.ui.settings import app_settings

    raw = app_settings().value(_KEPT_KEY.format(uuid=uuid), [])
    return [raw] if isinstance(raw, str) else [str(v) for v in raw] if isinstance(raw, list) else []


def _keep_copy(uuid: str, copy: Path) -> None:
    """Remember a merged copy left in place, so the banner does not offer it at each open."""
    from valuejournal.ui.settings import app_settings

    mark = _fingerprint(copy)
    if mark:
        kept = [k for k in _kept_copies(uuid) if k != mark] + [mark]
        app_settings().setValue(_KEPT_KEY.format(uuid=uuid), kept[-_MAX_KEPT:])


def _status(parent: QWidget, text: str) -> None:
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, 8000)
