"""A coach can withdraw a homework item.

``homework`` gains ``withdrawn``: the coach took the item back (core/homework.py). The flag
travels in the feedback file with the coach's newer version, as a withdrawn comment's does;
existing items read as not withdrawn.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "homework", sa.Column("withdrawn", sa.Boolean, nullable=False, server_default="0")
    )


def downgrade() -> None:
    with op.batch_alter_table("homework") as batch:
        batch.drop_column("withdrawn")
