"""Every benchmark runs at a tiny size and writes its results (no timing is checked here:
`make benchmark` measures; this keeps the benchmarks working)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.slow  # a dozen whole processes (GUI start-up included): 10-25 s on 2 cores
def test_every_benchmark_runs_tiny_and_writes_results(tmp_path):
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--size", "tiny", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    measures = [row["measure"] for row in results["rows"]]
    assert len(measures) == 22
    assert [m.split(" (")[0] for m in measures[-3:]] == [
        "open a workshop with 0.0003 GB of evidence",
        "backup after adding one idea, 0.0003 GB of evidence",
        "12 backups of a workshop with 0.0003 GB of evidence, on disk",
    ]
    assert all(r["floor"] > 0 for r in results["rows"][-3:])
    for row in results["rows"]:
        assert row["figure"] > 0 and row["limit"] > 0 and isinstance(row["met"], bool)
    # Each row of the table is there, with its floor where the table has one.
    floors = {
        m.split(",")[0].split(" (")[0]: r["floor"]
        for m, r in zip(measures, results["rows"], strict=True)
    }
    assert floors["add an idea + refresh its OPD's counter"] > 0
    assert floors["add an idea in the drum-up tab"] > 0
    assert floors["station copy of a 500-idea workshop"] > 0  # SQLite's backup API
    assert floors["merge 2 station copies × 5 new ideas into 500 ideas"] > 0
    assert floors["start to a shown main window with the sample workshop"] > 0
    printouts = [r for r in results["rows"] if r["measure"].startswith("full print-out")]
    assert len(printouts) == 2 and all(r["floor"] > 0 for r in printouts)
    # issue 23: the print-out of an OPD whose table runs over pages, against 2× its floor
    assert printouts[1]["target"] == "≤ 2× floor"
    assert printouts[1]["limit"] == round(2 * printouts[1]["floor"], 3)
    assert printouts[1]["details"]["cpu_ratio"] > 0
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert "| measure | figure | floor | ratio | target | met |" in text


def test_the_generator_is_deterministic(tmp_path):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    import sqlite3

    rows = []
    for name in ("a", "b"):
        path = generate(tmp_path / f"{name}.labinovasi", ideas=200)
        with sqlite3.connect(path) as db:
            rows.append(
                db.execute(
                    "SELECT id, text, mark, duplicate_of FROM idea ORDER BY created_at"
                ).fetchall()
            )
    assert rows[0] == rows[1] and len(rows[0]) == 200
    assert {r[2] for r in rows[0]} >= {"counted", "duplicate"}
