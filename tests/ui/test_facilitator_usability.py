"""The facilitator's app as a new user meets it (issue 14): every point driven through the
real widgets with keys, clicks and menu actions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labinovasi.domain import Stage
from labinovasi.ui.widgets.opd_table import STATUS_ROLE


def click_board_row(qtbot, window, abbreviation: str) -> None:
    """Click the board's row of `abbreviation` as a person would."""
    board = window.board
    for row in range(board.proxy.rowCount()):
        index = board.proxy.index(row, 0)
        if index.data(STATUS_ROLE).opd.abbreviation == abbreviation:
            board.view.scrollTo(index)
            rect = board.view.visualRect(index)
            qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert board.current_opd_id() == index.data(STATUS_ROLE).opd.id
            return
    raise AssertionError(f"{abbreviation} is not on the board")


def open_from_board(qtbot, window, abbreviation: str) -> None:
    click_board_row(qtbot, window, abbreviation)
    qtbot.keyClick(window.board.view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspace


# -- 1. board actions act on the selected row -------------------------------------------------


def test_stage_forward_from_board_moves_the_selected_row_not_the_last_opened(qtbot, window):
    service = window.service
    open_from_board(qtbot, window, "DINKES")  # 5 of 5, drum-up
    qtbot.mouseClick(window.workspace.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.board
    click_board_row(qtbot, window, "DISTANKP")  # 2 of 5
    window.forward_action.trigger()
    assert service.find_opd("DINKES").stage is Stage.DRUM_UP
    assert service.find_opd("DISTANKP").stage is Stage.DRUM_UP
    message = window.board.message
    assert message.isVisible() and "DISTANKP" in message.text() and "2 dari 5" in message.text()

    click_board_row(qtbot, window, "RSUD")  # 5 of 5
    assert message.text() == ""
    window.forward_action.trigger()
    assert service.find_opd("RSUD").stage is Stage.DIAGNOSE
    assert service.find_opd("DINKES").stage is Stage.DRUM_UP
    assert "RSUD" in message.text() or "Rumah Sakit" in message.text()
    assert window.stack.currentWidget() is window.board


def test_opd_actions_disabled_on_board_without_a_selected_row(qtbot, window):
    window.board.view.clearSelection()
    window.board.view.setCurrentIndex(window.board.proxy.index(-1, -1))
    assert not window.forward_action.isEnabled()
    click_board_row(qtbot, window, "RSUD")
    assert window.forward_action.isEnabled()


# -- 4. Ctrl+Z in "Gagasan baru" after a save; 16. Pengusul not kept silently -----------------


def type_idea(qtbot, tab, text: str) -> None:
    qtbot.keyClicks(tab.idea_input, text)
    qtbot.keyClick(tab.idea_input, Qt.Key.Key_Return)


def test_ctrl_z_in_new_idea_field_does_not_bring_back_the_saved_text(qtbot, window):
    open_from_board(qtbot, window, "DINSOS")
    tab = window.workspace.drumup
    before = len(window.service.list_ideas(window.workspace.opd_id))
    type_idea(qtbot, tab, "Layanan pengaduan sosial lewat SMS")
    assert tab.idea_input.text() == ""
    qtbot.keyClick(tab.idea_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.idea_input.text() == ""
    qtbot.keyClick(tab.idea_input, Qt.Key.Key_Return)
    assert len(window.service.list_ideas(window.workspace.opd_id)) == before + 1


def test_pengusul_is_cleared_unless_kept_deliberately(qtbot, window):
    open_from_board(qtbot, window, "DINSOS")
    tab = window.workspace.drumup
    qtbot.keyClicks(tab.author_input, "Bu Sari")
    type_idea(qtbot, tab, "Pendataan lansia terlantar per desa")
    assert tab.author_input.text() == ""
    views = window.service.list_ideas(window.workspace.opd_id)
    assert views[-1].idea.author == "Bu Sari"
    type_idea(qtbot, tab, "Kartu bantuan sosial digital")
    assert window.service.list_ideas(window.workspace.opd_id)[-1].idea.author == ""

    qtbot.keyClicks(tab.author_input, "Pak Budi")
    tab.author_input.setFocus()
    qtbot.keyClick(tab.author_input, Qt.Key.Key_Tab)
    assert tab.keep_author_check.hasFocus()
    qtbot.keyClick(tab.keep_author_check, Qt.Key.Key_Space)
    assert tab.keep_author_check.isChecked()
    type_idea(qtbot, tab, "Posko aduan bencana di kecamatan")
    assert tab.author_input.text() == "Pak Budi"


# -- 18. filter and search before a workshop; 9. an empty workshop tells the next step --------


def test_board_filter_and_search_disabled_until_a_workshop_is_open(qtbot, tmp_path):
    from labinovasi.ui.facilitator.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.board.search_edit.isEnabled()
    assert not window.board.filter_combo.isEnabled()
    qtbot.keyClicks(window.board.search_edit, "DINKES")
    assert window.board.search_edit.text() == ""

    assert window.create_workshop(
        tmp_path / "baru.labinovasi", title="Lab 2026", region="Kabupaten Uji", min_ideas=5
    )
    assert window.board.search_edit.isEnabled() and window.board.filter_combo.isEnabled()
    text = window.board.summary_label.text()
    assert "belum punya OPD" in text and "Impor OPD" in text and "Tambah OPD" in text


# -- 13. stale and mixed-language messages, the language's number format ---------------------


def test_refusal_goes_once_the_opd_meets_the_minimum(qtbot, window):
    open_from_board(qtbot, window, "DINSOS")  # 3 of 5
    workspace = window.workspace
    qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)
    assert workspace.refusal_frame.isVisible()
    tab = workspace.drumup
    type_idea(qtbot, tab, "Layanan pengaduan sosial lewat SMS")
    assert "4 dari 5" in workspace.refusal_label.text()
    type_idea(qtbot, tab, "Data terpadu penerima bantuan per desa")
    assert not workspace.refusal_frame.isVisible()


def test_english_switch_clears_indonesian_messages_and_formats_numbers(qtbot, window):
    from labinovasi.i18n import set_language

    open_from_board(qtbot, window, "DINSOS")
    type_idea(qtbot, window.workspace.drumup, "Layanan pengaduan sosial lewat SMS")
    assert "tersimpan" in window.workspace.drumup.message.text()
    try:
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.workspace.drumup.message.text() == "", timeout=2000)
        qtbot.mouseClick(window.workspace.back_button, Qt.MouseButton.LeftButton)
        assert "66.7%" in window.board.summary_label.text()
    finally:
        window.language_actions["id"].trigger()
        set_language("id")
    assert "66,7%" in window.board.summary_label.text()


# -- 3. withdraw, move, and undo of "add idea" ------------------------------------------------


def select_idea_row(qtbot, tab, row: int) -> None:
    index = tab.table.model().index(row, 1)
    tab.table.scrollTo(index)
    qtbot.mouseClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tab.table.visualRect(index).center()
    )
    assert tab.table.currentIndex().row() == row


