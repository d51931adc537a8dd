"""How long the breaks take: making a station copy of a 47-OPD workshop, and merging four
station copies of 500 new ideas each into it (first merge, then the same again, idempotent).
`run()` returns the figures (milliseconds)."""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

from labinovasi.services import WorkshopService
from labinovasi.services.sync import make_station_copy, merge

OPDS = 47
STATIONS = 4
IDEAS_PER_STATION = 500


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def run() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        main = root / "utama.labinovasi"
        with WorkshopService.create(main, "Bench") as service:
            for n in range(OPDS):
                opd = service.add_opd(f"OPD {n}", f"OPD{n}")
                service.add_idea(opd.id, f"Gagasan awal {n}")
        start = time.perf_counter()
        copies = [root / f"s{n}.labinovasi" for n in range(STATIONS)]
        for n, copy in enumerate(copies):
            make_station_copy(main, copy, f"Stasiun {n}")
        copy_ms = _ms((time.perf_counter() - start) / STATIONS)
        for n, copy in enumerate(copies):
            source = root / f"s{n}.csv"
            with source.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["opd", "gagasan"])
                writer.writerows((f"OPD{i % OPDS}", f"Stasiun {n} gagasan {i}")
                                 for i in range(IDEAS_PER_STATION))
            with WorkshopService.open(copy) as service:
                service.import_ideas(source)
        start = time.perf_counter()
        merge(main, copies)
        first = time.perf_counter() - start
        start = time.perf_counter()
        merge(main, copies)
        again = time.perf_counter() - start
    return {"station_copy_ms": copy_ms, "merge_4x500_ms": _ms(first),
            "merge_again_ms": _ms(again)}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}", file=sys.stdout)
