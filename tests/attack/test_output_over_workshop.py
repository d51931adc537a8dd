"""`--out` naming the open workshop (issue 26): every command that writes a file for people
refuses the workshop itself, its -wal/-shm, a backup, or any workshop file, by whatever name
it is reached (a relative path, a symbolic or hard link): exit 4, nothing written."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.services import WorkshopService
from labinovasi.services import evidence as ev
from labinovasi.services.output_files import check_target
from labinovasi.storage import backups


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def lab(tmp_path) -> tuple[Path, str]:
    from labinovasi.services.innovations import Innovations

    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi 2026") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        for n in range(5):
            service.add_idea(opd.id, f"Gagasan {n}")
        Innovations(service).add(opd.id, "SIAP ANTRE")
        sk = tmp_path / "sk.pdf"
        sk.write_bytes(b"%PDF-1.4 SK")
        evidence_id = ev.add_evidence(service, path=sk).id
    return path, evidence_id


COMMANDS = {
    "report": lambda w, e, out: ["report", w, "--summary", "--out", out],
    "export json": lambda w, e, out: ["export", w, "--format", "json", "--out", out],
    "export csv": lambda w, e, out: ["export", w, "--format", "csv", "--out", out],
    "iga report": lambda w, e, out: ["iga", "report", w, "--year", "2026", "--out", out],
    "deliver schedule": lambda w, e, out: ["deliver", "schedule", w, "--desks", "2", "--out", out],
    "evidence get": lambda w, e, out: ["evidence", "get", w, e, "--out", out],
}


def targets(path: Path) -> dict[str, Path]:
    folder = path.parent
    (folder / "tautan.pdf").symlink_to(path)
    os.link(path, folder / "kembar.pdf")
    return {
        "itself": path,
        "relative": Path(os.path.relpath(path)),
        "wal": Path(f"{path}-wal"),
        "shm": Path(f"{path}-shm"),
        "symlink": folder / "tautan.pdf",
        "hard link": folder / "kembar.pdf",
    }


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_naming_the_workshop_is_refused(lab, command, capsys, tmp_path):
    path, evidence_id = lab
    before = digest(path)
    for name, out in targets(path).items():
        args = COMMANDS[command](str(path), evidence_id, str(out))
        assert main(args) == 4, (command, name)
        assert "Berkas tujuan adalah" in capsys.readouterr().err, (command, name)
        assert digest(path) == before, (command, name)
    assert main(COMMANDS[command](str(path), evidence_id, str(tmp_path / "baik.pdf"))) == 0


def test_a_backup_or_another_workshop_is_never_an_output(lab, tmp_path):
    path, _evidence_id = lab
    with WorkshopService.open(path) as service:
        backup = backups.make_backup(Path(service.target))
        other = tmp_path / "lain.labinovasi"
        WorkshopService.create(other, "Lab lain").close()
        for out in (backup, backup.with_name("baru.pdf"), other):
            before = out.read_bytes() if out.exists() else None
            with pytest.raises(BadInput, match="cadangan|lokakarya"):
                check_target(out)
            assert (out.read_bytes() if out.exists() else None) == before
