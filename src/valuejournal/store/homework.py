"""Homework items in a journal file (mixed into Journal; table ``homework``, revisions 0011
and 0013).

A coach's review store holds the items the coach set; a client's journal holds the copies
its feedback imports brought, with the client's status; a share carries them back. Who owns
which part is in `core.homework`: `edit_homework` and `withdraw_homework` change the
coach's part in the review store, `merge_homework` takes the coach's newer wording, target
and withdrawal into the client's copy, `set_homework_status` and `take_statuses` the
client's newer status.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select, update

from valuejournal.core.errors import UserError
from valuejournal.core.homework import Homework, HomeworkStatus, homework_problems
from valuejournal.store import convert
from valuejournal.store.models import HomeworkRow, table_of
from valuejournal.store.queries import in_chunks

HOMEWORK = table_of(HomeworkRow)


class HomeworkMixin:
    """Homework reads and writes for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...

    def list_homework(self) -> list[Homework]:
        """Every homework item, oldest first."""
        with self._read() as conn:
            rows = conn.execute(select(HOMEWORK).order_by(HOMEWORK.c.created_at, HOMEWORK.c.id))
            return [convert.homework_from_row(r) for r in rows.mappings()]

    def add_homework(self, item: Homework) -> Homework:
        """Save a new item (the coach setting it). Raises UserError for one the app refuses."""
        problems = homework_problems(item)
        if problems:
            raise UserError(problems[0])
        with self._write() as conn:
            conn.execute(insert(HOMEWORK).values(**convert.homework_values(item)))
        return item

    def put_homework_copies(self, items: Iterable[Homework]) -> None:
        """Write items exactly as given, status included (building a share or a feedback
        file). Raises UserError for one the app refuses."""
        rows = []
        for item in items:
            problems = homework_problems(item)
            if problems:
                raise UserError(problems[0])
            rows.append(convert.homework_values(item))
        if rows:
            with self._write() as conn:
                conn.execute(insert(HOMEWORK), rows)

    def edit_homework(self, item: Homework) -> Homework:
        """The coach changes an item's wording, target or range (dated now; the client's
        status is kept). Raises UserError for one the app refuses or does not know."""
        from dataclasses import replace

        problems = homework_problems(item)
        if problems:
            raise UserError(problems[0])
        now = datetime.now(UTC)
        with self._write() as conn:
            done = conn.execute(
                update(HOMEWORK)
                .where(HOMEWORK.c.uuid == item.uuid)
                .values(**_coach_part(item), updated_at=now)
            )
            if not done.rowcount:
                raise UserError("that homework item is no longer there")
        return replace(item, updated_at=now)

    def withdraw_homework(self, uuid: str, withdrawn: bool = True) -> Homework | None:
        """The coach takes an item back (or sets it again), dated now: the next feedback
        file tells the client's copy. The item, or None if unknown."""
        with self._write() as conn:
            conn.execute(
                update(HOMEWORK)
                .where(HOMEWORK.c.uuid == uuid)
                .values(withdrawn=withdrawn, updated_at=datetime.now(UTC))
            )
            row = conn.execute(select(HOMEWORK).where(HOMEWORK.c.uuid == uuid)).mappings().first()
        return convert.homework_from_row(row) if row else None

    def merge_homework(self, items: Iterable[Homework]) -> tuple[list[Homework], list[Homework]]:
        """Add new items and take the coach's newer versions of known ones (title, target,
        range; never the client's status), in one transaction; (added, updated)."""
        with self._write() as conn:
            return merge_homework_in(conn, items)

    def set_homework_status(self, uuid: str, status: HomeworkStatus) -> Homework | None:
        """The client marks an item done or open again (dated now); the item, or None."""
        now = datetime.now(UTC)
        done_at = now if status is HomeworkStatus.DONE else None
        with self._write() as conn:
            conn.execute(
                update(HOMEWORK)
                .where(HOMEWORK.c.uuid == uuid)
                .values(status=status.value, status_at=now, done_at=done_at)
            )
            row = conn.execute(select(HOMEWORK).where(HOMEWORK.c.uuid == uuid)).mappings().first()
        return convert.homework_from_row(row) if row else None

    def take_statuses(self, items: Iterable[Homework]) -> list[Homework]:
        """The coach's side: take the client's newer statuses (from a share) for known items;
        the items whose status changed."""
        wanted = {item.uuid: item for item in items if item.status_at is not None}
        changed: list[Homework] = []
        with self._write() as conn:
            have = _by_uuid(conn, wanted)
            for uuid, item in wanted.items():
                mine = have.get(uuid)
                assert item.status_at is not None
                if mine is None or (
                    mine.status_at is not None and mine.status_at >= item.status_at
                ):
                    continue
                conn.execute(
                    update(HOMEWORK)
                    .where(HOMEWORK.c.uuid == uuid)
                    .values(
                        status=item.status.value, status_at=item.status_at, done_at=item.done_at
                    )
                )
                changed.append(item)
        return changed


def merge_homework_in(
    conn: Connection, items: Iterable[Homework]
) -> tuple[list[Homework], list[Homework]]:
    """`HomeworkMixin.merge_homework` in the caller's transaction. An item the coach
    withdrew that this journal never had is not added."""
    wanted = {item.uuid: item for item in items}
    have = _by_uuid(conn, wanted)
    added = [i for u, i in wanted.items() if u not in have and not i.withdrawn]
    updated = [i for u, i in wanted.items() if u in have and i.changed_at > have[u].changed_at]
    if added:
        # The client's status starts open, whatever the file says.
        conn.execute(insert(HOMEWORK), [convert.homework_values(_open_copy(i)) for i in added])
    for item in updated:
        conn.execute(
            update(HOMEWORK)
            .where(HOMEWORK.c.uuid == item.uuid)
            .values(**_coach_part(item), updated_at=item.changed_at)
        )
    return added, updated


def _coach_part(item: Homework) -> dict[str, object]:
    """The columns the coach owns (never the client's status)."""
    return {
        "kind": item.kind.value,
        "title": item.title,
        "author": item.author,
        "client": item.client,
        "amount": item.amount,
        "start": item.start,
        "end": item.end,
        "withdrawn": item.withdrawn,
    }


def _by_uuid(conn: Connection, wanted: dict[str, Homework]) -> dict[str, Homework]:
    have: dict[str, Homework] = {}
    for chunk in in_chunks(list(wanted)):
        rows = conn.execute(select(HOMEWORK).where(HOMEWORK.c.uuid.in_(chunk)))
        have.update((r["uuid"], convert.homework_from_row(r)) for r in rows.mappings())
    return have


def _open_copy(item: Homework) -> Homework:
    from dataclasses import replace

    return replace(item, status=HomeworkStatus.OPEN, status_at=None, done_at=None)
