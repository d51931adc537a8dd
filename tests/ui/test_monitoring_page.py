"""The Pelaksanaan area's monitoring log and launching, driven like the Desk Inovasi officer:
type an entry, save it, see the row; correct and remove it; record a launching and open its
news link only on a click; Alt+letters unique on the deliver tabs."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDateEdit, QMessageBox

from labinovasi.domain.innovations import ActionStep
from labinovasi.services import delivery
from labinovasi.services.innovations import Innovations

TODAY = date(2027, 1, 20)


@pytest.fixture
def page(window, qtbot):
    service = window.service
    store = Innovations(service)
    dinkes = service.find_opd("DINKES")
    store.add(dinkes.id, "SIAP ANTRE (Sistem Antrean Puskesmas)")
    store.add(service.find_opd("DINSOS").id, "SI BANSOS")
    window.delivery.monitoring.today = TODAY
    window.delivery_action.trigger()
    bar = window.delivery.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert window.delivery.tabs.currentWidget() is window.delivery.monitoring
    return window.delivery.monitoring


def choose(qtbot, combo, text: str) -> None:
    """Pick the item starting with `text` with the arrow keys on the closed combo box (a
    space typed there would open its list)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _step in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), combo.currentText()


def type_into(qtbot, widget, text: str) -> None:
    line = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    line.selectAll()
    qtbot.keyClicks(widget, text)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_type_an_entry_save_and_see_the_row(window, page, qtbot):
    service = window.service
    assert page.table.rowCount() == 0 and "0 catatan pemantauan" in page.summary_label.text()
    choose(qtbot, page.opd_combo, "Dinas Kesehatan")
    assert page.entry_opd.currentText().startswith("Dinas Kesehatan")  # follows the filter
    choose(qtbot, page.entry_innovation, "SIAP")
    choose(qtbot, page.entry_kind, "Monev")
    type_into(qtbot, page.entry_who, "Desk Inovasi")
    type_into(qtbot, page.entry_progress, "40")
    type_into(qtbot, page.entry_obstacles, "SDM terbatas")
    type_into(qtbot, page.entry_follow_up, "Tambah petugas")
    click(qtbot, page.add_button)

    [entry] = delivery.monitoring_log(service)
    assert (entry.kind, entry.who, entry.progress, entry.on_date) == (
        "monev",
        "Desk Inovasi",
        40,
        TODAY,
    )
    assert entry.opd_id == service.find_opd("DINKES").id
    assert page.table.rowCount() == 1
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row == [
        "20/01/2027",
        "DINKES",
        "SIAP ANTRE",
        "Monev",
        "Desk Inovasi",
        "40%",
        "SDM terbatas",
        "Tambah petugas",
    ]
    assert "1 catatan pemantauan · terakhir 20 Januari 2027" in page.summary_label.text()
    assert page.message.text() == "Catatan pemantauan disimpan."
    # The form is ready for the next entry of the same visit.
    assert page.entry_obstacles.text() == "" and page.entry_who.text() == "Desk Inovasi"
    assert page.entry_progress.text() == "–"

    # An older entry, typed later, goes below: newest date first.
    window.activateWindow()
    page.entry_date.setFocus()
    page.entry_date.setSelectedSection(QDateEdit.Section.DaySection)  # as a click on the day
    qtbot.keyClicks(page.entry_date, "05")
    choose(qtbot, page.entry_kind, "Desk")
    click(qtbot, page.add_button)
    assert [page.table.item(r, 0).text() for r in range(2)] == ["20/01/2027", "05/01/2027"]
    assert page.table.item(1, 3).text() == "Desk konsultasi"

    # Another OPD's filter shows none of them.
    choose(qtbot, page.opd_combo, "Dinas Sosial")
    assert page.table.rowCount() == 0


def test_correct_and_remove_an_entry(window, page, qtbot, on_modal):
    service = window.service
    dinkes = service.find_opd("DINKES")
    delivery.add_monitoring(service, dinkes.id, date(2027, 1, 8), "rapat", "Kabid", 30)
    page.refresh()
    assert not page.update_button.isEnabled() and not page.delete_button.isEnabled()
    click_row(qtbot, page.table, 0)
    assert page.entry_who.text() == "Kabid" and page.entry_progress.value() == 30
    type_into(qtbot, page.entry_progress, "35")
    type_into(qtbot, page.entry_follow_up, "Rapat lanjutan")
    click(qtbot, page.update_button)
    [entry] = delivery.monitoring_log(service)
    assert (entry.progress, entry.follow_up, entry.kind) == (35, "Rapat lanjutan", "rapat")
    assert page.table.rowCount() == 1 and page.table.item(0, 5).text() == "35%"

    def answer_yes(dialog):
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    on_modal(answer_yes)
    click(qtbot, page.delete_button)
    assert delivery.monitoring_log(service) == [] and page.table.rowCount() == 0


