"""The Canvas page: a quarter's personal business model canvas, nine blocks of evidence from
the journal beside the person's own words, and what changed against the quarter before.

The evidence is read off the GUI thread (``store.canvas_view``: a closed quarter's kept
evidence, else computed now). The words are saved 800 ms after the last keystroke, when an
editor loses focus, the quarter changes, the page is hidden or the window closes; each save
and each close or reopen of a quarter is one step on the undo stack. In review mode the
canvas is read-only and the coach can comment on any block. A closed quarter keeps its
evidence and its words as they were (Reopen quarter to change them).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.canvas import (
    BLOCKS,
    CanvasEvidence,
    CanvasRecord,
    Change,
    block_lines,
    change_sentence,
    compare,
    previous_quarter,
)
from valuejournal.core.entities import Comment, CommentTarget
from valuejournal.core.errors import UserError
from valuejournal.core.periods import quarter_of, quarter_range
from valuejournal.core.query import SessionQuery
from valuejournal.ui import tasks
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr
from valuejournal.ui.theme import is_dark
from valuejournal.ui.widgets.canvas_block import CanvasBlockWidget
from valuejournal.ui.widgets.save_on_leave import SaveOnLeave
from valuejournal.ui.widgets.thresholds_dialog import load_thresholds

SAVE_DELAY_MS = 800
CHART_HEIGHT = 78
CHARTS = {"customers": "hours", "activities": "hours", "revenue": "pay"}
"""The blocks drawn as a small chart too (their shares are better seen than read)."""
MAX_CHANGES = 6


def _read(journal: Any, quarter: str, thresholds: Any) -> tuple[Any, str, list[Change]]:
    """The quarter's canvas view and its changes against the quarter before (a worker job)."""
    from valuejournal.store.canvas_view import canvas_view

    view = canvas_view(journal, quarter, thresholds=thresholds)
    before = previous_quarter(quarter)
    earlier = canvas_view(journal, before, thresholds=thresholds).evidence
    changes = [] if earlier.empty or view.evidence.empty else compare(earlier, view.evidence)
    return view, before, changes


