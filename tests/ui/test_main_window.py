"""The facilitator's main window driven through its real widgets: create, import, add ideas,
stage moves with refusal and override, board filter and search, design form, undo."""

from __future__ import annotations

import hashlib

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from labinovasi.domain import Stage
from labinovasi.services import WorkshopService
from labinovasi.ui.facilitator.main_window import MainWindow, recent_files


def type_idea(qtbot, tab, text: str) -> None:
    qtbot.keyClicks(tab.idea_input, text)
    qtbot.keyClick(tab.idea_input, Qt.Key.Key_Return)


def test_create_workshop_and_import_with_preview(qtbot, tmp_path, samples_dir):
    window = MainWindow()
    qtbot.addWidget(window)
    path = tmp_path / "baru.labinovasi"
    assert window.create_workshop(
        path, title="Lab Inovasi 2026", region="Kabupaten Uji", min_ideas=5
    )
    assert "Lab Inovasi 2026" in window.board.workshop_label.text()
    assert recent_files()[0] == str(path)

    dialog = window.import_dialog("opd", samples_dir / "opd.csv")
    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        pass
    assert dialog.table.rowCount() == 12
    assert dialog.import_button.isEnabled()
    assert window.service.list_opds() == []  # the preview writes nothing
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.board.proxy.rowCount() == 12

    dialog = window.import_dialog("ideas", samples_dir / "gagasan.csv")
    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        pass
    assert dialog.table.rowCount() == 54
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(window.service.list_ideas()) == 54
    assert window.board.summary_label.text().startswith(
        "8 dari 12 OPD (66,7%) memenuhi minimal 5 gagasan"
    )


def test_import_preview_shows_problems_and_writes_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "gagasan.csv"
    bad.write_text("opd,gagasan\nDINKES,Ide baru yang bagus\nTIDAKADA,Ide lain\n", encoding="utf-8")
    before = len(window.service.list_ideas())
    dialog = window.import_dialog("ideas", bad)
    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        pass
    assert dialog.table.rowCount() == 2
    assert "baris 3: OPD tidak dikenal: TIDAKADA" in dialog.problems_edit.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert len(window.service.list_ideas()) == before


def test_add_ideas_until_minimum_counter_changes(qtbot, window, board_progress):
    service = window.service
    dinsos = service.find_opd("DINSOS")
    window.show_opd(dinsos.id)
    tab = window.workspace.drumup
    assert "3 dari 5" in tab.counter_label.text()
    type_idea(qtbot, tab, "Layanan pengaduan sosial lewat SMS")
    assert "4 dari 5" in tab.counter_label.text()
    assert board_progress(window, "DINSOS") == "4 dari 5"
    assert window.workspace.progress_bar.format() == "4 dari 5"
    type_idea(qtbot, tab, "Data terpadu penerima bantuan per desa")
    assert "5 dari 5" in tab.counter_label.text()
    assert board_progress(window, "DINSOS") == "5 dari 5"
    assert window.workspace.progress_bar.format() == "5 dari 5"
    # Enter keeps the input ready for the next idea.
    assert tab.idea_input.text() == ""
    assert tab.idea_input.hasFocus() or not window.isActiveWindow()
    assert service.opd_status(dinsos.id).tally.counted == 5


def test_blank_idea_refused_with_message_nothing_written(qtbot, window):
    opd = window.service.find_opd("DINSOS")
    window.show_opd(opd.id)
    tab = window.workspace.drumup
    qtbot.keyClicks(tab.idea_input, "   ")
    qtbot.keyClick(tab.idea_input, Qt.Key.Key_Return)
    assert "kosong" in tab.message.text()
    assert tab.message.isVisible()
    assert len(window.service.list_ideas(opd.id)) == 3


