"""Comments that change, replies, and a coach's homework.

``comment`` gains ``updated_at`` (when the coach last edited, resolved or withdrew it),
``withdrawn`` and ``reply_to`` (a client's reply names the coach's comment it answers);
existing comments keep every value and read as never changed. A new table ``homework``
holds a coach's tasks and targets (core/homework.py), empty in existing journals.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("comment", sa.Column("updated_at", sa.String(40), nullable=True))
    op.add_column("comment", sa.Column("withdrawn", sa.Boolean, nullable=False, server_default="0"))
    op.add_column(
        "comment", sa.Column("reply_to", sa.String(36), nullable=False, server_default="")
    )
    op.create_table(
        "homework",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("author", sa.String(120), nullable=False),
        sa.Column("client", sa.String(120), nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.Column("start", sa.Date, nullable=True),
        sa.Column("end", sa.Date, nullable=True),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("done_at", sa.String(40), nullable=True),
        sa.Column("status_at", sa.String(40), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=True),
    )
    op.create_index("ix_homework_uuid", "homework", ["uuid"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_homework_uuid", "homework")
    op.drop_table("homework")
    with op.batch_alter_table("comment") as batch:
        batch.drop_column("reply_to")
        batch.drop_column("withdrawn")
        batch.drop_column("updated_at")