def test_withdraw_an_idea_with_a_reason_and_undo(qtbot, window, on_modal):
    service = window.service
    open_from_board(qtbot, window, "DISDIK")
    opd_id = window.workspace.opd_id
    tab = window.workspace.drumup
    counted = service.opd_status(opd_id).tally.counted
    select_idea_row(qtbot, tab, 0)

    def reason(dialog):
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, "gagasan bercanda")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(reason)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert service.opd_status(opd_id).tally.counted == counted - 1
    model = tab.table.model()
    assert model.index(0, 4).data() == "ditarik: gagasan bercanda"
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.rowCount() == counted  # kept
    assert tab.withdraw_button.text() == "&Kembalikan gagasan"
    assert "ditarik 1" in tab.counter_label.text()

    window.undo_action.trigger()
    assert service.opd_status(opd_id).tally.counted == counted
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None  # no longer struck
    window.redo_action.trigger()
    assert service.opd_status(opd_id).tally.counted == counted - 1


def test_undo_of_add_idea_withdraws_it_and_nothing_is_deleted(qtbot, window):
    service = window.service
    open_from_board(qtbot, window, "DINSOS")
    opd_id = window.workspace.opd_id
    tab = window.workspace.drumup
    type_idea(qtbot, tab, "Gagasan salah ketik di OPD ini")
    assert service.opd_status(opd_id).tally.counted == 4
    assert "tambah gagasan" in window.undo_action.text()
    window.undo_action.trigger()
    views = service.list_ideas(opd_id)
    assert len(views) == 4 and views[-1].idea.withdrawn
    assert service.opd_status(opd_id).tally.counted == 3
    window.redo_action.trigger()
    assert service.opd_status(opd_id).tally.counted == 4


def test_move_an_idea_to_another_opd_and_undo(qtbot, window, on_modal):
    service = window.service
    open_from_board(qtbot, window, "DINKES")
    dinkes = window.workspace.opd_id
    dinsos = service.find_opd("DINSOS").id
    tab = window.workspace.drumup
    select_idea_row(qtbot, tab, 1)
    idea_id = tab.current_idea_id()

    def choose(dialog):
        combo = dialog.combo
        assert combo.currentData() is None  # no OPD pre-selected
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()
        combo.setFocus()
        while combo.currentData() != dinsos:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_modal(choose)
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    assert service.get_idea(idea_id).opd_id == dinsos
    assert "dipindahkan ke DINSOS" in tab.message.text()
    window.undo_action.trigger()
    assert service.get_idea(idea_id).opd_id == dinkes


