"""The file menu's import and export actions, and dropping a CSV file on the window.

The main window calls these; they open :class:`~valuejournal.ui.import_dialog.ImportDialog`,
report in the status bar, and open rating mode when the person asks for it.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow

from valuejournal.core.i18n import N_
from valuejournal.interop import export_journal as write_export
from valuejournal.outputs import chosen_output_problem
from valuejournal.ui import dialogs, tasks
from valuejournal.ui.i18n import tr
from valuejournal.ui.import_dialog import ImportDialog, ImportResult, reason_for

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from valuejournal.ui.context import JournalContext

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
CSV_FILTER = N_("CSV files (*.csv *.tsv *.txt);;All files (*)")
EXPORT_FILTERS = {"CSV — sessions (*.csv)": ".csv", "JSON — everything (*.json)": ".json"}


def csv_from_mime(mime: QMimeData) -> Path | None:
    """The first local CSV file in dropped data, or None."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(CSV_SUFFIXES):
            return Path(url.toLocalFile())
    return None


def import_moods(window: QMainWindow, context: JournalContext, path: Path) -> int:
    """A Daylio export: confirm, then add its mood entries (beside the sessions), as one
    step Edit → Undo takes back."""
    from valuejournal.interop import daylio

    plan = daylio.check_moods(daylio.read_daylio(path), context.journal)
    rejected = "".join(f"\n{e}" for e in plan.errors[:5])
    text = tr("{name} is a Daylio mood diary: {n} new mood entries, {p} already here.").format(
        name=path.name, n=len(plan.entries), p=len(plan.present)
    ) + (tr("\nRows that cannot be read (left out):") + rejected if rejected else "")
    if not plan.entries:
        dialogs.tell(window, tr("Import moods"), text)
        return 0
    if not dialogs.confirm(window, tr("Import moods"), text, tr("Import moods")):
        return 0
    from valuejournal.store.backups import backup_now

    backup_now(context.journal.path, "import")
    added = daylio.apply_moods(plan, context.journal)
    context.record_mood_import(added)  # one undo step; notifies
    window.statusBar().showMessage(
        tr("Imported {n} mood entries from {name}.").format(n=len(added), name=path.name), 8000
    )
    return len(added)


def import_into(window: QMainWindow, context: JournalContext, path: Path) -> ImportResult | None:
    """Import ``path`` with the dialog; say so in the status bar; rate now if asked.
    A Daylio mood diary goes to :func:`import_moods` instead."""
    from valuejournal.interop import daylio

    if daylio.is_daylio(path):
        import_moods(window, context, path)
        return None
    result = ImportDialog.ask(window, context, path)
    if result is None:
        return None
    window.statusBar().showMessage(
        tr("Imported {n} sessions from {name}.").format(n=result.added, name=path.name), 8000
    )

    if result.rate_now:
        from valuejournal.ui.rating import RatingDialog

        RatingDialog.ask(window, context, RatingDialog.load(context.journal, result.uuids))
    return result


def imported_days(context: JournalContext, uuids: list[str]) -> tuple[date, date] | None:
    """The first and last day of the imported sessions (None if none are in the journal)."""
    from valuejournal.core.query import SessionQuery

    days = [s.day for s in context.journal.query_sessions(SessionQuery(uuids=tuple(uuids)))]
    return (min(days), max(days)) if days else None


def choose_and_import(window: QMainWindow, context: JournalContext) -> ImportResult | None:
    """File → Import…: pick a CSV file, then :func:`import_into`."""
    name, _ = QFileDialog.getOpenFileName(window, tr("Import sessions"), "", tr(CSV_FILTER))
    return import_into(window, context, Path(name)) if name else None


def export_to_file(window: QMainWindow, context: JournalContext) -> None:
    """File → Export…: the app's CSV (sessions) or JSON (everything), in the background."""
    name, chosen = QFileDialog.getSaveFileName(
        window, tr("Export journal"), f"{context.journal.name}.csv", ";;".join(EXPORT_FILTERS)
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".json"):
        path = path.with_name(path.name + EXPORT_FILTERS.get(chosen, ".csv"))
    journal = context.journal
    problem = chosen_output_problem(path, (journal.path,))
    if problem is not None:
        log.info("export refused: %s", problem)
        dialogs.show_error(window, tr("Export journal"), problem)
        return
    window.statusBar().showMessage(tr("Exporting to {path}…").format(path=path))
    window.setCursor(Qt.CursorShape.BusyCursor)

    def done(count: int) -> None:
        window.unsetCursor()
        window.statusBar().showMessage(
            tr("Exported {n} sessions to {path}.").format(n=count, path=path), 8000
        )

    def failed(exc: BaseException) -> None:
        window.unsetCursor()
        window.statusBar().clearMessage()
        dialogs.show_error(window, tr("Export failed"), reason_for(exc))

    tasks.run(
        lambda: write_export(journal, path),
        owner=window,
        title=tr("Exporting the journal"),
        on_done=done,
        on_failed=failed,
    )
