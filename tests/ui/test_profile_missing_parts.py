""" "profil 13/14 isian" names what is missing: on hover on the facilitator's board and design
tab, on the station's design screen in words (issue 25). The sample's DINKES has every part but
a rancang bangun of 300 words."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from labinovasi.domain.innovations import missing_profile_parts
from labinovasi.services.innovations import Innovations
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.widgets.opd_table import COL_TEAM, STATUS_ROLE

MISSING = "rancang bangun dan pokok perubahan (24 dari 300 kata)"


@pytest.fixture
def main(qtbot, sample):
    from labinovasi.ui.facilitator.main_window import MainWindow

    window = MainWindow(service=sample)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def hover(qtbot, widget, pos: QPoint) -> str:
    """Rest the mouse on `pos` of `widget` as a person would; the tooltip Qt shows."""
    QToolTip.hideText()
    qtbot.mouseMove(widget, pos)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_domain_names_the_missing_parts(sample):
    dinkes = sample.find_opd("DINKES")
    innovation = Innovations(sample).list(dinkes.id)[0]
    assert missing_profile_parts(innovation) == [MISSING]


def test_board_names_the_missing_part_on_hover(main, qtbot):
    board = main.board
    view = board.view
    row = next(
        r
        for r in range(board.proxy.rowCount())
        if board.proxy.index(r, 0).data(STATUS_ROLE).opd.abbreviation == "DINKES"
    )
    index = board.proxy.index(row, COL_TEAM)
    assert index.data() == "profil 13/14 isian"
    view.scrollTo(index)
    tip = hover(qtbot, view.viewport(), view.visualRect(index).center())
    assert tip == f"Belum diisi: {MISSING}"  # the old board had no tooltip here


def test_design_tab_names_the_missing_part_and_follows_the_typing(main, qtbot):
    dinkes = main.service.find_opd("DINKES")
    main.show_opd(dinkes.id)
    main.show_tab("design")
    tab = main.workspace.design
    label = tab.progress_label
    assert label.text() == "profil 13/14 isian"
    assert MISSING in hover(qtbot, label, label.rect().center())
    tab.form.go_to(2)  # the rancang bangun's step
    editor = tab.form.texts["design_text"]
    editor.setFocus()
    qtbot.keyClicks(editor, " kata" * 290)
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert label.text() == "profil 14/14 isian"
    assert hover(qtbot, label, label.rect().center()) == "Semua bagian profil sudah diisi."


def test_station_design_screen_says_what_is_missing(qtbot, sample):
    from labinovasi.ui.station.station_window import StationWindow

    station = StationWindow(sample, hash_pin("2468"), fullscreen=False)
    qtbot.addWidget(station)
    station.resize(1366, 768)
    station.show()
    qtbot.keyClicks(station.pick_page.search, "dinkes")
    qtbot.keyClick(station.pick_page.search, Qt.Key.Key_Return)
    design = station.design_page
    assert station.current_page() is design
    line = design.header.stage_line
    assert f"profil 13/14 isian — belum: {MISSING} · " in line.text()  # in words, no hovering
    assert MISSING in line.toolTip()
    station._unlocked = True
    station.close()
