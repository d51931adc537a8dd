"""profile fields the national form asks that the profile lacked (issue 24): waktu
pengembangan (the latest development, which lets an older innovation count in a year's
window), the realised hasil inovasi, profil bisnis, HKI, penghargaan, the budget document (an
evidence id: the PDF is kept in the evidence store), the IGA registration number, and the
per-year fields (klasifikasi, Asta Cita, PKPN, koordinat, tematik). Existing innovations get
them empty.

Revision ID: profile_fields
Revises: opd_removal
"""

import sqlalchemy as sa
from alembic import op

revision = "profile_fields"
down_revision = "opd_removal"
branch_labels = None
depends_on = None

DATE_COLUMNS = ("development_date",)
TEXT_COLUMNS = (
    "result",
    "business_profile",
    "ip_rights",
    "awards",
    "budget_document",
    "registration_number",
    "classification",
    "asta_cita",
    "pkpn",
    "coordinates",
    "theme",
)


def upgrade() -> None:
    with op.batch_alter_table("innovation") as batch:
        for name in DATE_COLUMNS:
            batch.add_column(sa.Column(name, sa.Date(), nullable=True))
        for name in TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("innovation") as batch:
        for name in (*DATE_COLUMNS, *TEXT_COLUMNS):
            batch.drop_column(name)
