"""an indicator answer keeps its measurement basis (indicator 33: persons, % of target units,
spending efficiency, …) and, for SPD indicators derived from two years' figures, the figures
themselves (T1 and T2 as exact decimal text) the parameter was worked out from

Revision ID: answer_basis
Revises: innovation_origin
"""

import sqlalchemy as sa
from alembic import op

revision = "answer_basis"
down_revision = "innovation_origin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicator_answer") as batch:
        batch.add_column(sa.Column("basis", sa.String(32), nullable=False, server_default=""))
        batch.add_column(sa.Column("figure_t1", sa.String(32), nullable=True))
        batch.add_column(sa.Column("figure_t2", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator_answer") as batch:
        batch.drop_column("figure_t2")
        batch.drop_column("figure_t1")
        batch.drop_column("basis")