def test_duplicate_idea_is_kept_and_marked(qtbot, window):
    opd = window.service.find_opd("DINKES")
    window.show_opd(opd.id)
    tab = window.workspace.drumup
    first = window.service.list_ideas(opd.id)[0]
    type_idea(qtbot, tab, "  " + first.idea.text.upper() + "!")
    views = window.service.list_ideas(opd.id)
    assert len(views) == 7 and views[-1].duplicate_of == first.idea.id
    last_row = tab.model.rowCount() - 1
    assert tab.model.index(last_row, 4).data() == f"duplikat dari no. {first.number}"
    assert "tidak dihitung" in tab.message.text()


def test_refused_move_override_with_reason_and_allowed_move(qtbot, window, on_modal):
    service = window.service
    dinsos = service.find_opd("DINSOS")
    window.show_opd(dinsos.id)
    workspace = window.workspace
    qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)
    assert workspace.refusal_frame.isVisible()
    assert (
        workspace.refusal_label.text() == "Dinas Sosial (DINSOS): 3 dari 5 gagasan — perlu 2 lagi"
    )
    assert service.get_opd(dinsos.id).stage is Stage.DRUM_UP

    # A blank reason keeps OK disabled and the dialog open; Escape leaves, nothing moves.
    def blank_then_cancel(dialog):
        qtbot.keyClicks(dialog.reason_edit, "   ")
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_modal(blank_then_cancel)
    qtbot.mouseClick(workspace.override_button, Qt.MouseButton.LeftButton)
    assert service.get_opd(dinsos.id).stage is Stage.DRUM_UP

    def write_reason(dialog):
        qtbot.keyClicks(dialog.reason_edit, "Gagasan lain menyusul dari bidang rehabilitasi")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(write_reason)
    qtbot.mouseClick(workspace.override_button, Qt.MouseButton.LeftButton)
    assert service.get_opd(dinsos.id).stage is Stage.DIAGNOSE
    change = service.stage_changes(dinsos.id)[-1]
    assert change.override_reason == "Gagasan lain menyusul dari bidang rehabilitasi"
    assert not workspace.refusal_frame.isVisible()
    assert workspace.tabs.currentWidget() is workspace.diagnose

    # An allowed move: DINKES has 6 counted ideas.
    dinkes = service.find_opd("DINKES")
    window.show_opd(dinkes.id)
    qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)
    assert service.get_opd(dinkes.id).stage is Stage.DIAGNOSE
    assert service.stage_changes(dinkes.id)[-1].override_reason == ""
    assert "Diagnose" in workspace.stage_label.text()


def test_board_filter_and_search(qtbot, window):
    board = window.board
    assert board.proxy.rowCount() == 12
    board.set_filter("below")
    assert sorted(board.visible_abbreviations()) == [
        "DINSOS",
        "DISTANKP",
        "DPMPTSP",
        "KEC-KOTABARU",
    ]
    board.set_filter("all")
    qtbot.keyClicks(board.search_edit, "dinas ke")
    assert sorted(board.visible_abbreviations()) == ["DINKES", "DISDUKCAPIL"]
    board.search_edit.clear()
    qtbot.keyClicks(board.search_edit, "rsud")
    assert board.visible_abbreviations() == ["RSUD"]
    board.search_edit.clear()
    window.service.move_stage(window.service.find_opd("DLH").id, Stage.DIAGNOSE)
    window.refresh()
    board.set_filter(Stage.DIAGNOSE.value)
    assert board.visible_abbreviations() == ["DLH"]


def test_board_enter_opens_workspace(qtbot, window):
    board = window.board
    board.select_opd(window.service.find_opd("RSUD").id)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.title_label.text() == "Rumah Sakit Umum Daerah (RSUD)"


def test_next_opd_shortcut_keeps_tab(qtbot, window):
    opds = window.service.list_opds()
    window.show_opd(opds[0].id)
    window.show_tab("diagnose")
    window.next_opd_action.trigger()
    assert window.workspace.opd_id == opds[1].id
    assert window.workspace.tabs.currentWidget() is window.workspace.diagnose
    window.previous_opd_action.trigger()
    assert window.workspace.opd_id == opds[0].id


