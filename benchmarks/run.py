"""Run every benchmarks/bench_*.py (each has `run() -> dict`) and write benchmarks/results.md:
machine, date and every figure.

    .venv/bin/python benchmarks/run.py               # all benchmarks
    .venv/bin/python benchmarks/run.py bench_core    # only these
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.md"


def discover(names: list[str] | None = None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if names:
        wanted = {n.removesuffix(".py") for n in names}
        found = [p for p in found if p.stem in wanted]
    return found


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def flatten(figures: dict, prefix: str = "") -> dict[str, object]:
    """Nested figures ({"all": {"best_s": 1.2}}) as one row each ("all.best_s")."""
    flat: dict[str, object] = {}
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> list[tuple[str, str]]:
    import sqlite3

    import sqlalchemy

    return [
        ("Date (UTC)", datetime.now(UTC).strftime("%Y-%m-%d %H:%M")),
        ("System", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("CPU", f"{cpu_model()}, {os.cpu_count()} logical cores (shared with other work)"),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", sqlalchemy.__version__),
    ]


def markdown(results: list[tuple[str, str, dict[str, object], float, str]]) -> str:
    lines = ["# Benchmark results", "",
             "Written by `benchmarks/run.py`; run it again (`make benchmark`) to refresh. "
             "Times are wall-clock on the machine below; `_ms` is milliseconds, `_s` seconds.",
             "", "| Machine | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in machine()]
    for name, doc, figures, took, notes in results:
        lines += ["", f"## {name}", "", doc, "", "| Figure | Value |", "|---|---:|"]
        lines += [f"| `{k}` | {v} |" for k, v in figures.items()]
        lines += ["", f"({took:.1f} s to run.)"]
        if notes:
            lines += ["", notes.strip()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="bench_* modules to run (default: all)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = []
    for path in discover(args.names):
        print(f"{path.stem} …", file=sys.stderr, flush=True)
        module = load(path)
        began = time.perf_counter()
        figures = flatten(module.run())
        took = time.perf_counter() - began
        doc = " ".join((module.__doc__ or "").split())
        results.append((path.stem, doc, figures, took, getattr(module, "NOTES", "")))
        for key, value in figures.items():
            print(f"  {key:36} {value}", file=sys.stderr)
    if not results:
        print("no benchmarks found", file=sys.stderr)
        return 1
    args.out.write_text(markdown(results), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
