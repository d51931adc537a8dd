"""similar ideas: the facilitator's decisions on suggested pairs and the workshop's lexicon

"sama" makes the later idea a duplicate of the earlier (domain.rules.classify_ideas), "berbeda"
hides the pair for good; the lexicon holds the words learned from confirmations or imported.
Existing files get both tables empty: no idea changes its mark.

Revision ID: similar_ideas
Revises: answer_basis
"""

import sqlalchemy as sa
from alembic import op

revision = "similar_ideas"
down_revision = "answer_basis"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "idea_pair",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "idea_id",
            sa.String(36),
            sa.ForeignKey("idea.id", ondelete="CASCADE", name="fk_idea_pair_idea_id_idea"),
            nullable=False,
        ),
        sa.Column(
            "other_id",
            sa.String(36),
            sa.ForeignKey("idea.id", ondelete="CASCADE", name="fk_idea_pair_other_id_idea"),
            nullable=False,
        ),
        sa.Column("decision", sa.String(16), nullable=False),
        *_stamps(),
    )
    op.create_index("ix_idea_pair_idea_id", "idea_pair", ["idea_id"])
    op.create_index("ix_idea_pair_other_id", "idea_pair", ["other_id"])
    op.create_table(
        "lexicon_term",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("variant", sa.Text(), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        *_stamps(),
    )


def downgrade() -> None:
    op.drop_table("lexicon_term")
    op.drop_index("ix_idea_pair_other_id", "idea_pair")
    op.drop_index("ix_idea_pair_idea_id", "idea_pair")
    op.drop_table("idea_pair")
