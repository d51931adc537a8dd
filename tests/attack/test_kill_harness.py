"""SIGKILL at random points while a station writes: after every kill the file is whole
(integrity "ok") and holds every idea whose add returned. LABINOVASI_KILLS sets the number of
kills (200 in the suite; more for a long run). The harness forks writers from one process that
has imported everything already, so a kill costs milliseconds, not an interpreter start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from labinovasi.services import WorkshopService

KILLS = int(os.environ.get("LABINOVASI_KILLS", "200"))
SRC = str(Path(__file__).resolve().parents[2] / "src")

HARNESS = r"""
import json, os, random, signal, sys, time
from pathlib import Path
from labinovasi.services import WorkshopService
from labinovasi.storage.connection import integrity_problems

path, kills, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
ideas_csv = path.with_name("impor.csv")
ideas_csv.write_text("opd,gagasan\n" + "".join(f"DINKES,Impor {n}\n" for n in range(10)))
acknowledged, problems, killed = set(), [], 0

def writer(out_fd, seed):
    rng = random.Random(seed)
    with WorkshopService.open(path) as service:
        opd = service.find_opd("DINKES")
        n = 0
        while True:
            roll = rng.random()
            if roll < 0.8:
                view = service.add_idea(opd.id, f"Gagasan {seed}-{n}", author="Sari")
                os.write(out_fd, (view.idea.id + "\n").encode())  # the screen's confirmation
            elif roll < 0.9:
                service.import_ideas(ideas_csv)
            else:
                ideas = service.list_ideas(opd.id)
                if ideas:
                    service.update_idea(rng.choice(ideas).idea.id, text=f"Diubah {seed}-{n}")
            n += 1

for round_ in range(kills):
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            writer(write_fd, round_)
        finally:
            os._exit(1)
    os.close(write_fd)
    wanted = rng.randint(0, 3)  # kill after this many confirmations, plus a random moment
    buffer = b""
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        while buffer.count(b"\n") < wanted:
            chunk = pipe.read(4096)
            if not chunk:
                break
            buffer += chunk
        time.sleep(rng.random() * 0.004)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        buffer += pipe.read() or b""
    killed += 1
    acknowledged.update(line for line in buffer.decode().split("\n") if line)
    if round_ % 25 == 24 or round_ == kills - 1:
        problems += integrity_problems(path)
        with WorkshopService.open(path) as service:
            stored = {v.idea.id for v in service.list_ideas()}
        lost = acknowledged - stored
        if lost:
            problems.append(f"{len(lost)} acknowledged ideas lost after kill {round_}")
print(json.dumps({"kills": killed, "acknowledged": len(acknowledged), "problems": problems}))
"""


def test_sigkill_at_random_points_loses_nothing_acknowledged(workshop_path):
    with WorkshopService.create(workshop_path, "Lab") as service:
        service.add_opd("Dinas Kesehatan", "DINKES")
    done = subprocess.run(
        [sys.executable, "-c", HARNESS, str(workshop_path), str(KILLS), "16"],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, PYTHONPATH=SRC),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["kills"] == KILLS
    assert result["problems"] == []
    assert result["acknowledged"] > KILLS  # the kills did land between confirmed writes
