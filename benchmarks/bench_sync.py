"""The breaks: merging 10 station copies of 1,000 new ideas each into the main workshop, then
the same again (which must add nothing)."""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

from common import Row

from labinovasi.services import WorkshopService
from labinovasi.services.sync import make_station_copy, merge

OPDS = 47
SIZES = {"full": (10, 1000), "tiny": (2, 20)}  # station copies, ideas each


def run(size: str = "full") -> list[Row]:
    stations, ideas = SIZES[size]
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        root = Path(folder)
        main = root / "utama.labinovasi"
        with WorkshopService.create(main, "Bench") as service:
            for n in range(OPDS):
                opd = service.add_opd(f"OPD {n}", f"OPD{n}")
                service.add_idea(opd.id, f"Gagasan awal {n}")
        copies = [root / f"s{n}.labinovasi" for n in range(stations)]
        for n, copy in enumerate(copies):
            make_station_copy(main, copy, f"Stasiun {n}")
            source = root / f"s{n}.csv"
            with source.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["opd", "gagasan"])
                # Every tenth idea repeats one from another station: duplicates across copies.
                writer.writerows(
                    (f"OPD{i % OPDS}", f"Stasiun {n if i % 10 else 0} gagasan {i}")
                    for i in range(ideas)
                )
            with WorkshopService.open(copy) as service:
                service.import_ideas(source)
        began = time.perf_counter()
        first = merge(main, copies)
        first_s = time.perf_counter() - began
        began = time.perf_counter()
        again = merge(main, copies)
        again_s = time.perf_counter() - began
    added = first.added["ideas"], again.added["ideas"]
    return [
        Row(
            f"merge {stations} station copies × {ideas:,} ideas",
            "s",
            round(first_s, 3),
            "< 1 s",
            1.0,
            None,
            {"ideas_added": added[0]},
        ),
        Row(
            f"merge the same {stations} copies again (adds nothing)",
            "s",
            round(again_s, 3),
            "< 1 s",
            1.0,
            None,
            {"ideas_added": added[1]},
        ),
    ]


if __name__ == "__main__":
    for row in run(sys.argv[1] if len(sys.argv) > 1 else "full"):
        print(row.to_json())
