"""Rotating backups: made on open, pruned, restorable over a damaged file with `restore`."""

from __future__ import annotations

import json
from pathlib import Path

from labinovasi.cli import main
from labinovasi.services import WorkshopService
from labinovasi.storage import backups


def test_open_makes_a_backup_and_restore_brings_it_back(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LABINOVASI_BACKUP_DIR", str(tmp_path / "cadangan"))
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_idea(opd.id, "Antrean daring")
    with WorkshopService.open(path):
        pass
    assert main(["backups", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 1
    # The file is damaged: every page overwritten after the header.
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)
    path.write_bytes(bytes(data))
    assert main(["status", str(path)]) == 5
    capsys.readouterr()
    assert main(["restore", str(path), "--from", found[0]]) == 0
    assert "sebelum-pulih" in capsys.readouterr().err
    with WorkshopService.open(path) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean daring"]
    assert list(tmp_path.glob("lab.labinovasi.sebelum-pulih-*"))


def test_restore_without_from_takes_the_latest_and_refuses_a_bad_backup(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("LABINOVASI_BACKUP_DIR", str(tmp_path / "cadangan"))
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab"):
        pass
    assert main(["restore", str(path)]) == 5  # none yet
    with WorkshopService.open(path):
        pass
    assert main(["restore", str(path)]) == 0
    bad = tmp_path / "bukan.labinovasi"
    bad.write_bytes(b"bukan cadangan")
    before = path.read_bytes()
    assert main(["restore", str(path), "--from", str(bad)]) == 5
    assert path.read_bytes() == before


def test_old_backups_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("LABINOVASI_BACKUP_DIR", str(tmp_path / "cadangan"))
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab"):
        pass
    for _n in range(backups.KEEP + 3):
        backups.make_backup(path)
    assert len(backups.backups_of(Path(path))) == backups.KEEP
