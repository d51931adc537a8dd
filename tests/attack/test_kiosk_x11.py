"""The kiosk under a real X server and window manager (Xvfb + openbox), attacked with real key
presses (xdotool): Alt+Tab, Ctrl+Q, Alt+F4 (openbox's close), Escape. The facilitator's app
survives, stays hidden and locked, and nothing typed reaches it. The window manager's own
keys (Super+D shows the desktop, Ctrl+Alt+arrows switch desktops) and requests no key can
stop (another desktop, minimise) leave the station on screen or bring it back within a
second. Skipped only where no X server
can be started, and never under CI (tests/conftest.py fails a skip there)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from labinovasi.services import WorkshopService

SRC = str(Path(__file__).resolve().parents[2] / "src")

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.app import create_app
from labinovasi.ui.facilitator.main_window import MainWindow

path, folder = sys.argv[1], Path(sys.argv[2])
app = create_app("id")
main = MainWindow()
main.show()
main.open_workshop(path)
main.show_opd(main.service.list_opds()[0].id)
main.focus_add_idea()  # the facilitator was typing ideas: the worst place for stray keys
station = main.open_station()
station.set_pin_hash(hash_pin("9753"))

def dump():
    request = folder / "dump"
    if request.exists():
        request.unlink()
        focus = app.focusWidget()
        (folder / "state.json").write_text(json.dumps({
            "main_visible": main.isVisible(),
            "main_enabled": main.centralWidget().isEnabled(),
            "quit_enabled": main.quit_action.isEnabled(),
            "station_visible": station.isVisible(),
            "station_active": station.isActiveWindow(),
            "station_exposed": bool(
                station.windowHandle() and station.windowHandle().isExposed()
            ),
            "focus_window": focus.window().objectName() if focus else "",
            "search": station.pick_page.search.text(),
        }))

timer = QTimer(interval=100)
timer.timeout.connect(dump)
timer.start()
(folder / "ready").write_text("1")
app.exec()
"""


# Real time against a real X server and window manager: a test starving beside it (the other
# make test worker) kept the station from getting its focus back.
pytestmark = pytest.mark.alone


def _tools() -> list[str]:
    return [t for t in ("Xvfb", "openbox", "xdotool") if shutil.which(t) is None]


@pytest.fixture
def x_display(tmp_path):
    missing = _tools()
    if missing:
        pytest.skip(
            f"no X server for the kiosk test: {', '.join(missing)} not installed "
            "(scripts/system-deps.sh installs them)"
        )
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", PYTHONPATH=SRC)
    env.pop("WAYLAND_DISPLAY", None)
    wm = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    yield env
    wm.terminate()
    xvfb.terminate()
    wm.wait(10)
    xvfb.wait(10)


def xdotool(env, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=20)


def state(env, folder: Path) -> dict:
    (folder / "state.json").unlink(missing_ok=True)
    (folder / "dump").write_text("1")
    deadline = time.monotonic() + 10
    while not (folder / "state.json").exists():
        assert time.monotonic() < deadline, "the app stopped answering"
        time.sleep(0.05)
    time.sleep(0.05)
    return json.loads((folder / "state.json").read_text())


def test_kiosk_holds_against_real_keys(x_display, service, workshop_path, tmp_path):
    env = x_display
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.close()
    app = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workshop_path), str(tmp_path)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "ready").exists():
            assert app.poll() is None and time.monotonic() < deadline, app.stderr.read()
            time.sleep(0.1)
        time.sleep(1)
        first = state(env, tmp_path)
        assert first["station_visible"] and not first["main_visible"]
        assert first["station_active"], first

        attacks = [
            ["key", "alt+Tab"],
            ["type", "--delay", "30", "bocor"],
            ["key", "Return"],
            ["key", "ctrl+q"],
            ["key", "alt+F4"],
            ["key", "Escape"],
            ["key", "Escape"],
            ["key", "alt+Tab"],
            ["key", "ctrl+q"],
            ["type", "--delay", "30", "lagi"],
            ["key", "Return"],
        ]
        for attack in attacks:
            xdotool(env, *attack)
            time.sleep(0.3)
            assert app.poll() is None, f"the app quit after {attack}"
        last = state(env, tmp_path)
        assert last["station_visible"] and not last["main_visible"], last
        assert not last["main_enabled"] and not last["quit_enabled"], last
        assert last["focus_window"] == "stationWindow", last
        assert last["station_active"], last
    finally:
        app.terminate()
        app.wait(10)
    with WorkshopService.open(workshop_path) as reopened:
        assert reopened.status().ideas == 0  # nothing typed reached the facilitator's form


def _start(env, workshop_path: Path, folder: Path) -> subprocess.Popen:
    app = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workshop_path), str(folder)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not (folder / "ready").exists():
        assert app.poll() is None and time.monotonic() < deadline, app.stderr.read()
        time.sleep(0.1)
    return app


def _on_screen(env, folder: Path, within: float) -> dict:
    """The station's state once it is visible, exposed, active and holding the focus again, or
    after `within` seconds (then the assertion below says what it was)."""
    deadline = time.monotonic() + within
    while True:
        now = state(env, folder)
        back = now["station_visible"] and now["station_exposed"] and now["station_active"]
        back = back and now["focus_window"] == "stationWindow"  # the keys go to it, as asserted
        if back or time.monotonic() > deadline:
            return now


def test_kiosk_comes_back_from_the_window_manager_s_own_keys(
    x_display, service, workshop_path, tmp_path
):
    env = x_display
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.close()
    app = _start(env, workshop_path, tmp_path)
    try:
        first = _on_screen(env, tmp_path, 5)
        assert first["station_exposed"] and first["station_active"], first
        attacks = [
            ["key", "super+d"],  # openbox: show the desktop
            ["key", "ctrl+alt+Right"],  # openbox: the next desktop
            ["set_desktop", "1"],  # a desktop switch no key grab can stop
            ["key", "super+d"],
            ["search", "--name", "Stasiun peserta", "windowminimize", "%@"],
            ["set_desktop", "0"],
        ]
        for attack in attacks:
            xdotool(env, *attack)
            # Back (the watchdog looks every 0.2 s: within a second on an idle machine; how
            # fast is not this test's to say, and a machine loaded by other work starves the
            # app, the window manager and the X server alike). Before the watchdog it never
            # came back, however long one waited.
            now = _on_screen(env, tmp_path, 15.0)
            assert now["station_visible"] and now["station_exposed"], (attack, now)
            assert now["station_active"] and now["focus_window"] == "stationWindow", json.dumps(
                [attack, now]
            )
            assert not now["main_visible"], (attack, now)
            assert app.poll() is None, f"the app quit after {attack}"
    finally:
        app.terminate()
        app.wait(10)
