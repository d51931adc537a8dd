"""Two real processes on one workshop file: A holds it open (a service, or the facilitator's
window) and makes a station copy, merges copies and prints a paper in-process; B, another
process, adds ideas and prints papers with the command line; A keeps adding and closes.
Every acknowledged idea is on disk, `check` passes, and the -wal stays beside the file as
long as A holds it (when it goes, the last program believed it was alone and A's next writes
go into a journal nobody else sees: issue 21). Then the same with A killed at random moments.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from labinovasi.cli import main as cli
from labinovasi.services import WorkshopService
from labinovasi.services.sync import make_station_copy, merge, refresh_station_copy
from labinovasi.storage.connection import integrity_problems

SRC = str(Path(__file__).resolve().parents[2] / "src")

# Process B: runs one command-line invocation per line it reads (each opens the file and
# closes its last connection, as `labinovasi …` from a terminal does), answers its exit code.
OTHER = r"""
import contextlib, io, json, sys
from labinovasi.cli import main
for line in sys.stdin:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(json.loads(line))
    print(code, flush=True)
"""


class Other:
    """Process B."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", OTHER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=SRC),
        )

    def run(self, *argv: str) -> int:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(list(argv)) + "\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)
        self.process.stdout.close()


@pytest.fixture
def other():
    process = Other()
    yield process
    process.close()


@pytest.fixture
def main_file(tmp_path) -> Path:
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi") as service:
        service.add_opd("Dinas Kesehatan", "DINKES")
    return path


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def b_adds(other: Other, path: Path, text: str, acknowledged: set[str]) -> None:
    assert other.run("idea", "add", str(path), "--opd", "DINKES", "--text", text) == 0
    acknowledged.add(text)


def b_prints(other: Other, path: Path, out: Path) -> None:
    assert other.run("report", str(path), "--out", str(out), "--document", "daftar-hadir") == 0


def a_prints(path: Path, out: Path) -> None:
    """`labinovasi report --document …`, run inside process A."""
    assert cli(["report", str(path), "--out", str(out), "--document", "daftar-hadir"]) == 0


def assert_all_there(path: Path, acknowledged: set[str]) -> None:
    assert integrity_problems(path) == []
    with WorkshopService.open(path) as service:
        stored = {v.idea.text for v in service.list_ideas()}
    assert acknowledged - stored == set()
    assert cli(["check", str(path)]) == 0


def test_the_issue_recipe_loses_nothing(main_file, other, tmp_path):
    """Issue 21's reproduction: A holds a service, makes a station copy and merges; B adds
    ideas with the command line; A adds and closes. Today 3 of 7 ideas were gone."""
    service = WorkshopService.open(main_file)
    opd = service.find_opd("DINKES")
    acknowledged: set[str] = set()
    service.add_idea(opd.id, "A1")
    acknowledged.add("A1")
    make_station_copy(main_file, tmp_path / "meja.labinovasi", "Meja")
    service.add_idea(opd.id, "A2")
    acknowledged.add("A2")
    merge(main_file, [tmp_path / "meja.labinovasi"])
    b_adds(other, main_file, "B1", acknowledged)
    service.add_idea(opd.id, "A3")
    acknowledged.add("A3")
    b_adds(other, main_file, "B2", acknowledged)
    service.add_idea(opd.id, "A4")
    acknowledged.add("A4")
    with service._read() as session:  # what A's board shows now
        from sqlalchemy import func, select

        from labinovasi.storage.models import IdeaRow

        assert session.scalar(select(func.count()).select_from(IdeaRow)) == 6
    service.close()
    assert_all_there(main_file, acknowledged)


def test_a_service_and_another_process_lose_nothing(main_file, other, tmp_path):
    service = WorkshopService.open(main_file)
    opd = service.find_opd("DINKES")
    acknowledged: set[str] = set()
    copy = tmp_path / "meja-1.labinovasi"
    for round_ in range(3):
        service.add_idea(opd.id, f"A dari layanan {round_}")
        acknowledged.add(f"A dari layanan {round_}")
        if round_ == 0:
            make_station_copy(main_file, copy, "Meja 1")
            with WorkshopService.open(copy) as station:
                station.add_idea(station.find_opd("DINKES").id, "Dari meja 1")
        else:
            merge(main_file, [copy])
            acknowledged.add("Dari meja 1")  # in the main file from this merge on
            refresh_station_copy(copy, main_file)
        a_prints(main_file, tmp_path / f"a-{round_}.pdf")
        b_adds(other, main_file, f"B dari baris perintah {round_}", acknowledged)
        b_prints(other, main_file, tmp_path / f"b-{round_}.pdf")
        assert wal(main_file).exists(), "the -wal went while A holds the file"
        service.add_idea(opd.id, f"A sesudah B {round_}")
        acknowledged.add(f"A sesudah B {round_}")
        assert {v.idea.text for v in service.list_ideas()} >= acknowledged
    service.close()
    assert not wal(main_file).exists()  # the last program out tidied up
    assert_all_there(main_file, acknowledged)


