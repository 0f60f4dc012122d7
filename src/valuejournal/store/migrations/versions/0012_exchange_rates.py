"""Exchange rates: the person's rate table, and the rate frozen on each session.

``exchange_rate`` holds the rate table (``rate`` units of ``currency`` per one ``per`` on
``day``, the ECB's quoting, as decimal text); ``work_session`` gains ``fx_rate`` and
``fx_day`` (core/fx.py). Existing sessions in the journal's base currency get rate 1;
sessions in any other currency get no rate (NULL) until the table has one for them: they
are then frozen and, meanwhile, reported by every figure that cannot count them.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("per", sa.String(3), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("rate", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("currency", "per", "day", name="uq_exchange_rate_pair_day"),
    )
    op.create_index("ix_exchange_rate_uuid", "exchange_rate", ["uuid"], unique=True)
    with op.batch_alter_table("work_session") as batch:
        batch.add_column(sa.Column("fx_rate", sa.String(40), nullable=True))
        batch.add_column(sa.Column("fx_day", sa.Date, nullable=True))
    op.execute(
        "UPDATE work_session SET fx_rate = '1' WHERE currency = "
        "(SELECT base_currency FROM journal_meta ORDER BY id LIMIT 1)"
    )


def downgrade() -> None:
    with op.batch_alter_table("work_session") as batch:
        batch.drop_column("fx_day")
        batch.drop_column("fx_rate")
    op.drop_index("ix_exchange_rate_uuid", "exchange_rate")
    op.drop_table("exchange_rate")
