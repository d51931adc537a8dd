"""verified at: when the verifier gave an answer's verdict, so the berita acara hasil
verifikasi is dated by the verdicts it lists (an answer's updated_at also moves with a later
tick or note). Answers verified before this revision take their updated_at, the best date the
file holds.

Revision ID: verified_at
Revises: lab_materi
"""

import sqlalchemy as sa
from alembic import op

revision = "verified_at"
down_revision = "lab_materi"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicator_answer") as batch:
        batch.add_column(sa.Column("verified_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE indicator_answer SET verified_at = updated_at WHERE status <> 'menunggu'")


def downgrade() -> None:
    with op.batch_alter_table("indicator_answer") as batch:
        batch.drop_column("verified_at")
