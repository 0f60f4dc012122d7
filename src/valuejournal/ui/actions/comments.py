"""What the coach round trip's menu entries and buttons do.

Client side: "Share with coach…" writes a share file; "Import coach feedback…" adds the
coach's comments to the journal. Coach side: "Open shared journal…" opens shares for review;
"Save feedback file…" writes the comments made on one client's journal. Every file that
comes from someone else goes through `store.untrusted` first; problems become a message.
Each flow takes the widget its dialogs belong to and the journal context; review mode's
start is in `ui.app`, beside `build_window`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from valuejournal.core.errors import UserError
from valuejournal.core.filenames import safe_file_name
from valuejournal.ui import dialogs
from valuejournal.ui.dialogs import files
from valuejournal.ui.i18n import tr, trn

if TYPE_CHECKING:
    from valuejournal.ui.context import JournalContext
    from valuejournal.ui.review import SharedJournal

log = logging.getLogger(__name__)


def share_with_coach(parent: QWidget, context: JournalContext | None) -> Path | None:
    """Ask what to share and where, then write the share file; returns its path."""
    from valuejournal.store.share import SHARE_SUFFIX, write_share
    from valuejournal.ui.widgets.comment_dialogs import ShareDialog

    if context is None or context.read_only:
        dialogs.show_error(parent, tr("Share with coach"), tr("Open your own journal first."))
        return None
    request = ShareDialog.ask(parent, context.journal)
    if request is None:
        return None
    owner = context.journal.info().owner or context.journal.name
    name = f"{safe_file_name(owner, 'journal')}-{safe_file_name(request.label, 'journal')}"
    default = f"{name}{SHARE_SUFFIX}"
    path = files.ask_save_path(
        parent, tr("Save share file"), default, files.SHARE_FILTER, (context.journal.path,)
    )
    if path is None:
        return None
    try:
        summary = write_share(
            context.journal, path, request.options, passphrase=request.passphrase, overwrite=True
        )
    except UserError as exc:
        dialogs.show_error(parent, tr("Could not share"), str(exc))
        return None
    text = tr("Saved {name}: {sessions}, {clients}, {reflections}.").format(
        name=path.name,
        sessions=trn("%n session(s)", summary.sessions),
        clients=trn("%n client(s)", summary.clients),
        reflections=trn("%n reflection(s)", summary.reflections),
    )
    if summary.private_left_out:
        text += "\n" + trn("%n private session(s) stayed here.", summary.private_left_out)
    if summary.encrypted:
        text += "\n" + tr("It is encrypted: tell your coach the passphrase another way.")
    dialogs.tell(parent, tr("Shared with coach"), text)
    return path


def import_feedback_file(
    parent: QWidget,
    context: JournalContext | None,
    path: Path | None = None,
    *,
    show_coach: Callable[[], object] | None = None,
) -> int | None:
    """Import a coach's feedback file into the open journal; returns how many were added.

    ``show_coach`` (from the menu) shows the Coach page before the summary is told."""
    from valuejournal.store.feedback import import_feedback

    title = tr("Could not import the feedback")
    if context is None or context.read_only:
        dialogs.show_error(parent, title, tr("Open your own journal first."))
        return None
    if path is None:
        chosen = files.ask_open_paths(parent, tr("Import coach feedback"), files.FEEDBACK_FILTER)
        if not chosen:
            return None
        path = chosen[0]
    journal = context.journal
    result = files.with_passphrase(
        parent, path, title, lambda p, secret: import_feedback(journal, p, passphrase=secret)
    )
    if result is None:
        return None
    context.comments_imported()  # every page and comment widget shows them
    who = result.author or tr("your coach")
    text = trn("Added %n comment(s) from {who}.", len(result.added)).format(who=who)
    if result.already:
        text += " " + trn("Already here: %n comment(s).", result.already)
    if result.updated:
        text += " " + trn("Updated %n comment(s) your coach changed.", len(result.updated))
    if result.homework_added:
        text += "\n" + trn(
            "New homework: %n item(s) (see the Coach page).", len(result.homework_added)
        )
    if result.orphaned:
        text += "\n" + trn(
            "About sessions or reflections no longer in your journal, kept on the Coach "
            "page: %n comment(s).",
            len(result.orphaned),
        )
    if show_coach is not None:
        show_coach()
    dialogs.tell(parent, tr("Coach feedback"), text)
    return len(result.added)


FEEDBACK_FOLDER = "feedback/folder"
"""The QSettings key of the folder a feedback file was last saved in."""


def _feedback_folder(share: SharedJournal) -> Path:
    """Where to offer saving a feedback file: beside the share being reviewed (it goes back
    the way it came), else the folder last chosen for one, else the home folder."""
    from valuejournal.ui.settings import app_settings

    beside = share.opened.source.parent
    if beside.is_dir():
        return beside
    last = str(app_settings().value(FEEDBACK_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return Path.home()


def save_feedback_file(
    parent: QWidget,
    share: SharedJournal,
    author: str,
    passphrase: str | None = None,
    on_saved: Callable[[Path], object] | None = None,
    on_chosen: Callable[[Path], object] | None = None,
) -> Path | None:
    """Write the comments and homework on one client's journal to a feedback file (sealed
    with ``passphrase`` if given) on the serial writer, off the GUI thread; returns the path
    chosen. The file dialog starts in the share's folder (else the last one chosen here);
    ``on_chosen`` hears the path once the person has chosen it, before it is written."""
    from valuejournal.store.feedback import FEEDBACK_SUFFIX, write_feedback_file
    from valuejournal.ui import tasks

    owner = share.meta.owner or tr("your client")
    stem = safe_file_name(
        share.opened.source.stem, "journal"
    )  # one per share, even for clients of one name
    name = f"{stem}-feedback-{date.today().isoformat()}{FEEDBACK_SUFFIX}"
    default = str(_feedback_folder(share) / name)
    path = files.ask_save_path(parent, tr("Save feedback file"), default, files.FEEDBACK_FILTER)
    if path is None:
        return None
    from valuejournal.ui.settings import app_settings

    app_settings().setValue(FEEDBACK_FOLDER, str(path.parent))
    if on_chosen is not None:
        on_chosen(path)
    comments = share.store.list_comments()
    homework = share.store.list_homework()
    meta = share.meta
    from valuejournal.ui.share_opening import busy_dialog, dismiss

    busy = busy_dialog(
        parent,
        tr("Encrypting and writing {name}…") if passphrase else tr("Writing {name}…"),
        path.name,
    )

    def job(report: Callable[[int, int], None]) -> Path:
        report(0, 1)
        written = write_feedback_file(
            path,
            comments,
            homework=homework,
            journal_uuid=meta.journal_uuid,
            author=author,
            start=meta.range_start,
            end=meta.range_end,
            passphrase=passphrase,
            overwrite=True,
        )
        report(1, 1)
        return written

    def done(written: Path) -> None:
        dismiss(busy)
        text = trn("Saved %n comment(s) to {name}. Send it to {owner}.", len(comments)).format(
            name=written.name, owner=owner
        )
        if homework:
            text += " " + trn("It sets %n homework item(s).", len(homework))
        if passphrase is not None:
            text += "\n" + tr("It is encrypted: tell your client the passphrase another way.")
        if on_saved is not None:
            on_saved(written)
        dialogs.tell(parent, tr("Feedback saved"), text)

    def failed(exc: BaseException) -> None:
        dismiss(busy)
        if isinstance(exc, UserError):
            dialogs.show_error(parent, tr("Could not save the feedback"), str(exc))
        else:
            dialogs.show_bug(parent, tr("Could not save the feedback"), exc)

    # The serial writer: building a file runs Alembic, which two threads must not run at once.
    task = tasks.run_write(
        job,
        owner=parent,
        on_done=done,
        on_failed=failed,
        on_progress=lambda n, total: log.info("feedback file: %d of %d", n, total),
        title=tr("Saving the feedback file"),
    )
    task.ended.connect(lambda: dismiss(busy))  # also when the page went away meanwhile
    return path
