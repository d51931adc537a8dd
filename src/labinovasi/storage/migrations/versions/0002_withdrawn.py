"""ideas can be withdrawn by the facilitator, with a reason (kept, printed, never counted)

Revision ID: withdrawn
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "withdrawn"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.add_column(
            sa.Column("withdrawn_reason", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.drop_column("withdrawn_reason")
