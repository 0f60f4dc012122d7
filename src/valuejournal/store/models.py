"""The journal file's tables as SQLModel classes (the schema Alembic migrates).

Money is integer minor units; dates are `date`; timestamps are timezone-aware UTC stored as
ISO text by `UTCDateTime`. Every record that travels between files has a `uuid`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    TypeDecorator,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime stored as ISO 8601 text (SQLite has no datetime type)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class ClientRow(SQLModel, table=True):
    """A client of the person's (names unique, case-insensitive)."""

    __tablename__ = "client"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    name: str = Field(
        sa_column=Column(String(120, collation="NOCASE"), unique=True, nullable=False)
    )
    currency: str = Field(default="EUR", max_length=3)
    alternative_rate_minor: int | None = Field(default=None)
    notes: str = Field(default="")
    archived: bool = Field(default=False)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    # Revision 0007: the agreed rate (none | hourly | daily | retainer), core/rates.py.
    rate_kind: str = Field(default="none", max_length=8)
    rate_minor: int | None = Field(default=None)


class ProjectRow(SQLModel, table=True):
    """A project under a client (revision 0007); names unique per client, case-insensitive."""

    __tablename__ = "project"
    __table_args__ = (UniqueConstraint("client_id", "name", name="uq_project_client_name"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    client_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("client.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    name: str = Field(sa_column=Column(String(120, collation="NOCASE"), nullable=False))
    archived: bool = Field(default=False)
    rate_kind: str = Field(default="none", max_length=8)  # none | hourly | daily | fixed
    rate_minor: int | None = Field(default=None)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class WorkSessionRow(SQLModel, table=True):
    """One logged work session."""

    __tablename__ = "work_session"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    day: date = Field(index=True)
    start_time: time | None = Field(default=None)
    minutes: int
    # Revision 0003: the exact duration (imports keep seconds; minutes is it rounded).
    duration_seconds: int
    client_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("client.id", ondelete="SET NULL"), index=True),
    )
    title: str = Field(default="")
    notes: str = Field(default="")
    private: bool = Field(default=False)
    pay_minor: int = Field(default=0)
    currency: str = Field(default="EUR", max_length=3)
    status: str = Field(default="none", max_length=8)
    paid_on: date | None = Field(default=None)
    value: int | None = Field(default=None)
    captures: str = Field(default="")
    mood: int | None = Field(default=None)
    energy: int | None = Field(default=None)
    stress: int | None = Field(default=None)
    ecological: int | None = Field(default=None)
    economic: int | None = Field(default=None)
    social: int | None = Field(default=None)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    # Revision 0007: the project, where the pay comes from, pro bono or gift.
    project_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("project.id", ondelete="SET NULL"), index=True),
    )
    pay_source: str = Field(default="typed", max_length=8)  # typed | rate
    giving: str = Field(default="", max_length=8)  # "" | pro_bono | gift
    # Revision 0012: the exchange rate frozen on the session (core/fx.py): units of its
    # currency per one base unit as decimal text ("1" in the base), and the rate's day.
    fx_rate: str | None = Field(default=None, max_length=40)
    fx_day: date | None = Field(default=None)


class ExchangeRateRow(SQLModel, table=True):
    """The person's rate table (revision 0012): ``rate`` units of ``currency`` per one
    ``per`` on ``day`` (the ECB's quoting), one rate per pair and day."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("currency", "per", "day", name="uq_exchange_rate_pair_day"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    currency: str = Field(max_length=3)
    per: str = Field(max_length=3)
    day: date
    rate: str = Field(max_length=40)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class InvoiceRow(SQLModel, table=True):
    """An invoice to a client (revision 0008); numbers unique, case-insensitive."""

    __tablename__ = "invoice"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    number: str = Field(
        sa_column=Column(String(40, collation="NOCASE"), unique=True, nullable=False)
    )
    client_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("client.id", ondelete="SET NULL"), index=True),
    )
    sent_on: date
    due_on: date | None = Field(default=None)
    paid_on: date | None = Field(default=None)
    amount_minor: int = Field(default=0)
    currency: str = Field(default="EUR", max_length=3)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class InvoiceSessionRow(SQLModel, table=True):
    """Which sessions an invoice covers (revision 0008), by the session's uuid: a session
    deleted and restored (undo) keeps its invoice. A session is on one invoice at most."""

    __tablename__ = "invoice_session"

    invoice_id: int = Field(
        sa_column=Column(Integer, ForeignKey("invoice.id", ondelete="CASCADE"), primary_key=True)
    )
    session_uuid: str = Field(
        sa_column=Column(String(36), primary_key=True, unique=True, index=True)
    )


class MoodEntryRow(SQLModel, table=True):
    """A mood recorded by a mood diary (Daylio) at a time of day (revision 0003)."""

    __tablename__ = "mood_entry"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    day: date = Field(index=True)
    at: time | None = Field(default=None)
    mood: str = Field(default="", max_length=60)
    score: int | None = Field(default=None)
    activities: str = Field(default="")
    note_title: str = Field(default="")
    note: str = Field(default="")
    source: str = Field(default="", max_length=20)
    created_at: datetime = Field(sa_type=UTCDateTime)


class RunningTimerRow(SQLModel, table=True):
    """The timer running now, written the moment it starts (revision 0006). ``slot`` is
    always 1 and unique, so the file holds one running timer at most."""

    __tablename__ = "running_timer"

    id: int | None = Field(default=None, primary_key=True)
    slot: int = Field(default=1, sa_column=Column(Integer, unique=True, nullable=False))
    uuid: str = Field(max_length=36, unique=True)
    started_at: datetime = Field(sa_type=UTCDateTime)
    client: str = Field(default="", max_length=120)
    title: str = Field(default="")
    # Idle gaps seen while it ran (sleep): a JSON list of [start, end] ISO timestamps.
    idle_json: str = Field(default="[]")
    updated_at: datetime = Field(sa_type=UTCDateTime)


class WeeklyReviewRow(SQLModel, table=True):
    """A week's review (revision 0010): the prompts asked and the answers, as JSON lists of
    text, or dismissed. ``week`` is the ISO week ("2026-W48"), ``start_day`` its Monday."""

    __tablename__ = "weekly_review"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True)
    week: str = Field(max_length=8, unique=True)
    start_day: date = Field(index=True)
    prompts_json: str = Field(default="[]")
    answers_json: str = Field(default="[]")
    dismissed: bool = Field(default=False)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class TagRow(SQLModel, table=True):
    """A tag name, shared by the sessions that carry it."""

    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(80, collation="NOCASE"), unique=True, nullable=False))


class SessionTagRow(SQLModel, table=True):
    """Which session carries which tag."""

    __tablename__ = "session_tag"

    session_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("work_session.id", ondelete="CASCADE"), primary_key=True
        )
    )
    tag_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True)
    )


class ReflectionRow(SQLModel, table=True):
    """A quarter's reflection; sections are stored as a JSON object of section -> text."""

    __tablename__ = "reflection"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    quarter: str = Field(max_length=7, unique=True)
    sections_json: str = Field(default="{}")
    updated_at: datetime = Field(sa_type=UTCDateTime)


