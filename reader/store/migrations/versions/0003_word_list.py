"""the word list: words saved for study with their sentence pair

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "word_list_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("pinyin", sa.String(length=500), nullable=False),
        sa.Column("gloss", sa.Text(), nullable=False),
        sa.Column("chinese", sa.Text(), nullable=False),
        sa.Column("english", sa.Text(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_word_list_entry_document_id_document"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_word_list_entry")),
        sa.UniqueConstraint("word", "chinese", name="uq_word_list_entry_word_chinese"),
    )
    op.create_index("ix_word_list_entry_document_id", "word_list_entry", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_word_list_entry_document_id", table_name="word_list_entry")
    op.drop_table("word_list_entry")
