"""teams: each annotation carries a version, refused when an edit was made on an older one;
each document a revision (any change to its annotations or alignment, which open windows
watch) and the version of its alignment

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch copy (see 0006).
    op.add_column(
        "annotation", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )
    op.add_column(
        "document", sa.Column("revision", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "document",
        sa.Column("alignment_version", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_column("document", "alignment_version")
    op.drop_column("document", "revision")
    op.drop_column("annotation", "version")