# -- 9. Sunting menu, Simpan sebagai / Tutup, Bantuan --------------------------------------


def menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_edit_menu_holds_undo_redo_and_the_idea_actions(qtbot, window, on_modal):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Berkas", "&Sunting"]
    edit = menu_texts(window.edit_menu)
    assert edit[0].startswith("&Batalkan") and edit[1].startswith("&Ulangi")
    assert "&Tarik gagasan…" in edit and "&Pindahkan gagasan ke OPD lain…" in edit
    assert not window.withdraw_idea_action.isEnabled()  # nothing selected on the board

    open_from_board(qtbot, window, "DISDIK")
    tab = window.workspace.drumup
    select_idea_row(qtbot, tab, 2)
    assert window.withdraw_idea_action.isEnabled()

    def reason(dialog):
        qtbot.keyClicks(dialog.reason_edit, "di luar tupoksi")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(reason)
    window.withdraw_idea_action.trigger()
    assert window.service.list_ideas(window.workspace.opd_id)[2].idea.withdrawn
    assert window.withdraw_idea_action.text() == "&Kembalikan gagasan"
    window.withdraw_idea_action.trigger()
    assert not window.service.list_ideas(window.workspace.opd_id)[2].idea.withdrawn


def test_save_as_continues_in_the_copy_and_close_returns_to_the_empty_board(
    qtbot, window, tmp_path
):
    files = menu_texts(window.file_menu)
    assert "&Simpan sebagai…" in files and "T&utup lokakarya" in files
    out = tmp_path / "salinan"
    worker = window.save_as(out)
    qtbot.waitUntil(
        lambda: str(window.service.target).endswith("salinan.labinovasi"), timeout=10000
    )
    del worker
    assert len(window.service.list_opds()) == 12
    window.close_workshop_action.trigger()
    assert window.service is None
    assert window.board.proxy.rowCount() == 0
    assert not window.save_as_action.isEnabled()
    assert "Belum ada lokakarya" in window.board.workshop_label.text()


def test_help_lists_the_keyboard_shortcuts(qtbot, window):
    assert window.shortcuts_action in window.help_menu.actions()
    window.shortcuts_action.trigger()
    from PySide6.QtWidgets import QDialog

    dialog = window.findChild(QDialog, "shortcutsDialog")
    table = dialog.table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert any(text.endswith("Batalkan") for _keys, text in rows)
    assert any("F8" in keys and "proyektor" in text for keys, text in rows)
    dialog.close()


# -- issue 10 (a): one change notice per operation, naming what changed ---------------------


def test_one_change_notice_per_edit_naming_what_changed(qtbot, window):
    from labinovasi.ui import signals as module

    assert not hasattr(module.signals, "dataChanged")
    assert not hasattr(module.signals, "ideaAdded")
    open_from_board(qtbot, window, "DINSOS")
    notices = []
    module.signals.changed.connect(notices.append)
    try:
        type_idea(qtbot, window.workspace.drumup, "Layanan pengaduan sosial lewat SMS")
        assert len(notices) == 1
        assert notices[0].ideas and window.workspace.opd_id in notices[0].opd_ids
        window.undo_action.trigger()
        assert len(notices) == 2 and notices[1].ideas
        qtbot.mouseClick(window.workspace.next_button, Qt.MouseButton.LeftButton)  # refused
        assert len(notices) == 2
    finally:
        module.signals.changed.disconnect(notices.append)


# -- 5. import: headings, marked rows, skip existing, what happened ---------------------------


