"""each innovation knows its origin: designed in this lab ("lab") or imported from an earlier
year or the national list ("imported")

Papers about the lab (lembar hasil, rekapitulasi, berita acara) count and list only the lab's
own innovations; the IGA views list all. Existing innovations with no idea of the lab behind
them came from a workbook import (the design form and the station always link the chosen
idea), so they are marked "imported"; `innovation set ID origin=lab` corrects one made by hand
from the command line without an idea.

Revision ID: innovation_origin
Revises: idea_order
"""

import sqlalchemy as sa
from alembic import op

revision = "innovation_origin"
down_revision = "idea_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("innovation") as batch:
        batch.add_column(sa.Column("origin", sa.String(16), nullable=False, server_default="lab"))
    op.execute(
        "UPDATE innovation SET origin = 'imported' "
        "WHERE id NOT IN (SELECT innovation_id FROM innovation_idea)"
    )


def downgrade() -> None:
    with op.batch_alter_table("innovation") as batch:
        batch.drop_column("origin")
