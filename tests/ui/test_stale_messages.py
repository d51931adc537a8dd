"""Status messages go when they stop being true (issue 25): "Gagasan no. 2 tersimpan." after an
undo, "Belum ada inovasi" once a station adds one, a stage move's confirmation after its undo,
and the station's own "Tersimpan sebagai gagasan no. N" once the facilitator withdraws it."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from labinovasi.domain import Stage
from labinovasi.services import idea_actions
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.signals import Change, notify
from labinovasi.ui.station.station_window import StationWindow
from labinovasi.ui.widgets.opd_table import STATUS_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def open_from_board(qtbot, window, abbreviation: str) -> None:
    """Click the board's row, then Enter, as a person would."""
    board = window.board
    for row in range(board.proxy.rowCount()):
        index = board.proxy.index(row, 0)
        if index.data(STATUS_ROLE).opd.abbreviation == abbreviation:
            board.view.scrollTo(index)
            rect = board.view.visualRect(index)
            qtbot.mouseClick(board.view.viewport(), LEFT, pos=rect.center())
            qtbot.keyClick(board.view, Qt.Key.Key_Return)
            assert window.stack.currentWidget() is window.workspace
            return
    raise AssertionError(f"{abbreviation} is not on the board")


@pytest.fixture
def station(qtbot, window):
    """A participant station on the facilitator's workshop (another window, same process)."""
    kiosk = StationWindow(window.service, hash_pin("2468"), fullscreen=False)
    qtbot.addWidget(kiosk)
    kiosk.show()
    yield kiosk
    kiosk._unlocked = True
    kiosk.close()


def test_saved_idea_message_goes_with_its_undo(qtbot, window):
    open_from_board(qtbot, window, "DINSOS")
    tab = window.workspace.drumup
    qtbot.keyClicks(tab.idea_input, "Pendataan lansia terlantar per desa")
    qtbot.keyClick(tab.idea_input, Qt.Key.Key_Return)
    number = window.service.list_ideas(window.workspace.opd_id)[-1].number
    assert tab.message.text().startswith(f"Gagasan no. {number} tersimpan.")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # Edit → Urungkan
    assert window.service.list_ideas(window.workspace.opd_id)[-1].idea.withdrawn
    assert tab.message.text() == ""  # the old code kept "tersimpan" above a withdrawn idea


def test_stage_move_message_goes_with_its_undo(qtbot, window):
    open_from_board(qtbot, window, "DINKES")  # 5 of 5: may go on to diagnose
    workspace = window.workspace
    opd_id = workspace.opd_id
    assert workspace.move_to(Stage.DIAGNOSE)
    assert "sekarang di tahap Diagnose" in workspace.message.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.service.get_opd(opd_id).stage is Stage.DRUM_UP
    assert "sekarang di tahap" not in workspace.message.text()


def test_no_innovation_message_goes_when_a_station_adds_one(qtbot, window, station):
    service = window.service
    dinkes = service.find_opd("DINKES")
    first = service.list_ideas(dinkes.id)[0]
    service.update_idea(first.idea.id, chosen=True, problem="Antrean panjang")
    service.move_stage(dinkes.id, Stage.DESIGN, override_reason="uji")
    window.show_opd(dinkes.id)
    window.show_tab("design")
    design = window.workspace.design
    assert design.message.text().startswith("Belum ada inovasi")

    # The team at its station names its innovation and adds it.
    qtbot.keyClicks(station.pick_page.search, "dinkes")
    qtbot.keyClick(station.pick_page.search, Qt.Key.Key_Return)
    page = station.design_page
    assert page.message.text().startswith("Tulis nama inovasi Anda")
    qtbot.keyClicks(page.new_name, "SIAP ANTRE")
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.message.text() == "Inovasi ditambahkan."

    assert design.innovation_combo.currentText() == "SIAP ANTRE"
    assert design.form.loaded is not None and design.form.loaded.name == "SIAP ANTRE"
    assert not design.message.text().startswith("Belum ada inovasi")  # stayed on the old code


def test_station_confirmation_goes_when_the_idea_is_withdrawn(qtbot, window, station):
    service = window.service
    qtbot.keyClicks(station.pick_page.search, "dinsos")
    qtbot.keyClick(station.pick_page.search, Qt.Key.Key_Return)
    ideas = station.ideas_page
    qtbot.keyClicks(ideas.idea_input, "Kartu bantuan sosial digital")
    qtbot.keyClick(ideas.idea_input, Qt.Key.Key_Return)
    saved = service.list_ideas(ideas.opd_id)[-1]
    assert ideas.message.text().startswith(f"✓ Tersimpan sebagai gagasan no. {saved.number}")
    # Another laptop (the facilitator's) withdraws it; the station's poll reads the file.
    idea_actions.withdraw_idea(service, saved.idea.id, "bukan gagasan OPD ini")
    station.refresh_timer.timeout.emit()
    assert ideas.message.text() == ""
    assert "ditarik fasilitator" in ideas.idea_list.item(0).text()


def test_station_no_innovation_hint_goes_when_the_facilitator_adds_one(qtbot, window, station):
    from labinovasi.services.innovations import Innovations

    service = window.service
    dinkes = service.find_opd("DINKES")
    service.move_stage(dinkes.id, Stage.DESIGN, override_reason="uji")
    qtbot.keyClicks(station.pick_page.search, "dinkes")
    qtbot.keyClick(station.pick_page.search, Qt.Key.Key_Return)
    page = station.design_page
    assert page.message.text().startswith("Tulis nama inovasi Anda")
    Innovations(service).add(dinkes.id, "SIAP ANTRE")
    notify(Change(designs=True), dinkes.id)  # as the facilitator's design tab announces it
    assert page.message.text() == ""
    assert page.innovation_list.count() == 1


def test_similar_decision_message_goes_with_its_undo(qtbot, window):
    open_from_board(qtbot, window, "DINSOS")
    tab = window.workspace.drumup
    view = tab.similar_view
    qtbot.keyClicks(tab.idea_input, "Pengaduan bantuan sosial lewat WA 24 jam")
    qtbot.keyClick(tab.idea_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=3000)  # compared a moment later
    # "tersimpan" is still true when the hint joins it: both stay
    qtbot.waitUntil(lambda: "Mirip gagasan no. 2" in tab.message.text(), timeout=3000)
    assert tab.message.text().startswith("Gagasan no. 4 tersimpan.")
    rect = view.table.visualRect(view.table.model().index(0, 1))
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(view.same_button, LEFT)
    assert view.message.text() == "Gagasan no. 4 ditandai sama dengan no. 2, tidak dihitung."
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.service.list_ideas(window.workspace.opd_id)[-1].counted
    assert view.message.text() == ""  # the old code still said "ditandai sama"
    assert tab.message.text().startswith("Gagasan no. 4 tersimpan.")  # that one still holds
