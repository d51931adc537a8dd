"""`make benchmark`: every row of issue 15's table, each with its floor measured in the same
run, written to benchmarks/results.json and benchmarks/results.md (figure, floor, ratio,
target, met or not; machine and date).

    .venv/bin/python benchmarks/run.py                  # every benchmark, full size
    .venv/bin/python benchmarks/run.py bench_counting   # only these
    .venv/bin/python benchmarks/run.py --size tiny      # a smoke run (what the tests do)
    .venv/bin/python benchmarks/run.py bench_drumup --merge   # these rows, the others kept
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "src"))

from common import SIZES, Row  # noqa: E402

# In the order of the issue's table (issue 15), then later issues' rows (bench_drumup: issue 22;
# bench_similar: issue 28; bench_evidence: issue 21).
BENCHMARKS = (
    "bench_counting",
    "bench_startup",
    "bench_sync",
    "bench_reports",
    "bench_drumup",
    "bench_similar",
    "bench_evidence",
)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, str]:
    import sqlite3

    import sqlalchemy

    try:
        import _rl_accel  # noqa: F401

        accel = "yes"
    except ImportError:
        accel = "no"
    return {
        "date_utc": datetime.now(UTC).strftime("%Y-%m-%d %H:%M"),
        "system": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "cpu": f"{cpu_model()}, {os.cpu_count()} logical cores (shared with other work)",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "rl_accel": accel,
    }


def _number(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:g} {unit}"


def markdown(info: dict[str, str], rows: list[Row], took: float) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run.py` (`make benchmark`); each figure is measured with its "
        "floor in the same run (see each `bench_*.py`). `met`: the figure is within the "
        "target.",
        "",
        "| Machine | |",
        "|---|---|",
    ]
    lines += [f"| {k} | {v} |" for k, v in info.items()]
    lines += [
        "",
        "| measure | figure | floor | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.measure} | {_number(row.figure, row.unit)} | "
            f"{_number(row.floor, row.unit)} | "
            f"{'—' if row.ratio is None else f'{row.ratio:g}×'} | {row.target} "
            f"(≤ {row.limit:g} {row.unit}) | {'yes' if row.met else '**no**'} |"
        )
    lines += ["", "Details:", ""]
    for row in rows:
        details = ", ".join(f"{k} {v}" for k, v in row.details.items())
        lines.append(f"- {row.measure}: {details}")
    lines += ["", f"({took:.0f} s to run.)"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="bench_* modules to run (default: all)")
    parser.add_argument("--size", choices=SIZES, default="full")
    parser.add_argument(
        "--out", type=Path, default=HERE, help="folder for results.json and results.md"
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the rows of results.json that these benchmarks do not measure",
    )
    args = parser.parse_args(argv)
    names = [n.removesuffix(".py") for n in args.names] or list(BENCHMARKS)
    began = time.perf_counter()
    rows: list[Row] = []
    for name in names:
        print(f"{name} …", file=sys.stderr, flush=True)
        for row in importlib.import_module(name).run(args.size):
            rows.append(row)
            print(
                f"  {row.measure}: {row.figure} {row.unit} (floor {row.floor}, "
                f"target {row.target}: {'met' if row.met else 'NOT met'})",
                file=sys.stderr,
            )
    took = time.perf_counter() - began
    info = machine() | {"size": args.size}
    earlier = args.out / "results.json"
    if args.merge and earlier.exists():
        new = {row.measure for row in rows}
        kept = [
            Row(**{k: v for k, v in row.items() if k not in ("ratio", "met")})
            for row in json.loads(earlier.read_text(encoding="utf-8"))["rows"]
            if row["measure"] not in new
        ]
        rows = kept + rows
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(
        json.dumps(
            {"machine": info, "rows": [r.to_json() for r in rows]}, indent=2, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    (args.out / "results.md").write_text(markdown(info, rows, took), encoding="utf-8")
    print(f"wrote {args.out / 'results.json'} and results.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
