"""Conversions between table rows (as SQL result tuples or mappings) and core dataclasses."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import RowMapping
from sqlmodel import SQLModel

from valuejournal.core.entities import (
    Capture,
    Client,
    Comment,
    CommentTarget,
    Giving,
    PaySource,
    PayStatus,
    Project,
    RateKind,
    Reflection,
    Session,
)
from valuejournal.core.homework import Homework, HomeworkKind, HomeworkStatus
from valuejournal.store.models import (
    ClientRow,
    CommentRow,
    HomeworkRow,
    ProjectRow,
    WorkSessionRow,
)
from valuejournal.store.schema import column_names


def _copied(model: type[SQLModel], record: type[Any], converted: set[str]) -> tuple[str, ...]:
    """The model's columns that a core record holds as a field of the same name and type."""
    names = {f.name for f in fields(record)}
    return tuple(n for n in column_names(model) if n in names and n not in converted)


SESSION_COPIED = _copied(
    WorkSessionRow, Session, {"status", "captures", "private", "pay_source", "giving"}
)
CLIENT_COPIED = _copied(ClientRow, Client, {"archived", "rate_kind"})
PROJECT_COPIED = _copied(ProjectRow, Project, {"archived", "rate_kind", "client"})
COMMENT_COPIED = _copied(CommentRow, Comment, {"target", "resolved", "withdrawn"})
HOMEWORK_COPIED = _copied(HomeworkRow, Homework, {"kind", "status"})


def captures_to_text(captures: frozenset[Capture]) -> str:
    """Captures as a stable ';'-joined text for the `captures` column."""
    return ";".join(sorted(c.value for c in captures)) if captures else ""


def captures_from_text(text: str) -> frozenset[Capture]:
    """The `captures` column back to a set (unknown names are ignored)."""
    known = {c.value: c for c in Capture}
    return frozenset(known[p] for p in text.split(";") if p in known)


_STAMPS = ("created_at", "updated_at")
_WRITTEN_AS_IS = tuple(name for name in SESSION_COPIED if name not in _STAMPS)
SESSION_VALUE_NAMES: tuple[str, ...] = (
    *_WRITTEN_AS_IS,
    "client_id",
    "private",
    "status",
    "captures",
    "duration_seconds",
    *_STAMPS,
    "project_id",
    "pay_source",
    "giving",
)
"""The work_session columns :func:`session_row` gives values for (every column but id)."""
_copied_values = attrgetter(*_WRITTEN_AS_IS)


def session_row(
    session: Session, client_id: int | None, now: datetime, project_id: int | None = None
) -> tuple[Any, ...]:
    """Column values for a work_session row, in :data:`SESSION_VALUE_NAMES` order."""
    return (
        *_copied_values(session),
        client_id,
        session.private,
        session.status.value,
        captures_to_text(session.captures),
        session.duration_seconds,
        session.created_at or now,
        session.updated_at or now,
        project_id,
        session.pay_source.value,
        session.giving.value,
    )


def session_values(
    session: Session, client_id: int | None, now: datetime, project_id: int | None = None
) -> dict[str, Any]:
    """Column values for inserting or updating a work_session row (every column but id)."""
    row = session_row(session, client_id, now, project_id)
    return dict(zip(SESSION_VALUE_NAMES, row, strict=True))


def _exact_seconds(minutes: int, seconds: int | None) -> int | None:
    """The stored seconds when they say more than the minutes do, else None."""
    return None if seconds is None or seconds == minutes * 60 else int(seconds)


def session_from_row(
    row: RowMapping, client: str | None, tags: tuple[str, ...] = (), project: str | None = None
) -> Session:
    """A core Session from a work_session row mapping plus its client's and project's names
    and its tags."""
    return Session(
        **{name: row[name] for name in SESSION_COPIED},
        project=project,
        pay_source=PaySource(row["pay_source"]),
        giving=Giving(row["giving"]),
        seconds=_exact_seconds(row["minutes"], row["duration_seconds"]),
        client=client,
        private=bool(row["private"]),
        status=PayStatus(row["status"]),
        captures=captures_from_text(row["captures"]),
        tags=tags,
    )


def client_values(client: Client, now: datetime) -> dict[str, Any]:
    """Column values for updating a client row (every column but id, uuid and created_at)."""
    values = {name: getattr(client, name) for name in CLIENT_COPIED if name != "uuid"}
    values.update(
        currency=client.currency.upper(),
        archived=client.archived,
        rate_kind=client.rate_kind.value,
        updated_at=now,
    )
    return values


def client_from_row(row: RowMapping) -> Client:
    """A core Client from a client row mapping."""
    return Client(
        **{name: row[name] for name in CLIENT_COPIED},
        archived=bool(row["archived"]),
        rate_kind=RateKind(row["rate_kind"]),
    )


def project_values(project: Project, client_id: int, now: datetime) -> dict[str, Any]:
    """Column values for updating a project row (every column but id, uuid and created_at)."""
    values = {
        name: getattr(project, name)
        for name in PROJECT_COPIED
        if name not in ("uuid", "created_at", "updated_at")
    }
    values.update(
        name=project.name.strip(),
        client_id=client_id,
        archived=project.archived,
        rate_kind=project.rate_kind.value,
        updated_at=now,
    )
    return values


def project_from_row(row: RowMapping, client: str) -> Project:
    """A core Project from a project row mapping plus its client's name."""
    return Project(
        **{name: row[name] for name in PROJECT_COPIED},
        client=client,
        archived=bool(row["archived"]),
        rate_kind=RateKind(row["rate_kind"]),
    )


def reflection_from_row(row: RowMapping) -> Reflection:
    """A core Reflection from a reflection row mapping."""
    sections = json.loads(row["sections_json"] or "{}")
    if not isinstance(sections, dict):
        sections = {}
    return Reflection(
        uuid=row["uuid"],
        quarter=row["quarter"],
        sections={str(k): str(v) for k, v in sections.items()},
        updated_at=row["updated_at"],
    )


def comment_values(comment: Comment) -> dict[str, Any]:
    """Column values for a comment row (every column but id)."""
    values = {name: getattr(comment, name) for name in COMMENT_COPIED}
    values.update(
        target=comment.target.value,
        resolved=comment.resolved,
        withdrawn=comment.withdrawn,
        created_at=comment.created_at or datetime.now(UTC),
    )
    return values


def comment_from_row(row: RowMapping) -> Comment:
    """A core Comment from a comment row mapping."""
    return Comment(
        **{name: row[name] for name in COMMENT_COPIED},
        target=CommentTarget(row["target"]),
        resolved=bool(row["resolved"]),
        withdrawn=bool(row["withdrawn"]),
    )


def homework_values(item: Homework) -> dict[str, Any]:
    """Column values for a homework row (every column but id)."""
    values = {name: getattr(item, name) for name in HOMEWORK_COPIED}
    values.update(kind=item.kind.value, status=item.status.value)
    return values


def homework_from_row(row: RowMapping) -> Homework:
    """A core Homework item from a homework row mapping (ValueError for an unknown kind)."""
    return Homework(
        **{name: row[name] for name in HOMEWORK_COPIED},
        kind=HomeworkKind(row["kind"]),
        status=HomeworkStatus(row["status"]),
    )
