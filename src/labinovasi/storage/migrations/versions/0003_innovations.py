"""the design becomes the innovation profile: several innovations per OPD, each from one or more
ideas, with a rencana aksi, a per-field history and per-field edit times (field-by-field merge);
per-participant dot votes; a team's "ask to move on"; dots per participant per workshop; the OPD
a station copy opens on

Each existing design becomes its OPD's first innovation. Its "jenis" value (tata kelola /
pelayanan publik / lainnya) is the national form's *bentuk*, so it moves to `form`. The free-text
trial and rollout periods become dates when they are dates; otherwise the text is kept in that
field's history (source "migrasi") so nothing is lost.

Revision ID: innovations
Revises: withdrawn
"""

import json
import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "innovations"
down_revision = "withdrawn"
branch_labels = None
depends_on = None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _as_date(text: str) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def _affair_code(text: str) -> str:
    """The urusan code when the old free text names one; otherwise the text as it was."""
    from labinovasi.domain.lists import find_choice

    choice = find_choice("urusan", text) if text.strip() else None
    return choice.key if choice else text


def upgrade() -> None:
    op.create_table(
        "innovation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("opd_id", sa.String(length=36), nullable=False),
        *[
            sa.Column(name, sa.Text(), nullable=False, server_default="")
            for name in (
                "name",
                "unit",
                "initiator_name",
                "form",
                "main_affair",
                "other_affairs",
                "design_text",
                "goal",
                "benefit",
                "expected_result",
                "budget_source",
                "leader",
                "members",
                "evidence",
            )
        ],
        sa.Column("stage", sa.String(length=16), nullable=False, server_default="inisiatif"),
        sa.Column("initiator", sa.String(length=32), nullable=False, server_default=""),
        sa.Column("kind", sa.String(length=32), nullable=False, server_default=""),
        sa.Column("trial_date", sa.Date(), nullable=True),
        sa.Column("launch_date", sa.Date(), nullable=True),
        sa.Column("budget", sa.Integer(), nullable=True),
        sa.Column("stamps", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opd_id"], ["opd.id"], name=op.f("fk_innovation_opd_id_opd"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_innovation")),
    )
    op.create_index(op.f("ix_innovation_opd_id"), "innovation", ["opd_id"])
    op.create_table(
        "innovation_idea",
        sa.Column("innovation_id", sa.String(length=36), nullable=False),
        sa.Column("idea_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["innovation_id"],
            ["innovation.id"],
            name=op.f("fk_innovation_idea_innovation_id_innovation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["idea_id"],
            ["idea.id"],
            name=op.f("fk_innovation_idea_idea_id_idea"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("innovation_id", "idea_id", name=op.f("pk_innovation_idea")),
    )
    op.create_table(
        "innovation_action",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("innovation_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("activity", sa.Text(), nullable=False),
        sa.Column("person", sa.Text(), nullable=False, server_default=""),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("output", sa.Text(), nullable=False, server_default=""),
        sa.Column("indicator", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["innovation_id"],
            ["innovation.id"],
            name=op.f("fk_innovation_action_innovation_id_innovation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_innovation_action")),
    )
    op.create_index(
        op.f("ix_innovation_action_innovation_id"), "innovation_action", ["innovation_id"]
    )
    op.create_table(
        "innovation_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("innovation_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False, server_default=""),
        sa.Column("new_value", sa.Text(), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["innovation_id"],
            ["innovation.id"],
            name=op.f("fk_innovation_change_innovation_id_innovation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_innovation_change")),
    )
    op.create_index(
        op.f("ix_innovation_change_innovation_id"), "innovation_change", ["innovation_id"]
    )
    op.create_table(
        "vote",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("idea_id", sa.String(length=36), nullable=False),
        sa.Column("participant", sa.Text(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["idea_id"], ["idea.id"], name=op.f("fk_vote_idea_id_idea"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
        sa.UniqueConstraint("idea_id", "participant", name=op.f("uq_vote_idea_id")),
    )
    with op.batch_alter_table("opd") as batch:
        batch.add_column(sa.Column("move_requested_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("workshop") as batch:
        batch.add_column(
            sa.Column("dots_per_participant", sa.Integer(), nullable=False, server_default="3")
        )
        batch.add_column(sa.Column("station_opd_id", sa.String(length=36), nullable=True))
    _copy_designs()
    op.drop_table("action_item")
    op.drop_table("design")


def _copy_designs() -> None:
    bind = op.get_bind()
    now = _now()
    designs = bind.execute(sa.text("SELECT * FROM design ORDER BY created_at")).mappings().all()
    innovation = sa.table(
        "innovation",
        sa.column("trial_date", sa.Date),
        sa.column("launch_date", sa.Date),
        *[
            sa.column(c)
            for c in (
                "id",
                "opd_id",
                "name",
                "stage",
                "form",
                "main_affair",
                "design_text",
                "goal",
                "benefit",
                "expected_result",
                "budget",
                "budget_source",
                "leader",
                "members",
                "evidence",
                "stamps",
                "created_at",
                "updated_at",
            )
        ],
    )
    change = sa.table(
        "innovation_change",
        sa.column("at", sa.DateTime),
        *[
            sa.column(c)
            for c in ("id", "innovation_id", "field", "old_value", "new_value", "source")
        ],
    )
    for d in designs:
        trial, launch = _as_date(d["trial_period"]), _as_date(d["rollout_period"])
        bind.execute(
            innovation.insert().values(
                id=d["id"],
                opd_id=d["opd_id"],
                name=d["name"],
                stage=d["phase"] or "inisiatif",
                form=d["kind"],
                main_affair=_affair_code(d["affair"]),
                design_text=d["background"],
                goal=d["goal"],
                benefit=d["benefits"],
                expected_result=d["expected_results"],
                trial_date=trial,
                launch_date=launch,
                budget=d["budget"],
                budget_source=d["budget_source"],
                leader=d["leader"],
                members=d["team"],
                evidence=d["evidence"],
                stamps=json.dumps({}),
                created_at=d["created_at"],
                updated_at=d["updated_at"],
            )
        )
        for field, text, parsed in (
            ("trial_date", d["trial_period"], trial),
            ("launch_date", d["rollout_period"], launch),
        ):
            if (text or "").strip() and parsed is None:
                bind.execute(
                    change.insert().values(
                        id=str(uuid.uuid4()),
                        innovation_id=d["id"],
                        field=field,
                        old_value=text,
                        new_value="",
                        at=now,
                        source="migrasi",
                    )
                )
        if d["idea_id"]:
            bind.execute(
                sa.text("INSERT INTO innovation_idea (innovation_id, idea_id) VALUES (:i, :d)"),
                {"i": d["id"], "d": d["idea_id"]},
            )
    bind.execute(
        sa.text(
            "INSERT INTO innovation_action (id, innovation_id, position, activity, person, "
            "start_date, end_date, output, indicator, updated_at) SELECT id, design_id, position, "
            "activity, person, start_date, end_date, output, '', :now FROM action_item"
        ),
        {"now": now},
    )


def downgrade() -> None:
    raise NotImplementedError("innovations cannot be folded back into one design per OPD")