def test_diagnose_edit_and_undo(qtbot, window):
    service = window.service
    opd = service.find_opd("DINKES")
    window.show_opd(opd.id)
    window.show_tab("diagnose")
    tab = window.workspace.diagnose
    idea_id = tab._idea.id
    old_problem = service.get_idea(idea_id).problem
    tab.problem_edit.setFocus()
    tab.problem_edit.selectAll()
    tab.problem_edit.setPlainText("Antrean panjang setiap pagi")
    tab.problem_edit.committed.emit()
    assert service.get_idea(idea_id).problem == "Antrean panjang setiap pagi"
    for check in tab.apkl_checks.values():
        check.setChecked(True)
    tab.usg_spins["usg_urgency"].setValue(5)
    tab.usg_spins["usg_seriousness"].setValue(4)
    tab.usg_spins["usg_growth"].setValue(3)
    tab.choose_check.setChecked(True)
    idea = service.get_idea(idea_id)
    assert idea.passes_apkl and idea.usg_total == 12 and idea.chosen
    assert tab.usg_total.text() == "Total: 12"
    row = next(
        r
        for r in range(tab.table.rowCount())
        if tab.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == idea_id
    )
    assert tab.table.item(row, 8).text() == "1"
    assert tab.table.item(row, 9).text() == "★ dipilih"

    window.undo_action.trigger()  # chosen
    assert not service.get_idea(idea_id).chosen
    for _ in range(3 + 4):  # USG and APKL
        window.undo_action.trigger()
    window.undo_action.trigger()  # the problem text
    assert service.get_idea(idea_id).problem == old_problem
    window.redo_action.trigger()
    assert service.get_idea(idea_id).problem == "Antrean panjang setiap pagi"


def test_undo_stage_move(qtbot, window):
    service = window.service
    opd = service.find_opd("RSUD")
    window.show_opd(opd.id)
    assert window.workspace.move_forward()
    assert service.get_opd(opd.id).stage is Stage.DIAGNOSE
    window.undo_action.trigger()
    assert service.get_opd(opd.id).stage is Stage.DRUM_UP
    assert window.workspace.stage_label.text() == "Tahap: Drum-up"


def start_innovation(qtbot, window, abbreviation: str, name: str):
    """Open the OPD's design tab and make an innovation through its "Inovasi baru" button."""
    opd = window.service.find_opd(abbreviation)
    window.show_opd(opd.id)
    window.show_tab("design")
    form = window.workspace.design
    qtbot.keyClicks(form.new_name, name)
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    return opd, form


