"""The business-model canvas: the person's text per block and quarter, the evidence a closed
quarter keeps, and the tags the person marks as skills.

New tables only, so existing journals gain them empty and lose nothing.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "canvas",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("quarter", sa.String(7), nullable=False, unique=True),
        sa.Column("texts_json", sa.String, nullable=False),
        sa.Column("evidence_json", sa.String, nullable=True),
        sa.Column("closed_at", sa.String(40), nullable=True),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_canvas_uuid", "canvas", ["uuid"], unique=True)
    op.create_table(
        "skill_tag",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80, collation="NOCASE"), nullable=False, unique=True),
    )


def downgrade() -> None:
    op.drop_table("skill_tag")
    op.drop_table("canvas")
