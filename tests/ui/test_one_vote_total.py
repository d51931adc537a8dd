"""One vote total on every screen (dots plus the facilitator's count, shown apart), voters
compared case- and space-insensitively, nothing chosen or asked for before it is assessed."""

from __future__ import annotations

import pytest
from tests.ui.test_station_team import PIN, click, click_row, diagnose_idea, retype

from PySide6.QtCore import QPoint, Qt

from labinovasi.domain import BadInput, Stage
from labinovasi.services.team_work import TeamWork

LEFT = Qt.MouseButton.LeftButton
IDEAS = ("Antrean lewat WhatsApp", "Posyandu digital", "Ambulans desa", "Rekam medis", "Jadwal")


@pytest.fixture
def diagnosing(service):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    for text in IDEAS:
        service.add_idea(opd.id, text)
    service.move_stage(opd.id, Stage.DIAGNOSE)
    return opd


@pytest.fixture
def station(qtbot, service, diagnosing):
    from labinovasi.services.station_lock import hash_pin
    from labinovasi.ui.station.station_window import StationWindow

    window = StationWindow(service, hash_pin(PIN), fullscreen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.pick_page.search, "kesehatan")
    qtbot.keyClick(window.pick_page.search, Qt.Key.Key_Return)
    yield window
    if window.isVisible():
        window.unlock(PIN)


def test_a_voter_is_the_same_whatever_the_case(service, diagnosing):
    ideas = [v.idea for v in service.list_ideas(diagnosing.id)]
    for idea in ideas[:2]:
        service.update_idea(
            idea.id, apkl_aktual=True, apkl_problematik=True, apkl_kekhalayakan=True
        )
        service.update_idea(idea.id, apkl_layak=True)
    team = TeamWork(service)
    team.set_dots(ideas[0].id, "Bidan Rina", 3)
    with pytest.raises(BadInput, match="paling banyak 3 titik"):
        team.set_dots(ideas[1].id, "bidan  rina", 1)
    team.set_dots(ideas[0].id, "BIDAN RINA", 2)  # her own dots, changed: not a new voter
    assert team.dots(diagnosing.id) == {ideas[0].id: 2}
    assert team.participant_dots(diagnosing.id, "bidan rina") == {ideas[0].id: 2}
    assert team.participants(diagnosing.id) == ["Bidan Rina"]


def test_station_refuses_to_ask_or_propose_before_diagnosing(qtbot, station, service):
    page = station.diagnose_page
    assert station.current_page() is page
    click(qtbot, page.header.ask_button)
    assert "Belum ada gagasan yang didiagnosis" in page.message.text()
    assert not TeamWork(service).progress()[page.opd_id].move_requested

    click(qtbot, page.tabs["proposal"])
    assert all("APKL belum dinilai" in page.ranking.item(i).text() for i in range(5))
    assert not any("tidak lolos" in page.ranking.item(i).text() for i in range(5))

    # Half assessed: a problem written, APKL ticked, no USG: not proposed for design.
    click(qtbot, page.tabs["diagnose"])
    click_row(qtbot, page.idea_list, 0)
    qtbot.keyClicks(page.problem, "Pasien menunggu lama")
    for box in page.apkl.values():
        qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    click(qtbot, page.save_button)
    click(qtbot, page.tabs["proposal"])
    click_row(qtbot, page.ranking, 0)
    click(qtbot, page.propose_button)
    assert "nilai USG lengkap" in page.message.text()
    assert not any(v.idea.chosen for v in service.list_ideas(page.opd_id))


def test_every_screen_shows_one_vote_total(qtbot, station, service):
    from labinovasi.ui.facilitator.main_window import MainWindow

    page = station.diagnose_page
    diagnose_idea(qtbot, page, 0, (5, 4, 4))
    click(qtbot, page.tabs["voting"])
    retype(qtbot, page.participant, "Bidan Rina")
    click_row(qtbot, page.vote_list, 0)
    for _ in range(3):
        click(qtbot, page.add_dot_button)
    retype(qtbot, page.participant, "bidan rina")  # the same voter: her dots are used up
    assert not page.add_dot_button.isEnabled()
    assert page.dots_left.text().startswith("0 dari 3")

    facilitator = MainWindow(service=service)
    qtbot.addWidget(facilitator)
    facilitator.resize(1366, 768)
    facilitator.show()
    facilitator.show_opd(page.opd_id)
    facilitator.show_tab("diagnose")
    tab = facilitator.workspace.diagnose
    tab.table.selectRow(0)
    tab.votes_spin.setFocus()
    tab.votes_spin.selectAll()
    qtbot.keyClicks(tab.votes_spin, "2")
    qtbot.keyClick(tab.votes_spin, Qt.Key.Key_Tab)
    tab.table.selectRow(0)
    assert tab.table.item(0, 7).text() == "5"
    assert tab.votes_total.text() == "Total suara: 5 (3 titik peserta + 2 dicatat)"

    click(qtbot, page.tabs["proposal"])
    page.refresh()
    assert "5 suara" in page.ranking.item(0).text()


def test_diagnose_tab_refuses_to_choose_an_unassessed_idea(qtbot, window):
    service = window.service
    opd = service.find_opd("DINKES")
    window.show_opd(opd.id)
    window.show_tab("diagnose")
    tab = window.workspace.diagnose
    unassessed = next(r for r, (view, _rank) in enumerate(tab._rows) if view.idea.usg_total is None)
    tab.table.selectRow(unassessed)
    idea_id = tab._idea.id
    box = tab.choose_check
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert not service.get_idea(idea_id).chosen
    assert not box.isChecked()
    assert "belum dapat dipilih" in tab.message.text()
