"""An OPD team works all three stages at its own station: ideas to the minimum, the
facilitator's move, diagnose with USG and three participants' dots, the proposal, the design
with a rencana aksi row entered through the date picker; the facilitator's board follows."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from labinovasi.domain import Stage
from labinovasi.services.innovations import Innovations
from labinovasi.services.station_lock import hash_pin
from labinovasi.services.team_work import TeamWork
from labinovasi.ui.station.station_window import StationWindow
from labinovasi.ui.widgets.dates import DateEditor
from labinovasi.ui.widgets.opd_table import COL_TEAM

PIN = "2468"
ENTER = Qt.Key.Key_Return
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def opd(service):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_opd("Dinas Sosial", "DINSOS")
    return opd


@pytest.fixture
def station(qtbot, service, opd):
    window = StationWindow(service, hash_pin(PIN), fullscreen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.isVisible():
        window.unlock(PIN)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def diagnose_idea(qtbot, page, row: int, scores: tuple[int, int, int]) -> None:
    click_row(qtbot, page.idea_list, row)
    qtbot.keyClicks(page.problem, "Pasien menunggu sampai 3 jam")
    for cause in ("Nomor antrean hanya di loket", "Satu petugas untuk 150 pasien"):
        qtbot.keyClicks(page.cause_input, cause)
        qtbot.keyClick(page.cause_input, ENTER)
    qtbot.keyClicks(page.affected, "Lansia dan ibu hamil")
    for box in page.apkl.values():
        qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the tick box
    for row_widget, score in zip(page.usg.values(), scores, strict=True):
        click(qtbot, row_widget.group.button(score))
    click(qtbot, page.save_button)


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the cell's editor opens, as on a spreadsheet
    [editor] = [
        e
        for e in table.viewport().findChildren(QLineEdit)
        if e.parent() is table.viewport() and e.isVisible()
    ]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, ENTER)


def open_cell(qtbot, table, row: int, column: int):
    """Click a cell and press F2: the cell's date editor, with the focus in its line."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    [editor] = [e for e in table.viewport().findChildren(DateEditor) if e.isVisible()]
    return editor


def type_date(qtbot, table, row: int, column: int, text: str) -> None:
    editor = open_cell(qtbot, table, row, column)
    qtbot.keyClicks(editor.line, text)
    qtbot.keyClick(editor.line, ENTER)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)


def pick_date_in_cell(qtbot, table, row: int, column: int) -> QDate:
    """Alt+Down opens the calendar; Right twice and Enter pick a day."""
    editor = open_cell(qtbot, table, row, column)
    qtbot.keyClick(editor.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.calendar
    assert calendar.locale().language() == QLocale.Language.Indonesian
    view = calendar.findChild(QTableView)
    start = calendar.selectedDate()
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, ENTER)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)
    return start.addDays(2)


