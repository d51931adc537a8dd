"""The PIN given in LABINOVASI_STATION_PIN is read once and then gone from the process: not
inherited by children, and not readable in /proc/<pid>/environ (issue 26), which shows the
environment block the process started with, whatever os.environ says later."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PIN = "pin-rahasia-8642"
# A station started by the real command line, its window replaced by a report of what the
# station got and what a child process inherits; then it waits (as the kiosk would).
CHILD = """
import os, subprocess, sys
from labinovasi.ui.station import station_window

def run_station(target, pin, language, juror=None):
    inherited = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ.get('LABINOVASI_STATION_PIN'))"],
        capture_output=True, text=True,
    ).stdout.strip()
    print(pin, inherited, flush=True)
    sys.stdin.readline()
    return 0

station_window.run_station = run_station
from labinovasi.cli import main
sys.exit(main(["station", "lab.labinovasi"]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_the_pin_leaves_the_process_environment(tmp_path):
    env = dict(os.environ, LABINOVASI_STATION_PIN=PIN, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).parents[2] / "src"), env.get("PYTHONPATH", "")]
    )
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        got, inherited = child.stdout.readline().split()
        environ = Path(f"/proc/{child.pid}/environ").read_bytes()
    finally:
        child.communicate("\n", timeout=60)
    assert got == PIN  # the station got it
    assert inherited == "None"  # a child does not
    assert PIN.encode() not in environ and b"LABINOVASI_STATION_PIN" not in environ
    assert b"QT_QPA_PLATFORM=offscreen" in environ  # the rest of the block is untouched
