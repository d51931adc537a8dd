"""each idea stores its marks (normalised key, mark, duplicate of), indexed by (opd, key)

Revision ID: idea_state
Revises: delivery
"""

from itertools import groupby

import sqlalchemy as sa
from alembic import op

from labinovasi.domain import classify_ideas, normalize_idea_text

revision = "idea_state"
down_revision = "delivery"
branch_labels = None
depends_on = None

IDEA = sa.table(
    "idea",
    sa.column("id", sa.String),
    sa.column("opd_id", sa.String),
    sa.column("text", sa.Text),
    sa.column("withdrawn_reason", sa.Text),
    sa.column("created_at", sa.DateTime),
    sa.column("text_key", sa.Text),
    sa.column("mark", sa.String),
    sa.column("duplicate_of", sa.String),
)


def mark_of(counted) -> str:
    """As storage/idea_marks.mark_of (a migration keeps its own copy: it must not change)."""
    if counted.withdrawn:
        return "withdrawn"
    if counted.blank:
        return "blank"
    return "counted" if counted.counted else "duplicate"


def upgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.add_column(sa.Column("text_key", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("mark", sa.String(10), nullable=False, server_default=""))
        batch.add_column(sa.Column("duplicate_of", sa.String(36), nullable=True))
        batch.create_index("ix_idea_opd_key", ["opd_id", "text_key"])
        batch.create_index("ix_idea_opd_mark", ["opd_id", "mark"])
    # Fill the marks of the ideas already there: the domain rule over each OPD, oldest first.
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(IDEA.c.id, IDEA.c.opd_id, IDEA.c.text, IDEA.c.withdrawn_reason).order_by(
            IDEA.c.opd_id, IDEA.c.created_at, IDEA.c.id
        )
    ).all()
    values = []
    for _opd, group in groupby(rows, key=lambda r: r.opd_id):
        ideas = list(group)
        for row, mark in zip(ideas, classify_ideas(ideas), strict=True):
            values.append(
                {
                    "b_id": row.id,
                    "b_key": normalize_idea_text(row.text),
                    "b_mark": mark_of(mark),
                    "b_dup": mark.duplicate_of,
                }
            )
    if values:
        conn.execute(
            sa.update(IDEA)
            .where(IDEA.c.id == sa.bindparam("b_id"))
            .values(
                text_key=sa.bindparam("b_key"),
                mark=sa.bindparam("b_mark"),
                duplicate_of=sa.bindparam("b_dup"),
            ),
            values,
        )


def downgrade() -> None:
    with op.batch_alter_table("idea") as batch:
        batch.drop_index("ix_idea_opd_mark")
        batch.drop_index("ix_idea_opd_key")
        batch.drop_column("duplicate_of")
        batch.drop_column("mark")
        batch.drop_column("text_key")
