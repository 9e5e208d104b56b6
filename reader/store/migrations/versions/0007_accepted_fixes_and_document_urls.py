"""annotations: the reviewer accepts a fix, which the revised translation applies;
documents: an address on the web, by which exchange formats name them

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


def downgrade() -> None:
    op.drop_column("document", "url")
    op.drop_column("annotation", "fix_accepted")
