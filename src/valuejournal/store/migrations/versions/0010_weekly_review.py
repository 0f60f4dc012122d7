"""Weekly reviews: the prompts asked about a week and the answers given (or dismissed).

A new table, so existing journals gain it empty and lose nothing.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "weekly_review",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("week", sa.String(8), nullable=False, unique=True),
        sa.Column("start_day", sa.Date, nullable=False),
        sa.Column("prompts_json", sa.String, nullable=False),
        sa.Column("answers_json", sa.String, nullable=False),
        sa.Column("dismissed", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_weekly_review_start_day", "weekly_review", ["start_day"])


def downgrade() -> None:
    op.drop_index("ix_weekly_review_start_day", "weekly_review")
    op.drop_table("weekly_review")