def test_opd_import_marks_rows_skips_existing_and_says_what_happened(qtbot, window, samples_dir):
    office = samples_dir.parent / "imports" / "opd_semicolon_title.csv"
    dialog = window.import_dialog("opd", office)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 2).background().color().name() == "#fdecea"  # dinkes exists
    assert "sudah ada" in dialog.table.item(0, 2).toolTip()
    assert not dialog.import_button.isEnabled()
    assert dialog.name_combo.currentText() == "nama perangkat daerah"
    assert dialog.abbr_combo.currentText() == "akronim"

    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        qtbot.mouseClick(dialog.skip_check, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert "dinkes sudah ada, dilewati" in dialog.table.item(0, 2).toolTip()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.board.message.text() == "2 OPD diimpor, 1 dilewati."
    assert window.board.proxy.rowCount() == 14


def test_opd_import_columns_chosen_in_the_preview(qtbot, window, tmp_path):
    source = tmp_path / "opd.csv"
    source.write_text("Instansi pelaksana,Kependekan\nDinas Pariwisata,DISPAR\n", encoding="utf-8")
    dialog = window.import_dialog("opd", source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert not dialog.import_button.isEnabled()
    for combo, heading in (
        (dialog.name_combo, "instansi pelaksana"),
        (dialog.abbr_combo, "kependekan"),
    ):
        combo.setFocus()
        with qtbot.waitSignal(dialog.previewReady, timeout=10000):
            while combo.currentText() != heading:
                qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.service.find_opd("DISPAR").name == "Dinas Pariwisata"


# -- 14. wording ------------------------------------------------------------------------------


def test_wording_above_minimum_apkl_votes_and_titles(qtbot, window, board_progress):
    assert board_progress(window, "DISDIK") == "6 gagasan (minimal 5) ✓"
    assert board_progress(window, "DINKES") == "5 dari 5"
    open_from_board(qtbot, window, "DISDIK")
    assert window.workspace.progress_bar.format() == "6 gagasan (minimal 5) ✓"
    assert "6 gagasan (minimal 5) ✓" in window.workspace.drumup.counter_label.text()
    window.show_tab("diagnose")
    tab = window.workspace.diagnose
    assert tab.table.item(0, 2).text() == "belum dinilai"
    assert tab.votes_label.text() == "Suara dicatat &fasilitator:"
    assert "Labinovasi" not in window.windowTitle()  # Qt adds the application name once
    projector = window.open_projector()
    assert "Labinovasi" not in projector.windowTitle()
    projector.close()


# -- 12. feedback: USG out of range is said -------------------------------------------------


def test_usg_out_of_range_is_refused_with_a_message(qtbot, window):
    open_from_board(qtbot, window, "DISDIK")
    window.show_tab("diagnose")
    tab = window.workspace.diagnose
    index = tab.table.model().index(0, 1)
    qtbot.mouseClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tab.table.visualRect(index).center()
    )
    spin = tab.usg_spins["usg_urgency"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "7")
    assert "1–5" in tab.message.text() and "7" in tab.message.text()
    qtbot.keyClicks(spin, "4")
    assert spin.value() == 4


# -- 10. nothing jumps under the mouse --------------------------------------------------------


def test_unsaved_changes_message_does_not_push_the_design_form(qtbot, window):
    open_from_board(qtbot, window, "DINKES")
    window.show_tab("design")
    form = window.workspace.design
    qtbot.keyClicks(form.new_name, "Posyandu")
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "Inovasi ditambahkan."
    field = form.form.lines["name"]
    qtbot.wait(10)
    before = field.mapTo(window, field.rect().topLeft())
    qtbot.keyClicks(field, " keliling")
    qtbot.wait(10)
    assert form.message.text() == "Ada perubahan yang belum disimpan."
    assert field.mapTo(window, field.rect().topLeft()) == before


def test_idea_saved_message_does_not_move_the_input(qtbot, window):
    open_from_board(qtbot, window, "DINSOS")
    tab = window.workspace.drumup
    qtbot.wait(10)
    before = tab.idea_input.mapTo(window, tab.idea_input.rect().topLeft())
    type_idea(qtbot, tab, "Layanan pengaduan sosial lewat SMS")
    qtbot.wait(10)
    assert tab.message.text()
    assert tab.idea_input.mapTo(window, tab.idea_input.rect().topLeft()) == before


# -- 11. first run fits the screen; six rencana aksi rows at 1366×768 --------------------------


def test_first_run_fits_the_available_screen(qtbot):
    from PySide6.QtGui import QGuiApplication

    from labinovasi.ui.facilitator.main_window import FRAME_ALLOWANCE, MainWindow

    window = MainWindow()  # no saved geometry: a first run
    qtbot.addWidget(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.height() + FRAME_ALLOWANCE.height() <= area.height()
    assert window.width() + FRAME_ALLOWANCE.width() <= area.width()
    assert window.width() <= 1366 and window.height() <= 768


def test_six_action_rows_and_their_buttons_in_view_at_1366x768(qtbot, window):

    window.resize(1366, 768)
    open_from_board(qtbot, window, "DINKES")
    window.show_tab("design")
    form = window.workspace.design
    qtbot.keyClicks(form.new_name, "Posyandu keliling")
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.form.step_list, Qt.Key.Key_End)  # 7. Rencana aksi
    qtbot.wait(20)
    table = form.actions_table
    rows = (table.viewport().height()) // table.verticalHeader().defaultSectionSize()
    assert rows >= 6
    assert form.add_action_button.isVisible()
    bottom = form.add_action_button.mapTo(window, form.add_action_button.rect().bottomLeft())
    assert bottom.y() < window.statusBar().y()  # the buttons are in view