def to_step(qtbot, form, index: int) -> None:
    """Step `index` (0-based) of the profile, with the keyboard in the step list."""
    qtbot.keyClick(form.form.step_list, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(form.form.step_list, Qt.Key.Key_Down)
    assert form.form.pages.currentIndex() == index


def test_design_form_round_trip_with_rupiah(qtbot, window):
    from labinovasi.services.innovations import Innovations

    service = window.service
    opd, form = start_innovation(qtbot, window, "DINKES", "SIAP ANTRE")
    to_step(qtbot, form, 4)  # waktu dan anggaran
    qtbot.keyClicks(form.form.lines["budget"], "1250000")
    to_step(qtbot, form, 5)  # tim
    qtbot.keyClicks(form.form.lines["leader"], "dr. Hendra")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    [innovation] = Innovations(service).list(opd.id)
    assert innovation.budget == 1_250_000 and innovation.leader == "dr. Hendra"
    # A fresh window shows it back, money in Indonesian form.
    other = MainWindow(service=service)
    qtbot.addWidget(other)
    other.show_opd(opd.id)
    other.show_tab("design")
    assert other.workspace.design.form.lines["budget"].text() == "Rp1.250.000"
    assert other.workspace.design.innovation_combo.currentText() == "SIAP ANTRE"

    # Undo of the save puts the old (blank) values back.
    window.undo_action.trigger()
    assert Innovations(service).get(innovation.id).budget is None


def test_end_before_start_in_action_plan_is_refused(qtbot, window):
    from labinovasi.services.innovations import Innovations

    opd, form = start_innovation(qtbot, window, "DINKES", "SIAP ANTRE")
    to_step(qtbot, form, 6)
    qtbot.mouseClick(form.add_action_button, Qt.MouseButton.LeftButton)
    row = 0
    table = form.actions_table
    table.item(row, 0).setText("Rapat")
    table.item(row, 2).setText("2026-12-14")
    table.item(row, 3).setText("2026-12-01")
    assert not form.save()
    assert "tanggal selesai sebelum tanggal mulai" in form.message.text()
    assert Innovations(window.service).list(opd.id)[0].actions == []


def test_bad_file_shows_message_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "rusak.labinovasi"
    bad.write_bytes(b"bukan basis data lokakarya\x00" * 50)
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    before = window.service
    assert not window.open_workshop(str(bad))
    assert shown and "Bukan berkas lokakarya Labinovasi" in shown[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest
    assert window.service is before
    assert str(bad) not in recent_files()


def test_workshop_data_edit(qtbot, window):
    dialog = window.edit_workshop_dialog()
    dialog.title_edit.setText("Lab Inovasi Tahap II")
    dialog.min_spin.setValue(6)
    dialog.buttons.accepted.emit()
    assert window.service.workshop().title == "Lab Inovasi Tahap II"
    assert window.service.workshop().min_ideas == 6
    assert "dari 12 OPD" in window.board.summary_label.text()
    assert "minimal 6 gagasan" in window.board.summary_label.text()


@pytest.mark.parametrize("tab", ["board", "drumup", "diagnose", "design"])
def test_fits_a_1366x768_laptop(qtbot, window, tab):
    window.show_opd(window.service.find_opd("DINKES").id)
    window.show_tab(tab)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    assert not window.grab().isNull()


def test_export_runs_in_worker(qtbot, window, tmp_path):
    out = tmp_path / "ekspor.json"
    worker = window.export_to(out)
    with qtbot.waitSignal(worker.finished, timeout=20000):
        pass
    assert out.exists() and '"DINKES"' in out.read_text(encoding="utf-8")


def test_services_only(tmp_path):
    """The GUI goes through services: no SQL in widgets."""
    import labinovasi.ui.facilitator.main_window as main_module

    source = open(main_module.__file__, encoding="utf-8").read()
    assert "sqlalchemy" not in source and "labinovasi.storage" not in source
    assert WorkshopService  # imported for the type the window holds


def test_large_import_runs_off_the_gui_thread(qtbot, window, tmp_path, board_progress):
    rows = "\n".join(f"DINSOS,Gagasan nomor {n} untuk layanan sosial" for n in range(3000))
    source = tmp_path / "banyak.csv"
    source.write_text("opd,gagasan\n" + rows + "\n", encoding="utf-8")
    dialog = window.import_dialog("ideas", source)
    assert dialog.is_busy() and dialog.busy_bar.isVisible()
    with qtbot.waitSignal(dialog.previewReady, timeout=30000):
        pass
    assert "3000 baris siap diimpor" in dialog.summary_label.text()
    assert dialog.table.rowCount() == 1000  # shown; all 3000 are counted and imported
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
        assert dialog.is_busy()
    assert board_progress(window, "DINSOS") == "3003 gagasan (minimal 5) ✓"


def test_switching_opd_keeps_typing_where_it_belongs(qtbot, window):
    service = window.service
    dinsos, dinkes = service.find_opd("DINSOS"), service.find_opd("DINKES")
    window.show_opd(dinsos.id)
    tab = window.workspace.drumup
    qtbot.keyClicks(tab.idea_input, "Gagasan setengah jadi")
    window.show_opd(dinkes.id)
    assert tab.idea_input.text() == ""  # Enter now cannot add it to DINKES
    window.show_opd(dinsos.id)
    assert tab.idea_input.text() == "Gagasan setengah jadi"
    assert len(service.list_ideas(dinsos.id)) == 3  # typed, not added: nothing written


def test_diagnosis_typed_then_next_opd_is_written(qtbot, window):
    service = window.service
    opds = service.list_opds()
    window.show_opd(opds[0].id)
    window.show_tab("diagnose")
    tab = window.workspace.diagnose
    idea_id = tab._idea.id
    tab.root_cause_edit.setPlainText("Guru belum terlatih memakai aplikasi")
    window.next_opd_action.trigger()  # no focus change: the box never reported leaving
    assert service.get_idea(idea_id).root_cause == "Guru belum terlatih memakai aplikasi"


def test_undo_elsewhere_keeps_text_being_typed(qtbot, window):
    service = window.service
    window.show_opd(service.find_opd("DINKES").id)
    window.show_tab("diagnose")
    tab = window.workspace.diagnose
    idea_id = tab._idea.id
    tab.votes_spin.setValue(3)
    tab.affected_edit.setPlainText("Warga lansia")  # typing, not yet left
    window.undo_action.trigger()  # the votes
    assert service.get_idea(idea_id).votes == 0
    assert tab.affected_edit.toPlainText() == "Warga lansia"
    tab.affected_edit.committed.emit()
    assert service.get_idea(idea_id).affected == "Warga lansia"


def test_pages_out_of_view_are_current_when_shown(qtbot, window):
    opd = window.service.find_opd("DINSOS")
    window.show_opd(opd.id)
    window.show_tab("diagnose")
    ranked_before = window.workspace.diagnose.table.rowCount()
    window.show_tab("drumup")
    type_idea(qtbot, window.workspace.drumup, "Rumah singgah untuk anak jalanan")
    window.show_tab("diagnose")
    assert window.workspace.diagnose.table.rowCount() == ranked_before + 1


def test_leaving_the_design_tab_saves_the_typing(qtbot, window):
    from labinovasi.services.innovations import Innovations

    opd, form = start_innovation(qtbot, window, "DINKES", "SIAP ANTRE")
    qtbot.keyClicks(form.form.lines["unit"], "Puskesmas Kota")
    [innovation] = Innovations(window.service).list(opd.id)
    assert innovation.unit == ""  # typing alone writes nothing yet
    window.show_tab("board")  # leaving saves
    assert Innovations(window.service).get(innovation.id).unit == "Puskesmas Kota"


def test_an_opd_of_thousands_of_ideas_opens_in_batches_and_scrolls_to_the_end(
    qtbot, window, tmp_path
):
    """The drum-up list is a model/view table: the first batch of rows is in the view, the
    rest arrive as it scrolls; the last idea is reachable and marked like the first."""
    from labinovasi.ui.widgets.idea_model import BATCH

    opd = window.service.find_opd("DINKES")
    source = tmp_path / "banyak.csv"
    source.write_text(
        "opd,gagasan\n" + "".join(f"DINKES,Gagasan nomor {n}\n" for n in range(1500)),
        encoding="utf-8",
    )
    window.service.import_ideas(source)
    window.show_opd(opd.id)
    tab = window.workspace.drumup
    total = len(window.service.list_ideas(opd.id))
    assert total > 1500 and tab.model.rowCount() == BATCH
    tab.table.setFocus()
    tab.table.selectRow(0)
    for _ in range(total // BATCH + 1):  # each Ctrl+End reaches the rows fetched so far
        qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
    assert tab.model.rowCount() == total
    assert tab.model.index(total - 1, 1).data() == "Gagasan nomor 1499"
    assert tab.model.index(total - 1, 0).data() == str(total)
