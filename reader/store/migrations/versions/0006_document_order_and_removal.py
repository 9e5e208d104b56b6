"""documents: an order the reader chooses, removal undoable until the next start, and the
corpus documents a reader removed (so they are not seeded again)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch copy: on SQLite, copying the table would drop the old
    # one, and with foreign keys on that deletes every document's rows.
    op.add_column("document", sa.Column("position", sa.Integer(), nullable=True))
    op.add_column("document", sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "removed_corpus_key",
        sa.Column("corpus_key", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("corpus_key", name=op.f("pk_removed_corpus_key")),
    )


def downgrade() -> None:
    op.drop_table("removed_corpus_key")
    op.drop_column("document", "removed_at")  # SQLite 3.35 and later drop columns in place
    op.drop_column("document", "position")
