"""innovation.budget as a 64-bit integer

A regional innovation's budget passes Rp 2.147.483.647 (a 32-bit INTEGER's largest value)
easily; PostgreSQL refused to save such a budget ("integer out of range") and a file holding
one could not be copied to a server. SQLite's INTEGER is already 64-bit (whatever the
declared type), so a file is left as it is: rebuilding the table there would also drop, through
ON DELETE CASCADE, the rows that refer to it.

Revision ID: budget_bigint
Revises: phone_links
"""

import sqlalchemy as sa
from alembic import op

revision = "budget_bigint"
down_revision = "phone_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.alter_column(
        "innovation",
        "budget",
        existing_type=sa.Integer(),
        type_=sa.BigInteger(),
        existing_nullable=True,
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.alter_column(
        "innovation",
        "budget",
        existing_type=sa.BigInteger(),
        type_=sa.Integer(),
        existing_nullable=True,
    )
