"""Deletions kept as tombstones, so a record deleted in one copy of a journal does not come
back from another copy when the two are merged (sync-conflict copies).

``tombstone`` holds the uuid of each deleted record, its kind (session, client, reflection,
comment, mood) and when it was deleted (UTC). Existing journals start with none.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("deleted_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_tombstone_uuid", "tombstone", ["uuid"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_tombstone_uuid", "tombstone")
    op.drop_table("tombstone")
