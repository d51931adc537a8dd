"""`labinovasi gui` (what `make run` starts) without a display: a clear message naming the
missing display and the headless way to run, exit 5; never Qt's "platform plugin"/"library
missing" text and its abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from labinovasi.display import no_display_reason

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")


def run(args: list[str], **changes: str | None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LANG"):
        env.pop(name, None)
    for name, value in changes.items():
        if value is not None:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "labinovasi", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_gui_without_a_display_says_so_and_exits_5():
    done = run(["gui", "--sample"])
    assert done.returncode == 5, done.stderr
    assert "Tidak ada layar (display) yang ditemukan" in done.stderr
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "platform plugin" not in done.stderr and "Reinstalling" not in done.stderr


def test_in_english_too():
    done = run(["--lang", "en", "gui", "--sample"])
    assert done.returncode == 5, done.stderr
    assert "No display was found" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr


def test_a_display_that_cannot_be_reached_says_so_and_exits_5():
    done = run(["gui", "--sample"], DISPLAY=":97")  # no X server there
    assert done.returncode == 5, done.stderr
    assert "Tidak ada layar (display) yang ditemukan" in done.stderr
    assert ":97" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr


def test_headless_platforms_and_a_display_need_nothing_more():
    assert no_display_reason({}, "linux") is not None
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_reason({"DISPLAY": ":0"}, "linux") is None
    assert no_display_reason({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_reason({}, "win32") is None
