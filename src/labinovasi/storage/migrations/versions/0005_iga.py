"""IGA portfolio: which innovations a region leaves out of a year's report ("tidak dilaporkan")

Revision ID: iga
Revises: evidence
"""

import sqlalchemy as sa
from alembic import op

revision = "iga"
down_revision = "evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "iga_portfolio",
        sa.Column("innovation_id", sa.String(36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("innovation_id", "year", name="pk_iga_portfolio"),
    )


def downgrade() -> None:
    op.drop_table("iga_portfolio")
