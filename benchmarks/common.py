"""What every benchmark shares: a row of the issue's table (figure, floor, ratio, target, met),
percentiles, and running a child Python process with this checkout's sources first."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
# "full": the sizes; "tiny": a smoke run for the test suite (nothing timed there).
SIZES = ("full", "tiny")


@dataclass
class Row:
    """One measure: the app's figure and, when there is one, its floor measured in the same
    run; `limit` is the target as a number in the figure's unit, `target` says it in words."""

    measure: str
    unit: str
    figure: float
    target: str
    limit: float
    floor: float | None = None
    details: dict[str, float | int | str] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return round(self.figure / self.floor, 2) if self.floor else None

    @property
    def met(self) -> bool:
        return self.figure <= self.limit

    def to_json(self) -> dict:
        return asdict(self) | {"ratio": self.ratio, "met": self.met}


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def p50(values: list[float]) -> float:
    return statistics.median(values)


def p99(values: list[float]) -> float:
    """The 99th percentile (nearest rank): with fewer than 100 values, the largest."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, -(-99 * len(ordered) // 100) - 1))]


def timed(action, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return times


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app (wheel, bundle) starts from compiled bytecode; a start-up figure taken
    # with PYTHONDONTWRITEBYTECODE set would time compiling every module, every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass
class ChildRun:
    marks: dict[str, float]  # seconds from spawning the process to each printed mark
    peak_rss_mb: float
    wall_s: float


def run_child(args: list[str], env: dict[str, str] | None = None, timeout: float = 120) -> ChildRun:
    """Run `python args…`; the child prints "MARK <name> <time.time()>" lines on stderr.
    Peak RSS is the child's own (wait4), not this process's."""
    began = time.time()
    process = subprocess.Popen(
        [sys.executable, *args],
        env=env or child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    wall = time.time() - began
    # communicate() reaped the child; its rusage is in RUSAGE_CHILDREN only cumulatively, so
    # the child reports its own peak RSS as a mark too.
    marks = {}
    for line in err.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "MARK":
            marks[parts[1]] = float(parts[2])
    if process.returncode != 0 or "rss_kb" not in marks:
        raise RuntimeError(f"{args} failed ({process.returncode}):\n{err[-2000:]}")
    rss = marks.pop("rss_kb") / 1024
    return ChildRun({k: v - began for k, v in marks.items()}, round(rss, 1), wall)
