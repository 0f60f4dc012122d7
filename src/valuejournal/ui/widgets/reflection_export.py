"""Exporting the quarter's PDF from the page: the dialog, then the background job.

``ExportDialog.ask(parent, quarter, owner)`` returns the person's ``ExportChoice`` or None
(the folder and the "open afterwards" choice are remembered in the app's settings);
``ExportRunner`` writes the PDF off the GUI thread with a progress bar and opens it if asked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.errors import UserError
from valuejournal.core.filenames import safe_file_name
from valuejournal.core.i18n import N_
from valuejournal.outputs import chosen_output_problem
from valuejournal.ui import dialogs, tasks
from valuejournal.ui.i18n import tr
from valuejournal.ui.settings import app_settings

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal

log = logging.getLogger(__name__)
PAGE_SIZES = (
    ("auto", N_("By my locale (A4 or Letter)")),
    ("a4", N_("A4")),
    ("letter", N_("Letter")),
)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the person chose in the dialog."""

    path: Path
    page_size: str = "auto"
    include_notes: bool = False
    include_private: bool = False
    open_after: bool = True
    include_weekly: bool = False
    include_canvas: bool = True


def default_folder() -> Path:
    """The folder suggested for a PDF: the last one used, else Documents, else home — the
    first of them that exists (a fresh account may have no Documents folder)."""
    remembered = str(app_settings().value("report/folder", "") or "")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (remembered, documents, str(Path.home())):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.cwd()


def default_path(quarter: str, owner: str) -> Path:
    """The suggested file: in ``default_folder()``, named after quarter and owner."""
    name = f"Reflection {quarter} - {owner}" if owner else f"Reflection {quarter}"
    return default_folder() / f"{safe_file_name(name, 'Reflection')}.pdf"


class ExportDialog(QDialog):
    """Choose the PDF's file, paper size, session notes, and whether to open it."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, journals: tuple[Path, ...] = ()
    ) -> None:
        super().__init__(parent)
        self.journals = journals  # never a target, with or without replacing
        self.setWindowTitle(tr("Export PDF"))
        self.path = QLineEdit(str(path))
        browse = QPushButton(tr("Browse…"))
        browse.setAutoDefault(False)  # Enter in the file name exports; it never opens Browse
        browse.clicked.connect(self._browse)
        self.page_size = QComboBox()
        for key, label in PAGE_SIZES:
            self.page_size.addItem(tr(label), key)
        self.notes = QCheckBox(tr("Include the sessions’ notes"))
        self.private = QCheckBox(tr("…including private notes"))
        self.private.setEnabled(False)
        self.notes.toggled.connect(self._notes_toggled)
        self.weekly = QCheckBox(tr("Append the weekly reviews’ answers"))
        self.canvas = QCheckBox(tr("Include the business model canvas page"))
        self.canvas.setChecked(True)
        self.open_after = QCheckBox(tr("Open the PDF when it is ready"))
        self.open_after.setChecked(app_settings().value("report/open_after", "true") == "true")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("File"), file_row)
        form.addRow(tr("Paper"), self.page_size)
        form.addRow("", self.notes)
        form.addRow("", self.private)
        form.addRow("", self.weekly)
        form.addRow("", self.canvas)
        form.addRow("", self.open_after)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.path.textEdited.connect(self.error.hide)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter exports, whichever button Qt would pick
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _notes_toggled(self, on: bool) -> None:
        self.private.setEnabled(on)
        if not on:
            self.private.setChecked(False)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export PDF"), self.path.text(), tr("PDF (*.pdf)")
        )
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def choice(self) -> ExportChoice:
        """The dialog's current choices."""
        text = self.path.text().strip()
        path = Path(text if text.lower().endswith(".pdf") else f"{text}.pdf").expanduser()
        return ExportChoice(
            path=path,
            page_size=str(self.page_size.currentData()),
            include_notes=self.notes.isChecked(),
            include_private=self.private.isChecked(),
            open_after=self.open_after.isChecked(),
            include_weekly=self.weekly.isChecked(),
            include_canvas=self.canvas.isChecked(),
        )

    def accept(self) -> None:
        """Close only when the PDF can be written where asked; otherwise say why, here."""
        from valuejournal.report.files import check_target

        if not self.path.text().strip():
            self._refuse(tr("Give a file name for the PDF."))
            return
        try:
            check_target(self.choice().path)
        except UserError as exc:
            log.info("export refused: %s", exc)
            self._refuse(str(exc))
            return
        problem = chosen_output_problem(self.choice().path, self.journals)
        if problem is not None:
            log.info("export refused: %s", problem)
            self._refuse(problem)
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.path.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        quarter: str,
        owner: str,
        journals: tuple[Path, ...] = (),
    ) -> ExportChoice | None:
        """Show the dialog; the choice, or None if cancelled. Remembers folder and opening."""
        dialog = cls(default_path(quarter, owner), parent, journals)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
        settings = app_settings()
        settings.setValue("report/folder", str(choice.path.parent))
        settings.setValue("report/open_after", "true" if choice.open_after else "false")
        return choice


class ExportRunner(QObject):
    """Runs an export off the GUI thread with a progress bar; opens the file if asked."""

    message = Signal(str)
    finished = Signal(object)  # the written Path, or the exception

    def __init__(self, owner: QWidget, button: QPushButton) -> None:
        super().__init__(owner)
        self.owner = owner
        self.button = button
        self.progress = QProgressBar()
        self.progress.setFixedWidth(160)
        self.progress.setRange(0, 100)
        self.progress.setFormat(tr("Exporting… %p%"))
        self.progress.hide()
        self.choice: ExportChoice | None = None

    def start(self, journal: Journal, quarter: str) -> None:
        """Ask where and how, then export."""
        choice = ExportDialog.ask(self.owner, quarter, journal.info().owner, (journal.path,))
        if choice is not None:
            self.run(journal, quarter, choice)

    def run(self, journal: Journal, quarter: str, choice: ExportChoice) -> None:
        """Export in the background (imports and fonts are prepared here, on the GUI thread)."""
        from valuejournal.report import export
        from valuejournal.report.render import RenderOptions

        export.warm_up()
        self.choice = choice
        self.button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()

        from valuejournal import settings
        from valuejournal.ui.widgets.thresholds_dialog import load_thresholds

        thresholds = load_thresholds()  # the PDF judges spans as the Insights page does
        prefs = settings.load()
        locale = prefs.locale or None  # and writes numbers as the person chose
        business = "" if journal.info().owner != prefs.name else prefs.business  # one's own

        def job(report: Callable[[int, int], None]) -> Path:
            return export.export_report(
                journal,
                quarter,
                choice.path,
                options=RenderOptions(page_size=choice.page_size, locale=locale),
                include_notes=choice.include_notes,
                include_private=choice.include_private,
                include_weekly=choice.include_weekly,
                include_canvas=choice.include_canvas,
                progress=report,
                thresholds=thresholds,
                business=business,
            )

        tasks.run(
            job,
            owner=self,
            title=tr("Export PDF"),
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _finish(self) -> None:
        self.progress.hide()
        self.button.setEnabled(True)

    def _done(self, path: Path) -> None:
        self._finish()
        self.message.emit(tr("Saved the PDF to {path}").format(path=path))
        if self.choice is not None and self.choice.open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        text = str(exc) if isinstance(exc, UserError) else tr(
            "Something went wrong while writing the PDF; details are in the log.")  # fmt: skip
        dialogs.show_error(self.owner, tr("Could not export the PDF"), text)
        self.finished.emit(exc)
