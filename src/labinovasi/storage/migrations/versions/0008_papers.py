"""papers an office files: letterhead, number patterns, issued numbers, people who sign

Revision ID: papers
Revises: idea_state
"""

import sqlalchemy as sa
from alembic import op

revision = "papers"
down_revision = "idea_state"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "letterhead",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "workshop_id",
            sa.String(36),
            sa.ForeignKey(
                "workshop.id", ondelete="CASCADE", name="fk_letterhead_workshop_id_workshop"
            ),
            nullable=False,
        ),
        *[
            sa.Column(name, sa.Text(), nullable=False, server_default="")
            for name in ("government", "agency", "address", "phone", "email", "website", "city")
        ],
        sa.Column("agency_short", sa.Text(), nullable=False, server_default="Bapperida"),
        sa.Column("paper", sa.String(8), nullable=False, server_default="A4"),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_type", sa.String(8), nullable=False, server_default=""),
        *_stamps(),
    )
    op.create_table(
        "number_pattern",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("pattern", sa.Text(), nullable=False),
    )
    op.create_table(
        "document_number",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False, server_default=""),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.UniqueConstraint("kind", "year", "seq", name="uq_document_number_kind"),
        sa.UniqueConstraint("kind", "subject", "year", name="uq_document_subject"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("role", sa.String(24), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("nip", sa.String(18), nullable=False, server_default=""),
        sa.Column("rank", sa.Text(), nullable=False, server_default=""),
        sa.Column("position", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "opd_id",
            sa.String(36),
            sa.ForeignKey("opd.id", ondelete="SET NULL", name="fk_person_opd_id_opd"),
            nullable=True,
        ),
        sa.Column("opd_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("phone", sa.Text(), nullable=False, server_default=""),
        sa.Column("position_index", sa.Integer(), nullable=False, server_default="0"),
        *_stamps(),
    )
    op.create_index("ix_person_role", "person", ["role"])


def downgrade() -> None:
    op.drop_index("ix_person_role", "person")
    for table in ("person", "document_number", "number_pattern", "letterhead"):
        op.drop_table(table)
