"""Import a time tracker's CSV: read in the background, preview, confirm, write at once.

Nothing is written until the person clicks "Import N sessions"; then the plan goes into
the journal in one transaction off the GUI thread (a failure writes nothing). The file
menu's actions that open it are in ``ui.actions.imports``.
"""

from __future__ import annotations

# Decoders the reading job may need, imported here so the background read starts at once.
import encodings.cp1252
import encodings.utf_16  # noqa: F401
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.errors import UserError
from valuejournal.interop import (
    ImportFormatError,
    ImportPlan,
    apply_plan,
    check_against,
    plan_import,
    read_header,
)
from valuejournal.interop.content_guess import guess_by_content
from valuejournal.interop.long_entries import keep_long
from valuejournal.ui import tasks
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets import import_people as people
from valuejournal.ui.widgets.import_mapping import MappingPage
from valuejournal.ui.widgets.import_pages import MAPPING, MessagePage, PreviewPage, ProgressPage

if TYPE_CHECKING:
    from valuejournal.ui.context import JournalContext

log = logging.getLogger(__name__)
MIN_WIDTH = 560
"""The narrowest the dialog opens (room for the format line and the counts)."""
FRAME_ROOM = 48
"""Room the window frame and a panel take on the screen, left out of the dialog's size."""


@dataclass(slots=True)
class ImportResult:
    """What an import added, and whether the person wants to rate it right away."""

    added: int
    uuids: list[str]
    rate_now: bool = False


@dataclass(slots=True)
class _NeedsMapping:
    """The file reads as CSV but its columns are unknown: ask which is which."""

    columns: list[str]
    by_content: dict[str, str]


class PageStack(QWidget):
    """Pages of which one shows; only the page shown asks for room (a QStackedWidget asks
    for the largest page's, height-for-width included), so the dialog fits what it shows."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:
        """Add a page (hidden until it is made current)."""
        page.hide()
        self._layout.addWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show ``page``, hide the one shown before."""
        if self._current is not None and self._current is not page:
            self._current.hide()
        self._current = page
        page.show()

    def currentWidget(self) -> QWidget | None:
        """The page shown."""
        return self._current


