"""The facilitator's design tab on innovations: a second innovation for an OPD from its chosen
ideas, its profile and rencana aksi typed and saved through `Innovations`, undo and redo,
the board's profile progress, leaving saves, refusals keep the typing."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from labinovasi.domain import Stage
from labinovasi.domain.innovations import profile_progress
from labinovasi.services.innovations import Innovations
from labinovasi.ui.widgets.common import plain_tip
from labinovasi.ui.widgets.innovation_form import shorten
from labinovasi.ui.widgets.opd_table import COL_TEAM


@pytest.fixture
def dinkes(window):
    """DINKES in design with one chosen idea and a first innovation already made."""
    service = window.service
    opd = service.find_opd("DINKES")
    first = service.list_ideas(opd.id)[0]
    service.update_idea(first.idea.id, chosen=True, problem="Antrean panjang")
    Innovations(service).add(opd.id, "SIAP ANTRE", idea_ids=[first.idea.id])
    service.move_stage(opd.id, Stage.DESIGN, override_reason="uji")
    window.activateWindow()
    window.show_opd(opd.id)
    window.show_tab("design")
    return opd, first


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_keys(qtbot, keys: str) -> None:
    """Each key to whatever has the focus, as a keyboard does."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClicks(widget, key)


def enter(qtbot, table) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)


