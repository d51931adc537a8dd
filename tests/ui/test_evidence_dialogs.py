"""The evidence checklist's dialogs driven like an officer: a document's number and date typed
in (the year window checked while typing), edited later, a stored document picked to back
another innovation, detached from one, deleted after a confirmation naming what it backs;
the verifier sees the documents of the answer it judges."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from labinovasi.domain.evidence import Verification
from labinovasi.services import evidence as ev
from labinovasi.services.innovations import Innovations
from labinovasi.ui.facilitator.delivery_area import TABS


@pytest.fixture
def checklist(window, qtbot):
    """The Bukti dukung tab on the first of two innovations, indicator 16 selected."""
    service = window.service
    store = Innovations(service)
    first = store.add(service.find_opd("DINKES").id, "SIAP ANTRE")
    second = store.add(service.find_opd("DINSOS").id, "SI BANSOS")
    window.delivery_action.trigger()
    tabs = window.delivery.tabs
    qtbot.mouseClick(
        tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=tabs.tabBar().tabRect(TABS.index("evidence")).center(),
    )
    page = window.delivery.evidence
    page.show_innovation(first.id)
    assert page.current_row().indicator.no == "16"
    return page, first.id, second.id


def click_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def add_sk(qtbot, page, monkeypatch, tmp_path) -> None:
    sk = tmp_path / "sk-bupati.pdf"
    sk.write_bytes(b"%PDF-1.4 SK Bupati")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sk), ""))
    qtbot.mouseClick(page.add_file_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert "sk-bupati.pdf" in dialog.source_label.text()
    assert "batas indikator ini 50 MB" in dialog.source_label.text()
    qtbot.keyClicks(dialog.title_edit, "SK Bupati Inovasi Daerah")
    qtbot.keyClicks(dialog.number_edit, "188.45/412/2025")
    qtbot.keyClicks(dialog.date_edit.line, "15-12-2025")
    click_ok(qtbot, dialog)


def test_number_and_date_typed_checked_and_edited(checklist, qtbot, monkeypatch, tmp_path):
    page, first, _second = checklist
    sk = tmp_path / "sk-bupati.pdf"
    sk.write_bytes(b"%PDF-1.4 SK Bupati")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sk), ""))
    qtbot.mouseClick(page.add_file_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert "meminta dokumen bertanggal 1 Januari 2024" in dialog.check_label.text()
    qtbot.keyClicks(dialog.title_edit, "SK Bupati Inovasi Daerah")
    qtbot.keyClicks(dialog.number_edit, "188.45/412/2025")
    qtbot.keyClicks(dialog.date_edit.line, "15-12-2023")  # before the 2026 rule's window
    # indicator 16 takes the SK of the year of penerapan (T-0): up to the end of 2026
    assert "di luar 1 Januari 2024 s.d. 31 Desember 2026" in dialog.check_label.text()
    dialog.date_edit.line.selectAll()
    qtbot.keyClicks(dialog.date_edit.line, "31-02-2025")
    assert "tidak ada di kalender" in dialog.check_label.text()
    click_ok(qtbot, dialog)  # refused: the dialog stays, nothing stored
    assert page.dialog is dialog and dialog.isVisible() and ev.list_evidence(page.service) == []
    dialog.date_edit.line.selectAll()
    qtbot.keyClicks(dialog.date_edit.line, "15-12-2025")
    assert "dalam jendela aturan IGA" in dialog.check_label.text()
    click_ok(qtbot, dialog)

    [item] = ev.list_evidence(page.service, first)
    assert (item.title, item.number, item.doc_date.isoformat()) == (
        "SK Bupati Inovasi Daerah",
        "188.45/412/2025",
        "2025-12-15",
    )
    shown = page.evidence_list.item(0).text()
    assert "188.45/412/2025" in shown and "15 Desember 2025" in shown
    assert not any("tanggal dokumen" in p for p in page.current_row().problems)

    # Edit the details: the dialog opens filled in.
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.number_edit.text() == "188.45/412/2025"
    assert dialog.date_edit.text() == "15-12-2025"
    dialog.number_edit.selectAll()
    qtbot.keyClicks(dialog.number_edit, "188.45/413/2025")
    click_ok(qtbot, dialog)
    assert ev.get_evidence(page.service, item.id).number == "188.45/413/2025"
    assert "188.45/413/2025" in page.evidence_list.item(0).text()


def test_link_with_details(checklist, qtbot):
    page, first, _second = checklist
    qtbot.mouseClick(page.add_link_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    click_ok(qtbot, dialog)  # no address yet: refused, said so
    assert dialog.isVisible() and "alamat" in dialog.message.text()
    qtbot.keyClicks(dialog.link_edit, "https://jdih.contoh.go.id/perbup-12")
    qtbot.keyClicks(dialog.number_edit, "12 Tahun 2025")
    click_ok(qtbot, dialog)
    [item] = ev.list_evidence(page.service, first)
    assert item.link.endswith("perbup-12") and item.number == "12 Tahun 2025"
    assert "12 Tahun 2025" in page.evidence_list.item(0).text()


def test_stored_document_backs_another_innovation_then_detach(
    checklist, qtbot, monkeypatch, tmp_path
):
    page, first, second = checklist
    add_sk(qtbot, page, monkeypatch, tmp_path)
    page.show_innovation(second)
    page.select_indicator("16")
    assert page.evidence_list.count() == 0
    qtbot.mouseClick(page.stored_button, Qt.MouseButton.LeftButton)
    picker = page.dialog
    qtbot.keyClicks(picker.filter_edit, "188.45")
    assert picker.list.count() == 1 and "mendukung 1 jawaban" in picker.list.item(0).text()
    click_ok(qtbot, picker)
    assert page.evidence_list.count() == 1
    assert "juga mendukung 1 jawaban lain" in page.evidence_list.item(0).text()
    assert ev.stored_file_count(page.service)[0] == 1  # one SK, stored once

    # Detach from this innovation: the first one keeps it.
    qtbot.mouseClick(page.detach_button, Qt.MouseButton.LeftButton)
    assert page.evidence_list.count() == 0
    assert ev.get_answer(page.service, "16", second).evidence_ids == []
    assert len(ev.get_answer(page.service, "16", first).evidence_ids) == 1


def test_delete_with_confirmation(checklist, qtbot, monkeypatch, tmp_path):
    page, first, second = checklist
    add_sk(qtbot, page, monkeypatch, tmp_path)
    [item] = ev.list_evidence(page.service, first)
    ev.attach_evidence(page.service, item.id, "16", second)
    ev.set_answer(page.service, "16", first, parameter=2, status="diterima")
    page.refresh()

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert "DINKES · SIAP ANTRE, indikator 16 (diterima)" in box.text()
    assert "DINSOS · SI BANSOS, indikator 16 (menunggu)" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(ev.list_evidence(page.service)) == 1  # cancelled: nothing written

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert ev.list_evidence(page.service) == [] and ev.stored_file_count(page.service) == (0, 0)
    assert ev.get_answer(page.service, "16", first).status is Verification.MENUNGGU
    assert page.evidence_list.count() == 0 and "Bukti dihapus" in page.message.text()


def test_verifier_sees_the_documents_of_the_answer(checklist, qtbot, monkeypatch, tmp_path):
    page, first, _second = checklist
    add_sk(qtbot, page, monkeypatch, tmp_path)
    ev.set_answer(page.service, "16", first, parameter=3)
    page.window().delivery.show_tab("verification")
    panel = page.window().delivery.verification
    assert panel.queue.rowCount() == 1
    shown = panel.evidence_list.item(0).text()
    assert "188.45/412/2025" in shown and "15 Desember 2025" in shown
    assert "belum dicentang: memuat nama inovasi" in panel.problems_label.text()


def test_file_over_the_indicators_limit_is_refused(checklist, qtbot, monkeypatch, tmp_path):
    page, first, _second = checklist
    page.select_indicator("27")  # screenshots: at most 10 MB in the 2026 rule file
    assert "paling besar 10 MB per berkas" in page.evidence_hint.text()
    shot = tmp_path / "tangkapan-layar.png"
    shot.write_bytes(b"\x89PNG" + b"0" * (11 * 1024 * 1024))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shot), ""))
    qtbot.mouseClick(page.add_file_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert "terlalu besar" in dialog.message.text() and "tautan" in dialog.message.text()
    click_ok(qtbot, dialog)
    assert "batas indikator 27: 10 MB" in page.message.text()
    # A screen never tells about a command-line option (issue 25).
    assert "--" not in dialog.message.text() and "--" not in page.message.text()
    assert ev.list_evidence(page.service) == [] and ev.stored_file_count(page.service) == (0, 0)
    assert ev.get_answer(page.service, "27", first) is None


def test_only_the_hand_checks_an_indicator_asks_are_offered(checklist, qtbot):
    page, _first, _second = checklist
    visible = {key for key, box in page.checks.items() if box.isVisible()}
    assert visible == {"check_name", "check_signed", "check_highlighted"}  # 16: an SK

    def pick(no: str) -> None:
        for row in range(page.table.rowCount()):
            item = page.table.item(row, 0)
            if item is not None and item.text().split(".")[0].strip() == no:
                rect = page.table.visualItemRect(item)
                qtbot.mouseClick(
                    page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                )
                return
        raise AssertionError(no)

    pick("19")  # a photo of the tools: nothing to tick
    assert page.current_row().indicator.no == "19"
    assert not any(box.isVisible() for box in page.checks.values())
    pick("18")  # the budget page: the name and the highlighted line
    assert {k for k, box in page.checks.items() if box.isVisible()} == {
        "check_name",
        "check_highlighted",
    }


def pick_indicator(qtbot, page, no: str) -> None:
    for row in range(page.table.rowCount()):
        item = page.table.item(row, 0)
        if item is not None and item.text().split(".")[0].strip() == no:
            rect = page.table.visualItemRect(item)
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert page.current_row().indicator.no == no
            return
    raise AssertionError(no)


def test_kemanfaatan_basis_and_spd_figures_typed_in_the_checklist(checklist, qtbot):
    page, first, _second = checklist
    service = page.service
    assert not page.basis_combo.isVisible() and not page.figures_row.isVisible()  # 16
    pick_indicator(qtbot, page, "33")
    assert page.basis_combo.isVisible() and page.basis_combo.count() == 7
    page.basis_combo.setFocus()
    index = page.basis_combo.findData("efisiensi-belanja")
    page.basis_combo.setCurrentIndex(index)
    page.basis_combo.activated.emit(index)  # as the user's pick
    assert page.parameter_combo.itemText(1).startswith("1. Tingkat 1")
    [answer] = [a for a in ev.list_answers(service, first) if a.indicator == "33"]
    assert answer.basis == "efisiensi-belanja"

    page.show_innovation(None)  # the region's SPD indicators
    pick_indicator(qtbot, page, "7")
    assert page.figures_row.isVisible() and not page.basis_combo.isVisible()
    t1, t2 = page.figure_edits
    qtbot.keyClicks(t1, "100.000.000")
    qtbot.keyClick(t1, Qt.Key.Key_Tab)
    qtbot.keyClicks(t2, "140.000.000")
    qtbot.keyClick(t2, Qt.Key.Key_Return)
    [pad] = [a for a in ev.list_answers(service, region=True) if a.indicator == "7"]
    assert pad.parameter == 3  # PAD grew 40%: from 33,85% the best parameter
    assert page.parameter_combo.currentData() == 3


class Opener:
    """Stands in for the system's opener: what it was handed."""

    def __init__(self):
        self.opened: list[str] = []

    def open(self, url: QUrl) -> bool:
        self.opened.append(url.toLocalFile())
        return True


