"""Counting on a 50,000-idea workshop: adding an idea and refreshing its OPD's counter, each
against a raw sqlite3 INSERT + COMMIT with the app's pragmas into a copy of the same file
(alternating, so both see the same disk and load); and status() of the whole workshop."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from common import Row, ms, p50, p99, timed
from generate import generate

from labinovasi.services import WorkshopService

SIZES = {"full": (50_000, 300, 25), "tiny": (300, 5, 2)}  # ideas, adds, status repeats


def _raw_connection(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "busy_timeout=10000", "journal_mode=WAL", "synchronous=FULL"):
        db.execute(f"PRAGMA {pragma}")
    return db


def run(size: str = "full") -> list[Row]:
    ideas, adds, repeats = SIZES[size]
    with tempfile.TemporaryDirectory(prefix="bench-counting-") as folder:
        path = generate(Path(folder) / "besar.labinovasi", ideas)
        floor_path = Path(folder) / "lantai.labinovasi"
        shutil.copy2(path, floor_path)
        raw = _raw_connection(floor_path)
        raw_opd = raw.execute("SELECT id FROM opd ORDER BY position LIMIT 1").fetchone()[0]
        app_times, floor_times = [], []
        with WorkshopService.open(path) as service:
            opd_id = service.list_opds()[0].id
            # The session's first add also compiles its statements (SQLAlchemy caches them per
            # engine): reported apart, as the floor's first INSERT is not timed either.
            began = time.perf_counter()
            service.add_idea(opd_id, "Gagasan pertama sesi ini", author="Sari")
            service.opd_status(opd_id)
            first_add = time.perf_counter() - began
            raw.execute("BEGIN")
            raw.execute(
                "INSERT INTO idea (id, opd_id, text, author, problem, root_cause, "
                "affected, apkl_aktual, apkl_problematik, apkl_kekhalayakan, "
                "apkl_layak, votes, chosen, created_at, updated_at) VALUES "
                "(?, ?, 'Gagasan pertama', 'Sari', '', '', '', 0, 0, 0, 0, 0, 0, "
                "datetime('now'), datetime('now'))",
                (str(uuid.uuid4()), raw_opd),
            )
            raw.execute("COMMIT")
            for n in range(adds):
                text = f"Gagasan baru nomor {n} dari stasiun"
                began = time.perf_counter()
                service.add_idea(opd_id, text, author="Sari")
                service.opd_status(opd_id)
                app_times.append(time.perf_counter() - began)
                began = time.perf_counter()
                raw.execute("BEGIN")
                raw.execute(
                    "INSERT INTO idea (id, opd_id, text, author, problem, root_cause, "
                    "affected, apkl_aktual, apkl_problematik, apkl_kekhalayakan, "
                    "apkl_layak, votes, chosen, created_at, updated_at) VALUES "
                    "(?, ?, ?, 'Sari', '', '', '', 0, 0, 0, 0, 0, 0, "
                    "datetime('now'), datetime('now'))",
                    (str(uuid.uuid4()), raw_opd, text),
                )
                raw.execute("COMMIT")
                floor_times.append(time.perf_counter() - began)
            status_times = timed(service.status, repeats)
            one_opd = timed(lambda: service.list_ideas(opd_id), max(1, repeats // 5))
        raw.close()
    add = Row(
        f"add an idea + refresh its OPD's counter, file with {ideas:,} ideas (p99)",
        "ms",
        ms(p99(app_times)),
        "p99 ≤ 3× floor",
        ms(3 * p99(floor_times)),
        ms(p99(floor_times)),
        {
            "p50_ms": ms(p50(app_times)),
            "floor_p50_ms": ms(p50(floor_times)),
            "repeats": adds,
            "first_add_ms": ms(first_add),
        },
    )
    status = Row(
        f"status() of a {ideas:,}-idea workshop (median)",
        "ms",
        ms(p50(status_times)),
        "≤ 50 ms",
        50.0,
        None,
        {
            "p99_ms": ms(p99(status_times)),
            "repeats": repeats,
            "list_ideas_one_opd_ms": ms(p50(one_opd)),
        },
    )
    return [add, status]


if __name__ == "__main__":
    for row in run(sys.argv[1] if len(sys.argv) > 1 else "full"):
        print(row.to_json())
