"""Nothing typed at a station vanishes (issue 21): the diagnosis a team types is written as
it is typed (a short debounce through the service), on switching ideas, switching OPD and
closing; "tersimpan" is shown only once it is written."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from labinovasi.domain import Stage
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.station.station_window import StationWindow

PIN = "2468"
ENTER = Qt.Key.Key_Return
LEFT = Qt.MouseButton.LeftButton
TEXTS = ("Antrean puskesmas lewat WhatsApp", "Jemput bola KTP lansia", "Papan jadwal dokter")


@pytest.fixture
def opd(service):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    for text in TEXTS:
        service.add_idea(opd.id, text)
    service.move_stage(opd.id, Stage.DIAGNOSE, override_reason="uji")
    return opd


@pytest.fixture
def page(qtbot, service, opd):
    window = StationWindow(service, hash_pin(PIN), fullscreen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_opd(opd.id)
    assert window.current_page() is window.diagnose_page
    yield window.diagnose_page
    if window.isVisible():
        window.unlock(PIN)


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def idea(service, opd, text):
    return next(v.idea for v in service.list_ideas(opd.id) if v.idea.text == text)


def test_masalah_and_akar_masalah_survive_tapping_another_idea(qtbot, service, opd, page):
    click_row(qtbot, page.idea_list, 0)
    qtbot.keyClicks(page.problem, "Pasien menunggu sampai 3 jam")
    qtbot.keyClicks(page.cause_input, "Nomor antrean hanya di loket")
    qtbot.keyClick(page.cause_input, ENTER)
    qtbot.keyClicks(page.cause_input, "Satu petugas untuk 150 pasien")  # not yet added
    click_row(qtbot, page.idea_list, 1)  # no "Simpan diagnosa"
    first = idea(service, opd, TEXTS[0])
    assert first.problem == "Pasien menunggu sampai 3 jam"
    assert first.root_cause.splitlines() == [
        "Nomor antrean hanya di loket",
        "Satu petugas untuk 150 pasien",
    ]
    # Back on the first idea, the team finds what it typed.
    click_row(qtbot, page.idea_list, 0)
    assert page.problem.toPlainText() == "Pasien menunggu sampai 3 jam"
    assert page.causes.count() == 2


def test_typing_is_written_shortly_after_and_tersimpan_only_once_it_is(qtbot, service, opd, page):
    click_row(qtbot, page.idea_list, 0)
    qtbot.keyClicks(page.affected, "Lansia dan ibu hamil")
    assert "tersimpan" not in page.message.text()  # not yet written: not said
    qtbot.waitUntil(
        lambda: idea(service, opd, TEXTS[0]).affected == "Lansia dan ibu hamil", timeout=3000
    )
    qtbot.waitUntil(lambda: "tersimpan" in page.message.text(), timeout=1000)
    qtbot.keyClicks(page.affected, " di desa")
    assert "tersimpan" not in page.message.text()  # the new typing is not written yet
    qtbot.waitUntil(
        lambda: idea(service, opd, TEXTS[0]).affected == "Lansia dan ibu hamil di desa",
        timeout=3000,
    )


def test_diagnosis_typed_then_the_station_closed_is_written(qtbot, service, opd, page):
    click_row(qtbot, page.idea_list, 2)
    qtbot.keyClicks(page.problem, "Jadwal dokter tidak diketahui warga")
    window = page.window()
    assert window.unlock(PIN)  # the facilitator closes the station at once
    assert idea(service, opd, TEXTS[2]).problem == "Jadwal dokter tidak diketahui warga"


def test_diagnosis_typed_then_change_opd_is_written(qtbot, service, opd, page):
    click_row(qtbot, page.idea_list, 1)
    qtbot.mouseClick(page.apkl["aktual"], LEFT, pos=page.apkl["aktual"].rect().center())
    qtbot.keyClicks(page.problem, "KTP lansia tertunda")
    qtbot.mouseClick(page.header.change_button, LEFT)
    assert idea(service, opd, TEXTS[1]).problem == "KTP lansia tertunda"


def test_facilitator_diagnosis_typed_is_written_without_leaving_the_box(qtbot, service, opd):
    """In the facilitator's Diagnose tab too: typing is written a moment after it pauses (a
    crash or a kill then loses nothing the facilitator saw written), and stays on screen."""
    from labinovasi.ui.facilitator.main_window import MainWindow

    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.show()
    main.show_opd(opd.id)
    main.show_tab("diagnose")
    tab = main.workspace.diagnose
    idea_id = tab._idea.id
    tab.problem_edit.setFocus()
    qtbot.keyClicks(tab.problem_edit, "Pasien menunggu lama ")

    def written() -> None:
        assert service.get_idea(idea_id).problem == "Pasien menunggu lama", (
            tab.problem_edit.toPlainText(),
            tab._idea.id if tab._idea else None,
            idea_id,
            tab.message.text(),
            tab.autosave.isActive(),
            tab.autosave.remainingTime(),
        )

    qtbot.waitUntil(written, timeout=3000)
    assert tab.problem_edit.toPlainText() == "Pasien menunggu lama "  # as typed, not reset
    assert tab.problem_edit.hasFocus()
