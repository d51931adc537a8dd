"""The facilitator's station-copy and merge dialogs, driven as a person would (issue 21, 25):
the merge's file dialog never lists the open workshop and refuses its name typed (also a link
to it); the merge report closes with its own button; the copy dialog offers the evidence."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListView, QMessageBox

from labinovasi.services import WorkshopService
from labinovasi.services import evidence as ev
from labinovasi.services.sync import make_station_copy


def listed_names(dialog) -> list[str]:
    """The file names the dialog's list shows in its current folder."""
    view = dialog.findChild(QListView, "listView")
    model = view.model()
    root = view.rootIndex()
    return [model.index(r, 0, root).data() for r in range(model.rowCount(root))]


def type_and_enter(qtbot, dialog, text: str) -> None:
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_merge_dialog_hides_the_open_workshop_and_refuses_its_name(qtbot, window, tmp_path):
    main_file = Path(str(window.service.target))
    folder = main_file.parent
    copy = folder / "stasiun-meja-1.labinovasi"
    make_station_copy(main_file, copy, "Meja 1")
    link = folder / "tautan-ke-utama.labinovasi"
    link.symlink_to(main_file)
    os.link(main_file, folder / "nama-lain.labinovasi")
    with WorkshopService.open(copy) as station:
        station.add_idea(station.find_opd("DINSOS").id, "Dapur umum keliling saat bencana")

    dialog = window.merge_dialog()
    qtbot.waitUntil(lambda: copy.name in listed_names(dialog), timeout=10000)
    names = listed_names(dialog)
    # The open file is not offered, whatever name reaches it.
    assert main_file.name not in names
    assert link.name not in names and "nama-lain.labinovasi" not in names

    type_and_enter(qtbot, dialog, link.name)
    qtbot.waitUntil(lambda: dialog.refusal is not None and dialog.refusal.isVisible())
    assert "sedang terbuka" in dialog.refusal.text()
    assert dialog.isVisible()  # still choosing: nothing was merged
    dialog.refusal.button(QMessageBox.StandardButton.Ok).click()

    type_and_enter(qtbot, dialog, copy.name)
    qtbot.waitUntil(lambda: hasattr(window, "merge_report"), timeout=30000)
    report = window.merge_report
    assert "gagasan: 1 ditambah" in report.text.toPlainText()
    close = report.findChild(QDialogButtonBox, "mergeReportButtons").button(
        QDialogButtonBox.StandardButton.Close
    )
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not report.isVisible()


def test_station_copy_dialog_offers_the_evidence_files(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    sk = tmp_path / "sk.pdf"
    sk.write_bytes(b"%PDF-1.4 SK\n" * 1000)
    ev.add_evidence(window.service, path=sk, title="SK")
    out = tmp_path / "meja-3.labinovasi"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    dialog = window.station_copy_dialog()
    assert "1 berkas" in dialog.evidence_box.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Meja 3")
    qtbot.mouseClick(dialog.evidence_box, Qt.MouseButton.LeftButton)
    assert dialog.evidence_box.isChecked()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=30000)
    qtbot.waitUntil(lambda: "berkas bukti" in window.statusBar().currentMessage(), timeout=30000)
    with WorkshopService.open(out) as station:
        assert station.workshop().station_name == "Meja 3"
        [item] = ev.list_evidence(station)
        assert ev.evidence_bytes(station, item.id) == sk.read_bytes()


def test_a_station_copy_says_so_and_merges_into_the_main_file(qtbot, window, tmp_path, on_modal):
    """A station copy opened in the app is not taken for the main file: its title and a band
    say "Salinan stasiun «Meja 1» — gabungkan ke berkas utama", and the band's button merges
    it into the main file chosen, which then opens (issue 25)."""
    main_file = Path(str(window.service.target))
    title = window.service.workshop().title
    assert not window.copy_banner.isVisible()
    copy = tmp_path / "stasiun-meja-1.labinovasi"
    make_station_copy(main_file, copy, "Meja 1")
    with WorkshopService.open(copy) as station:
        opd = station.find_opd("DINKES")
        station.add_idea(opd.id, "Ide dari meja satu")
    assert window.open_workshop(copy)
    assert window.windowTitle() == f"Salinan stasiun «Meja 1» — {title} — {copy.name}"
    assert window.copy_banner.isVisible()
    assert window.copy_banner.text.text() == "Salinan stasiun «Meja 1» — gabungkan ke berkas utama"
    window.copy_banner.grab().save(str(tmp_path / "banner.png"))

    def choose_main(dialog):
        assert dialog.windowTitle() == "Pilih berkas utama lokakarya"
        dialog.setDirectory(str(main_file.parent))
        type_and_enter(qtbot, dialog, main_file.name)

    on_modal(choose_main)
    qtbot.mouseClick(window.copy_banner.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Path(str(window.service.target)) == main_file, timeout=30000)
    qtbot.waitUntil(lambda: getattr(window, "merge_report", None) is not None)
    assert not window.copy_banner.isVisible()
    assert window.windowTitle() == f"{title} — {main_file.name}"
    opd = window.service.find_opd("DINKES")
    texts = [row.idea.text for row in window.service.list_ideas(opd.id)]
    assert "Ide dari meja satu" in texts
    window.merge_report.close()
