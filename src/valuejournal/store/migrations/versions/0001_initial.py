"""The first schema: clients, sessions, tags, reflections, comments, journal meta.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[str]]:
    return [
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "client",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("name", sa.String(120, collation="NOCASE"), nullable=False, unique=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("alternative_rate_minor", sa.Integer, nullable=True),
        sa.Column("notes", sa.String, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        *_stamps(),
    )
    op.create_index("ix_client_uuid", "client", ["uuid"], unique=True)
    op.create_table(
        "work_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("start_time", sa.Time, nullable=True),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("client.id", ondelete="SET NULL")),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("notes", sa.String, nullable=False),
        sa.Column("private", sa.Boolean, nullable=False),
        sa.Column("pay_minor", sa.Integer, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("paid_on", sa.Date, nullable=True),
        sa.Column("value", sa.Integer, nullable=True),
        sa.Column("captures", sa.String, nullable=False),
        *(sa.Column(n, sa.Integer, nullable=True) for n in ("mood", "energy", "stress")),
        *(sa.Column(n, sa.Integer, nullable=True) for n in ("ecological", "economic", "social")),
        *_stamps(),
    )
    op.create_index("ix_work_session_uuid", "work_session", ["uuid"], unique=True)
    op.create_index("ix_work_session_day", "work_session", ["day"])
    op.create_index("ix_work_session_client_id", "work_session", ["client_id"])
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80, collation="NOCASE"), nullable=False, unique=True),
    )
    op.create_table(
        "session_tag",
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("work_session.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_id", sa.Integer, sa.ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("quarter", sa.String(7), nullable=False, unique=True),
        sa.Column("sections_json", sa.String, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_reflection_uuid", "reflection", ["uuid"], unique=True)
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("target", sa.String(12), nullable=False),
        sa.Column("target_uuid", sa.String(36), nullable=False),
        sa.Column("section", sa.String(40), nullable=False),
        sa.Column("period_start", sa.Date, nullable=True),
        sa.Column("period_end", sa.Date, nullable=True),
        sa.Column("body", sa.String, nullable=False),
        sa.Column("author", sa.String(120), nullable=False),
        sa.Column("resolved", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_comment_uuid", "comment", ["uuid"], unique=True)
    op.create_index("ix_comment_target_uuid", "comment", ["target_uuid"])
    op.create_table(
        "journal_meta",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("journal_uuid", sa.String(36), nullable=False),
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("base_currency", sa.String(3), nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    for table in ("journal_meta", "comment", "reflection", "session_tag", "tag", "work_session"):
        op.drop_table(table)
    op.drop_table("client")
