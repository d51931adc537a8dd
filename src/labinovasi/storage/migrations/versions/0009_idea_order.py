"""ideas indexed in their order within the OPD (opd, created_at, id), replacing the (opd) index

An idea's number ("gagasan no. 12") is its place in its OPD, oldest first: with this index
counting it reads a few index pages instead of every idea of the OPD (50,000-idea file: 0.06 ms
instead of 0.9 ms per count). The index starts with opd_id, so it serves every lookup the
(opd) index did.

Revision ID: idea_order
Revises: papers
"""

from alembic import op

revision = "idea_order"
down_revision = "papers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.create_index("ix_idea_opd_order", ["opd_id", "created_at", "id"])
        batch.drop_index("ix_idea_opd_id")


def downgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.create_index("ix_idea_opd_id", ["opd_id"])
        batch.drop_index("ix_idea_opd_order")