@pytest.fixture
def opener(monkeypatch):
    handler = Opener()
    monkeypatch.setattr(QDesktopServices, "openUrl", handler.open)
    return handler


def test_buka_opens_a_document_from_a_private_folder(checklist, qtbot, tmp_path, opener):
    page, first, _second = checklist
    sk = tmp_path / "sk.pdf"
    sk.write_bytes(b"%PDF-1.4 SK")
    item = ev.add_evidence(page.service, path=sk, indicator="16", innovation_id=first)
    with sqlite3.connect(page.service.target) as db:  # as a tampered copy once stored it
        db.execute("UPDATE evidence SET file_name = '../../korban.pdf' WHERE id = ?", (item.id,))
    page.refresh()
    page.evidence_list.setCurrentRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    [opened] = opener.opened
    assert Path(opened).name == "korban.pdf"
    assert Path(opened).parent.name.startswith("labinovasi-bukti-")
    assert Path(opened).read_bytes() == b"%PDF-1.4 SK"


def test_buka_never_hands_a_program_to_the_opener(checklist, qtbot, monkeypatch, tmp_path, opener):
    page, first, _second = checklist
    program = tmp_path / "laporan\u202efdp.exe"  # shows as "laporanexe.pdf"
    program.write_bytes(b"MZ\x90\x00 program")
    ev.add_evidence(page.service, path=program, indicator="16", innovation_id=first)
    page.refresh()
    page.evidence_list.setCurrentRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "evidenceNotOpened")
    assert box is not None and box.isVisible()
    assert "laporanfdp.exe" in box.text() and ".exe" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert opener.opened == []
    saved = tmp_path / "disimpan.exe"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    [save] = [b for b in box.buttons() if "Simpan sebagai" in b.text()]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved.read_bytes() == b"MZ\x90\x00 program" and opener.opened == []