def test_team_works_drum_up_diagnose_and_design_at_its_station(qtbot, station, service, opd):
    from labinovasi.ui.facilitator.main_window import MainWindow

    facilitator = MainWindow(service=service)
    qtbot.addWidget(facilitator)

    # Drum-up: five ideas with Enter.
    qtbot.keyClicks(station.pick_page.search, "kesehatan")
    qtbot.keyClick(station.pick_page.search, ENTER)
    ideas = (
        "Antrean puskesmas lewat WhatsApp",
        "Posyandu digital",
        "Ambulans desa",
        "Rekam medis elektronik",
        "Jadwal dokter di papan desa",
    )
    for text in ideas:
        qtbot.keyClicks(station.ideas_page.idea_input, text)
        qtbot.keyClick(station.ideas_page.idea_input, ENTER)
    assert service.opd_status(opd.id).tally.counted == 5

    # The facilitator's move; the station follows on its next refresh.
    service.move_stage(opd.id, Stage.DIAGNOSE)
    station.refresh()
    page = station.diagnose_page
    assert station.current_page() is page
    assert "Tahap 2 dari 5" in page.header.stage_line.text()

    diagnose_idea(qtbot, page, 0, (5, 4, 4))
    diagnose_idea(qtbot, page, 1, (3, 3, 2))
    [first, second] = [v.idea for v in service.list_ideas(opd.id)][:2]
    assert first.root_cause.splitlines() == [
        "Nomor antrean hanya di loket",
        "Satu petugas untuk 150 pasien",
    ]
    assert first.passes_apkl and first.usg_total == 13 and second.usg_total == 8
    assert "USG 2/5 dinilai" in page.header.stage_line.text()

    # Dot voting: three participants, three dots each at most.
    click(qtbot, page.tabs["voting"])
    for name, rows in (("Bidan Maya", [0, 0, 1]), ("Nurhayati", [0, 1]), ("dr. Hendra", [1])):
        retype(qtbot, page.participant, name)
        for row in rows:
            click_row(qtbot, page.vote_list, row)
            click(qtbot, page.add_dot_button)
    assert TeamWork(service).dots(opd.id) == {first.id: 3, second.id: 3}
    assert not page.add_dot_button.isEnabled() or page.dots_left.text().startswith("2 dari 3")
    # The facilitator's ranking counts the same dots.
    facilitator.show_opd(opd.id)
    facilitator.show_tab("diagnose")
    table = facilitator.workspace.diagnose.table
    votes = {table.item(r, 1).text(): table.item(r, 7).text() for r in range(table.rowCount())}
    assert votes["Antrean puskesmas lewat WhatsApp"] == "3" and votes["Posyandu digital"] == "3"

    # The ranking and the proposal.
    click(qtbot, page.tabs["proposal"])
    assert page.ranking.item(0).text().startswith("1. Antrean puskesmas")
    click_row(qtbot, page.ranking, 0)
    click(qtbot, page.propose_button)
    assert service.get_idea(first.id).chosen
    click(qtbot, page.header.ask_button)
    facilitator.board.refresh()
    row = facilitator.board.model.row_of(opd.id)
    team = facilitator.board.model.index(row, COL_TEAM).data()
    assert team == "USG 2/5 dinilai · minta lanjut"

    # The facilitator moves the OPD on; the team designs.
    service.move_stage(opd.id, Stage.DESIGN)
    station.refresh()
    design = station.design_page
    assert station.current_page() is design
    qtbot.keyClicks(design.new_name, "SIAP ANTRE")
    click(qtbot, design.new_button)
    [innovation] = Innovations(service).list(opd.id)
    assert innovation.name == "SIAP ANTRE" and innovation.idea_ids == [first.id]
    form = design.form
    click(qtbot, form.next_button)  # step 2: jenis, bentuk, urusan
    form.combos["kind"].setFocus()
    qtbot.keyClick(form.combos["kind"], Qt.Key.Key_Down)  # "Digital"
    click(qtbot, form.next_button)  # step 3: rancang bangun, saved on the way
    assert Innovations(service).get(innovation.id).kind == "digital"
    qtbot.keyClicks(form.texts["design_text"], "kata " * 212)
    assert form.word_count.text() == "212 dari 300 kata"
    click_row(qtbot, form.step_list, 6)
    click(qtbot, form.add_action_button)
    table = form.actions_table
    type_in_cell(qtbot, table, 0, 0, "Menyusun SOP antrean")
    type_in_cell(qtbot, table, 0, 1, "dr. Hendra")
    # The facilitator's date cells: one typed as digits only, one picked from the calendar,
    # which opens on the lab's dates in Indonesian.
    service.update_workshop(start_date=date(2027, 5, 10), end_date=date(2027, 5, 12))
    type_date(qtbot, table, 0, 2, "01052027")
    end = pick_date_in_cell(qtbot, table, 0, 3)
    assert end == QDate(2027, 5, 12)  # the calendar opened on the lab's first day
    start = QDate(2027, 5, 1)
    assert table.columnWidth(2) >= table.fontMetrics().horizontalAdvance("30 September 2027")
    click(qtbot, design.save_button)
    saved = Innovations(service).get(innovation.id)
    [step] = saved.actions
    assert (step.activity, step.person) == ("Menyusun SOP antrean", "dr. Hendra")
    assert step.start == date(start.year(), start.month(), start.day())
    assert step.end == date(end.year(), end.month(), end.day())
    assert saved.design_text.split() == ["kata"] * 212

    facilitator.board.refresh()
    team = facilitator.board.model.index(row, COL_TEAM).data()
    assert team == "profil 4/14 isian"  # name, tahapan, jenis, rencana aksi


def test_station_copy_for_one_opd_opens_straight_on_it(qtbot, tmp_path, service, opd):
    from labinovasi.services import WorkshopService
    from labinovasi.services.sync import make_station_copy

    out = tmp_path / "meja-dinkes.labinovasi"
    service.close()
    make_station_copy(service.target, out, "Meja DINKES", opd="dinkes")
    with WorkshopService.open(out) as copy:
        assert copy.workshop().station_opd_id == opd.id
        window = StationWindow(copy, hash_pin(PIN), fullscreen=False)
        qtbot.addWidget(window)
        window.show()
        assert window.current_page() is window.ideas_page
        assert window.ideas_page.opd_id == opd.id
        click(qtbot, window.ideas_page.change_button)
        assert window.current_page() is window.ideas_page  # its table stays on its OPD
        window.unlock(PIN)


def test_design_shows_each_fields_history_after_a_merge(qtbot, tmp_path, service, opd):
    from labinovasi.services import WorkshopService
    from labinovasi.services.sync import make_station_copy, merge

    service.move_stage(opd.id, Stage.DESIGN, override_reason="uji")
    innovation = Innovations(service).add(opd.id, "SIAP ANTRE", goal="Tujuan awal")
    service.close()
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(service.target, copy, "Meja 1")
    with WorkshopService.open(copy) as station_copy:
        Innovations(station_copy).set_fields(innovation.id, {"goal": "Tujuan dari meja"})
    with WorkshopService.open(service.target) as main:
        Innovations(main).set_fields(innovation.id, {"goal": "Tujuan fasilitator"})
    merge(service.target, [copy])
    with WorkshopService.open(service.target) as main:
        window = StationWindow(main, hash_pin(PIN), fullscreen=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.open_opd(opd.id)
        form = window.design_page.form
        click_row(qtbot, form.step_list, 3)  # 4. Tujuan dan manfaat
        assert form.texts["goal"].toPlainText() == "Tujuan fasilitator"
        text = form.history_label.text()
        assert "Tujuan: “Tujuan dari meja” → “Tujuan fasilitator” (digabung dari meja" in text
        assert "“Tujuan awal” → “Tujuan fasilitator” (diubah" in text
        window.unlock(PIN)
