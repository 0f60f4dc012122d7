"""Writing a coach comment on a period (or an Insights span) and on a reflection section.

Each composer emits `submitted(Comment)`; the Coach page saves it to the review store.
The period composer offers the spans where pay and value part ways, computed by the same
insights engine as the Insights page, so a coach can comment on exactly that span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import REFLECTION_SECTIONS, Comment, CommentTarget, Reflection
from valuejournal.core.i18n import N_
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.date_field import DateField
from valuejournal.ui.widgets.labels import plain_label
from valuejournal.ui.widgets.parsed_field import FieldProblem, with_note

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal

SPAN_NAMES = {
    "high_pay_low_value": N_("High pay, low value"),
    "high_value_no_pay": N_("High value, no pay"),
}


def _editor(placeholder: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    editor.setMaximumHeight(90)
    return editor


def _date_edit(day: date) -> DateField:
    return DateField(day)


class PeriodComposer(QWidget):
    """A comment on the days from one date to another (or on an Insights span)."""

    submitted = Signal(object)

    def __init__(self, journal: Journal, author: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.author = author
        sessions = journal.all_sessions()
        first = min((s.day for s in sessions), default=date.today())
        last = max((s.day for s in sessions), default=date.today())
        self.spans = QComboBox()
        self.spans.addItem(tr("Any days you choose"), None)
        for kind, start, end in _spans(journal, sessions):
            span = formats.current().date_range(start, end, "short")
            label = f"{tr(SPAN_NAMES.get(kind, kind))}: {span}"
            self.spans.addItem(label, (start, end))
        self.spans.currentIndexChanged.connect(self._span_chosen)
        self.start, self.end = _date_edit(first), _date_edit(last)
        self.editor = _editor(tr("What do you notice in these weeks?"))
        self.add_button = QPushButton(tr("Add comment on this period"))
        self.add_button.clicked.connect(self._submit)
        dates = QHBoxLayout()
        dates.addWidget(with_note(self.start))
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(with_note(self.end))
        dates.addStretch(1)
        form = QFormLayout(self)
        form.addRow(tr("Span"), self.spans)
        form.addRow(tr("Days"), dates)
        form.addRow(self.editor)
        form.addRow(self.add_button)

    def _span_chosen(self) -> None:
        chosen = self.spans.currentData()
        if chosen:
            self.start.set_date(chosen[0])
            self.end.set_date(chosen[1])

    def _submit(self) -> None:
        body = self.editor.toPlainText().strip()
        try:
            start: date = self.start.value()
            end: date = self.end.value()
        except FieldProblem:
            return  # the field says what is wrong
        if not body or start > end:
            return
        comment = Comment(
            CommentTarget.PERIOD, body, self.author(), period_start=start, period_end=end
        )
        self.editor.clear()
        self.submitted.emit(comment)


def _spans(journal: Journal, sessions: list) -> list[tuple[str, date, date]]:  # type: ignore[type-arg]
    from valuejournal.core.insights import compute_insights

    if not sessions:
        return []
    insights = compute_insights(
        sessions, journal.list_clients(), currency=journal.info().base_currency
    )
    return [(span.kind.value, span.start, span.end) for span in insights.spans]


class ReflectionComposer(QWidget):
    """A comment beside one section of a quarter's reflection."""

    submitted = Signal(object)

    def __init__(self, journal: Journal, author: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.author = author
        self.reflections: list[Reflection] = journal.list_reflections()[::-1]
        self.quarter = QComboBox()
        for reflection in self.reflections:
            self.quarter.addItem(reflection.quarter, reflection.uuid)
        self.section = QComboBox()
        for key, label in REFLECTION_SECTIONS:
            self.section.addItem(tr(label), key)
        self.text = plain_label("", "reflectionText")
        self.text.setStyleSheet("background: palette(alternate-base); padding: 6px;")
        self.editor = _editor(tr("Your comment on this section…"))
        self.add_button = QPushButton(tr("Add comment on this section"))
        self.add_button.clicked.connect(self._submit)
        self.quarter.currentIndexChanged.connect(self._show_text)
        self.section.currentIndexChanged.connect(self._show_text)
        pick = QHBoxLayout()
        pick.addWidget(self.quarter)
        pick.addWidget(self.section, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.text)
        layout.addWidget(self.editor)
        layout.addWidget(self.add_button)
        self.setEnabled(bool(self.reflections))
        self._show_text()

    def _show_text(self) -> None:
        if not self.reflections:
            self.text.setText(tr("This share holds no reflections."))
            return
        reflection = self.reflections[max(self.quarter.currentIndex(), 0)]
        text = reflection.sections.get(self.section.currentData(), "").strip()
        self.text.setText(text[:1500] or tr("(nothing written in this section)"))

    def _submit(self) -> None:
        body = self.editor.toPlainText().strip()
        if not body or not self.reflections:
            return
        comment = Comment(
            CommentTarget.REFLECTION,
            body,
            self.author(),
            target_uuid=self.quarter.currentData(),
            section=self.section.currentData(),
        )
        self.editor.clear()
        self.submitted.emit(comment)