class CanvasRow(SQLModel, table=True):
    """A quarter's business-model canvas (revision 0009): the person's text per block as a
    JSON object of block -> Markdown, and once the quarter is closed its evidence as it was
    (``core.canvas.to_json_dict``'s form) with the time it was kept."""

    __tablename__ = "canvas"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    quarter: str = Field(max_length=7, unique=True)
    texts_json: str = Field(default="{}")
    evidence_json: str | None = Field(default=None)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class SkillTagRow(SQLModel, table=True):
    """A tag name the person marks as a skill (revision 0009): the canvas's key resources."""

    __tablename__ = "skill_tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(80, collation="NOCASE"), unique=True, nullable=False))


class CommentRow(SQLModel, table=True):
    """A coach's comment on a session, a period or a reflection section."""

    __tablename__ = "comment"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    target: str = Field(max_length=12)
    target_uuid: str = Field(default="", max_length=36, index=True)
    section: str = Field(default="", max_length=40)
    period_start: date | None = Field(default=None)
    period_end: date | None = Field(default=None)
    body: str
    author: str = Field(default="", max_length=120)
    resolved: bool = Field(default=False)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # Revision 0011: comments that change (edited, withdrawn) and the client's replies.
    updated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    withdrawn: bool = Field(default=False)
    reply_to: str = Field(default="", max_length=36)


class HomeworkRow(SQLModel, table=True):
    """A coach's homework item or goal (revision 0011; core/homework.py says what it means)."""

    __tablename__ = "homework"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    kind: str = Field(max_length=12)
    title: str = Field(max_length=200)
    author: str = Field(default="", max_length=120)
    client: str = Field(default="", max_length=120)
    amount: int = Field(default=0)
    start: date | None = Field(default=None)
    end: date | None = Field(default=None)
    status: str = Field(default="open", max_length=8)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    status_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    withdrawn: bool = Field(default=False)  # revision 0013: the coach took it back


class TombstoneRow(SQLModel, table=True):
    """A deleted record, remembered so a merge with another copy does not bring it back
    (revision 0006). ``kind`` is one of `core.tombstone.KINDS`."""

    __tablename__ = "tombstone"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=36, unique=True, index=True)
    kind: str = Field(max_length=12)
    deleted_at: datetime = Field(sa_type=UTCDateTime)


class JournalMetaRow(SQLModel, table=True):
    """The one row that describes the journal as a whole."""

    __tablename__ = "journal_meta"

    id: int | None = Field(default=None, primary_key=True)
    journal_uuid: str = Field(max_length=36)
    owner: str = Field(default="", max_length=120)
    base_currency: str = Field(default="EUR", max_length=3)
    schema_version: int = Field(default=1)
    created_at: datetime = Field(sa_type=UTCDateTime)
    # Revision 0002: what the file is, and for shares and feedback what they cover.
    kind: str = Field(default="journal", max_length=12)  # journal | share | feedback | review
    range_start: date | None = Field(default=None)
    range_end: date | None = Field(default=None)
    written_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    app_version: str = Field(default="", max_length=20)


def table_of(model: type[SQLModel]) -> Table:
    """The Core ``Table`` of a ``table=True`` model, for building SQL expressions."""
    # SQLModel's metaclass sets __table__ on table models, but sqlmodel does not declare it.
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table
