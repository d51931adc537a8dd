"""What opening a file checks: every page when the file was not closed cleanly, on `check`, and
before a merge reads a copy; otherwise the header, the schema and every table but the evidence
files' bytes (a year of evidence must not be read at every open)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from labinovasi.cli import main as cli
from labinovasi.domain import CannotOpen
from labinovasi.services import WorkshopService
from labinovasi.services import evidence as ev
from labinovasi.services.sync import merge
from labinovasi.storage import workshop_file

PATTERN = b"\x5a"


@pytest.fixture
def lab(tmp_path) -> Path:
    path = tmp_path / "lab.labinovasi"
    proof = tmp_path / "sk.pdf"
    proof.write_bytes(PATTERN * 200_000)
    with WorkshopService.create(path, "Lab Inovasi") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_idea(opd.id, "Antrean puskesmas lewat WhatsApp")
        ev.add_evidence(service, path=proof, title="SK")
    assert not workshop_file.has_sidecar(path, "-wal")
    return path


def break_evidence_chain(path: Path) -> None:
    """Point one overflow page of the evidence bytes at a page that does not exist: the
    evidence table is damaged, nothing else is."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for start in range(size, len(data), size):
        if data[start + 4 : start + size] == PATTERN * (size - 4):
            data[start : start + 4] = (len(data) // size + 100).to_bytes(4, "big")
            path.write_bytes(bytes(data))
            return
    raise AssertionError("no overflow page of the evidence found")


def leave_open(path: Path) -> None:
    """A program that wrote to the file and died: its -wal stays."""
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1])\n"
            "db.execute(\"UPDATE workshop SET place = 'Aula'\")\n"
            "db.commit()\n"
            "print('ok', flush=True)\n"
            "time.sleep(60)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ok"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        assert writer.stdout is not None
        writer.stdout.close()
    assert workshop_file.has_sidecar(path, "-wal")


def test_a_cleanly_closed_file_opens_without_reading_the_evidence(lab, capsys):
    break_evidence_chain(lab)
    with WorkshopService.open(lab) as service:  # the cheap check does not read it
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean puskesmas lewat WhatsApp"]
    assert cli(["check", str(lab)]) == 5  # check reads every page
    assert "rusak" in capsys.readouterr().err


def test_a_file_left_open_by_a_dead_program_is_checked_in_full(lab):
    break_evidence_chain(lab)
    leave_open(lab)
    with pytest.raises(CannotOpen, match="rusak"):
        WorkshopService.open(lab)


def test_a_copy_is_checked_in_full_before_a_merge_reads_it(lab, tmp_path):
    main = tmp_path / "utama.labinovasi"
    with WorkshopService.create(main, "Lab Inovasi"):
        pass
    break_evidence_chain(lab)
    with pytest.raises(CannotOpen, match="rusak"):
        merge(main, [lab])


def test_a_damaged_table_is_still_refused_at_a_cheap_open(lab):
    data = bytearray(lab.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    data[size : size + 2000] = b"\xa5" * 2000  # page 2: a table's page
    lab.write_bytes(bytes(data))
    with pytest.raises(CannotOpen, match="rusak"):
        WorkshopService.open(lab)


def test_left_open_tells_a_living_holder_from_a_dead_one(lab):
    assert not workshop_file.left_open(lab)  # closed cleanly: no -wal
    with WorkshopService.open(lab):  # held in this process
        assert workshop_file.has_sidecar(lab, "-wal")
        assert not workshop_file.left_open(lab)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1])\n"
            "db.execute('PRAGMA journal_mode=WAL')\n"
            "db.execute('SELECT count(*) FROM idea').fetchone()\n"
            "print('ok', flush=True)\n"
            "sys.stdin.read()\n",
            str(lab),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        assert not workshop_file.left_open(lab)  # held by another living program
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    leave_open(lab)
    assert workshop_file.left_open(lab)
    assert not workshop_file.has_sidecar(lab, "-wal")  # recovered and tidied by the probe
    with WorkshopService.open(lab) as service:
        assert service.workshop().place == "Aula"


def test_the_newest_revision_is_read_as_alembic_reads_it():
    from labinovasi.storage import connection

    assert connection.known_head() == connection.head_revision()