def test_the_facilitator_window_and_another_process_lose_nothing(qtbot, main_file, other, tmp_path):
    from PySide6.QtCore import Qt

    from labinovasi.ui.facilitator.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_workshop(main_file)
    window.show_opd(window.service.find_opd("DINKES").id)
    tab = window.workspace.drumup
    acknowledged: set[str] = set()

    def type_idea(text: str) -> None:
        qtbot.keyClicks(tab.idea_input, text)
        qtbot.keyClick(tab.idea_input, Qt.Key.Key_Return)
        assert tab.idea_input.text() == ""  # the window took it
        acknowledged.add(text)

    copy = tmp_path / "meja-1.labinovasi"
    type_idea("Antrean puskesmas lewat WhatsApp")
    worker = window.make_station_copy(copy, "Meja 1")
    with qtbot.waitSignal(worker.finished, timeout=60000):
        pass
    b_adds(other, main_file, "Dari baris perintah 1", acknowledged)
    assert wal(main_file).exists()
    type_idea("Posyandu keliling")
    with WorkshopService.open(copy) as station:
        station.add_idea(station.find_opd("DINKES").id, "Dari meja 1")
    acknowledged.add("Dari meja 1")
    worker = window.merge_files([copy])
    with qtbot.waitSignal(worker.finished, timeout=60000):
        pass
    a_prints(main_file, tmp_path / "a.pdf")
    b_prints(other, main_file, tmp_path / "b.pdf")
    b_adds(other, main_file, "Dari baris perintah 2", acknowledged)
    assert wal(main_file).exists()
    type_idea("Jemput bola KTP")
    qtbot.waitUntil(
        lambda: {v.idea.text for v in window.service.list_ideas()} >= acknowledged, timeout=5000
    )
    window.close()
    assert window.service is None or not wal(main_file).exists()
    assert_all_there(main_file, acknowledged)


# Process A of the kill test: holds the workshop, adds ideas (each id printed once the add
# returned: the screen's confirmation) and, between them, makes station copies, merges and
# prints a paper, until it is killed.
HOLDER = r"""
import sys
from pathlib import Path
from labinovasi.cli import main as cli
from labinovasi.services import WorkshopService
from labinovasi.services.sync import make_station_copy, merge
path, seed = Path(sys.argv[1]), int(sys.argv[2])
copy = path.with_name(f"meja-{seed}.labinovasi")
with WorkshopService.open(path) as service:
    opd = service.find_opd("DINKES")
    n = 0
    while True:
        text = f"A{seed}-{n}"
        service.add_idea(opd.id, text)
        print(text, flush=True)
        step = n % 4
        if step == 0 and not copy.exists():
            make_station_copy(path, copy, f"Meja {seed}")
        elif step == 1 and copy.exists():
            merge(path, [copy])
        elif step == 2:
            out = path.with_name(f"a-{seed}.pdf")
            cli(["report", str(path), "--out", str(out), "--document", "daftar-hadir"])
        n += 1
"""


def test_a_killed_at_random_moments_loses_nothing(main_file, other):
    rng = random.Random(21)
    acknowledged: set[str] = set()
    for seed in range(4):
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(main_file), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=SRC),
        )
        assert holder.stdout is not None and holder.stderr is not None
        wanted = rng.randint(1, 8)
        for n in range(wanted):
            line = holder.stdout.readline().strip()
            assert line, holder.stderr.read()[-3000:]
            acknowledged.add(line)
            b_adds(other, main_file, f"B{seed}-{n}", acknowledged)
            assert wal(main_file).exists(), "the -wal went while A holds the file"
        time.sleep(rng.random() * 0.3)  # a random moment to kill at, not a wait
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        acknowledged.update(line.strip() for line in holder.stdout if line.strip())
        holder.stdout.close()
        holder.stderr.close()
        b_adds(other, main_file, f"B{seed} sesudah", acknowledged)
        assert_all_there(main_file, acknowledged)
