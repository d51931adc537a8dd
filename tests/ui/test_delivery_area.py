"""The Pelaksanaan area driven like a facilitator: timeline progress, the evidence checklist,
verification and the jury's sheets, ranking, fixing and the projector's reveal."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from labinovasi.domain.delivery import ActionStatus
from labinovasi.domain.innovations import ActionStep
from labinovasi.services import delivery, jury
from labinovasi.services import evidence as ev
from labinovasi.services.innovations import Innovations
from labinovasi.ui.facilitator.delivery_area import TABS


@pytest.fixture
def lab(window, qtbot):
    service = window.service
    store = Innovations(service)
    dinkes = service.find_opd("DINKES")
    first = store.add(dinkes.id, "SIAP ANTRE (Sistem Antrean Puskesmas)")
    store.set_actions(
        first.id,
        [
            ActionStep("Menyusun SOP", "dr. Hendra", date(2026, 12, 1), date(2026, 12, 14)),
            ActionStep("Uji coba", "Bidan Maya", date(2027, 1, 4), date(2027, 1, 29)),
        ],
    )
    second = store.add(service.find_opd("DINSOS").id, "SI BANSOS")
    window.delivery.timeline.today = date(2027, 1, 20)
    assert window.delivery_action.shortcut().toString() == "Ctrl+L"
    window.delivery_action.trigger()  # Tampilan → Pelaksanaan
    assert window.stack.currentWidget() is window.delivery
    return service, store.get(first.id), store.get(second.id)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_timeline_marks_overdue_and_saves_progress(window, lab, qtbot):
    service, first, _second = lab
    timeline = window.delivery.timeline
    assert "2 kegiatan · 0 selesai · 0 berjalan · 1 terlambat" in timeline.summary_label.text()
    late = timeline.table.item(0, 5).text()
    assert "terlambat 37 hari" in late  # 14 December to 20 January
    click_row(qtbot, timeline.table, 0)
    timeline.status_combo.setFocus()
    qtbot.keyClicks(timeline.status_combo, "selesai")
    qtbot.keyClicks(timeline.note_edit, "SOP terbit")
    qtbot.mouseClick(timeline.save_button, Qt.MouseButton.LeftButton)
    [done, _trial] = delivery.timeline(service)
    assert done.status is ActionStatus.SELESAI and done.note == "SOP terbit"
    assert done.realised_on == date(2027, 1, 20)
    assert "1 selesai" in timeline.summary_label.text()
    assert "0 terlambat" in timeline.summary_label.text()

    # Tahapan: the next one is offered, dated, and recorded.
    assert timeline.stage_combo.currentData() == "uji-coba"
    qtbot.mouseClick(timeline.stage_button, Qt.MouseButton.LeftButton)
    assert Innovations(service).get(first.id).stage == "uji-coba"
    assert "Inisiatif → Uji coba" in timeline.stage_history.text()


def test_checklist_ticks_parameter_and_attach(window, lab, qtbot, tmp_path, monkeypatch):
    service, first, _second = lab
    qtbot.mouseClick(
        window.delivery.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=window.delivery.tabs.tabBar().tabRect(TABS.index("evidence")).center(),
    )
    checklist = window.delivery.evidence
    checklist.show_innovation(first.id)
    assert checklist.table.rowCount() == 20 and checklist.current_row().indicator.no == "16"
    sk = tmp_path / "sk-bupati.pdf"
    sk.write_bytes(b"%PDF-1.4 SK")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sk), ""))
    qtbot.mouseClick(checklist.add_file_button, Qt.MouseButton.LeftButton)
    ok = checklist.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the details may stay blank
    qtbot.mouseClick(checklist.add_link_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(checklist.dialog.link_edit, "https://jdih.go.id/sk")
    ok = checklist.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(checklist.checks["check_signed"], Qt.MouseButton.LeftButton)
    checklist.parameter_combo.setFocus()
    qtbot.keyClick(checklist.parameter_combo, Qt.Key.Key_Down)
    qtbot.keyClick(checklist.parameter_combo, Qt.Key.Key_Down)
    answer = ev.get_answer(service, "16", first.id)
    assert len(answer.evidence_ids) == 2 and answer.check_signed and answer.parameter == 2
    assert checklist.evidence_list.count() == 2
    assert checklist.table.item(0, 3).text() == "2"
    assert "belum dicentang: memuat nama inovasi" in checklist.problems_label.text()


def test_verifier_accepts_from_the_queue(window, lab, qtbot):
    service, first, _second = lab
    ev.add_evidence(service, link="https://jdih.go.id/sk", indicator="16", innovation_id=first.id)
    ev.set_answer(service, "16", first.id, parameter=3)
    window.delivery.show_tab("verification")
    panel = window.delivery.verification
    assert panel.queue.rowCount() == 1 and panel.queue.item(0, 1).text() == "16"
    assert "2 dari 12 OPD memiliki inovasi" in panel.summary_label.text()
    qtbot.keyClicks(panel.note_edit, "Lengkap")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    answer = ev.get_answer(service, "16", first.id)
    assert answer.status.value == "diterima" and answer.note == "Lengkap"
    assert panel.queue.rowCount() == 0


def test_jury_sheets_ranking_fix_and_reveal(window, lab, qtbot, monkeypatch):
    service, first, second = lab
    window.delivery.show_tab("jury")
    panel = window.delivery.jury
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Dr. Sari", True))
    qtbot.mouseClick(panel.add_juror_button, Qt.MouseButton.LeftButton)
    assert panel.order_list.count() == 2
    for row in range(panel.order_list.count()):
        item = panel.order_list.item(row)
        rect = panel.order_list.visualItemRect(item)
        qtbot.mouseClick(panel.order_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(panel.order_list, Qt.Key.Key_Space)  # tick: presents
    qtbot.mouseClick(panel.save_event_button, Qt.MouseButton.LeftButton)
    assert [s.innovation_id for s in jury.presentation_schedule(service)] == [first.id, second.id]
    for entrant, value in ((0, "80"), (1, "90")):
        panel.entrant_combo.setCurrentIndex(entrant)
        for spin in panel.spins.values():
            spin.lineEdit().selectAll()
            qtbot.keyClicks(spin, value)
        qtbot.mouseClick(panel.save_sheet_button, Qt.MouseButton.LeftButton)
    assert panel.ranking.item(0, 1).text().startswith("SI BANSOS")
    assert panel.ranking.item(0, 3).text() == "90,00"
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    # One juror, two innovations for a Top 3: the facilitator confirms (see
    # test_jury_fix_and_projector.py).
    qtbot.mouseClick(
        panel.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    assert jury.event(service).fixed and not panel.save_sheet_button.isEnabled()
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    lines = jury.revealed_ranking(service)
    assert [line.name for line in lines] == ["SI BANSOS", "SIAP ANTRE (Sistem Antrean Puskesmas)"]
    assert lines[0].winner and lines[0].mean == "90,00"


def test_consultation_schedule_is_written_from_the_timeline(
    window, lab, qtbot, tmp_path, monkeypatch
):
    out = tmp_path / "jadwal.pdf"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    timeline = window.delivery.timeline
    qtbot.mouseClick(timeline.schedule_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert "Jadwal ditulis" in timeline.message.text()


def test_schedule_and_evidence_dialogs_start_in_the_documents_folder(
    window, lab, qtbot, tmp_path, monkeypatch, on_modal
):
    """Not in the folder the program was started from (issue 25)."""
    home = tmp_path / "rumah"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.chdir(program)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, True))
    seen = {}

    def note_folder_and_cancel(dialog):
        seen[dialog.windowTitle()] = (dialog.directory().absolutePath(), dialog.selectedFiles())
        dialog.reject()

    on_modal(note_folder_and_cancel)
    qtbot.mouseClick(window.delivery.timeline.schedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Simpan jadwal" in seen)
    folder, files = seen["Simpan jadwal"]
    assert folder == str(documents)
    assert files == [str(documents / "jadwal-desk-konsultasi.pdf")]

    tabs = window.delivery.tabs
    qtbot.mouseClick(
        tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=tabs.tabBar().tabRect(TABS.index("evidence")).center(),
    )
    page = window.delivery.evidence
    page.show_innovation(lab[1].id)
    on_modal(note_folder_and_cancel)
    qtbot.mouseClick(page.add_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Pilih berkas bukti" in seen)
    assert seen["Pilih berkas bukti"][0] == str(documents)
