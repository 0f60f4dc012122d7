"""Invoices: what was billed to a client, for which sessions, sent, due and paid.

``invoice`` holds one row per invoice (uuid, number unique without regard to case, client,
sent, due and paid days, amount and currency); ``invoice_session`` links an invoice to the
sessions it covers by the session's uuid (a session is on one invoice at most). Existing
tables are not touched: every journal carries over as it was, with no invoices.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("number", sa.String(40, collation="NOCASE"), nullable=False, unique=True),
        sa.Column(
            "client_id", sa.Integer, sa.ForeignKey("client.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("sent_on", sa.Date, nullable=False),
        sa.Column("due_on", sa.Date, nullable=True),
        sa.Column("paid_on", sa.Date, nullable=True),
        sa.Column("amount_minor", sa.Integer, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_invoice_uuid", "invoice", ["uuid"], unique=True)
    op.create_index("ix_invoice_client_id", "invoice", ["client_id"])
    op.create_table(
        "invoice_session",
        sa.Column(
            "invoice_id",
            sa.Integer,
            sa.ForeignKey("invoice.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("session_uuid", sa.String(36), primary_key=True, unique=True),
    )
    op.create_index(
        "ix_invoice_session_session_uuid", "invoice_session", ["session_uuid"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ix_invoice_session_session_uuid", "invoice_session")
    op.drop_table("invoice_session")
    op.drop_index("ix_invoice_client_id", "invoice")
    op.drop_index("ix_invoice_uuid", "invoice")
    op.drop_table("invoice")
