"""An acknowledged idea survives the process being killed: every id a writer printed (after
add_idea returned) is in the file when it is opened again, and the file is whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from labinovasi.services import WorkshopService
from labinovasi.storage.connection import integrity_problems

WRITER = """
import sys
from labinovasi.services import WorkshopService
service = WorkshopService.open(sys.argv[1])
opd = service.find_opd("DINKES")
n = 0
while True:
    view = service.add_idea(opd.id, f"Gagasan ke-{n} dari stasiun", author="Sari")
    print(view.idea.id, flush=True)  # the acknowledgement the screen would show
    n += 1
"""


def test_acknowledged_ideas_survive_a_kill(workshop_path):
    with WorkshopService.create(workshop_path, "Lab") as service:
        service.add_opd("Dinas Kesehatan", "DINKES")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(workshop_path)], stdout=subprocess.PIPE, text=True
    )
    acknowledged = []
    try:
        for line in writer.stdout:
            acknowledged.append(line.strip())
            if len(acknowledged) == 40:
                break
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL
    assert integrity_problems(workshop_path) == []
    with WorkshopService.open(workshop_path) as service:
        stored = {v.idea.id for v in service.list_ideas()}
    assert set(acknowledged) <= stored
    assert len(stored) >= 40
