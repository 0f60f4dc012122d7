"""Go → Weekly review… and the review on the first start of a week: read last week off the
GUI thread, show the dialog, keep the answers (or that it was dismissed) in the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QWidget

from valuejournal.core.weekly_review import (
    WeeklyAnswers,
    WeeklyReview,
    build_review,
    is_due,
    last_week,
    week_label,
)
from valuejournal.ui import dialogs, tasks
from valuejournal.ui.actions.backups import first_start_after_restore
from valuejournal.ui.context import JournalContext
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.thresholds_dialog import load_thresholds


@dataclass(frozen=True)
class _Read:
    review: WeeklyReview
    stored: WeeklyAnswers | None


def show_weekly_review(
    parent: QWidget, context: JournalContext, *, automatic: bool = False,
    today: date | None = None,
) -> None:  # fmt: skip
    """Open last week's review. ``automatic`` (the first start of a week): only when it was
    neither answered nor dismissed yet, only in one's own journal, only when the journal has
    a session before this week, and not in the start that follows a restore."""
    if automatic and (context.read_only or context.share is not None):
        return
    if automatic and first_start_after_restore(context.journal):
        return  # the person came back to a restored journal, not for last week's review
    journal = context.journal
    day = today or date.today()
    thresholds = load_thresholds()
    week = week_label(last_week(day)[0])
    if automatic and (not _worked_before_this_week(context, day)
                      or not is_due(journal.weekly_review(week))):  # fmt: skip
        return

    def read() -> _Read:
        review = build_review(journal.all_sessions(), journal.list_clients(), today=day,
                              currency=journal.info().base_currency,
                              thresholds=thresholds)  # fmt: skip
        return _Read(review, journal.weekly_review(week))

    tasks.run(read, owner=parent, key="weekly-review", title=tr("Reading last week"),
              on_done=lambda got: _ask(parent, context, got))  # fmt: skip


def _worked_before_this_week(context: JournalContext, today: date) -> bool:
    """Whether the journal has a session before ``today``'s week: a journal begun this week
    has no last week to review ("You logged nothing last week" would greet it)."""
    from valuejournal.core.query import SessionQuery

    monday = today - timedelta(days=today.weekday())
    return context.journal.count_sessions(SessionQuery(end=monday - timedelta(days=1))) > 0


def _ask(parent: QWidget, context: JournalContext, got: _Read) -> None:
    from valuejournal.core.errors import UserError
    from valuejournal.ui.dialogs.weekly_review import WeeklyReviewDialog

    dialog = WeeklyReviewDialog(got.review, got.stored, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    answers = dialog.result_answers(dismissed=not accepted)
    if context.read_only:
        return
    if got.stored is not None:
        answers = WeeklyAnswers(answers.week, answers.prompts, answers.answers,
                                answers.dismissed, uuid=got.stored.uuid)  # fmt: skip
        if not accepted and got.stored.answered:
            return  # closing a review already answered keeps its answers
    try:
        context.save_weekly_review(answers)
    except UserError as exc:
        dialogs.show_error(parent, tr("Could not save the review"), str(exc))
