"""Layouts that hold still under the finger (issue 25): the voting "+" stays where it was when
a name is typed; APKL ticks, scores and choices never re-flow the facilitator's ranking table."""

from __future__ import annotations

from tests.ui import test_one_vote_total as voting
from tests.ui.test_station_team import click, diagnose_idea, retype

from PySide6.QtCore import QPoint, Qt

LEFT = Qt.MouseButton.LeftButton
diagnosing = voting.diagnosing  # fixtures: DINKES in diagnose, its station open on it
station = voting.station


def place(widget) -> tuple:
    return (widget.mapTo(widget.window(), QPoint(0, 0)).toTuple(), widget.size().toTuple())


def test_the_voting_plus_stays_put_when_a_name_is_typed(qtbot, station):
    page = station.diagnose_page
    diagnose_idea(qtbot, page, 0, (5, 4, 4))
    click(qtbot, page.tabs["voting"])
    qtbot.waitUntil(page.add_dot_button.isVisible)
    before = place(page.add_dot_button), place(page.take_dot_button), place(page.vote_list)[0]
    retype(qtbot, page.participant, "Bidan Rina")
    qtbot.wait(20)  # a layout request is handled on the next turn of the event loop
    assert page.add_dot_button.isEnabled()
    after = place(page.add_dot_button), place(page.take_dot_button), place(page.vote_list)[0]
    assert after == before
    click(qtbot, page.add_dot_button)
    qtbot.wait(20)
    assert (place(page.add_dot_button), place(page.take_dot_button)) == before[:2]


def test_apkl_ticks_and_a_choice_never_reflow_the_ranking_table(qtbot, window):
    from labinovasi.domain import Stage

    service = window.service
    opd = service.add_opd("Dinas Uji Coba", "UJI")
    service.add_idea(opd.id, "Antrean daring")  # one row: its APKL cell sets the column
    service.move_stage(opd.id, Stage.DIAGNOSE, override_reason="uji")
    window.show_opd(opd.id)
    window.show_tab("diagnose")
    tab = window.workspace.diagnose
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0)
    unassessed = next(
        row
        for row in range(tab.table.rowCount())
        if tab.table.item(row, 2).text() == "belum dinilai"
    )
    rect = tab.table.visualRect(tab.table.model().index(unassessed, 1))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    widths = [tab.table.columnWidth(c) for c in range(tab.table.columnCount())]
    for check in tab.apkl_checks.values():
        qtbot.mouseClick(check, LEFT, pos=QPoint(8, check.height() // 2))  # on the tick box
        qtbot.wait(10)
        assert [tab.table.columnWidth(c) for c in range(tab.table.columnCount())] == widths
    assert any(tab.table.item(row, 2).text() == "lolos" for row in range(tab.table.rowCount()))


def test_the_idea_box_keeps_its_height_after_the_first_idea(qtbot, service):
    """The box was laid out at a scroll area's minimum (taller than its two lines) until the
    first "tersimpan" squeezed it to two lines under the typing finger (issue 25)."""
    from tests.ui.test_station import pick, type_idea

    from labinovasi.services.station_lock import hash_pin
    from labinovasi.ui.station.station_window import StationWindow

    service.add_opd("Dinas Kesehatan", "DINKES")
    window = StationWindow(service, hash_pin(voting.PIN), fullscreen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    pick(qtbot, window)
    page = window.ideas_page
    qtbot.wait(20)
    box = page.idea_input
    before = place(box)
    lines = box.fontMetrics().lineSpacing() * 2
    assert box.viewport().height() >= lines
    for text in ("Posyandu digital", "Layanan antar obat untuk lansia " * 5):
        type_idea(qtbot, window, text.strip())
        qtbot.wait(20)
        (x, y), size = place(box)
        # Its size kept; the "✓" of the message above may move a text line by a pixel or two.
        assert size == before[1] and x == before[0][0] and abs(y - before[0][1]) <= 3
    window.unlock(voting.PIN)
