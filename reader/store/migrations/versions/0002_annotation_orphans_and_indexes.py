"""annotation spans can be orphaned; index the annotation lookups

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN with a constant default needs no table rebuild on SQLite; existing spans are
    # anchored, hence false.
    op.add_column(
        "annotation_span",
        sa.Column("orphaned", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.create_index("ix_annotation_document_id", "annotation", ["document_id"])
    op.create_index("ix_annotation_span_annotation_id", "annotation_span", ["annotation_id"])
    op.create_index("ix_annotation_span_side_id", "annotation_span", ["side_id"])


def downgrade() -> None:
    op.drop_index("ix_annotation_span_side_id", table_name="annotation_span")
    op.drop_index("ix_annotation_span_annotation_id", table_name="annotation_span")
    op.drop_index("ix_annotation_document_id", table_name="annotation")
    with op.batch_alter_table("annotation_span") as batch_op:
        batch_op.drop_column("orphaned")