def test_record_a_launching_and_open_the_news_only_on_click(window, page, qtbot, monkeypatch):
    service = window.service
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    choose(qtbot, page.launch_innovation, "SIAP")
    assert page.launch_state.text() == "Belum ada launching yang dicatat."
    assert not page.launch_open.isEnabled()
    type_into(qtbot, page.launch_place, "Pendopo Bupati")
    type_into(qtbot, page.launch_by, "Bupati")
    type_into(qtbot, page.launch_link, "javascript:alert(1)")
    click(qtbot, page.launch_save)
    assert "http" in page.message.text() and delivery.launchings(service) == {}
    type_into(qtbot, page.launch_link, "https://berita.go.id/siap-antre?a=<b>1</b>")
    click(qtbot, page.launch_save)
    [launched] = delivery.launchings(service).values()
    assert (launched.on_date, launched.place, launched.by_whom) == (
        TODAY,
        "Pendopo Bupati",
        "Bupati",
    )
    assert opened == []  # nothing opens by itself
    assert page.launch_link.text() == "https://berita.go.id/siap-antre?a=<b>1</b>"  # as text
    assert "launching 20 Januari 2027" in page.launch_innovation.currentText()
    assert "1 dari 2 inovasi sudah launching" in page.summary_label.text()
    click(qtbot, page.launch_open)
    assert opened == ["https://berita.go.id/siap-antre?a=%3Cb%3E1%3C/b%3E"]
    click(qtbot, page.launch_remove)
    assert delivery.launchings(service) == {}
    assert page.launch_state.text() == "Belum ada launching yang dicatat."


@pytest.mark.parametrize("language", ["id", "en"])
def test_deliver_tabs_have_unique_mnemonics(window, page, qtbot, qapp, language):
    from test_mnemonics import window_problems  # a sibling module: tests/ui is on the path

    from labinovasi.ui.translation import install_translators

    assert install_translators(qapp, language) == language
    try:
        qtbot.wait(1)
        problems = window_problems(window, f"{language}: pemantauan")
        window.delivery.show_tab("timeline")
        qtbot.wait(1)
        problems += window_problems(window, f"{language}: rencana aksi")
    finally:
        install_translators(qapp, "id")
    # The screens' own letters (clashes inside the menus are the menus' business).
    problems = [p for p in problems if p.startswith(f"{language}: ")]
    assert not problems, "\n".join(sorted(set(problems)))


def test_timeline_fields_show_the_selected_activity_not_today(window, qtbot):
    """A done activity's realisation date stays its own: saving a note after a refresh does
    not turn it into today. The whole-lab view names the OPDs with late activities."""
    service = window.service
    store = Innovations(service)
    dinkes = store.add(service.find_opd("DINKES").id, "SIAP ANTRE")
    store.set_actions(
        dinkes.id,
        [ActionStep("Menyusun SOP", "dr. Hendra", date(2026, 12, 1), date(2026, 12, 14))],
    )
    dinsos = store.add(service.find_opd("DINSOS").id, "SI BANSOS")
    store.set_actions(
        dinsos.id, [ActionStep("Pendataan", "", date(2026, 12, 1), date(2026, 12, 20))]
    )
    [sop, _data] = delivery.timeline(service)
    delivery.set_progress(service, sop.action_id, "selesai", date(2026, 12, 12))
    timeline = window.delivery.timeline
    timeline.today = TODAY
    window.delivery_action.trigger()
    assert "Terlambat per OPD: DINSOS 1" in timeline.summary_label.text()
    assert timeline.activity_label.text() == "SIAP ANTRE (DINKES): Menyusun SOP"
    assert timeline.realised_edit.date().toString("yyyy-MM-dd") == "2026-12-12"
    type_into(qtbot, timeline.note_edit, "SOP terbit")
    click(qtbot, timeline.save_button)
    # The save refreshed the page; the row stays selected and its fields its own.
    assert timeline.realised_edit.date().toString("yyyy-MM-dd") == "2026-12-12"
    type_into(qtbot, timeline.note_edit, "SOP terbit 12 Desember")
    click(qtbot, timeline.save_button)
    [done, _data] = delivery.timeline(service)
    assert done.realised_on == date(2026, 12, 12) and done.note == "SOP terbit 12 Desember"
    # "belum" has no realisation date to pick.
    click_row(qtbot, timeline.table, 1)
    assert timeline.activity_label.text() == "SI BANSOS (DINSOS): Pendataan"
    assert not timeline.realised_edit.isEnabled()


def test_one_opds_timeline_shows_its_latest_monitoring_and_launching(window, qtbot):
    service = window.service
    dinkes = service.find_opd("DINKES")
    innovation = Innovations(service).add(dinkes.id, "SIAP ANTRE")
    delivery.add_monitoring(service, dinkes.id, date(2027, 1, 5), "rapat")
    delivery.add_monitoring(
        service, None, date(2027, 1, 8), "monev", progress=55, innovation_id=innovation.id
    )
    delivery.record_launching(service, innovation.id, date(2027, 2, 1), "<b>Pendopo</b>")
    timeline = window.delivery.timeline
    timeline.today = TODAY
    window.delivery_action.trigger()
    choose(qtbot, timeline.opd_combo, "Dinas Kesehatan")
    assert (
        timeline.monitoring_label.text()
        == "Pemantauan terakhir: 8 Januari 2027, monev, kemajuan 55% (2 catatan)"
    )
    assert timeline.stage_history.text().endswith("Launching 1 Februari 2027, <b>Pendopo</b>")
    assert timeline.stage_history.textFormat() == Qt.TextFormat.PlainText
    choose(qtbot, timeline.opd_combo, "Dinas Sosial")
    assert timeline.monitoring_label.text() == "Belum ada catatan pemantauan."
    choose(qtbot, timeline.opd_combo, "Semua OPD")
    assert timeline.monitoring_label.isHidden()  # the whole lab: see the Pemantauan tab
