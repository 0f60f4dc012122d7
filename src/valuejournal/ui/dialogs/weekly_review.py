"""The weekly review dialog: last week's figures and spans, three prompts to answer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.weekly_review import WeeklyAnswers, WeeklyReview
from valuejournal.ui.i18n import tr, trn


def figures_text(review: WeeklyReview) -> str:
    """The week's figures in one line."""
    fmt = formats.current()
    f = review.figures
    if not f.sessions:
        return tr("Nothing logged that week.")
    parts = [
        trn("%n session(s)", f.sessions),
        tr("{h} h").format(h=fmt.hours(f.hours, trim=True)),
        tr("pay {pay}").format(pay=fmt.money(f.pay_minor, review.currency)),
    ]
    if f.pay_rate is not None:
        parts.append(tr("{rate}").format(rate=fmt.rate(f.pay_rate, review.currency)))
    if f.value is not None:
        parts.append(tr("value {v}").format(v=fmt.decimal(f.value)))
    if f.mood is not None:
        parts.append(tr("mood {m}").format(m=fmt.decimal(f.mood)))
    if f.unrated:
        parts.append(trn("%n not rated yet", f.unrated))
    return " · ".join(parts)


class WeeklyReviewDialog(QDialog):
    """Answer last week's three prompts (Save, Ctrl+Enter) or leave them (Not this week)."""

    def __init__(
        self, review: WeeklyReview, stored: WeeklyAnswers | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.review = review
        fmt = formats.current()
        self.setWindowTitle(tr("Weekly review"))
        title = QLabel(
            tr("The week of {range}").format(range=fmt.date_range(review.start, review.end))
        )
        title.setObjectName("pageTitle")
        figures = QLabel(figures_text(review))
        figures.setWordWrap(True)
        spans = QLabel(
            "<br>".join(escape(s) for s in review.spans)
            if review.spans
            else escape(
                tr(
                    "No span of high pay with low value, or of high value without pay, "
                    "touched this week."
                )
            )  # fmt: skip
        )
        spans.setWordWrap(True)
        spans.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(figures)
        layout.addWidget(spans)
        old = dict(zip(stored.prompts, stored.answers, strict=False)) if stored else {}
        self.answers: list[QPlainTextEdit] = []
        for i, prompt in enumerate(review.prompts):
            # a label with a buddy reads & as a shortcut mark: "Hofmann & Berg" needs &&
            label = QLabel(f"<b>{i + 1}.</b> {escape(prompt.replace('&', '&&'))}")
            label.setWordWrap(True)
            edit = QPlainTextEdit(old.get(prompt, ""))
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(tr("A sentence or two is enough"))
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.answers.append(edit)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("Save answers"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.dismiss_button: QPushButton = buttons.addButton(
            tr("Not this week"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setToolTip(tr("Keep the answers (Ctrl+Enter)"))
        self.dismiss_button.setToolTip(tr("Close; the review does not open again this week"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout.addWidget(buttons)
        self.resize(640, 560)
        if self.answers:
            self.answers[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def result_answers(self, *, dismissed: bool) -> WeeklyAnswers:
        """What to keep: the prompts and the text typed for each."""
        return WeeklyAnswers(
            week=self.review.week,
            prompts=self.review.prompts,
            answers=tuple(edit.toPlainText().strip() for edit in self.answers),
            dismissed=dismissed,
        )
