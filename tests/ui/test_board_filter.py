"""The OPD board's filter offers "Minta lanjut": the teams waiting for the facilitator."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labinovasi.services.team_work import TeamWork


def test_board_filter_shows_the_teams_asking_to_move_on(qtbot, window):
    service = window.service
    TeamWork(service).request_move(service.find_opd("DISDIK").id)
    window.board.refresh()
    combo = window.board.filter_combo
    combo.setFocus()
    while combo.currentText() != "Minta lanjut":
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, "no 'Minta lanjut' in the filter"
    assert window.board.visible_abbreviations() == ["DISDIK"]
