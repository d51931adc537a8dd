"""A `copy` to a server and a `station-copy` to disk killed at random points: the target is
either whole or absent, never half-made, and a retry always succeeds."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pg_server
from labinovasi.services import WorkshopService

KILLS = int(os.environ.get("LABINOVASI_COPY_KILLS", "4"))
SRC = str(Path(__file__).resolve().parents[2] / "src")


@pytest.fixture(scope="module")
def big_workshop(tmp_path_factory) -> Path:
    """Twelve OPD and 3,000 ideas: a copy takes long enough to be killed in the middle."""
    folder = tmp_path_factory.mktemp("copy")
    path = folder / "lab.labinovasi"
    opds = folder / "opd.csv"
    opds.write_text(
        "nama,singkatan\n" + "".join(f"Dinas {n},D{n}\n" for n in range(12)), encoding="utf-8"
    )
    ideas = folder / "ideas.csv"
    ideas.write_text(
        "opd,gagasan\n" + "".join(f"D{n % 12},Gagasan nomor {n}\n" for n in range(3000)),
        encoding="utf-8",
    )
    with WorkshopService.create(path, "Lab Inovasi 2026") as service:
        service.import_opds(opds)
        service.import_ideas(ideas)
    return path


def _cli(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.Popen(
        [sys.executable, "-m", "labinovasi", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_after(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL after `delay` seconds; False when the process had already finished."""
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def _ideas(target: str | Path) -> int:
    with WorkshopService.open(target) as service:
        return service.status().ideas


def _timed_run(*args: str) -> float:
    start = time.monotonic()
    done = _cli(*args)
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    return time.monotonic() - start


def test_killed_station_copy_leaves_nothing_and_a_retry_succeeds(big_workshop, tmp_path):
    rng = random.Random(16)
    full = _timed_run("station-copy", str(big_workshop), "--out", str(tmp_path / "ukur.lab"))
    killed = 0
    for n in range(KILLS):
        out = tmp_path / f"meja-{n}.labinovasi"
        if _kill_after(
            _cli("station-copy", str(big_workshop), "--out", str(out)), rng.uniform(0.2, full)
        ):
            killed += 1
            # Whole or absent: a killed copy never leaves a file that blocks the retry.
            assert not out.exists() or _ideas(out) == 3000
        if not out.exists():
            _timed_run("station-copy", str(big_workshop), "--out", str(out))
        assert _ideas(out) == 3000
        assert not [p for p in tmp_path.iterdir() if p.name.endswith((".sebagian", "-wal"))]
    assert killed >= KILLS // 2


def test_killed_copy_to_a_server_leaves_it_empty_and_a_retry_succeeds(big_workshop):
    server = pg_server.server()
    rng = random.Random(61)
    full = _timed_run("copy", str(big_workshop), server.new_database())
    killed = 0
    for _n in range(KILLS):
        url = server.new_database()
        if _kill_after(_cli("copy", str(big_workshop), url), rng.uniform(0.2, full)):
            killed += 1
            status = _cli("status", "--db", url)
            err = status.communicate(timeout=60)[1]
            # Before: the tables without a workshop row, and the retry refused.
            assert status.returncode == 0 or (
                status.returncode == 5 and "belum berisi lokakarya" in err
            ), err
        if _cli("status", "--db", url).wait(timeout=60) != 0:
            _timed_run("copy", str(big_workshop), url)
        assert _ideas(url) == 3000
    assert killed >= KILLS // 2
