"""The Reflections page: one guided reflection per quarter, saved as you type, exported as PDF.

Nothing typed is lost: a change is saved 800 ms after the last keystroke (and at least every
5 s while typing goes on), and at once when an editor loses focus, the quarter changes, the
page is hidden, the window closes or the app quits. The quarter's figures (the report's own
data, read off the GUI thread) sit beside the editor, the quarter's weekly review answers below
them; a coach's comments beside their section.
"""

from __future__ import annotations

import logging
import time
from datetime import date, datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import REFLECTION_SECTIONS, CommentTarget, Reflection
from valuejournal.core.errors import UserError
from valuejournal.core.periods import quarter_of, quarter_range
from valuejournal.core.query import SessionQuery
from valuejournal.report.data import build_report
from valuejournal.ui import tasks
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.reflection_export import ExportRunner
from valuejournal.ui.widgets.reflection_figures import QuarterFiguresPanel
from valuejournal.ui.widgets.reflection_section import ReflectionSectionEditor
from valuejournal.ui.widgets.save_on_leave import SaveOnLeave
from valuejournal.ui.widgets.thresholds_dialog import load_thresholds
from valuejournal.ui.widgets.weekly_answers import WeeklyAnswersPanel

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 800
MAX_UNSAVED_S = 5.0


