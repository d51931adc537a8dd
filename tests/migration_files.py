"""Workshop files at an older schema revision, for migration tests: each new Alembic revision
gets a test that builds a file at the revision before it, puts data in with plain SQL, and
opens it with the current code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from labinovasi.storage import connection

# Revision → the user_version a file at that revision carries.
USER_VERSION = {
    "0001": 1,
    "withdrawn": 2,
    "innovations": 3,
    "evidence": 4,
    "iga": 5,
    "delivery": 6,
    "idea_state": 7,
    "papers": 8,
    "idea_order": 9,
    "innovation_origin": 10,
    "answer_basis": 11,
    "similar_ideas": 12,
    "merged_copies": 13,
    "phone_links": 14,
    "budget_bigint": 15,
    "opd_removal": 16,
    "profile_fields": 17,
    "lab_materi": 18,
    "verified_at": 19,
}


def file_at_revision(path: Path, revision: str, statements: list[str] = ()) -> Path:
    """A workshop file at `revision` (not head), with `statements` (SQL) run in it."""
    engine = create_engine(f"sqlite:///{path}")
    config = connection._alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id={connection.APPLICATION_ID}")
    db.execute(f"PRAGMA user_version={USER_VERSION[revision]}")
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path


OLD_WORKSHOP = [
    "INSERT INTO workshop (id, title, region, min_ideas, place, station_name, created_at, "
    "updated_at) VALUES ('w1', 'Lab lama', 'Kabupaten Contoh', 5, '', '', '2026-01-01', "
    "'2026-01-01')",
    "INSERT INTO opd (id, workshop_id, name, abbreviation, stage, position, created_at, "
    "updated_at) VALUES ('o1', 'w1', 'Dinas Kesehatan', 'DINKES', 'drum-up', 0, '2026-01-01', "
    "'2026-01-01')",
    "INSERT INTO idea (id, opd_id, text, author, problem, root_cause, affected, apkl_aktual, "
    "apkl_problematik, apkl_kekhalayakan, apkl_layak, votes, chosen, created_at, updated_at) "
    "VALUES ('i1', 'o1', 'Antrean puskesmas lewat WhatsApp', '', '', '', '', 0, 0, 0, 0, 0, 0, "
    "'2026-01-01', '2026-01-01')",
]