class CanvasPage(QWidget):
    """Nine blocks for the quarter chosen: evidence, the person's words, a coach's notes."""

    status_message = Signal(str)
    evidence_shown = Signal(str)  # the quarter, once its evidence is on the page

    def __init__(self, context: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.quarter = self._first_quarter()
        self.record: CanvasRecord | None = None
        self.evidence: CanvasEvidence | None = None
        self.kept = False
        self.changes: list[Change] = []
        self._dirty = False
        self._stale = True
        SaveOnLeave(self, self.save_now)  # on another page, and before the window closes
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        self.refresh_timer = QTimer(self, singleShot=True, interval=300)
        self.refresh_timer.timeout.connect(self._journal_changed)
        self.quarter_box = QComboBox()
        self.quarter_box.setMinimumWidth(130)
        self.state_label = QLabel()
        self.state_label.setObjectName("muted")
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QPushButton(tr("Close quarter"))
        self.close_button.setToolTip(
            tr("Keep this quarter's evidence as it is now, with your words")
        )
        self.close_button.clicked.connect(self.toggle_closed)
        self.skills_button = QPushButton(tr("Skills…"))
        self.skills_button.setToolTip(tr("Choose the tags that are your skills (key resources)"))
        self.skills_button.clicked.connect(self.choose_skills)
        self.blocks = {b.key: CanvasBlockWidget(b) for b in BLOCKS}
        self.changes_label = QLabel()
        self.changes_label.setObjectName("canvasChanges")
        self.changes_label.setWordWrap(True)
        self._charts: dict[str, Any] = {}
        self._build_layout()
        for block in self.blocks.values():
            block.edited.connect(self._edited)
            block.focus_left.connect(self.save_now)
            block.comment_submitted.connect(self.add_comment)
        self._fill_quarters()
        self.quarter_box.currentIndexChanged.connect(self._quarter_chosen)
        context.journal_changed.connect(self.refresh_timer.start)
        context.canvas_changed.connect(self._canvas_changed)
        context.comments_changed.connect(self._show_comments)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        self.load_quarter(self.quarter)

    def _build_layout(self) -> None:
        title = QLabel(tr("Canvas"))
        title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(QLabel(tr("Quarter")))
        header.addWidget(self.quarter_box)
        header.addWidget(self.state_label, 1)
        header.addWidget(self.skills_button)
        header.addWidget(self.close_button)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(6)
        for block in BLOCKS:
            widget = self.blocks[block.key]
            grid.addWidget(widget, block.row, block.column, block.rows, block.columns)
        for column in range(5):
            grid.setColumnStretch(column, 1)
            grid.setColumnMinimumWidth(column, 100)
        grid.addWidget(self.changes_label, 3, 0, 1, 5)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    # -- quarters ----------------------------------------------------------------------
    def _first_quarter(self) -> str:
        """The current quarter; for a coach, the latest quarter the share has work in."""
        if self.context.share is not None:
            newest = self.context.journal.query_sessions(SessionQuery(), limit=1)
            if newest:
                return quarter_of(newest[0].day)
        return quarter_of(date.today())

    def _fill_quarters(self) -> None:
        """The current quarter back to the first one with work, plus any with a canvas."""
        journal = self.context.journal
        today = quarter_of(date.today())
        first = journal.query_sessions(SessionQuery(descending=False), limit=1)
        kept = {c.quarter: c for c in journal.list_canvases()}
        quarters = {today, self.quarter, *kept}
        quarter = quarter_of(first[0].day) if first else today
        while quarter < today:
            quarters.add(quarter)
            quarter = quarter_of(quarter_range(quarter)[1] + timedelta(days=1))
        self.quarter_box.blockSignals(True)
        self.quarter_box.clear()
        for q in sorted(quarters, reverse=True):
            closed = q in kept and kept[q].closed
            self.quarter_box.addItem(tr("{quarter} · closed").format(quarter=q) if closed else q, q)
        self.quarter_box.setCurrentIndex(self.quarter_box.findData(self.quarter))
        self.quarter_box.blockSignals(False)

    def _quarter_chosen(self, index: int) -> None:
        quarter = self.quarter_box.itemData(index)
        if quarter and quarter != self.quarter:
            self.load_quarter(str(quarter))

    def load_quarter(self, quarter: str) -> None:
        """Save what is pending, then show ``quarter``'s words, comments and evidence."""
        self.save_now()
        self.quarter = quarter
        self.record = self.context.journal.get_canvas(quarter)
        self._show_texts()
        self._show_comments()
        index = self.quarter_box.findData(quarter)
        if index >= 0 and index != self.quarter_box.currentIndex():
            self.quarter_box.blockSignals(True)
            self.quarter_box.setCurrentIndex(index)
            self.quarter_box.blockSignals(False)
        self.load_evidence()

    def _show_texts(self) -> None:
        texts = self.record.texts if self.record else {}
        for key, block in self.blocks.items():
            block.set_text(texts.get(key, ""))
        self._set_editable()
        self._show_state()

    def _set_editable(self) -> None:
        closed = self.record is not None and self.record.closed
        review = self.context.read_only
        for block in self.blocks.values():  # a closed quarter keeps its words too
            block.set_review(
                review or closed, can_comment=review and self.context.share is not None
            )
        self.close_button.setVisible(not review)
        self.skills_button.setVisible(not review)
        ended = quarter_range(self.quarter)[1] < date.today()
        self.close_button.setText(tr("Reopen quarter") if closed else tr("Close quarter"))
        self.close_button.setEnabled(closed or ended)

    # -- saving ------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.context.read_only:
            return
        self._dirty = True
        self.state_label.setText(tr("Editing…"))
        self.save_timer.start()

    @property
    def dirty(self) -> bool:
        """True while typed words are not saved yet."""
        return self._dirty

    def _base(self) -> CanvasRecord:
        return self.record or self.context.journal.new_canvas(self.quarter)

    def save_now(self) -> bool:
        """Write the words if anything changed (one undo step); False if saving failed."""
        self.save_timer.stop()
        if not self._dirty or self.context.read_only:
            return True
        base = self._base()
        texts = {k: b.text() for k, b in self.blocks.items() if b.text().strip()}
        after = CanvasRecord(base.quarter, texts, base.uuid, base.kept, base.closed_at)
        label = tr("Edit canvas {quarter}").format(quarter=self.quarter)
        try:
            self.record = self.context.save_canvas(self.record, after, label)
        except UserError as exc:
            self.state_label.setText(tr("Not saved: {error}").format(error=exc))
            self.save_timer.start()
            return False
        self._dirty = False
        self._show_state()
        return True

    def toggle_closed(self) -> None:
        """Close the quarter (keep the evidence shown now, with the words) or reopen it."""
        self.save_now()
        base = self._base()
        if base.closed:
            after = CanvasRecord(base.quarter, dict(base.texts), base.uuid)
            label = tr("Reopen canvas {quarter}")
        elif self.evidence is not None and not self.kept:
            now = datetime.now().astimezone()
            after = CanvasRecord(base.quarter, dict(base.texts), base.uuid, self.evidence, now)
            label = tr("Close canvas {quarter}")
        else:
            return
        try:
            self.record = self.context.save_canvas(
                self.record, after, label.format(quarter=self.quarter)
            )
        except UserError as exc:
            self.status_message.emit(str(exc))
            return
        self._fill_quarters()
        self._set_editable()

    def _show_state(self) -> None:
        fmt = formats.current()
        record = self.record
        if self.context.read_only:
            self.state_label.setText(tr("Read-only: the canvas as it was shared"))
        elif record is not None and record.closed and record.closed_at is not None:
            when = fmt.date(record.closed_at.astimezone().date())
            self.state_label.setText(tr("Closed {when}: evidence as it was then").format(when=when))
        elif record is None or record.updated_at is None:
            self.state_label.setText(tr("Evidence from your sessions; nothing written yet"))
        else:
            local = record.updated_at.astimezone()
            same_day = local.date() == datetime.now().date()
            when = fmt.time(local) if same_day else fmt.date(local.date())
            self.state_label.setText(tr("Saved {when}").format(when=when))

    def _canvas_changed(self, quarter: str) -> None:
        """A save, a close, an undo or redo, or new skills: show what the journal holds."""
        if quarter not in ("", self.quarter):
            return
        was_kept = self.record is not None and self.record.closed
        self.record = self.context.journal.get_canvas(self.quarter)
        if not self._dirty:
            self._show_texts()
        else:
            self._set_editable()
        if quarter == "" or was_kept != (self.record is not None and self.record.closed):
            self._fill_quarters()
            self.load_evidence()

    # -- evidence ----------------------------------------------------------------------
    def load_evidence(self) -> None:
        """Read the quarter's evidence off the GUI thread (while hidden: note it is stale)."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        journal, quarter, thresholds = self.context.journal, self.quarter, load_thresholds()
        self.changes_label.setText(tr("Reading the quarter's evidence…"))
        tasks.run(
            lambda: _read(journal, quarter, thresholds),
            owner=self,
            key="canvas",
            title=tr("Reading the canvas"),
            on_done=self._show_evidence,
        )

    def _show_evidence(self, result: tuple[Any, str, list[Change]]) -> None:
        view, before, changes = result
        if view.record.quarter != self.quarter:
            return
        self.evidence, self.kept, self.changes = view.evidence, view.kept, changes
        lines = block_lines(view.evidence)
        hints = {
            "partners": tr("Tag a session with @ and a name (“@Ana”) for whoever helped."),
            "resources": tr("Mark the tags that are your skills with Skills…"),
        }
        for key, block in self.blocks.items():
            block.set_evidence(lines[key], "" if view.evidence.empty else hints.get(key, ""))
        self._draw_charts(view.evidence)
        fmt = formats.current()
        if changes:
            said = [change_sentence(c, before, self.quarter, fmt) for c in changes[:MAX_CHANGES]]
            head = tr("Against {quarter}:").format(quarter=before)
            self.changes_label.setText(f"<b>{head}</b><br>" + "<br>".join(said))
        else:
            self.changes_label.setText(
                tr("Nothing to compare with {quarter}.").format(quarter=before)
            )
        self.evidence_shown.emit(self.quarter)

    def _draw_charts(self, ev: CanvasEvidence) -> None:
        from valuejournal.charts.canvas import build_canvas_bars
        from valuejournal.ui.widgets.chart_panel import PageCanvas

        items = {"customers": ev.customers, "activities": ev.activities,
                 "revenue": ev.revenue.by_client}  # fmt: skip
        dark = is_dark(self)
        for key, measure in CHARTS.items():
            canvas = self._charts.get(key)
            if canvas is None:
                figure = build_canvas_bars(items[key], measure=measure, dark=dark)
                canvas = PageCanvas(figure)  # type: ignore[no-untyped-call]
                canvas.setFixedHeight(CHART_HEIGHT)
                canvas.setMinimumWidth(60)  # the column decides the width, not the figure
                canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                canvas.setObjectName(f"canvas-chart-{key}")
                self._charts[key] = canvas
                self.blocks[key].set_chart(canvas)
            else:
                build_canvas_bars(items[key], measure=measure, fig=canvas.figure, dark=dark)
            canvas.setVisible(bool(items[key]))
            canvas.draw_idle()

    def _journal_changed(self) -> None:
        self._fill_quarters()
        self.record = self.context.journal.get_canvas(self.quarter)
        if not self._dirty:
            self._show_texts()
        self._show_comments()
        self.load_evidence()

    # -- comments ----------------------------------------------------------------------
    def _show_comments(self) -> None:
        uuid = self._base().uuid
        on_canvas = [
            c
            for c in self.context.journal.list_comments()
            if c.target is CommentTarget.CANVAS and c.target_uuid == uuid
        ]
        for key, block in self.blocks.items():
            block.set_comments([c for c in on_canvas if c.section == key])

    def add_comment(self, block: str, body: str) -> None:
        """The coach's comment on a block of the quarter shown (saved to the review store)."""
        start, end = quarter_range(self.quarter)
        review = self.context.review
        author = (review.author if review is not None else "") or tr("Coach")
        comment = Comment(CommentTarget.CANVAS, body, author, target_uuid=self._base().uuid,
                          section=block, period_start=start, period_end=end)  # fmt: skip
        try:
            self.context.add_comments([comment])
        except UserError as exc:
            self.status_message.emit(str(exc))
            return
        self.status_message.emit(tr("Comment saved."))

    # -- skills --------------------------------------------------------------------------
    def choose_skills(self) -> None:
        """Ask which tags are skills, then mark them (undoable)."""
        from valuejournal.ui.widgets.skills_dialog import SkillsDialog

        journal = self.context.journal
        chosen = SkillsDialog.ask(self, journal.tag_names(), journal.skill_tags())
        if chosen is not None:
            self.context.set_skills(chosen)

    # -- saving on hide and close ------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Light to dark or back: the bars are drawn again in the new theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.evidence is not None:
            self._draw_charts(self.evidence)

    def showEvent(self, event: QShowEvent) -> None:
        """Read what went stale while the page was hidden."""
        super().showEvent(event)
        if self._stale:
            self.load_evidence()
