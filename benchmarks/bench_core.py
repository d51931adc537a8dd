"""How fast the everyday work is: adding one idea (a commit each), status() and list_ideas() on
a 47-OPD × 10-idea workshop, importing a 5,000-row CSV, exporting it, and opening a file
(the integrity check on open included).
`run()` returns the figures (milliseconds unless the name says otherwise)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from labinovasi.services import WorkshopService
from labinovasi.services.export import export_workshop

OPDS = 47
IDEAS_PER_OPD = 10
IMPORT_ROWS = 5000
ADDS = 200

NOTES = """Changes made after a first run (same machine, same sizes):

- `status()` tallied from full idea views, classifying every idea twice: now it reads only
  id, OPD and text. status on 47×10: 16.3 ms → 3.7 ms; on 47 OPD with 5,000 ideas:
  191 ms → 31 ms.
- `normalize_idea_text` looked up the Unicode category of every character of every idea
  each time; it now translates through a cached table (same result for every code point,
  checked). list_ideas on 47×10: 10.4 ms → 7.1 ms.
- Since then normalize_idea_text is also memoised (lru_cache, commit d951d67), which the
  current figures include.
- Adding one idea is one commit with `synchronous=FULL` (an acknowledged idea survives a
  power cut); the figure depends on the disk's fsync."""


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _timed(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return times


def _opd_csv(path: Path) -> Path:
    path.write_text("nama,singkatan\n" + "".join(
        f"Perangkat Daerah Nomor {n:02d},OPD{n:02d}\n" for n in range(1, OPDS + 1)),
        encoding="utf-8")
    return path


def _ideas_csv(path: Path, rows: int) -> Path:
    lines = ["opd,gagasan,masalah,pengusul"]
    for n in range(rows):
        opd = n % OPDS + 1
        lines.append(f"OPD{opd:02d},\"Gagasan {n} untuk layanan {opd}: aplikasi, antrean "
                     f"daring, dan pengingat SMS\",\"Masalah {n}: layanan lambat\",Peserta {n % 9}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _workshop(folder: Path, name: str, ideas: int) -> Path:
    path = folder / name
    with WorkshopService.create(path, "Benchmark", region="Kabupaten Uji") as service:
        service.import_opds(_opd_csv(folder / "opd.csv"))
        if ideas:
            service.import_ideas(_ideas_csv(folder / f"{name}.csv", ideas))
    return path


def run(repeats: int = 5) -> dict[str, float | str]:
    figures: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-core-") as folder_name:
        folder = Path(folder_name)

        # One idea at a time, as a station types them: each add commits (synchronous=FULL).
        path = _workshop(folder, "tambah.labinovasi", 0)
        with WorkshopService.open(path) as service:
            opd_ids = [o.id for o in service.list_opds()]
            counter = iter(range(ADDS))
            times = _timed(lambda: service.add_idea(
                opd_ids[next(counter) % 5], "Gagasan baru dari stasiun nomor "
                f"{time.perf_counter_ns()}", author="Sari"), ADDS)
        figures["add_idea_median_ms"] = _ms(statistics.median(times))
        figures["add_idea_p95_ms"] = _ms(sorted(times)[int(ADDS * 0.95) - 1])
        figures["add_idea_max_ms"] = _ms(max(times))

        # The board: 47 OPD × 10 ideas.
        path = _workshop(folder, "papan.labinovasi", OPDS * IDEAS_PER_OPD)
        with WorkshopService.open(path) as service:
            figures["status_47x10_median_ms"] = _ms(statistics.median(
                _timed(service.status, repeats)))
            figures["list_ideas_47x10_median_ms"] = _ms(statistics.median(
                _timed(service.list_ideas, repeats)))
            one = service.list_opds()[0].id
            figures["opd_status_47x10_median_ms"] = _ms(statistics.median(
                _timed(lambda: service.opd_status(one), repeats)))

        figures["open_47x10_median_ms"] = _ms(statistics.median(
            _timed(lambda: WorkshopService.open(path).close(), repeats)))

        # A big import, all or nothing in one transaction.
        path = _workshop(folder, "impor.labinovasi", 0)
        source = _ideas_csv(folder / "besar.csv", IMPORT_ROWS)
        with WorkshopService.open(path) as service:
            began = time.perf_counter()
            report = service.import_ideas(source)
            figures["import_5000_rows_ms"] = _ms(time.perf_counter() - began)
            assert report.imported == IMPORT_ROWS
            figures["status_5000_median_ms"] = _ms(statistics.median(
                _timed(service.status, repeats)))
            out = folder / "ekspor.xlsx"
            figures["export_xlsx_5000_ms"] = _ms(min(_timed(
                lambda: export_workshop(service, "xlsx", out), 3)))
            figures["export_csv_5000_ms"] = _ms(min(_timed(
                lambda: export_workshop(service, "csv", folder / "ekspor.csv"), 3)))
        figures["open_5000_median_ms"] = _ms(statistics.median(
            _timed(lambda: WorkshopService.open(path).close(), repeats)))

        def open_and_status() -> None:
            with WorkshopService.open(path) as service:
                service.status()

        figures["open_and_status_5000_median_ms"] = _ms(statistics.median(
            _timed(open_and_status, repeats)))
        figures["file_5000_kilobytes"] = round(path.stat().st_size / 1024)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:32} {value}")
    sys.exit(0)
