"""teams: each annotation carries a version, refused when an edit was made on an older one
(versions are drawn from one counter of the library, so that an id SQLite hands out again
never comes back with a version seen before); each document a revision (any change to its
annotations or alignment, which open windows watch) and the version of its alignment

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
    counter = op.create_table(
        "counter",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counter")),
    )
    op.bulk_insert(counter, [{"name": "annotation_version", "value": 1}])


def downgrade() -> None:
    op.drop_table("counter")
    op.drop_column("document", "alignment_version")
    op.drop_column("document", "revision")
    op.drop_column("annotation", "version")
