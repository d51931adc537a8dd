"""lab materi: the lab's materi and their jam pelajaran (JP), printed on the participants'
certificates (a bimtek's evidence for IGA indicator 20). Existing files get the table empty.

Revision ID: lab_materi
Revises: profile_fields
"""

import sqlalchemy as sa
from alembic import op

revision = "lab_materi"
down_revision = "profile_fields"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lab_materi",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "workshop_id",
            sa.String(36),
            sa.ForeignKey("workshop.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("jp", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("lab_materi")
