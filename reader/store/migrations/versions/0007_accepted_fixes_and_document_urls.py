"""annotations: the reviewer accepts a fix, which the revised translation applies;
documents: an address on the web, by which exchange formats name them, and the XLIFF file
they came from; settings of the library (the MQM weights)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch copy (see 0006).
    op.add_column(
        "annotation",
        sa.Column("fix_accepted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "document", sa.Column("url", sa.String(length=2000), nullable=False, server_default="")
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "original_file",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_original_file_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_original_file")),
    )


def downgrade() -> None:
    op.drop_table("original_file")
    op.drop_table("setting")
    op.drop_column("document", "url")
    op.drop_column("annotation", "fix_accepted")
