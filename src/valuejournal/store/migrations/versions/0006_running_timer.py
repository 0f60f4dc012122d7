"""The running timer: one row, written the moment a timer starts, removed when it stops.

A new table, so existing journals gain it empty and lose nothing.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "running_timer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slot", sa.Integer, nullable=False, unique=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("started_at", sa.String(40), nullable=False),
        sa.Column("client", sa.String(120), nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("idle_json", sa.String, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("running_timer")
