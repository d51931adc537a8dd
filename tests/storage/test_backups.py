"""Backups belong to a file (its path and the identity it holds), are pruned by time, keep
each evidence file once in a shared store, and give back the whole file on restore."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from labinovasi.cli import main as cli
from labinovasi.domain import CannotOpen
from labinovasi.services import WorkshopService
from labinovasi.services import evidence as ev
from labinovasi.services.sync import make_station_copy
from labinovasi.storage import backups


@pytest.fixture
def backup_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cadangan"
    monkeypatch.setenv("LABINOVASI_BACKUP_DIR", str(folder))
    return folder


@pytest.fixture
def lab(tmp_path, backup_dir) -> Path:
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_idea(opd.id, "Antrean puskesmas lewat WhatsApp")
    shutil.rmtree(backup_dir)  # the backup adding an idea made: each test makes its own
    return path


def texts(path: Path) -> list[str]:
    with WorkshopService.open(path) as service:
        return [v.idea.text for v in service.list_ideas()]


def test_a_station_copy_opened_keeps_the_main_files_backups(lab, tmp_path, capsys, monkeypatch):
    """Today: the copy shares the workshop id, so opening it re-pointed the folder to the
    copy, `backups lab.labinovasi` said "Belum ada cadangan", and pruning by name deleted
    the main file's newest backup once the copy's name sorted later."""
    monkeypatch.setattr(backups, "BACKUP_EVERY", timedelta(0))  # a backup at every open
    with WorkshopService.open(lab):
        pass
    mine = backups.backups_of(lab)
    assert len(mine) == 1
    copy = tmp_path / "zz-meja-1.labinovasi"  # sorts after "lab-…"
    make_station_copy(lab, copy, "Meja 1")
    for _n in range(backups.KEEP + 1):
        with WorkshopService.open(copy):
            pass
    assert backups.backups_of(lab) == mine
    assert mine[0].exists()
    assert not set(mine) & set(backups.backups_of(copy))
    assert len(backups.backups_of(copy)) == backups.KEEP
    assert cli(["backups", str(lab), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [str(mine[0])]
    assert backups.latest_backup(lab) == mine[0]


def test_a_newer_file_at_the_same_path_does_not_take_the_old_ones_backups(lab, tmp_path):
    other = tmp_path / "lain.labinovasi"
    with WorkshopService.create(other, "Lab lain"):
        pass
    mine = backups.make_backup(lab)
    theirs = backups.make_backup(other)
    assert backups.backups_of(lab) == [mine]
    assert backups.backups_of(other) == [theirs]


def test_a_moved_file_finds_its_backups(lab, tmp_path):
    mine = backups.make_backup(lab)
    moved = tmp_path / "pindah.labinovasi"
    lab.rename(moved)
    assert backups.backups_of(moved) == [mine]


def test_pruned_by_time_newest_kept(lab):
    made = [backups.make_backup(lab) for _n in range(backups.KEEP + 3)]
    assert backups.backups_of(lab) == list(reversed(made))[: backups.KEEP]


def test_a_damaged_file_offers_its_own_latest_good_backup(lab, tmp_path):
    good = backups.make_backup(lab)
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(lab, copy, "Meja")
    backups.make_backup(copy)  # newer, of another file
    newest = backups.make_backup(lab)
    newest.write_bytes(newest.read_bytes()[:2000])  # this backup is damaged
    scribble(lab)
    assert backups.latest_backup(lab) == good
    with pytest.raises(CannotOpen) as refused:
        WorkshopService.open(lab)
    assert any(str(good) in line for line in refused.value.details)
    assert cli(["restore", str(lab)]) == 0
    assert texts(lab) == ["Antrean puskesmas lewat WhatsApp"]


def scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page + 2000] = b"\xa5" * 2000
    path.write_bytes(bytes(data))


def test_check_says_damaged_for_a_damaged_workshop(lab, capsys):
    lab.write_bytes(lab.read_bytes()[:60])  # cut inside its header
    assert cli(["check", str(lab)]) == 5
    err = capsys.readouterr().err
    assert "rusak" in err and "Bukan berkas lokakarya" not in err


def test_check_says_damaged_when_the_header_lost_its_identity(lab, capsys):
    db = sqlite3.connect(lab)
    db.execute("PRAGMA application_id=0")  # as if the header's bytes were overwritten
    db.commit()
    db.close()
    assert cli(["check", str(lab)]) == 5
    err = capsys.readouterr().err
    assert "rusak" in err and "Bukan berkas lokakarya" not in err


def evidence_file(folder: Path, n: int, size: int = 300_000) -> Path:
    path = folder / f"bukti-{n}.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(size))
    return path


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_evidence_is_kept_once_however_many_backups(lab, tmp_path, backup_dir):
    size = 1_000_000
    with WorkshopService.open(lab) as service:
        for n in range(4):
            ev.add_evidence(service, path=evidence_file(tmp_path, n, size), title=f"SK {n}")
        opd = service.find_opd("DINKES")
        for n in range(backups.KEEP):
            service.add_idea(opd.id, f"Gagasan {n}")
            backups.make_backup(lab)
    store = backup_dir / backups.STORE
    assert len(list(store.glob("??/*"))) == 4
    assert folder_size(store) < 4 * (size + 100)  # each file once
    made = backups.backups_of(lab)
    assert len(made) == backups.KEEP
    for backup in made:
        assert backup.stat().st_size < size  # no evidence bytes inside


def test_restore_brings_every_evidence_file_back(lab, tmp_path):
    files = [evidence_file(tmp_path, n) for n in range(3)]
    with WorkshopService.open(lab) as service:
        items = [ev.add_evidence(service, path=f, title=f.stem) for f in files]
    backup = backups.make_backup(lab)
    with WorkshopService.open(lab) as service:
        ev.delete_evidence(service, items[0].id, force=True)
    backups.restore(lab, backup)
    with WorkshopService.open(lab) as service:
        for item, source in zip(items, files, strict=True):
            assert ev.evidence_bytes(service, item.id) == source.read_bytes()
    assert cli(["check", str(lab)]) == 0


def test_a_backup_whose_evidence_left_the_store_is_not_restored(lab, tmp_path, backup_dir):
    with WorkshopService.open(lab) as service:
        ev.add_evidence(service, path=evidence_file(tmp_path, 1), title="SK")
    backup = backups.make_backup(lab)
    for blob in (backup_dir / backups.STORE).glob("??/*"):
        blob.unlink()
    before = lab.read_bytes()
    assert backups.latest_backup(lab) != backup  # the one made on open, before the evidence
    with pytest.raises(CannotOpen, match="Cadangan tidak utuh"):
        backups.restore(lab, backup)
    assert lab.read_bytes() == before


def test_evidence_no_backup_holds_leaves_the_store(lab, tmp_path, backup_dir, monkeypatch):
    monkeypatch.setattr(backups, "STORE_GRACE", backups.timedelta(0))
    with WorkshopService.open(lab) as service:
        item = ev.add_evidence(service, path=evidence_file(tmp_path, 1), title="SK")
        backups.make_backup(lab)
        ev.delete_evidence(service, item.id, force=True)
    for _n in range(backups.KEEP):
        backups.make_backup(lab)
    assert list((backup_dir / backups.STORE).glob("??/*")) == []


def test_a_backup_while_the_file_is_open_and_written(lab):
    with WorkshopService.open(lab) as service:
        opd = service.find_opd("DINKES")
        service.add_idea(opd.id, "Masih di WAL")
        backup = backups.make_backup(lab)
        service.add_idea(opd.id, "Sesudah cadangan")
    check = sqlite3.connect(backup)
    try:
        assert sorted(t for (t,) in check.execute("SELECT text FROM idea")) == [
            "Antrean puskesmas lewat WhatsApp",
            "Masih di WAL",
        ]
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()


def test_a_damaged_newest_backup_does_not_stop_the_next(lab, tmp_path):
    with WorkshopService.open(lab) as service:
        ev.add_evidence(service, path=evidence_file(tmp_path, 1), title="SK")
    damaged = backups.make_backup(lab)
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 5000)
    made = backups.make_backup(lab)
    assert backups.backup_problems(made) == []
    assert backups.latest_backup(lab) == made