class ImportDialog(QDialog):
    """Read, preview and import one CSV file. ``state`` names the page on show."""

    def __init__(self, context: JournalContext, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.path = path
        self.state = ""
        self.plan: ImportPlan | None = None
        self.result_info: ImportResult | None = None
        self._format = "auto"
        self._user: str | None = None
        self._long = "skip"
        self._read_plan: ImportPlan | None = None
        self._mapping: dict[str, str] | None = None
        self._columns: list[str] = []
        self._job = 0  # bumped for each job and on close; stale results are ignored
        self._reading: tasks.Task | None = None  # the read under way (cancelled on close)
        self.setWindowTitle(tr("Import {name}").format(name=path.name))
        self.progress = ProgressPage()
        self.mapping = MappingPage()
        self.preview = PreviewPage()
        self.message = MessagePage()
        self.pages = PageStack()
        for page in (self.progress, self.mapping, self.preview, self.message):
            self.pages.addWidget(page)
        self.read_button = QPushButton(tr("Read with these columns"))
        self.import_button = QPushButton(tr("Import"))
        self.rate_button = QPushButton(tr("Rate them now"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.close_button = QPushButton(tr("Close"))
        self._buttons = (self.read_button, self.import_button, self.rate_button, self.close_button)
        self._build()
        self._fitted = False
        self.start_reading()

    def _build(self) -> None:
        self.mapping.changed.connect(self._mapping_changed)
        self.preview.format_chosen.connect(self._format_chosen)
        self.preview.invoices_paid_changed.connect(lambda _on: self.start_reading())
        self.preview.choices.person_chosen.connect(self._person_chosen)
        self.preview.choices.long_chosen.connect(self._long_chosen)
        self.read_button.clicked.connect(self._read_mapped)
        self.import_button.clicked.connect(self.start_writing)
        self.rate_button.clicked.connect(self._rate_now)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (*self._buttons, self.cancel_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.pages, 1)
        self._layout.addLayout(buttons)

    def _show(self, state: str, page: QWidget, *buttons: QPushButton) -> None:
        """Switch to ``page``; only ``buttons`` (and Cancel unless done) are shown."""
        self.state = state
        self.pages.setCurrentWidget(page)
        for button in self._buttons:
            button.setVisible(button in buttons)
        self.cancel_button.setVisible(state not in ("done", "error"))
        self.cancel_button.setEnabled(state != "writing")
        if buttons:
            buttons[0].setDefault(True)
        self._fit_to(page)

    def _fit_to(self, page: QWidget) -> None:
        """Size the dialog to the page shown (a two-line file: a small dialog), within the
        screen; it grows for a bigger page, never shrinks under the person's hands."""
        layout = self._layout
        layout.invalidate()  # the page's content changed: ask every hint again
        layout.activate()
        hint = layout.totalSizeHint()
        room = self.screen().availableGeometry()
        most = QSize(room.width() - FRAME_ROOM, room.height() - FRAME_ROOM)
        self.setMinimumSize(layout.totalMinimumSize().boundedTo(most))
        wanted = hint.expandedTo(QSize(MIN_WIDTH, 0)).boundedTo(most)
        if self._fitted:
            wanted = wanted.expandedTo(self.size()).boundedTo(most)
        self._fitted = self._fitted or page is not self.progress
        if wanted != self.size():
            self.resize(wanted)
            if self.isVisible():
                self._recentre(room)

    def _recentre(self, room: QRect) -> None:
        """Centre the resized dialog over its window again, wholly on the screen."""
        decoration = self.frameGeometry().size() - self.geometry().size()
        frame = QRect(QPoint(0, 0), self.size() + decoration)
        parent = self.parentWidget()
        frame.moveCenter(parent.window().frameGeometry().center() if parent else room.center())
        x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
        y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
        self.move(x, y)

    # -- reading -------------------------------------------------------------------------
    def start_reading(self) -> None:
        """Read the file with the current format, mapping and options, in the background."""
        self._job += 1
        job, journal, path = self._job, self.context.journal, self.path
        fmt, mapping, user = self._format, self._mapping, self._user
        currency = journal.info().base_currency
        paid = self.preview.invoices_paid.isChecked()
        self.progress.start(tr("Reading {name}…").format(name=path.name))
        self._show("reading", self.progress)

        def read(progress: tasks.ProgressFn) -> ImportPlan | _NeedsMapping | ImportFormatError:
            try:
                return plan_import(
                    journal, path, format=fmt, mapping=mapping, currency=currency,
                    invoices_paid=paid, user=user, progress=progress,
                )  # fmt: skip
            except ImportFormatError as exc:
                columns = _columns_of(path) if fmt == "auto" and not mapping else []
                if len([c for c in columns if c]) < 2:
                    return exc  # an expected outcome, not a crash: no traceback in the log
                return _NeedsMapping(columns, guess_by_content(path))

        self._reading = tasks.run(  # a newer read cancels this one; so does closing
            read,
            owner=self,
            key="read",
            title=tr("Reading {name}").format(name=path.name),
            on_done=lambda result: self._read_done(job, result),
            on_failed=lambda exc: self._read_failed(job, exc),
            on_progress=lambda done, total: self._read_progress(job, done, total),
        )

    def _read_progress(self, job: int, done: int, total: int) -> None:
        if job == self._job:
            self.progress.set_progress(done, total)

    def _read_done(self, job: int, result: ImportPlan | _NeedsMapping | ImportFormatError) -> None:
        if isinstance(result, ImportFormatError):
            self._read_failed(job, result)
            return
        if job != self._job:
            return
        if isinstance(result, _NeedsMapping):
            self._columns = result.columns
            self.mapping.set_columns(result.columns, by_content=result.by_content)
            self._show("mapping", self.mapping, self.read_button)
            self._mapping_changed()
            return
        if result.needs_person:  # a team export: take one person's rows, then show them
            self._user = people.preselect(result.format, result.people)
            self.start_reading()
            return
        self._read_plan = result
        self._columns = result.columns
        self.preview.set_format(MAPPING if self._mapping else result.format)
        self._show_plan()

    def _show_plan(self) -> None:
        """The plan as read, with the over-24-hour entries kept as chosen."""
        read = self._read_plan
        if read is None:
            return
        self.plan = check_against(keep_long(read, self._long), self.context.journal)
        self.preview.show_plan(self.plan, self._long)
        self._show_preview(len(self.plan.sessions))

    def _person_chosen(self, name: str) -> None:
        if self._read_plan is not None and name and name != self._user:
            self._user = name
            self.start_reading()

    def _long_chosen(self, how: str) -> None:
        self._long = how
        self._show_plan()

    def _show_preview(self, new: int) -> None:
        self.import_button.setText(
            tr("Import {n} sessions").format(n=formats.current().integer(new))
            if new > 1
            else tr("Import 1 session")
            if new
            else tr("Nothing to import")
        )
        self.import_button.setEnabled(new > 0)
        self._show("preview", self.preview, self.import_button)

    def _read_failed(self, job: int, exc: BaseException) -> None:
        if job != self._job:
            return
        text = reason_for(exc)
        if self._mapping:
            self.mapping.set_message(text)
            self._show("mapping", self.mapping, self.read_button)
        elif self._format != "auto":
            self.plan = None
            self.preview.clear_plan(text)
            self._show_preview(0)
        else:
            self.message.show_message(
                tr("This file cannot be imported"),
                tr("{reason}\n\nNothing was written to your journal.").format(reason=text),
            )
            self._show("error", self.message, self.close_button)

    def _format_chosen(self, name: str) -> None:
        if name == MAPPING:
            self.mapping.set_columns(self._columns)
            self._show("mapping", self.mapping, self.read_button)
            self._mapping_changed()
            return
        self._format, self._mapping, self._user = name, None, None
        self.start_reading()

    def _mapping_changed(self) -> None:
        self.read_button.setEnabled(self.mapping.is_complete())

    def _read_mapped(self) -> None:
        if self.mapping.is_complete():
            self._mapping = self.mapping.mapping()
            self.start_reading()

    # -- writing -------------------------------------------------------------------------
    def start_writing(self) -> None:
        """Add the previewed plan's new sessions in one transaction, in the background."""
        plan = self.plan
        if plan is None or not plan.sessions or self.state != "preview":
            return
        self._job += 1
        job, journal = self._job, self.context.journal
        self.progress.start(
            tr("Adding {n} sessions to your journal…").format(n=len(plan.sessions)), busy=True
        )
        self._show("writing", self.progress)

        def write() -> tuple[int, list[str]]:
            from valuejournal.store.backups import backup_now

            backup_now(journal.path, "import")
            before = {c.uuid for c in journal.list_clients()}
            added = apply_plan(plan, journal)
            return added, [c.uuid for c in journal.list_clients() if c.uuid not in before]

        tasks.run_write(
            write,
            owner=self,
            title=tr("Importing {name}").format(name=self.path.name),
            on_done=lambda outcome: self._written(job, plan, *outcome),
            on_failed=lambda exc: self._write_failed(job, exc),
        )

    def _written(self, job: int, plan: ImportPlan, added: int, clients: list[str]) -> None:
        if plan.user and len(plan.people) > 1:
            people.remember(plan.format, plan.user)  # preselected next time
        if added:
            self.context.record_import(list(plan.sessions), clients)  # one undo step; notifies
        else:
            self.context.notify()
        uuids = [s.uuid for s in plan.sessions]
        self.result_info = ImportResult(added, uuids)
        if job != self._job:
            return
        unrated = sum(1 for s in plan.sessions if s.value is None)
        number = formats.current().integer  # "1,524", as the preview wrote it
        text = tr("{n} sessions from {name} are now in your journal.").format(
            n=number(added), name=self.path.name
        )
        if unrated:
            text += " " + tr(
                "{k} of them are not rated yet: give each a value (and a mood) with a few "
                "keystrokes in rating mode."
            ).format(k=number(unrated))
        self.message.show_message(tr("Imported {n} sessions").format(n=number(added)), text)
        shown = (self.rate_button, self.close_button) if unrated else (self.close_button,)
        self._show("done", self.message, *shown)

    def _write_failed(self, job: int, exc: BaseException) -> None:
        if job != self._job:
            return
        self.message.show_message(
            tr("Nothing was imported"),
            tr("{reason}\nYour journal is unchanged.").format(reason=reason_for(exc)),
        )
        self._show("error", self.message, self.close_button)

    def _rate_now(self) -> None:
        if self.result_info is not None:
            self.result_info.rate_now = True
        self.accept()

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel (Esc, Cancel, the window's close button): stops reading; refused while
        writing (QDialog's closeEvent then keeps the dialog open)."""
        if self.state == "writing":
            return
        self._stop()
        super().reject()

    def accept(self) -> None:
        """Close after an import (or an error)."""
        self._stop()
        super().accept()

    def _stop(self) -> None:
        if self._reading is not None:
            self._reading.cancel()
        if self.state != "writing":
            self._job += 1

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: JournalContext, path: Path
    ) -> ImportResult | None:
        """Run the import dialog; what was added (None if nothing was written)."""
        dialog = cls(context, path, parent)
        dialog.exec()
        result = dialog.result_info
        dialog.deleteLater()
        return result


def _columns_of(path: Path) -> list[str]:
    try:
        return read_header(path)
    except ImportFormatError:
        return []


def reason_for(exc: BaseException) -> str:
    """A message for the person: the error's own for a UserError, else a pointer to the log."""
    if isinstance(exc, UserError | OSError):
        text = str(exc)
        return text[:1].upper() + text[1:]
    return tr("Something went wrong; the details are in the log.")
