"""phone links: one token per OPD table (and one for the jurors), and the answers given to
phones' submissions by client key ("Ikut lewat HP")

Revision ID: phone_links
Revises: merged_copies
"""

import sqlalchemy as sa
from alembic import op

revision = "phone_links"
down_revision = "merged_copies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_link",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "opd_id",
            sa.String(36),
            sa.ForeignKey("opd.id", ondelete="CASCADE", name="fk_phone_link_opd_id_opd"),
            nullable=True,
        ),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("usg_allowed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("token", name="uq_phone_link_token"),
    )
    op.create_index("ix_phone_link_opd_id", "phone_link", ["opd_id"])
    op.create_table(
        "phone_submission",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "link_id",
            sa.String(36),
            sa.ForeignKey(
                "phone_link.id", ondelete="CASCADE", name="fk_phone_submission_link_id_phone_link"
            ),
            nullable=False,
        ),
        sa.Column("client_key", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("link_id", "client_key", name="uq_phone_submission_link_id"),
    )


def downgrade() -> None:
    op.drop_table("phone_submission")
    op.drop_index("ix_phone_link_opd_id", "phone_link")
    op.drop_table("phone_link")