class ReflectionsPage(QWidget):
    """Write the quarter's reflection beside its evidence; export it as a PDF."""

    status_message = Signal(str)
    saved = Signal(str)  # the quarter

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.quarter = quarter_of(date.today())
        self._reflection: Reflection | None = None
        self._dirty_since: float | None = None
        self._figures_stale = True
        SaveOnLeave(self, self.save_now)  # on another page, and before the window closes
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        self.refresh_timer = QTimer(self, singleShot=True, interval=300)
        self.refresh_timer.timeout.connect(self._journal_changed)
        self.quarter_box = QComboBox()
        self.quarter_box.setMinimumWidth(130)
        self.state_label = QLabel()
        self.state_label.setObjectName("muted")
        self.preview_button = QPushButton(tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._preview)
        self.export_button = QPushButton(tr("Export PDF…"))
        self.exporter = ExportRunner(self, self.export_button)
        self.exporter.message.connect(self.status_message)
        self.export_button.clicked.connect(self.export_pdf)
        self.sections = {
            key: ReflectionSectionEditor(key, title) for key, title in REFLECTION_SECTIONS
        }
        self.figures = QuarterFiguresPanel()
        self.weekly = WeeklyAnswersPanel()
        self._build_layout()
        for editor in self.sections.values():
            editor.edited.connect(self._edited)
            editor.focus_left.connect(self.save_now)
        self._fill_quarters()
        self.quarter_box.currentIndexChanged.connect(self._quarter_chosen)
        context.journal_changed.connect(self.refresh_timer.start)
        context.comments_changed.connect(self._show_comments)
        context.reviews_changed.connect(self._show_weekly)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        self.set_read_only(context.read_only)
        self.load_quarter(self.quarter)

    def _build_layout(self) -> None:
        title = QLabel(tr("Reflections"))
        title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(QLabel(tr("Quarter")))
        header.addWidget(self.quarter_box)
        header.addWidget(self.state_label, 1)
        header.addWidget(self.exporter.progress)
        header.addWidget(self.preview_button)
        header.addWidget(self.export_button)
        column = QWidget()
        sections = QVBoxLayout(column)
        sections.setContentsMargins(0, 0, 12, 0)
        for editor in self.sections.values():
            sections.addWidget(editor)
        sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        side = QVBoxLayout()
        side.addWidget(self.figures, 3)
        side.addWidget(self.weekly, 2)
        body.addLayout(side, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    # -- quarters ----------------------------------------------------------------------
    def _fill_quarters(self) -> None:
        """The current quarter back to the first one with work, plus any with a reflection."""
        journal = self.context.journal
        today = quarter_of(date.today())
        first = journal.query_sessions(SessionQuery(descending=False), limit=1)
        written = {r.quarter for r in journal.list_reflections()}
        quarters = {today, self.quarter, *written}
        quarter = quarter_of(first[0].day) if first else today
        while quarter < today:
            quarters.add(quarter)
            quarter = quarter_of(quarter_range(quarter)[1] + timedelta(days=1))
        self.quarter_box.blockSignals(True)
        self.quarter_box.clear()
        for q in sorted(quarters, reverse=True):
            label = f"{q}  ✓" if q in written else q
            self.quarter_box.addItem(label, q)
        self.quarter_box.setCurrentIndex(self.quarter_box.findData(self.quarter))
        self.quarter_box.blockSignals(False)

    def _quarter_chosen(self, index: int) -> None:
        quarter = self.quarter_box.itemData(index)
        if quarter and quarter != self.quarter:
            self.load_quarter(str(quarter))

    def load_quarter(self, quarter: str) -> None:
        """Save what is pending, then show ``quarter``'s reflection, comments and figures."""
        self.save_now()
        self.quarter = quarter
        self._reflection = self.context.journal.get_reflection(quarter)
        texts = self._reflection.sections if self._reflection else {}
        for key, editor in self.sections.items():
            editor.set_text(texts.get(key, ""))
        self._show_comments()
        self._show_weekly()
        self._show_state()
        index = self.quarter_box.findData(quarter)
        if index >= 0 and index != self.quarter_box.currentIndex():
            self.quarter_box.blockSignals(True)
            self.quarter_box.setCurrentIndex(index)
            self.quarter_box.blockSignals(False)
        self.load_figures()

    # -- saving ------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.context.read_only:
            return
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= MAX_UNSAVED_S:
            self.save_now()
            return
        self.state_label.setText(tr("Editing…"))
        self.save_timer.start()

    @property
    def dirty(self) -> bool:
        """True while typed text is not saved yet."""
        return self._dirty_since is not None

    def save_now(self) -> bool:
        """Write the reflection if anything changed; False if saving failed."""
        self.save_timer.stop()
        if not self.dirty or self.context.read_only:
            return True
        base = self._reflection or Reflection(quarter=self.quarter)
        texts = {k: v for k, v in base.sections.items() if k not in self.sections}
        texts.update({k: e.text() for k, e in self.sections.items() if e.text().strip()})
        try:
            self._reflection = self.context.save_reflection(
                Reflection(quarter=self.quarter, sections=texts, uuid=base.uuid)
            )
        except UserError as exc:
            self.state_label.setText(tr("Not saved: {error}").format(error=exc))
            self.save_timer.start()  # try again soon; the text stays in the editor
            return False
        self._dirty_since = None
        self._show_state()
        self.saved.emit(self.quarter)
        return True

    def _show_state(self) -> None:
        updated = self._reflection.updated_at if self._reflection else None
        if updated is None:
            self.state_label.setText(tr("Not written yet"))
            return
        local = updated.astimezone() if updated.tzinfo else updated
        fmt = formats.current()
        when = fmt.time(local) if local.date() == datetime.now().date() else fmt.date(local.date())
        self.state_label.setText(tr("Saved {when}").format(when=when))

    # -- figures and comments ----------------------------------------------------------
    def load_figures(self) -> None:
        """Read the quarter's report data off the GUI thread and show it beside the text;
        while the page is hidden, only note that the figures are out of date."""
        self._figures_stale = not self.isVisible()
        if self._figures_stale:
            return
        quarter, journal, figures = self.quarter, self.context.journal, self.figures
        figures.show_loading(quarter)

        def failed(exc: BaseException) -> None:
            figures.show_error(str(exc) if isinstance(exc, UserError) else tr(
                "The figures could not be read; details are in the log."))  # fmt: skip

        thresholds = load_thresholds()
        tasks.run(  # the panel owns it (gone with the page); the latest quarter asked wins
            lambda: build_report(journal, quarter, thresholds=thresholds),
            owner=figures,
            key="figures",
            title=tr("Reading the quarter's figures"),
            on_done=figures.show_data,
            on_failed=failed,
        )

    def _show_weekly(self) -> None:
        """The weekly reviews answered in the quarter, beside its reflection."""
        start, end = quarter_range(self.quarter)
        self.weekly.show_reviews(self.context.journal.weekly_reviews_between(start, end))

    def _show_comments(self) -> None:
        uuid = self._reflection.uuid if self._reflection else None
        comments = [
            c
            for c in self.context.journal.list_comments()
            if uuid and c.target is CommentTarget.REFLECTION and c.target_uuid == uuid
        ]
        for key, editor in self.sections.items():
            editor.set_comments([c for c in comments if c.section == key])

    def _journal_changed(self) -> None:
        self._fill_quarters()
        self._show_comments()
        self.load_figures()

    # -- export, preview, read-only ----------------------------------------------------
    def export_pdf(self) -> None:
        """Save, ask where and how, then write the PDF in the background."""
        self.save_now()
        self.exporter.start(self.context.journal, self.quarter)

    def _preview(self, on: bool) -> None:
        self.save_now()
        for editor in self.sections.values():
            editor.show_preview(on)

    def set_read_only(self, read_only: bool) -> None:
        """A journal under review: the text can be read and exported, not changed."""
        for editor in self.sections.values():
            editor.set_read_only(read_only)

    # -- saving on hide and close ------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read what went stale while the page was hidden."""
        super().showEvent(event)
        if self._figures_stale:
            self.load_figures()
