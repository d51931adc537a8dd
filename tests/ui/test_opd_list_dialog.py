"""Daftar OPD: a name corrected (and tidied), an OPD removed and brought back with undo, two
rows merged after a confirmation; driven with keys and clicks."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from labinovasi.ui.facilitator.opd_list_dialog import OpdListDialog


@pytest.fixture
def dialog(qtbot, service):
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_opd("dinas kependudukan dan pencatatan sipil (disdukcapil)", "X")
    service.add_opd("Dinkes", "DINKES2")
    stack = QUndoStack()
    shown = OpdListDialog(service, stack)
    shown.undo_stack_ref = stack  # kept alive with the dialog
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def select(dialog, abbreviation: str) -> None:
    rows = [o.abbreviation for o in dialog.opds]
    dialog.opd_list.setCurrentRow(rows.index(abbreviation))


def listed(dialog) -> list[str]:
    return [dialog.opd_list.item(i).text() for i in range(dialog.opd_list.count())]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_rename_with_tidy_and_undo(qtbot, dialog):
    select(dialog, "X")
    dialog.abbreviation_edit.clear()
    click(qtbot, dialog.tidy_button)
    assert dialog.abbreviation_edit.text() == "DISDUKCAPIL"
    click(qtbot, dialog.rename_button)
    assert "Dinas Kependudukan dan Pencatatan Sipil (DISDUKCAPIL)" in listed(dialog)
    assert "Disimpan" in dialog.message.text()

    # A clash is refused with a message, nothing written.
    dialog.abbreviation_edit.selectAll()
    qtbot.keyClicks(dialog.abbreviation_edit, "dinkes")
    click(qtbot, dialog.rename_button)
    assert "sudah ada" in dialog.message.text()
    assert "Dinas Kependudukan dan Pencatatan Sipil (DISDUKCAPIL)" in listed(dialog)

    click(qtbot, dialog.undo_button)
    assert "dinas kependudukan dan pencatatan sipil (disdukcapil) (X)" in listed(dialog)
    assert dialog.message.text() == ""  # the "Disimpan" of before is no longer true


def test_remove_refused_with_ideas_then_removed_and_undone(qtbot, dialog, service):
    dinkes = service.find_opd("DINKES")
    service.add_idea(dinkes.id, "Posyandu digital")
    select(dialog, "DINKES")
    click(qtbot, dialog.remove_button)
    assert "Gabungkan" in dialog.message.text() and len(listed(dialog)) == 3

    select(dialog, "DINKES2")
    click(qtbot, dialog.remove_button)
    assert [o.abbreviation for o in service.list_opds()] == ["DINKES", "X"]
    assert "Dinkes (DINKES2) dihapus" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [o.abbreviation for o in service.list_opds()] == ["DINKES", "X", "DINKES2"]
    assert "Dinkes (DINKES2)" in listed(dialog)


def test_merge_asks_first_and_moves_the_ideas(qtbot, dialog, service):
    other = service.find_opd("DINKES2")
    service.add_idea(other.id, "Ambulans desa")
    select(dialog, "DINKES")
    assert dialog.merge_target.currentData() is None  # nothing chosen for the user
    click(qtbot, dialog.merge_button)
    assert "Pilih OPD" in dialog.message.text()

    dialog.merge_target.setFocus()
    qtbot.keyClicks(dialog.merge_target, "Dinkes")
    assert dialog.merge_target.currentData() == other.id
    click(qtbot, dialog.merge_button)
    box = dialog.confirm_box
    assert "Dinkes (DINKES2)" in box.text() and "Dinas Kesehatan (DINKES)" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert len(service.list_opds()) == 3  # cancelled: nothing written

    click(qtbot, dialog.merge_button)
    click(qtbot, dialog.confirm_box.button(QMessageBox.StandardButton.Yes))
    assert [o.abbreviation for o in service.list_opds()] == ["DINKES", "X"]
    dinkes = service.find_opd("DINKES")
    assert [v.idea.text for v in service.list_ideas(dinkes.id)] == ["Ambulans desa"]
    assert "1 gagasan dipindah" in dialog.message.text()


def test_opd_import_offers_to_tidy_capitals(qtbot, window, tmp_path):
    source = tmp_path / "opd.csv"
    source.write_text(
        "nama;singkatan\n"
        "DINAS KETAHANAN PANGAN;DKP\n"
        "dinas perpustakaan dan kearsipan (dispusip);\n",
        encoding="utf-8",
    )
    dialog = window.import_dialog("opd", source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert not dialog.import_button.isEnabled()  # one row has no singkatan
    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        qtbot.mouseClick(dialog.tidy_check, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 1).text() == "Dinas Ketahanan Pangan"
    assert dialog.table.item(1, 2).text() == "DISPUSIP"
    assert dialog.import_button.isEnabled(), dialog.problems_edit.toPlainText()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.service.find_opd("DISPUSIP").name == ("Dinas Perpustakaan dan Kearsipan")


def test_opd_menu_opens_the_list_and_the_window_undoes_a_rename(qtbot, window):
    service = window.service
    window.opd_menu.setFocus()
    assert "&Daftar OPD (ubah nama, gabung, hapus)…" in [
        a.text() for a in window.opd_menu.actions()
    ]
    window.opd_list_action.trigger()
    dialog = window.findChild(OpdListDialog)
    qtbot.waitUntil(dialog.isVisible)
    select(dialog, "DINKES")
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "DINAS KESEHATAN")
    click(qtbot, dialog.tidy_button)
    qtbot.keyClick(dialog.abbreviation_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.abbreviation_edit, "-KAB")
    click(qtbot, dialog.rename_button)
    assert service.find_opd("DINKES-KAB").name == "Dinas Kesehatan"
    dialog.reject()
    window.undo_action.trigger()
    assert service.find_opd("DINKES").name == "Dinas Kesehatan"
    assert window.board.visible_abbreviations().count("DINKES") == 1
