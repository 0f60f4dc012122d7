"""Durations exact to the second, and mood diary entries (Daylio) beside the sessions.

``work_session.duration_seconds`` holds the exact duration (an imported file keeps its own
seconds, so its total matches the tracker's to the minute); ``minutes`` stays, rounded from
it. Existing sessions get ``minutes * 60``, which is exactly what they held.
``mood_entry`` holds moods recorded by a mood diary, one row per entry.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("work_session") as batch:
        batch.add_column(sa.Column("duration_seconds", sa.Integer, nullable=True))
    op.execute("UPDATE work_session SET duration_seconds = minutes * 60")
    with op.batch_alter_table("work_session") as batch:
        batch.alter_column("duration_seconds", existing_type=sa.Integer, nullable=False)
    op.create_table(
        "mood_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("at", sa.Time, nullable=True),
        sa.Column("mood", sa.String(60), nullable=False),
        sa.Column("score", sa.Integer, nullable=True),
        sa.Column("activities", sa.String, nullable=False),
        sa.Column("note_title", sa.String, nullable=False),
        sa.Column("note", sa.String, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_mood_entry_uuid", "mood_entry", ["uuid"], unique=True)
    op.create_index("ix_mood_entry_day", "mood_entry", ["day"])


def downgrade() -> None:
    op.drop_index("ix_mood_entry_day", "mood_entry")
    op.drop_index("ix_mood_entry_uuid", "mood_entry")
    op.drop_table("mood_entry")
    with op.batch_alter_table("work_session") as batch:
        batch.drop_column("duration_seconds")
