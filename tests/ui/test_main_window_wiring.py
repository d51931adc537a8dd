"""Menu entries wired to the other screens (lazy imports), idea editing, language, settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from labinovasi import i18n
from labinovasi.ui.facilitator.main_window import PLACEMENT_KEY, MainWindow


def test_edit_idea_through_dialog_keeps_history_and_undoes(qtbot, window):
    service = window.service
    opd = service.find_opd("DINKES")
    window.show_opd(opd.id)
    tab = window.workspace.drumup
    first = service.list_ideas(opd.id)[0]
    dialog = tab.open_edit_dialog(0)
    assert dialog.text_edit.toPlainText() == first.idea.text
    dialog.text_edit.setPlainText("Antrean puskesmas lewat WhatsApp dan SMS")
    dialog.accept()
    assert service.get_idea(first.idea.id).text == "Antrean puskesmas lewat WhatsApp dan SMS"
    assert service.idea_history(first.idea.id) == [first.idea.text]
    assert tab.model.index(0, 1).data() == "Antrean puskesmas lewat WhatsApp dan SMS"
    window.undo_action.trigger()
    assert service.get_idea(first.idea.id).text == first.idea.text
    assert tab.model.index(0, 1).data() == first.idea.text


def test_edit_to_blank_is_refused(qtbot, window):
    opd = window.service.find_opd("DINKES")
    window.show_opd(opd.id)
    tab = window.workspace.drumup
    before = window.service.list_ideas(opd.id)[0].idea.text
    dialog = tab.open_edit_dialog(0)
    dialog.text_edit.setPlainText("  ")
    dialog.accept()
    assert window.service.list_ideas(opd.id)[0].idea.text == before
    assert "kosong" in tab.message.text()


def test_ctrl_return_focuses_the_idea_input(qtbot, window):
    window.activateWindow()
    window.show_opd(window.service.find_opd("DISHUB").id)
    window.show_tab("design")
    window.add_idea_action.trigger()
    assert window.workspace.tabs.currentWidget() is window.workspace.drumup
    assert window.focusWidget() is window.workspace.drumup.idea_input


def test_projector_opens_and_follows_data_changes(qtbot, window):
    projector = window.open_projector()
    qtbot.addWidget(projector)
    assert projector.isVisible()
    opd = window.service.find_opd("DINSOS")
    window.show_opd(opd.id)
    calls = []
    projector.refresh = lambda: calls.append(1)  # the signal resolves the bound slot late
    from labinovasi.ui.signals import signals

    signals.changed.connect(projector.refresh)
    qtbot.keyClicks(window.workspace.drumup.idea_input, "Bank data lansia terlantar")
    qtbot.keyClick(window.workspace.drumup.idea_input, Qt.Key.Key_Return)
    assert calls


def test_print_preview_gets_the_current_opd(qtbot, window, monkeypatch):
    from labinovasi.ui.facilitator import print_preview

    made = []

    class FakeDialog:
        def __init__(self, service, kind="all", opd_id=None, parent=None):
            made.append((service, kind, opd_id, parent))

        def exec(self):
            return 0

    monkeypatch.setattr(print_preview, "PrintPreviewDialog", FakeDialog)
    opd = window.service.find_opd("RSUD")
    window.show_opd(opd.id)
    window.print_opd_action.trigger()
    window.print_summary_action.trigger()
    assert made[0][1:3] == ("opd", opd.id) and made[1][1:3] == ("summary", None)
    assert made[0][0] is window.service and made[0][3] is window


def test_language_choice_is_saved_and_geometry_remembered(qtbot, window, qapp):
    try:
        window.language_actions["en"].trigger()
        assert QSettings().value("language") == "en"
        assert i18n.current_language() == "en"
    finally:
        window.set_language("id")
    assert i18n.current_language() == "id"
    assert window.file_menu.title() == "&Berkas"
    window.resize(780, 560)  # within the offscreen screen, which the restore keeps it on
    window.close()
    assert QSettings().value(PLACEMENT_KEY) is not None
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 560)


def test_the_window_comes_back_where_it_was_left_restart_after_restart(qtbot, window):
    """Qt's restoreGeometry() moved a window near the top below a title bar of its own guess,
    so it crept down at each restart (issue 25): three restarts, the same place and size."""
    from PySide6.QtCore import QRect

    window.setGeometry(QRect(10, 12, 780, 560))
    window.close()
    seen = []
    for _restart in range(3):
        again = MainWindow()
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        seen.append(again.geometry())
        again.close()
    assert seen == [QRect(10, 12, 780, 560)] * 3


def test_a_maximised_window_opens_maximised_and_keeps_its_normal_place(qtbot, window):
    from PySide6.QtCore import QRect

    window.setGeometry(QRect(12, 30, 780, 560))
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.isMaximized)
    again.showNormal()
    qtbot.waitUntil(lambda: not again.isMaximized())
    assert again.geometry() == QRect(12, 30, 780, 560)


def test_language_change_event_retranslates_every_screen(qtbot, window):
    from PySide6.QtCore import QCoreApplication, QEvent

    window.show_opd(window.service.find_opd("DINKES").id)
    labels = [
        (window.file_menu.title, window.file_menu.setTitle, "&Berkas"),
        (window.board.filter_label.text, window.board.filter_label.setText, "Ta&mpilkan:"),
        (
            window.workspace.drumup.add_button.text,
            window.workspace.drumup.add_button.setText,
            "Tambah",
        ),
        (
            window.workspace.design.save_button.text,
            window.workspace.design.save_button.setText,
            "Simpan profil (Ctrl+S)",
        ),
    ]
    for _get, set_text, _expected in labels:
        set_text("x")
    for widget in (window, window.board, window.workspace.drumup, window.workspace.design):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert [get() for get, _set, _expected in labels] == [e for _g, _s, e in labels]


def test_station_copy_and_merge_through_the_menu_code(qtbot, window, tmp_path, board_progress):
    copy = tmp_path / "stasiun-meja-1.labinovasi"
    worker = window.make_station_copy(copy, "Meja 1")
    with qtbot.waitSignal(worker.finished, timeout=30000):
        pass
    assert copy.exists()
    from labinovasi.services import WorkshopService

    with WorkshopService.open(copy) as station:
        station.add_idea(station.find_opd("DINSOS").id, "Dapur umum keliling saat bencana")
    worker = window.merge_files([copy])
    with qtbot.waitSignal(worker.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: hasattr(window, "merge_report_text"), timeout=5000)
    assert "gagasan: 1 ditambah" in window.merge_report_text.toPlainText()
    assert board_progress(window, "DINSOS") == "4 dari 5"


def test_undo_redo_entries_are_in_indonesian_and_name_the_edit(qtbot, window):
    assert window.undo_action.text() == "&Batalkan" and not window.undo_action.isEnabled()
    first = window.service.list_ideas(window.service.find_opd("DINKES").id)[0]
    dialog_opd = window.service.find_opd("DINKES")
    window.show_opd(dialog_opd.id)
    dialog = window.workspace.drumup.open_edit_dialog(0)
    dialog.text_edit.setPlainText("Antrean puskesmas lewat SMS")
    dialog.accept()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().startswith("&Batalkan: ")
    window.undo_action.trigger()
    assert window.service.get_idea(first.idea.id).text == first.idea.text
    assert window.redo_action.isEnabled() and window.redo_action.text().startswith("&Ulangi: ")


def test_one_projector_and_its_countdown_controls_on_the_facilitator_screen(qtbot, window):
    projector = window.open_projector()
    qtbot.addWidget(projector)
    assert window.open_projector() is projector
    dialog = window.open_countdown()
    qtbot.addWidget(dialog)
    assert dialog.parent() is window and dialog.isVisible()
