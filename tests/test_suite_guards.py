"""The suite's own guards (tests/conftest.py) against one test breaking the tests after it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUIT_OUTSIDE_EXEC = "tests/data/suite/quit_outside_exec.py"


def test_a_test_that_leaves_the_application_quitting_fails_and_the_next_one_runs():
    """QCoreApplication.exit() outside exec() (a test's 15 s watchdog timer firing during a
    later test) ended every later event loop at once: waits timed out, modal dialogs returned
    unseen. The test it happens in now fails in its teardown, and the next test's wait runs."""
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", QUIT_OUTSIDE_EXEC],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = run.stdout.splitlines()
    assert f"ERROR {QUIT_OUTSIDE_EXEC}::test_tells_the_application_to_quit" in lines, run.stdout
    assert "the application was told to quit" in run.stdout, run.stdout
    assert f"PASSED {QUIT_OUTSIDE_EXEC}::test_a_later_wait_still_runs_the_event_loop" in lines, (
        run.stdout
    )
    assert run.returncode == 1, run.stdout
