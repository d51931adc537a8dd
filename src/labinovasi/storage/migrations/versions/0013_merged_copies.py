"""merged copies: the fingerprint of each copy merged whole, so merging it again reads nothing

Revision ID: merged_copies
Revises: similar_ideas
"""

import sqlalchemy as sa
from alembic import op

revision = "merged_copies"
down_revision = "similar_ideas"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merged_copy",
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("station_id", sa.String(36), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name="pk_merged_copy"),
    )


def downgrade() -> None:
    op.drop_table("merged_copy")
