"""opd removal: OPDs the facilitator removed or merged into another, so a station copy made
before does not bring them back when merged. Existing files get the table empty.

Revision ID: opd_removal
Revises: budget_bigint
"""

import sqlalchemy as sa
from alembic import op

revision = "opd_removal"
down_revision = "budget_bigint"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "opd_removal",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("merged_into", sa.String(36), nullable=True),
        sa.Column("abbreviation", sa.Text(), nullable=False, server_default=""),
        sa.Column("removed_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("opd_removal")
