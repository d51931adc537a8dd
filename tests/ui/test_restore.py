"""Backups in the app: a damaged file offers its latest backup; Berkas → Pulihkan dari
cadangan puts a chosen backup back and reopens the workshop."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from labinovasi.services import WorkshopService
from labinovasi.storage import backups
from labinovasi.ui.facilitator.main_window import MainWindow


def make_file(tmp_path, monkeypatch):
    monkeypatch.setenv("LABINOVASI_BACKUP_DIR", str(tmp_path / "cadangan"))
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_idea(opd.id, "Antrean daring")
    with WorkshopService.open(path):
        pass  # the backup on open
    return path


def test_a_damaged_file_offers_its_latest_backup(qtbot, tmp_path, monkeypatch):
    path = make_file(tmp_path, monkeypatch)
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)
    path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes
    )
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_workshop(str(path))
    assert asked and "cadangan terbaru" in asked[0]
    assert [v.idea.text for v in window.service.list_ideas()] == ["Antrean daring"]


def test_restore_from_the_file_menu(qtbot, tmp_path, monkeypatch):
    path = make_file(tmp_path, monkeypatch)
    backup = backups.latest_backup(path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_workshop(str(path))
    window.service.add_idea(window.service.find_opd("DINKES").id, "Sesudah cadangan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    window.restore_action.trigger()
    assert [v.idea.text for v in window.service.list_ideas()] == ["Antrean daring"]


def test_the_file_menu_opens_this_files_backups_whatever_copies_exist(qtbot, tmp_path, monkeypatch):
    from labinovasi.services.sync import make_station_copy

    path = make_file(tmp_path, monkeypatch)
    mine = backups.backups_of(path)
    copy = tmp_path / "zz-meja-1.labinovasi"  # a station copy: the same workshop id
    make_station_copy(path, copy, "Meja 1")
    with monkeypatch.context() as patch:
        patch.setattr(backups, "BACKUP_EVERY", backups.timedelta(0))
        with WorkshopService.open(copy):
            pass  # its own backup on open
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_workshop(str(path))
    started_in = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda _w, _t, folder, _f: started_in.append(folder) or ("", ""),
    )
    window.restore_action.trigger()
    [folder] = started_in
    assert mine and folder == str(mine[0].parent)
    assert sorted(p.name for p in mine[0].parent.glob("*.labinovasi")) == sorted(
        p.name for p in mine
    )
