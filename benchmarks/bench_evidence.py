"""A year of evidence (1 GB of bukti dukung inside the file) must not make every action heavy:
opening it against the same workshop without evidence, a backup after adding one idea, and
what twelve such backups take on disk, each measured with its floor in the same run."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import Row, timed
from generate import generate

# full: 10,000 ideas (a large lab: 47 OPDs, about 7 MB without evidence) and 50 files of
# 20 MB (1 GB of evidence); tiny: a smoke run. Twelve backups hold the rows twelve times and
# the evidence once, so at 50,000 ideas (36 MB) the rows alone would take 430 MB of them.
SIZES = {"full": (10_000, 50, 20_000_000, 7), "tiny": (200, 3, 100_000, 2)}
BLOCK = 1 << 20


def _add_evidence(path: Path, folder: Path, files: int, size: int) -> int:
    from labinovasi.services import WorkshopService
    from labinovasi.services import evidence as ev

    block = os.urandom(BLOCK)
    with WorkshopService.open(path) as service:
        for n in range(files):
            proof = folder / f"bukti-{n:02d}.pdf"
            with proof.open("wb") as out:  # a distinct file: its own first bytes
                out.write(f"%PDF-1.4 bukti {n}\n".encode())
                left = size - out.tell()
                while left > 0:
                    out.write(block[:left])
                    left -= min(left, BLOCK)
            ev.add_evidence(service, path=proof, title=f"SK {n}")
            proof.unlink()
    return files * size


def _open_times(path: Path, repeats: int) -> list[float]:
    from labinovasi.services import WorkshopService

    return timed(lambda: WorkshopService.open(path).close(), repeats)


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run(size: str = "full") -> list[Row]:
    ideas, files, file_size, repeats = SIZES[size]
    with tempfile.TemporaryDirectory(prefix="bench-evidence-") as temp:
        root = Path(temp)
        os.environ["LABINOVASI_BACKUP_DIR"] = str(root / "cadangan")
        from labinovasi.services import WorkshopService
        from labinovasi.storage import backups, workshop_file

        plain = generate(root / "tanpa-bukti.labinovasi", ideas=ideas)
        heavy = root / "dengan-bukti.labinovasi"
        workshop_file.copy_database(plain, heavy)
        evidence = _add_evidence(heavy, root, files, file_size)
        # The first backup puts each evidence file into the store once; with it (and the
        # plain file's) made, no backup is due during the opens timed next.
        began = time.perf_counter()
        backups.make_backup(heavy)
        first_backup = time.perf_counter() - began
        backups.make_backup(plain)

        open_plain = statistics.median(_open_times(plain, repeats))
        open_heavy = statistics.median(_open_times(heavy, repeats))
        backups_dir = root / "cadangan"

        # Then a day's work: add one idea, back up; twelve times.
        times = []
        with WorkshopService.open(heavy) as service:
            opd = service.list_opds()[0]
            for n in range(backups.KEEP):
                service.add_idea(opd.id, f"Gagasan sesudah cadangan {n}")
                began = time.perf_counter()
                backups.make_backup(heavy)
                times.append(time.perf_counter() - began)
        kept_backups = backups.backups_of(heavy)
        kept = len(kept_backups)
        on_disk = sum(b.stat().st_size for b in kept_backups) + _folder_bytes(
            backups_dir / backups.STORE
        )
        # Floor of a backup: SQLite's backup API copying the same workshop without evidence.
        floor_copy = root / "salinan.labinovasi"
        began = time.perf_counter()
        workshop_file.copy_database(plain, floor_copy)
        backup_api_plain = time.perf_counter() - began
        # What a whole-file backup of the workshop with its evidence costs (the old way).
        whole = root / "utuh.labinovasi"
        began = time.perf_counter()
        workshop_file.copy_database(heavy, whole)
        backup_api_heavy = time.perf_counter() - began
        whole.unlink()
        sizes = {p: p.stat().st_size for p in (plain, heavy)}
    mb = 1_000_000
    return [
        Row(
            f"open a workshop with {evidence / 1e9:g} GB of evidence (median)",
            "s",
            round(open_heavy, 3),
            "≤ 1.5× the same workshop without evidence",
            round(1.5 * open_plain, 3),
            round(open_plain, 3),
            {"ideas": ideas, "evidence_files": files, "repeats": repeats},
        ),
        Row(
            f"backup after adding one idea, {evidence / 1e9:g} GB of evidence (slowest of 12)",
            "s",
            round(max(times), 3),
            "≤ 2 s",
            2.0,
            round(backup_api_plain, 3),
            {
                "median_s": round(statistics.median(times), 3),
                "first_backup_s": round(first_backup, 3),
                "whole_file_backup_api_s": round(backup_api_heavy, 3),
                "floor": "backup API, same workshop without evidence",
            },
        ),
        Row(
            f"{kept} backups of a workshop with {evidence / 1e9:g} GB of evidence, on disk",
            "MB",
            round(on_disk / mb, 1),
            "≤ 1.3 GB",
            round(1.3 * evidence / mb, 1),
            round(evidence / mb, 1),
            {
                "file_mb": round(sizes[heavy] / mb, 1),
                "without_evidence_mb": round(sizes[plain] / mb, 1),
                "floor": "the evidence once",
            },
        ),
    ]


if __name__ == "__main__":
    for row in run(sys.argv[1] if len(sys.argv) > 1 else "full"):
        print(row.to_json())
