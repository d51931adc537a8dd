"""evidence (bukti dukung) stored inside the workshop by sha256, and indicator answers

Revision ID: evidence
Revises: innovations
"""

import sqlalchemy as sa
from alembic import op

revision = "evidence"
down_revision = "innovations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_blob",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_evidence_blob"),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(128), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["evidence_blob.sha256"], name="fk_evidence_sha256_evidence_blob"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
    )
    op.create_index("ix_evidence_sha256", "evidence", ["sha256"])
    op.create_table(
        "indicator_answer",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("innovation_id", sa.String(36), nullable=True),
        sa.Column("indicator", sa.String(8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("parameter", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("check_name", sa.Boolean(), nullable=False),
        sa.Column("check_signed", sa.Boolean(), nullable=False),
        sa.Column("check_highlighted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_indicator_answer"),
    )
    op.create_index("ix_indicator_answer_innovation_id", "indicator_answer", ["innovation_id"])
    op.create_table(
        "answer_evidence",
        sa.Column("answer_id", sa.String(36), nullable=False),
        sa.Column("evidence_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["indicator_answer.id"],
            name="fk_answer_evidence_answer_id_indicator_answer",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name="fk_answer_evidence_evidence_id_evidence",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("answer_id", "evidence_id", name="pk_answer_evidence"),
    )
    op.create_index("ix_answer_evidence_evidence_id", "answer_evidence", ["evidence_id"])


def downgrade() -> None:
    op.drop_table("answer_evidence")
    op.drop_table("indicator_answer")
    op.drop_table("evidence")
    op.drop_table("evidence_blob")
