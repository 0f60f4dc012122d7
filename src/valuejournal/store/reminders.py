"""What the reminders read from the journal: cheap counts (mixed into Journal)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from valuejournal.core.reminders import JournalFacts
from valuejournal.store.queries import SESSIONS


class RemindersMixin:
    """The figures `core.reminders` decides on, for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...

    def reminder_facts(self, today: date, unpaid_cutoff: date) -> JournalFacts:
        """Whether ``today`` has a session, how many sessions wait for a rating, and the
        pending money (per currency) from work on or before ``unpaid_cutoff`` (pro-bono
        work and gifts left out: chosen giving is not money waiting to be paid)."""
        with self._read() as conn:
            logged = conn.execute(
                select(SESSIONS.c.id).where(SESSIONS.c.day == today).limit(1)
            ).first()
            unrated = conn.execute(
                select(func.count()).select_from(SESSIONS).where(SESSIONS.c.value.is_(None))
            ).scalar_one()
            pending = conn.execute(
                select(SESSIONS.c.currency, func.sum(SESSIONS.c.pay_minor))
                .where(
                    SESSIONS.c.status == "pending",
                    SESSIONS.c.day <= unpaid_cutoff,
                    func.coalesce(SESSIONS.c.giving, "") == "",
                )
                .group_by(SESSIONS.c.currency)
            ).all()
        return JournalFacts(
            logged_today=logged is not None,
            unrated=int(unrated),
            unpaid={currency: int(total) for currency, total in pending if total},
        )