def open_step(qtbot, form, row: int) -> None:
    """Click the step in the form's list of steps."""
    rect = form.step_list.visualItemRect(form.step_list.item(row))
    qtbot.mouseClick(form.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.pages.currentIndex() == row


def new_innovation(qtbot, tab, name: str) -> None:
    qtbot.keyClicks(tab.new_name, name)
    click(qtbot, tab.new_button)


def board_team(window, abbreviation: str) -> str:
    model = window.board.model
    for row, status in enumerate(model.statuses()):
        if status.opd.abbreviation == abbreviation:
            return model.index(row, COL_TEAM).data()
    raise AssertionError(abbreviation)


def test_second_innovation_saved_undone_and_redone(qtbot, window, dinkes):
    opd, first = dinkes
    service, tab = window.service, window.workspace.design
    store = Innovations(service)
    assert tab.innovation_combo.currentText() == "SIAP ANTRE"

    new_innovation(qtbot, tab, "Posyandu keliling")
    siap, posyandu = store.list(opd.id)
    assert posyandu.name == "Posyandu keliling" and posyandu.idea_ids == [first.idea.id]
    assert tab.innovation_combo.count() == 2
    assert tab.innovation_combo.currentText() == "Posyandu keliling"
    expected = f"Dari gagasan: {first.number}. {shorten(first.idea.text, 50)}"
    assert tab.ideas_label.toolTip() == plain_tip(expected)  # escaped: participants' text

    form = tab.form
    qtbot.keyClicks(form.lines["name"], " terpadu")
    assert tab.message.text() == "Ada perubahan yang belum disimpan."
    click(qtbot, form.next_button)  # step 2: jenis, bentuk, urusan
    form.combos["form"].setFocus()
    qtbot.keyClick(form.combos["form"], Qt.Key.Key_Down)  # the first bentuk
    assert form.combos["form"].currentData() == "tata-kelola"
    qtbot.keyClick(form.step_list, Qt.Key.Key_End)  # step 7: rencana aksi
    click(qtbot, tab.add_action_button)
    table = tab.actions_table
    type_keys(qtbot, "Sosialisasi")
    enter(qtbot, table)
    table.setFocus()
    table.setCurrentCell(0, 2)
    type_keys(qtbot, "01122026")
    enter(qtbot, table)
    assert table.item(0, 2).text() == "2026-12-01"
    click(qtbot, tab.save_button)
    assert tab.message.text() == "Profil inovasi tersimpan."

    saved = store.get(posyandu.id)
    assert (saved.name, saved.form) == ("Posyandu keliling terpadu", "tata-kelola")
    [step] = saved.actions
    assert (step.activity, step.start) == ("Sosialisasi", date(2026, 12, 1))
    assert sorted(c.field for c in store.history(posyandu.id)) == ["form", "name"]
    assert store.get(siap.id).name == "SIAP ANTRE"  # the other innovation is untouched
    filled, total = profile_progress(saved)
    assert board_team(window, "DINKES") == f"profil {filled}/{total} isian"
    assert tab.progress_label.text() == f"profil {filled}/{total} isian"

    window.undo_action.trigger()
    undone = store.get(posyandu.id)
    assert (undone.name, undone.form, undone.actions) == ("Posyandu keliling", "", [])
    assert form.lines["name"].text() == "Posyandu keliling"
    assert table.rowCount() == 0

    window.redo_action.trigger()
    again = store.get(posyandu.id)
    assert (again.name, again.form) == ("Posyandu keliling terpadu", "tata-kelola")
    assert [(s.activity, s.start) for s in again.actions] == [("Sosialisasi", date(2026, 12, 1))]
    assert form.lines["name"].text() == "Posyandu keliling terpadu"


def test_switching_and_leaving_save_the_typing(qtbot, window, dinkes):
    opd, _first = dinkes
    tab = window.workspace.design
    new_innovation(qtbot, tab, "Posyandu keliling")
    qtbot.keyClicks(tab.form.texts["goal"], "Balita terlayani")
    tab.innovation_combo.setFocus()
    qtbot.keyClick(tab.innovation_combo, Qt.Key.Key_Up)  # back to SIAP ANTRE: saves first
    siap, posyandu = Innovations(window.service).list(opd.id)
    assert posyandu.goal == "Balita terlayani"
    assert tab.form.lines["name"].text() == "SIAP ANTRE"
    qtbot.keyClicks(tab.form.lines["leader"], "dr. Hendra")
    window.show_tab("board")  # leaving saves
    assert Innovations(window.service).get(siap.id).leader == "dr. Hendra"


def test_a_refused_save_keeps_the_typing_and_writes_nothing(qtbot, window, dinkes):
    opd, _first = dinkes
    tab = window.workspace.design
    form = tab.form
    form.lines["name"].selectAll()
    qtbot.keyClick(form.lines["name"], Qt.Key.Key_Delete)
    click(qtbot, tab.save_button)
    assert tab.message.text() == "Nama inovasi wajib diisi."
    assert form.lines["name"].text() == ""
    assert Innovations(window.service).list(opd.id)[0].name == "SIAP ANTRE"
    assert window.undo_stack.count() == 0


def test_an_unreadable_date_in_a_cell_is_refused_on_save(qtbot, window, dinkes):
    opd, _first = dinkes
    tab = window.workspace.design
    qtbot.keyClick(tab.form.step_list, Qt.Key.Key_End)
    click(qtbot, tab.add_action_button)
    type_keys(qtbot, "Rapat")
    enter(qtbot, tab.actions_table)
    tab.actions_table.item(0, 2).setText("1 Desember")  # as a paste past the editor would
    click(qtbot, tab.save_button)
    assert "HH-BB-TTTT" in tab.message.text()
    assert Innovations(window.service).list(opd.id)[0].actions == []


def test_the_field_history_names_list_values_by_their_labels(qtbot, window, dinkes):
    """Internal list keys ("perangkat-daerah") never show in the history (issue 25)."""
    opd, _first = dinkes
    store = Innovations(window.service)
    siap = store.list(opd.id)[0]
    store.set_fields(siap.id, {"initiator": "perangkat-daerah", "trial_date": date(2027, 1, 4)})
    store.set_fields(siap.id, {"initiator": "kepala-daerah", "trial_date": date(2027, 6, 1)})
    window.show_tab("board")
    window.show_opd(opd.id)
    window.show_tab("design")
    form = window.workspace.design.form
    form.go_to(0)
    text = form.history_label.text()
    assert "Inisiator: “Perangkat Daerah” → “Kepala Daerah” (diubah" in text, text
    assert "perangkat-daerah" not in text and "kepala-daerah" not in text
    dated = next(i for i, keys in enumerate(form.step_keys) if "trial_date" in keys)
    qtbot.mouseClick(
        form.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=form.step_list.visualItemRect(form.step_list.item(dated)).center(),
    )
    text = form.history_label.text()
    assert "“4 Januari 2027” → “1 Juni 2027”" in text, text
    assert "2027-01-04" not in text


def test_the_year_asks_its_own_fields_and_the_budget_pdf_goes_to_the_evidence_store(
    qtbot, window, dinkes, monkeypatch
):
    from pathlib import Path

    from labinovasi.domain.iga import rules_for_year
    from labinovasi.services import evidence
    from labinovasi.services.iga_profile import year_fields

    tab = window.workspace.design
    form = tab.form
    assert evidence.default_year(window.service) == 2026
    open_step(qtbot, form, 1)  # "2. Jenis, bentuk, urusan"
    asta = form.year_boxes["asta_cita"]
    assert asta.isVisible() and asta.count() == 9  # blank + the eight Asta Cita of 2026's file
    asta.setFocus()
    asta.lineEdit().selectAll()
    qtbot.keyClicks(asta.lineEdit(), "9")  # not on the list
    click(qtbot, tab.save_button)
    assert "tidak ada dalam daftar IGA 2026" in tab.message.text()
    assert Innovations(window.service).list(dinkes[0].id)[0].value("asta_cita") == ""
    asta.lineEdit().selectAll()
    qtbot.keyClicks(asta.lineEdit(), "6")
    click(qtbot, tab.save_button)
    saved = Innovations(window.service).list(dinkes[0].id)[0]
    assert saved.value("asta_cita").startswith("6. Membangun dari desa")

    # a year whose form does not ask them hides them
    form.set_year_fields(year_fields(rules_for_year(2024)))
    assert not asta.isVisible()
    form.set_year_fields(year_fields(rules_for_year(2026)))
    assert asta.isVisible() and asta.currentText().startswith("6.")

    # the budget document: "Lampirkan PDF…" beside the amount
    pdf = Path(__file__).parents[1] / "data" / "iga" / "dpa-anggaran.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(pdf), "")
    )
    open_step(qtbot, form, 4)  # "5. Waktu dan anggaran"
    shown, button = form.documents["budget_document"]
    assert button.isVisible() and shown.text() == "—"
    click(qtbot, button)
    assert shown.text() == "dpa-anggaran.pdf"
    stored = Innovations(window.service).list(dinkes[0].id)[0].value("budget_document")
    assert evidence.evidence_bytes(window.service, stored) == pdf.read_bytes()
