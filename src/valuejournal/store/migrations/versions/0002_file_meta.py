"""Journal meta says what the file is: a journal, a share, a coach's feedback or review notes.

Share and feedback files also record the date range they cover, when they were written and
by which app version. Existing journals become kind "journal" with no range.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal_meta") as batch:
        batch.add_column(sa.Column("kind", sa.String(12), nullable=False, server_default="journal"))
        batch.add_column(sa.Column("range_start", sa.Date, nullable=True))
        batch.add_column(sa.Column("range_end", sa.Date, nullable=True))
        batch.add_column(sa.Column("written_at", sa.String(40), nullable=True))
        batch.add_column(sa.Column("app_version", sa.String(20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("journal_meta") as batch:
        for name in ("app_version", "written_at", "range_end", "range_start", "kind"):
            batch.drop_column(name)
