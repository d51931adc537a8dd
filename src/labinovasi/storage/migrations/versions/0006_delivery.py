"""deliver and display: activity progress, dated tahapan, monitoring, launching, the gelar
inovasi with its presentations, jurors and scores

Revision ID: delivery
Revises: iga
"""

import sqlalchemy as sa
from alembic import op

revision = "delivery"
down_revision = "iga"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "action_progress",
        sa.Column("action_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("realised_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("action_id", name="pk_action_progress"),
    )
    op.create_table(
        "tahapan_change",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("innovation_id", sa.String(36), nullable=False),
        sa.Column("from_stage", sa.String(16), nullable=False),
        sa.Column("to_stage", sa.String(16), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tahapan_change"),
    )
    op.create_index("ix_tahapan_change_innovation_id", "tahapan_change", ["innovation_id"])
    op.create_table(
        "monitoring",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("opd_id", sa.String(36), nullable=False),
        sa.Column("innovation_id", sa.String(36), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("obstacles", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["opd_id"], ["opd.id"], name="fk_monitoring_opd_id_opd", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_monitoring"),
    )
    op.create_index("ix_monitoring_opd_id", "monitoring", ["opd_id"])
    op.create_table(
        "launching",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("innovation_id", sa.String(36), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("by_whom", sa.Text(), nullable=False),
        sa.Column("news_link", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_launching"),
    )
    op.create_index("ix_launching_innovation_id", "launching", ["innovation_id"])
    op.create_table(
        "display_event",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("minutes_each", sa.Integer(), nullable=False),
        sa.Column("rubric", sa.Text(), nullable=False),
        sa.Column("top_n", sa.Integer(), nullable=False),
        sa.Column("fixed_ranking", sa.Text(), nullable=False),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_display_event"),
    )
    op.create_table(
        "presentation",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("innovation_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("presenter", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["display_event.id"],
            name="fk_presentation_event_id_display_event",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_presentation"),
    )
    op.create_index("ix_presentation_event_id", "presentation", ["event_id"])
    op.create_table(
        "juror",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["display_event.id"],
            name="fk_juror_event_id_display_event",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_juror"),
    )
    op.create_index("ix_juror_event_id", "juror", ["event_id"])
    op.create_table(
        "jury_score",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("juror_id", sa.String(36), nullable=False),
        sa.Column("innovation_id", sa.String(36), nullable=False),
        sa.Column("criterion", sa.String(32), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["juror_id"], ["juror.id"], name="fk_jury_score_juror_id_juror", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_jury_score"),
        sa.UniqueConstraint(
            "juror_id", "innovation_id", "criterion", name="uq_jury_score_juror_id"
        ),
    )


def downgrade() -> None:
    for table in (
        "jury_score",
        "juror",
        "presentation",
        "display_event",
        "launching",
        "monitoring",
        "tahapan_change",
        "action_progress",
    ):
        op.drop_table(table)
