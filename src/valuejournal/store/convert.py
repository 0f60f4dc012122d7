"""Conversions between table rows (as SQL result tuples or mappings) and core dataclasses."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import RowMapping

from valuejournal.core.entities import (
    Capture,
    Client,
    Comment,
    CommentTarget,
    PayStatus,
    Reflection,
    Session,
)

SESSION_FIELDS = (
    "uuid", "day", "start_time", "minutes", "title", "notes", "private", "pay_minor",
    "currency", "status", "paid_on", "value", "captures", "mood", "energy", "stress",
    "ecological", "economic", "social", "created_at", "updated_at",
)  # fmt: skip


def captures_to_text(captures: frozenset[Capture]) -> str:
    """Captures as a stable ';'-joined text for the `captures` column."""
    return ";".join(sorted(c.value for c in captures))


def captures_from_text(text: str) -> frozenset[Capture]:
    """The `captures` column back to a set (unknown names are ignored)."""
    known = {c.value: c for c in Capture}
    return frozenset(known[p] for p in text.split(";") if p in known)


def session_values(session: Session, client_id: int | None, now: datetime) -> dict[str, Any]:
    """Column values for inserting or updating a work_session row."""
    return {
        "uuid": session.uuid,
        "day": session.day,
        "start_time": session.start_time,
        "minutes": session.minutes,
        "client_id": client_id,
        "title": session.title,
        "notes": session.notes,
        "private": session.private,
        "pay_minor": session.pay_minor,
        "currency": session.currency,
        "status": session.status.value,
        "paid_on": session.paid_on,
        "value": session.value,
        "captures": captures_to_text(session.captures),
        "mood": session.mood,
        "energy": session.energy,
        "stress": session.stress,
        "ecological": session.ecological,
        "economic": session.economic,
        "social": session.social,
        "created_at": session.created_at or now,
        "updated_at": session.updated_at or now,
    }


def session_from_row(row: RowMapping, client: str | None, tags: tuple[str, ...] = ()) -> Session:
    """A core Session from a work_session row mapping plus its client name and tags."""
    return Session(
        uuid=row["uuid"],
        day=row["day"],
        start_time=row["start_time"],
        minutes=row["minutes"],
        client=client,
        title=row["title"],
        notes=row["notes"],
        private=bool(row["private"]),
        pay_minor=row["pay_minor"],
        currency=row["currency"],
        status=PayStatus(row["status"]),
        paid_on=row["paid_on"],
        value=row["value"],
        captures=captures_from_text(row["captures"]),
        mood=row["mood"],
        energy=row["energy"],
        stress=row["stress"],
        ecological=row["ecological"],
        economic=row["economic"],
        social=row["social"],
        tags=tags,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def client_from_row(row: RowMapping) -> Client:
    """A core Client from a client row mapping."""
    return Client(
        uuid=row["uuid"],
        name=row["name"],
        currency=row["currency"],
        alternative_rate_minor=row["alternative_rate_minor"],
        notes=row["notes"],
        archived=bool(row["archived"]),
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
    """Column values for a comment row."""
    return {
        "uuid": comment.uuid,
        "target": comment.target.value,
        "target_uuid": comment.target_uuid,
        "section": comment.section,
        "period_start": comment.period_start,
        "period_end": comment.period_end,
        "body": comment.body,
        "author": comment.author,
        "resolved": comment.resolved,
        "created_at": comment.created_at or datetime.now(UTC),
    }


def comment_from_row(row: RowMapping) -> Comment:
    """A core Comment from a comment row mapping."""
    return Comment(
        uuid=row["uuid"],
        target=CommentTarget(row["target"]),
        target_uuid=row["target_uuid"],
        section=row["section"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        body=row["body"],
        author=row["author"],
        resolved=bool(row["resolved"]),
        created_at=row["created_at"],
    )
