"""The suite's own guards (tests/conftest.py): no test breaks the tests after it, and under CI
a skip fails the run, also when the tests run on pytest-xdist workers (make test)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUIT_OUTSIDE_EXEC = "tests/data/suite/quit_outside_exec.py"
SKIPS = "tests/data/suite/skips.py"


def run_pytest(*args: str, **env: str) -> subprocess.CompletedProcess:
    """A pytest of its own on `args`, not a worker of this one's (when this runs on one)."""
    outer = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", *args],
        cwd=ROOT,
        env=dict(outer, QT_QPA_PLATFORM="offscreen", **env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_test_that_leaves_the_application_quitting_fails_and_the_next_one_runs():
    """QCoreApplication.exit() outside exec() (a test's 15 s watchdog timer firing during a
    later test) ended every later event loop at once: waits timed out, modal dialogs returned
    unseen. The test it happens in now fails in its teardown, and the next test's wait runs."""
    run = run_pytest(QUIT_OUTSIDE_EXEC)
    lines = run.stdout.splitlines()
    summary = [" ".join(line.split()[:2]) for line in lines]  # a line's status and test
    assert f"ERROR {QUIT_OUTSIDE_EXEC}::test_tells_the_application_to_quit" in summary, run.stdout
    assert "the application was told to quit" in run.stdout, run.stdout
    later = f"PASSED {QUIT_OUTSIDE_EXEC}::test_a_later_wait_still_runs_the_event_loop"
    assert later in summary, run.stdout
    assert run.returncode == 1, run.stdout


@pytest.mark.parametrize("workers", [[], ["-n", "1"]], ids=["one process", "xdist"])
def test_under_ci_a_skip_from_inside_a_test_fails_the_run_also_with_workers(workers):
    """make test runs the suite on pytest-xdist workers: their skips reach the check too."""
    run = run_pytest(*workers, SKIPS, CI="true")
    lines = run.stdout.splitlines()
    [start] = [n for n, line in enumerate(lines) if "skips not allowed under CI=true" in line]
    listed = []
    for line in lines[start + 1 :]:
        if line.startswith("="):
            break
        listed.append(line)
    assert listed == [f"{SKIPS}::test_skips_from_inside: Skipped: something it needs is missing"]
    assert run.returncode == 1, run.stdout


def test_outside_ci_a_skip_is_only_a_skip():
    run = run_pytest(SKIPS, CI="false")
    assert run.returncode == 0 and "not allowed" not in run.stdout, run.stdout
