"""Reflections and coach comments: the journal's written parts (mixed into Journal)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select, update

from valuejournal.core.entities import Comment, Reflection
from valuejournal.core.homework import Homework
from valuejournal.core.periods import parse_quarter
from valuejournal.store import convert, tombstones
from valuejournal.store.homework import merge_homework_in
from valuejournal.store.models import CommentRow, ReflectionRow, table_of
from valuejournal.store.queries import in_chunks

REFLECTIONS = table_of(ReflectionRow)
COMMENTS = table_of(CommentRow)


class NotesMixin:
    """Reflection and comment reads and writes for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...

    def get_reflection(self, quarter: str) -> Reflection | None:
        """The reflection for a quarter label ("2026-Q3"), or None if not written yet."""
        with self._read() as conn:
            row = conn.execute(select(REFLECTIONS).where(REFLECTIONS.c.quarter == quarter))
            first = row.mappings().first()
        return convert.reflection_from_row(first) if first else None

    def list_reflections(self) -> list[Reflection]:
        """All reflections, oldest quarter first."""
        with self._read() as conn:
            rows = conn.execute(select(REFLECTIONS).order_by(REFLECTIONS.c.quarter)).mappings()
            return [convert.reflection_from_row(r) for r in rows]

    def save_reflection(self, reflection: Reflection) -> Reflection:
        """Insert or update the reflection for its quarter."""
        parse_quarter(reflection.quarter)
        now = datetime.now(UTC)
        text = json.dumps(reflection.sections, ensure_ascii=False, sort_keys=True)
        with self._write() as conn:
            found = conn.execute(
                update(REFLECTIONS)
                .where(REFLECTIONS.c.quarter == reflection.quarter)
                .values(sections_json=text, updated_at=now)
            ).rowcount
            if not found:
                conn.execute(
                    insert(REFLECTIONS).values(
                        uuid=reflection.uuid,
                        quarter=reflection.quarter,
                        sections_json=text,
                        updated_at=reflection.updated_at or now,
                    )
                )
                tombstones.unbury(conn, [reflection.uuid])
        return Reflection(
            quarter=reflection.quarter,
            sections=dict(reflection.sections),
            uuid=reflection.uuid,
            updated_at=now,
        )

    def list_comments(self) -> list[Comment]:
        """All comments, oldest first."""
        with self._read() as conn:
            rows = conn.execute(select(COMMENTS).order_by(COMMENTS.c.created_at)).mappings()
            return [convert.comment_from_row(r) for r in rows]

    def add_comments(self, comments: Iterable[Comment]) -> list[Comment]:
        """Add the comments whose uuid is new; return those added (re-adding adds nothing)."""
        wanted = list(comments)
        with self._write() as conn:
            have: set[str] = set()
            for chunk in in_chunks(c.uuid for c in wanted):
                have.update(
                    conn.execute(
                        select(COMMENTS.c.uuid).where(COMMENTS.c.uuid.in_(chunk))
                    ).scalars()
                )
            added = [c for c in _unique(wanted) if c.uuid not in have]
            if added:
                conn.execute(insert(COMMENTS), [convert.comment_values(c) for c in added])
                tombstones.unbury(conn, (c.uuid for c in added))
        return added

    def set_comment_resolved(self, uuid: str, resolved: bool) -> None:
        """Mark a comment resolved or open again (a change: it travels with the feedback)."""
        self.change_comment(uuid, resolved=resolved)

    def change_comment(
        self,
        uuid: str,
        *,
        body: str | None = None,
        resolved: bool | None = None,
        withdrawn: bool | None = None,
    ) -> Comment | None:
        """Edit, resolve or withdraw a comment, dated now; the changed comment (None: no such
        comment)."""
        values: dict[str, object] = {"updated_at": datetime.now(UTC)}
        if body is not None:
            values["body"] = body
        if resolved is not None:
            values["resolved"] = resolved
        if withdrawn is not None:
            values["withdrawn"] = withdrawn
        with self._write() as conn:
            conn.execute(update(COMMENTS).where(COMMENTS.c.uuid == uuid).values(**values))
            row = conn.execute(select(COMMENTS).where(COMMENTS.c.uuid == uuid)).mappings().first()
        return convert.comment_from_row(row) if row else None

    def merge_comments(self, comments: Iterable[Comment]) -> tuple[list[Comment], list[Comment]]:
        """Add the new comments and take the coach's newer versions of known ones (matched by
        uuid, newer by `Comment.changed_at`), in one transaction; (added, updated). A
        client's reply is never replaced: only a comment that is not a reply changes."""
        with self._write() as conn:
            return merge_comments_in(conn, comments)

    def merge_feedback(
        self, comments: Iterable[Comment], homework: Iterable[Homework]
    ) -> tuple[tuple[list[Comment], list[Comment]], tuple[list[Homework], list[Homework]]]:
        """`merge_comments` and `merge_homework` in one transaction (all or nothing)."""
        with self._write() as conn:
            return merge_comments_in(conn, comments), merge_homework_in(conn, homework)


def merge_comments_in(
    conn: Connection, comments: Iterable[Comment]
) -> tuple[list[Comment], list[Comment]]:
    """`NotesMixin.merge_comments` in the caller's transaction."""
    wanted = list(_unique(list(comments)))
    have: dict[str, Comment] = {}
    for chunk in in_chunks(c.uuid for c in wanted):
        rows = conn.execute(select(COMMENTS).where(COMMENTS.c.uuid.in_(chunk)))
        have.update((r["uuid"], convert.comment_from_row(r)) for r in rows.mappings())
    added = [c for c in wanted if c.uuid not in have]
    updated = [
        c
        for c in wanted
        if c.uuid in have
        and not have[c.uuid].is_reply
        and not c.is_reply
        and c.changed_at > have[c.uuid].changed_at
    ]
    if added:
        conn.execute(insert(COMMENTS), [convert.comment_values(c) for c in added])
        tombstones.unbury(conn, (c.uuid for c in added))
    for comment in updated:
        conn.execute(
            update(COMMENTS)
            .where(COMMENTS.c.uuid == comment.uuid)
            .values(
                body=comment.body,
                resolved=comment.resolved,
                withdrawn=comment.withdrawn,
                updated_at=comment.changed_at,
            )
        )
    return added, updated


def _unique(comments: list[Comment]) -> Iterator[Comment]:
    seen: set[str] = set()
    for comment in comments:
        if comment.uuid not in seen:
            seen.add(comment.uuid)
            yield comment
