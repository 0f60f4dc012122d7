"""Weekly reviews in the journal file: prompts and answers per ISO week (mixed into Journal)."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import OperationalError

from valuejournal.core.errors import UserError
from valuejournal.core.weekly_review import WeeklyAnswers, week_monday
from valuejournal.store.models import WeeklyReviewRow, table_of

REVIEWS = table_of(WeeklyReviewRow)
MAX_ANSWER = 20_000


def _texts(raw: str) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _from_row(row: Any) -> WeeklyAnswers:
    return WeeklyAnswers(
        week=row["week"],
        prompts=_texts(row["prompts_json"]),
        answers=_texts(row["answers_json"]),
        dismissed=bool(row["dismissed"]),
        uuid=row["uuid"],
        updated_at=row["updated_at"],
    )


class WeeklyReviewsMixin:
    """Read and write weekly reviews for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...

    def weekly_review(self, week: str) -> WeeklyAnswers | None:
        """The review kept for an ISO week ("2026-W48"), or None."""
        with self._read() as conn:
            row = conn.execute(select(REVIEWS).where(REVIEWS.c.week == week)).mappings().first()
        return _from_row(row) if row else None

    def weekly_reviews_between(self, start: date, end: date) -> list[WeeklyAnswers]:
        """The reviews of the weeks whose Monday lies in ``[start, end]``, oldest first."""
        stmt = (
            select(REVIEWS)
            .where(REVIEWS.c.start_day >= start, REVIEWS.c.start_day <= end)
            .order_by(REVIEWS.c.start_day)
        )
        try:
            with self._read() as conn:
                return [_from_row(r) for r in conn.execute(stmt).mappings()]
        except OperationalError:  # a share written before revision 0010: none kept there
            return []

    def save_weekly_review(self, review: WeeklyAnswers) -> WeeklyAnswers:
        """Insert or replace the review of its week; the stored one (with its time).
        Raises UserError for a malformed week or an answer too long to keep."""
        try:
            monday = week_monday(review.week)
        except ValueError:
            raise UserError(f"not an ISO week: {review.week!r} (e.g. 2026-W48)") from None
        if any(len(a) > MAX_ANSWER for a in review.answers):
            raise UserError(f"an answer has at most {MAX_ANSWER} characters")
        now = datetime.now(UTC)
        values = {
            "prompts_json": json.dumps(list(review.prompts), ensure_ascii=False),
            "answers_json": json.dumps(list(review.answers), ensure_ascii=False),
            "dismissed": review.dismissed,
            "updated_at": now,
        }
        with self._write() as conn:
            found = conn.execute(
                update(REVIEWS).where(REVIEWS.c.week == review.week).values(**values)
            ).rowcount
            if not found:
                conn.execute(
                    insert(REVIEWS).values(
                        uuid=review.uuid, week=review.week, start_day=monday, **values
                    )
                )
        stored = self.weekly_review(review.week)
        assert stored is not None
        return stored
