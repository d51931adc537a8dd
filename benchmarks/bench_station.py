"""Station copies and merges at 50,000 ideas (issue 21), each against its floor in the same run:

- a station copy of the workshop against SQLite's backup API copying the same file;
- merging 10 station copies of 100 new ideas each against ATTACH + INSERT OR IGNORE of the same
  copies (every table) into the same main file; its peak memory against the app's idle (the
  same process having opened the workshop), both in a child process of their own;
- merging the same copies again (which brings nothing) against the first merge;
- the size of a station copy made without evidence against the workshop without evidence.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import HERE, Row, child_env, p50

IDEAS = {"full": 50_000, "tiny": 500}
STATIONS = {"full": (10, 100), "tiny": (2, 5)}
EVIDENCE = {"full": (20, 2 * 1024 * 1024), "tiny": (2, 64 * 1024)}  # files, bytes each
REPEATS = {"full": 3, "tiny": 1}

# The child that merges (or only opens, for the idle figure) and reports its peak RSS.
_CHILD = """
import json, resource, sys, time
from labinovasi.services import WorkshopService
from labinovasi.services.sync import merge
mode, main, *copies = sys.argv[1:]
with WorkshopService.open(main) as service:
    service.status()
began = time.perf_counter()
added = merge(main, copies).added["ideas"] if mode == "merge" else 0
took = time.perf_counter() - began
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"s": took, "rss_mb": rss, "added": added}))
"""


def _child(mode: str, main: Path, copies: list[Path]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(main), *map(str, copies)],
        env=child_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _backup_api(source: Path, out: Path) -> float:
    began = time.perf_counter()
    src, dst = sqlite3.connect(source), sqlite3.connect(out)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return time.perf_counter() - began


def _tables(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
    finally:
        db.close()


def _insert_or_ignore(main: Path, copies: list[Path]) -> float:
    """The floor of a merge: every row of every table of each copy that the main file lacks,
    by primary key, in one transaction (no rule, no comparison, no report)."""
    tables = _tables(main)
    began = time.perf_counter()
    db = sqlite3.connect(main, isolation_level=None)
    try:
        for copy in copies:
            db.execute("ATTACH DATABASE ? AS c", (str(copy),))
            db.execute("BEGIN")
            for table in tables:
                db.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM c.{table}")
            db.execute("COMMIT")
            db.execute("DETACH DATABASE c")
    finally:
        db.close()
    return time.perf_counter() - began


def _size_without_wal(path: Path) -> int:
    return path.stat().st_size + sum(
        p.stat().st_size for p in path.parent.glob(path.name + "-*") if p.is_file()
    )


def run(size: str = "full") -> list[Row]:
    sys.path.insert(0, str(HERE))
    from generate import generate

    from labinovasi.services import WorkshopService
    from labinovasi.services import evidence as ev
    from labinovasi.services.sync import make_station_copy

    ideas = IDEAS[size]
    stations, new_ideas = STATIONS[size]
    files, file_bytes = EVIDENCE[size]
    with tempfile.TemporaryDirectory(prefix="bench-station-") as folder:
        root = Path(folder)
        main = generate(root / "utama.labinovasi", ideas)
        with WorkshopService.open(main) as service:  # checkpointed: one file
            service.status()
        bare_size = _size_without_wal(main)

        # Station copy against the backup API of the same file.
        copy_s, floor_s = [], []
        for n in range(REPEATS[size]):
            floor_s.append(_backup_api(main, root / f"floor-{n}.labinovasi"))
            began = time.perf_counter()
            make_station_copy(main, root / f"meja-{n}.labinovasi", f"Meja {n}")
            copy_s.append(time.perf_counter() - began)

        # Station copies with new ideas, merged twice; the floor on a copy of the main file.
        copies = []
        rng = random.Random(21)
        for n in range(stations):
            copy = root / f"stasiun-{n}.labinovasi"
            make_station_copy(main, copy, f"Stasiun {n}")
            with WorkshopService.open(copy) as service:
                opds = [o.id for o in service.list_opds()]
                for i in range(new_ideas):
                    service.add_idea(rng.choice(opds), f"Stasiun {n} gagasan baru {i}")
            copies.append(copy)
        floor_main = root / "floor-merge.labinovasi"
        _backup_api(main, floor_main)
        floor_merge = _insert_or_ignore(floor_main, copies)
        idle = _child("idle", main, [])
        first = _child("merge", main, copies)
        again = _child("merge", main, copies)

        # A workshop holding evidence files: its station copy against the same without.
        data_rng = random.Random(7)
        with WorkshopService.open(main) as service:
            for n in range(files):
                path = root / f"bukti-{n}.pdf"
                path.write_bytes(data_rng.randbytes(file_bytes))
                ev.add_evidence(service, path=path, title=f"Bukti {n}")
        stick = root / "flashdisk.labinovasi"
        make_station_copy(main, stick, "Flashdisk")
        stick_size = _size_without_wal(stick)
    copy_p50, floor_p50 = p50(copy_s), p50(floor_s)
    return [
        Row(
            f"station copy of a {ideas:,}-idea workshop (median)",
            "s",
            round(copy_p50, 3),
            "≤ 3× SQLite's backup API of the same file",
            round(3 * floor_p50, 3),
            round(floor_p50, 3),
            {"repeats": REPEATS[size]},
        ),
        Row(
            f"merge {stations} station copies × {new_ideas} new ideas into {ideas:,} ideas",
            "s",
            round(first["s"], 3),
            "≤ 3× ATTACH + INSERT OR IGNORE of the same copies",
            round(3 * floor_merge, 3),
            round(floor_merge, 3),
            {"ideas_added": first["added"]},
        ),
        Row(
            f"peak RSS merging {stations} copies into {ideas:,} ideas",
            "MB",
            round(first["rss_mb"], 1),
            "≤ the app's idle (workshop open) + 150 MB",
            round(idle["rss_mb"] + 150, 1),
            round(idle["rss_mb"], 1),
        ),
        Row(
            f"merge the same {stations} copies again (brings nothing)",
            "s",
            round(again["s"], 3),
            "≤ 30% of the first merge",
            round(0.3 * first["s"], 3),
            round(first["s"], 3),
            {"ideas_added": again["added"], "rss_mb": round(again["rss_mb"], 1)},
        ),
        Row(
            f"station copy without evidence, workshop holding {files} files "
            f"({files * file_bytes // 2**20} MB)",
            "MB",
            round(stick_size / 2**20, 2),
            "≤ 2× the workshop without evidence",
            round(2 * bare_size / 2**20, 2),
            round(bare_size / 2**20, 2),
        ),
    ]


if __name__ == "__main__":
    for row in run(sys.argv[1] if len(sys.argv) > 1 else "full"):
        print(row.to_json())
