"""The station's OPD tiles show each OPD's stage with the facilitator's board's names, and follow
a move (issue 25: "the OPD tiles at the station show no stage")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from labinovasi.domain import Stage
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.station.station_pick import STATUS_ROLE
from labinovasi.ui.station.station_window import StationWindow
from labinovasi.ui.widgets.opd_table import COL_STAGE


@pytest.fixture
def station(qtbot, sample):
    window = StationWindow(sample, hash_pin("2468"), fullscreen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window._unlocked = True
    window.close()


def tiles(station) -> dict[str, str]:
    """Each tile's text (what a screen reader reads), by singkatan."""
    page = station.pick_page
    return {
        page.list.item(r).data(STATUS_ROLE).opd.abbreviation: page.list.item(r).text()
        for r in range(page.list.count())
    }


def paint_tile(station, item) -> QImage:
    delegate = station.pick_page.list.itemDelegate()
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 600, 70)
    option.font = station.pick_page.list.font()
    image = QImage(600, 70, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    index = station.pick_page.list.indexFromItem(item)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def test_tiles_name_the_stage_as_the_board_does(station, sample):
    from labinovasi.ui.widgets.opd_table import OpdTableModel

    board = OpdTableModel()
    board.set_statuses(sample.status().opds)
    board_stages = {
        board.index(r, 0).data(STATUS_ROLE).opd.abbreviation: board.index(r, COL_STAGE).data()
        for r in range(board.rowCount())
    }
    shown = tiles(station)
    for abbreviation, stage in board_stages.items():
        assert f"— {stage} —" in shown[abbreviation], abbreviation
    assert "— Design —" in shown["DINKES"] and "— Diagnose —" in shown["DISDUKCAPIL"]


def test_the_painted_tile_shows_the_stage(station):
    page = station.pick_page
    item = next(
        page.list.item(r)
        for r in range(page.list.count())
        if page.list.item(r).data(STATUS_ROLE).opd.abbreviation == "DINKES"
    )
    design = paint_tile(station, item)
    status = item.data(STATUS_ROLE)
    item.setData(STATUS_ROLE, replace(status, opd=replace(status.opd, stage=Stage.DRUM_UP)))
    drum_up = paint_tile(station, item)
    assert design != drum_up  # the old tile painted singkatan, nama and n dari 5 only


def test_a_move_by_the_facilitator_shows_on_the_tile(station, sample, qtbot):
    dpupr = sample.find_opd("DPUPR")
    assert "— Drum-up —" in tiles(station)["DPUPR"]
    sample.move_stage(dpupr.id, Stage.DIAGNOSE, override_reason="uji")
    station.refresh_timer.timeout.emit()  # what the station's poll does every few seconds
    assert "— Diagnose —" in tiles(station)["DPUPR"]
    qtbot.keyClicks(station.pick_page.search, "dpupr")
    qtbot.keyClick(station.pick_page.search, Qt.Key.Key_Return)
    assert station.current_page() is station.diagnose_page
