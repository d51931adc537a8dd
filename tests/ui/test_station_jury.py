"""The juror's station driven with keys: a juror picks their name, types scores, sees the
weighted total live, saves, and the facilitator's ranking changes; other jurors' sheets and
the ranking are never shown; changing juror needs the PIN; a fixed Top-N locks the sheet.
Also the facilitator's rubric editor and the printed schedule from the Display page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.pdf_reading import pdf_texts, squeeze

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QTableWidget

from labinovasi.services import jury
from labinovasi.services.innovations import Innovations
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.facilitator.jury_rubric import RubricDialog
from labinovasi.ui.station.station_jury import JuryStationWindow

PIN = "2468"
LEFT = Qt.MouseButton.LeftButton
KEYS = ("kebaharuan", "kemanfaatan", "kewenangan", "replikasi", "penguasaan")


@pytest.fixture
def display(window):
    """The sample workshop with two innovations presented and two jurors."""
    service = window.service
    store = Innovations(service)
    first = store.add(service.find_opd("DINKES").id, "SIAP ANTRE (Sistem Antrean Puskesmas)")
    second = store.add(service.find_opd("DINSOS").id, "SI BANSOS")
    jury.set_presentations(service, [first.id, second.id])
    sari, budi = jury.add_juror(service, "Dr. Sari"), jury.add_juror(service, "Ir. Budi")
    return service, first, second, sari, budi


@pytest.fixture
def station(qtbot, display):
    service = display[0]
    station = JuryStationWindow(service, hash_pin(PIN), fullscreen=False)
    qtbot.addWidget(station)
    station.resize(1366, 768)
    station.show()
    return station


def type_score(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def test_juror_scores_with_keys_and_the_ranking_changes(window, display, station, qtbot):
    service, first, second, sari, budi = display
    jury.set_scores(service, budi.id, first.id, dict.fromkeys(KEYS, 95))  # another juror's
    window.delivery_action.trigger()
    window.delivery.show_tab("jury")
    panel = window.delivery.jury

    pick = station.pick_page
    assert station.current_page() is pick
    assert [pick.list.item(n).text() for n in range(pick.list.count())] == ["Dr. Sari", "Ir. Budi"]
    qtbot.mouseClick(pick.start_button, LEFT)  # the first name is chosen
    page = station.sheet_page
    assert station.current_page() is page and "Dr. Sari" in page.juror_line.text()
    assert page.name_label.text() == "SIAP ANTRE (Sistem Antrean Puskesmas)"
    # Ir. Budi's 95s are not on Dr. Sari's sheet, and no ranking is anywhere on the station.
    assert all(row.spin.text() == "–" for row in page.rows)
    assert not station.findChildren(QTableWidget)
    assert not any("Peringkat" in label.text() for label in station.findChildren(QLabel))

    for row, value in zip(page.rows, ("80", "90", "70", "80", "85,5"), strict=True):
        type_score(qtbot, row.spin, value)
    assert row.slider.value() == 86  # the slider follows the typed score
    # 30%×80 + 25%×90 + 15%×70 + 20%×80 + 10%×85,5
    assert page.total_label.text() == "Nilai akhir: 81,55 · belum disimpan"
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert page.total_label.text() == "Nilai akhir: 81,55"
    assert "tersimpan" in page.message.text()
    assert jury.juror_sheets(service, sari.id)[first.id]["penguasaan"] == pytest.approx(85.5)
    assert page.order.item(0).text().startswith("✓ 1.")

    # The facilitator's ranking now counts two sheets for SIAP ANTRE: (95 + 81,55) / 2.
    panel.refresh()
    assert panel.ranking.item(0, 1).text().startswith("SIAP ANTRE")
    assert panel.ranking.item(0, 3).text() == "88,28"
    assert "2 juri" in panel.ranking.item(0, 4).text()

    # Moving on saves what was typed; the next innovation opens with its own empty sheet.
    qtbot.mouseClick(page.next_button, LEFT)
    assert page.name_label.text() == "SI BANSOS"
    type_score(qtbot, page.rows[0].spin, "60")
    qtbot.mouseClick(page.previous_button, LEFT)
    assert jury.juror_sheets(service, sari.id)[second.id]["kebaharuan"] == 60
    assert page.rows[0].spin.text() == "80,0"


def test_changing_juror_and_leaving_need_the_pin(display, station, qtbot):
    service, first, _second, sari, budi = display
    station.open_juror(sari.id)
    page = station.sheet_page
    type_score(qtbot, page.rows[0].spin, "75")
    qtbot.mouseClick(page.switch_button, LEFT)
    assert station.current_page() is station.pin_page
    assert jury.juror_sheets(service, sari.id)[first.id]["kebaharuan"] == 75  # kept
    qtbot.keyClicks(station.pin_page.pin_input, "0000")
    qtbot.keyClick(station.pin_page.pin_input, Qt.Key.Key_Return)
    assert station.current_page() is station.pin_page  # wrong PIN: still asking
    qtbot.mouseClick(station.pin_page.back_button, LEFT)
    assert station.current_page() is page and "Dr. Sari" in page.juror_line.text()
    qtbot.mouseClick(page.switch_button, LEFT)
    qtbot.keyClicks(station.pin_page.pin_input, PIN)
    qtbot.keyClick(station.pin_page.pin_input, Qt.Key.Key_Return)
    assert station.current_page() is station.pick_page
    station.pick_page.list.setCurrentRow(1)
    qtbot.keyClick(station.pick_page.list, Qt.Key.Key_Return)
    assert "Ir. Budi" in page.juror_line.text()
    assert page.rows[0].spin.text() == "–"  # Ir. Budi's own (empty) sheet

    station.close()  # Alt+F4 and the like: the PIN again
    assert station.isVisible() and station.current_page() is station.pin_page
    qtbot.keyClicks(station.pin_page.pin_input, PIN)
    qtbot.keyClick(station.pin_page.pin_input, Qt.Key.Key_Return)
    assert not station.isVisible()


def test_a_fixed_top_n_locks_the_sheet(display, station, qtbot):
    service, first, second, sari, budi = display
    for juror, innovation, score in ((sari, first, 80), (budi, second, 70)):
        jury.set_scores(service, juror.id, innovation.id, dict.fromkeys(KEYS, score))
    jury.fix_top(service, force=True)
    station.open_juror(sari.id)
    page = station.sheet_page
    assert not page.save_button.isEnabled()
    assert not any(row.spin.isEnabled() for row in page.rows)
    assert "Juara sudah ditetapkan" in page.message.text()
    jury.unfix(service)
    station.refresh()  # what the five-second timer does
    assert page.save_button.isEnabled() and page.rows[0].spin.isEnabled()


def test_station_named_juror_opens_on_the_sheet(display, qtbot):
    service, _first, _second, _sari, budi = display
    station = JuryStationWindow(service, hash_pin(PIN), juror_id=budi.id, fullscreen=False)
    qtbot.addWidget(station)
    assert station.current_page() is station.sheet_page
    assert "Ir. Budi" in station.sheet_page.juror_line.text()


def test_rubric_editor_sums_live_refuses_and_saves(window, qtbot):
    service = window.service
    dialog = RubricDialog(service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 5 and dialog.total_label.text() == "Jumlah bobot 100% ✓"
    assert dialog.save_button.isEnabled() and not dialog.locked_label.isVisible()
    # Rename the first criterion, lower its weight: the sum is said at once, saving refused.
    dialog.table.setCurrentCell(0, 0)
    dialog.table.editItem(dialog.table.item(0, 0))
    editor = dialog.table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Kebaruan ide")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the delegate commits the edit from the event loop
    spin = dialog.weight_spin(0)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    assert dialog.total_label.text() == "Jumlah bobot 90%, harus 100% (kurang 10)."
    assert not dialog.save_button.isEnabled()
    # A new criterion takes the 10 missing; moved to the top.
    qtbot.mouseClick(dialog.add_button, LEFT)
    editor = dialog.table.focusWidget()
    qtbot.keyClicks(editor, "Dampak")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the delegate commits the edit from the event loop
    assert dialog.weight_spin(5).value() == 10
    dialog.table.setCurrentCell(5, 0)
    for _ in range(5):
        qtbot.mouseClick(dialog.up_button, LEFT)
    # Remove "Penguasaan materi" (10) and give its weight to Dampak.
    dialog.table.setCurrentCell(5, 0)
    assert dialog.table.item(5, 0).text() == "Penguasaan materi"
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert "kurang 10" in dialog.total_label.text()
    spin = dialog.weight_spin(0)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    assert dialog.total_label.text() == "Jumlah bobot 100% ✓"
    qtbot.mouseClick(dialog.save_button, LEFT)
    rubric = jury.rubric(service)
    assert [(c.key, c.name, int(c.weight)) for c in rubric.criteria] == [
        ("dampak", "Dampak", 20),
        ("kebaharuan", "Kebaruan ide", 20),
        ("kemanfaatan", "Kemanfaatan", 25),
        ("kewenangan", "Kewenangan dan kolaborasi", 15),
        ("replikasi", "Replikasi dan aplikatif", 20),
    ]
    # The facilitator's sheet shows the new criteria.
    window.delivery_action.trigger()
    window.delivery.show_tab("jury")
    assert list(window.delivery.jury.spins) == [c.key for c in rubric.criteria]

    # Weights with a decimal (set on the command line) are kept as they are.
    jury.set_rubric(service, [{"name": "A", "weight": "62,5"}, {"name": "B", "weight": "37,5"}])
    halves = RubricDialog(service, window)
    qtbot.addWidget(halves)
    assert halves.weight_spin(0).text() == "62,5 %" and halves.save_button.isEnabled()
    qtbot.mouseClick(halves.save_button, LEFT)
    assert [c.weight for c in jury.rubric(service).criteria] == [Decimal("62.5"), Decimal("37.5")]

    # Once a juror scored, the editor says why it is locked; "bawaan" is refused too.
    innovation = Innovations(service).add(service.find_opd("DINKES").id, "SIAP ANTRE")
    jury.set_presentations(service, [innovation.id])
    juror = jury.add_juror(service, "Dr. Sari")
    jury.set_scores(service, juror.id, innovation.id, {"a": 70})
    locked = RubricDialog(service, window)
    qtbot.addWidget(locked)
    locked.show()
    assert locked.locked_label.isVisible()
    assert "sudah ada 1 nilai juri" in locked.locked_label.text()
    assert not locked.save_button.isEnabled() and not locked.default_button.isEnabled()
    assert not locked.weight_spin(0).isEnabled()


def test_rubric_button_and_printed_schedule_from_the_display_page(
    window, display, qtbot, tmp_path, monkeypatch
):
    service = display[0]
    window.delivery_action.trigger()
    window.delivery.show_tab("jury")
    panel = window.delivery.jury
    out = tmp_path / "jadwal.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(panel.print_schedule_button, LEFT)
    text = squeeze(pdf_texts(out)[0])
    assert "JADWALPRESENTASIGELARINOVASI" in text
    assert "DinasKesehatanSIAPANTRE" in text and "Dr.Sari,Ir.Budi" in text
    assert "Ditulis ke" in panel.message.text()
    sheets = tmp_path / "lembar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheets), ""))
    qtbot.mouseClick(panel.print_sheets_button, LEFT)
    assert len(pdf_texts(sheets)) == len(jury.jurors(service)) == 2
    bad = tmp_path / "missing" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(panel.print_schedule_button, LEFT)
    assert "Folder tidak ditemukan" in panel.message.text()


@pytest.mark.parametrize("language", ["id", "en"])
def test_display_page_and_rubric_editor_mnemonics_are_unique(window, qapp, qtbot, language):
    from tests.ui.test_mnemonics import clashes, screen_widgets, window_problems

    from labinovasi.ui.translation import install_translators

    assert install_translators(qapp, language) == language
    try:
        window.delivery_action.trigger()
        window.delivery.show_tab("jury")
        qtbot.wait(1)
        problems = window_problems(window, "gelar inovasi")
        dialog = RubricDialog(window.service, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(1)
        dialog_clashes = clashes(screen_widgets(dialog))
    finally:
        install_translators(qapp, "id")
    assert problems == [] and dialog_clashes == {}
