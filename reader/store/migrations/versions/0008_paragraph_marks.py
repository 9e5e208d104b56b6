"""paragraphs: marks beyond their words (bold, italic, a CAT tool's inline codes and segment
states)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paragraph_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["paragraph_id"],
            ["paragraph.id"],
            name=op.f("fk_paragraph_mark_paragraph_id_paragraph"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paragraph_mark")),
    )
    op.create_index(
        op.f("ix_paragraph_mark_paragraph_id"), "paragraph_mark", ["paragraph_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_paragraph_mark_paragraph_id"), table_name="paragraph_mark")
    op.drop_table("paragraph_mark")
