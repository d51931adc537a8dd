"""profile fields the national form asks that the profile lacked (issue 24): waktu
pengembangan (the latest development, which lets an older innovation count in a year's window).
Existing innovations get them empty.

Revision ID: profile_fields
Revises: opd_removal
"""

import sqlalchemy as sa
from alembic import op

revision = "profile_fields"
down_revision = "opd_removal"
branch_labels = None
depends_on = None

DATE_COLUMNS = ("development_date",)


def upgrade() -> None:
    with op.batch_alter_table("innovation") as batch:
        for name in DATE_COLUMNS:
            batch.add_column(sa.Column(name, sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("innovation") as batch:
        for name in (*DATE_COLUMNS,):
            batch.drop_column(name)
