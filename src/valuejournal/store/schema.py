"""The journal file's tables and columns, read from the SQLModel models (one schema source).

The safety checks, bulk inserts and row mappers take their column lists from here, so a
column added to a model (with its migration and an entry in `ADDED_IN`) reaches all of them.
"""

from __future__ import annotations

from sqlmodel import SQLModel

from valuejournal.store.engine import KNOWN_REVISIONS
from valuejournal.store.models import (
    CanvasRow,
    ClientRow,
    CommentRow,
    ExchangeRateRow,
    HomeworkRow,
    InvoiceRow,
    InvoiceSessionRow,
    JournalMetaRow,
    MoodEntryRow,
    ProjectRow,
    ReflectionRow,
    RunningTimerRow,
    SessionTagRow,
    SkillTagRow,
    TagRow,
    TombstoneRow,
    WeeklyReviewRow,
    WorkSessionRow,
    table_of,
)

MODELS: tuple[type[SQLModel], ...] = (
    ClientRow,
    WorkSessionRow,
    TagRow,
    SessionTagRow,
    ReflectionRow,
    CommentRow,
    JournalMetaRow,
    MoodEntryRow,
    TombstoneRow,
    RunningTimerRow,
    ProjectRow,
    InvoiceRow,
    InvoiceSessionRow,
    CanvasRow,
    SkillTagRow,
    WeeklyReviewRow,
    HomeworkRow,
    ExchangeRateRow,
)
"""Every table model of a journal file."""


def column_names(model: type[SQLModel]) -> tuple[str, ...]:
    """The model's column names, in declaration order."""
    return tuple(column.name for column in table_of(model).columns)


TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    table_of(model).name: column_names(model) for model in MODELS
}
"""Each table of a journal file (at the head revision) and its columns."""

VERSION_TABLE = ("alembic_version", ("version_num",))
"""Alembic's own table: the revision the file is at."""

ADDED_IN: dict[str, dict[str, frozenset[str]]] = {
    "0002": {
        "journal_meta": frozenset({"kind", "range_start", "range_end", "written_at", "app_version"})
    },
    "0003": {"work_session": frozenset({"duration_seconds"})},
    "0007": {
        "client": frozenset({"rate_kind", "rate_minor"}),
        "work_session": frozenset({"project_id", "pay_source", "giving"}),
    },
    "0011": {"comment": frozenset({"updated_at", "withdrawn", "reply_to"})},
    "0012": {"work_session": frozenset({"fx_rate", "fx_day"})},
    "0013": {"homework": frozenset({"withdrawn"})},
}
"""The columns each migration added, by revision: what a file at an older revision lacks."""

TABLES_ADDED_IN: dict[str, frozenset[str]] = {
    "0003": frozenset({"mood_entry"}),
    "0004": frozenset({"tombstone"}),
    "0006": frozenset({"running_timer"}),
    "0007": frozenset({"project"}),
    "0008": frozenset({"invoice", "invoice_session"}),
    "0009": frozenset({"canvas", "skill_tag"}),
    "0010": frozenset({"weekly_review"}),
    "0011": frozenset({"homework"}),
    "0012": frozenset({"exchange_rate"}),
}
"""The tables each migration created, by revision."""


def has_table(table: str, revision: str) -> bool:
    """True if a file at ``revision`` has ``table`` (tables come with their migration)."""
    later = KNOWN_REVISIONS[KNOWN_REVISIONS.index(revision) + 1 :]
    return not any(table in TABLES_ADDED_IN.get(newer, frozenset()) for newer in later)


def columns_at(table: str, revision: str) -> frozenset[str]:
    """The columns ``table`` has in a file at ``revision`` (one of ``KNOWN_REVISIONS``)."""
    if table == VERSION_TABLE[0]:
        return frozenset(VERSION_TABLE[1])
    later = KNOWN_REVISIONS[KNOWN_REVISIONS.index(revision) + 1 :]
    missing: set[str] = set()
    for newer in later:
        missing |= ADDED_IN.get(newer, {}).get(table, frozenset())
    return frozenset(TABLE_COLUMNS[table]) - missing
