"""Projects under clients, agreed rates, where a session's pay comes from, chosen giving.

``project`` holds a client's projects (uuid, name unique per client, archived, an optional
rate of its own); ``client`` gains ``rate_kind``/``rate_minor`` (the agreed rate);
``work_session`` gains ``project_id``, ``pay_source`` and ``giving``. Existing rows keep
every value: clients get no rate, sessions no project, their pay stays as typed
(``pay_source = 'typed'``: never replaced by a rate) and no giving mark.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column(
            "client_id",
            sa.Integer,
            sa.ForeignKey("client.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(120, collation="NOCASE"), nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("rate_kind", sa.String(8), nullable=False),
        sa.Column("rate_minor", sa.Integer, nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("client_id", "name", name="uq_project_client_name"),
    )
    op.create_index("ix_project_uuid", "project", ["uuid"], unique=True)
    op.create_index("ix_project_client_id", "project", ["client_id"])
    # A plain ADD COLUMN, not a batch rebuild: rebuilding client would lose the NOCASE
    # collation of its unique name (reflection does not carry it). The default stays.
    op.add_column(
        "client", sa.Column("rate_kind", sa.String(8), nullable=False, server_default="none")
    )
    op.add_column("client", sa.Column("rate_minor", sa.Integer, nullable=True))
    with op.batch_alter_table("work_session") as batch:
        batch.add_column(sa.Column("project_id", sa.Integer, nullable=True))
        batch.add_column(
            sa.Column("pay_source", sa.String(8), nullable=False, server_default="typed")
        )
        batch.add_column(sa.Column("giving", sa.String(8), nullable=False, server_default=""))
        batch.create_foreign_key(
            "fk_work_session_project_id_project",
            "project",
            ["project_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_work_session_project_id", ["project_id"])
    with op.batch_alter_table("work_session") as batch:
        batch.alter_column("pay_source", existing_type=sa.String(8), server_default=None)
        batch.alter_column("giving", existing_type=sa.String(8), server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("work_session") as batch:
        batch.drop_index("ix_work_session_project_id")
        batch.drop_constraint("fk_work_session_project_id_project", type_="foreignkey")
        batch.drop_column("giving")
        batch.drop_column("pay_source")
        batch.drop_column("project_id")
    op.drop_column("client", "rate_minor")
    op.drop_column("client", "rate_kind")
    op.drop_index("ix_project_client_id", "project")
    op.drop_index("ix_project_uuid", "project")
    op.drop_table("project")
