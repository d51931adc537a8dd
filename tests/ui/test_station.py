"""Participant station: pick an OPD by typing, add ideas with Enter to the minimum, blank and
duplicate handling, PIN-guarded exit with rate limiting, idle return with drafts, correcting
one's own last idea, refresh from other writers, and an idea surviving kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMenuBar, QToolButton

from labinovasi.services import WorkshopService
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.station.station_ideas import CORRECTION_SECONDS
from labinovasi.ui.station.station_pick import STATUS_ROLE, fold, matches, opd_search_text
from labinovasi.ui.station.station_window import StationWindow, run_station

PIN = "2468"
ENTER = Qt.Key.Key_Return
LEFT = Qt.MouseButton.LeftButton


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN)


@pytest.fixture
def opds(service):
    return {
        "DINKES": service.add_opd("Dinas Kesehatan", "DINKES"),
        "DISDIK": service.add_opd("Dinas Pendidikan", "DISDIK"),
        "DISPAR": service.add_opd("Dinas Pariwisata dan Budaya Dayak Kenyah", "DISPAR"),
        "KEC-TJS": service.add_opd("Kecamatan Tanjung Selor", "KEC-TJS"),
        "RSUD": service.add_opd("Rumah Sakit Umum Daerah dr. Soemarno", "RSUD"),
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(qtbot, service, opds, pin_hash, clock):
    window = StationWindow(service, pin_hash, idle_seconds=180, clock=clock, fullscreen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.isVisible():
        window.unlock(PIN)


def pick(qtbot, station, query: str = "kesehatan") -> None:
    qtbot.keyClicks(station.pick_page.search, query)
    qtbot.keyClick(station.pick_page.search, ENTER)
    assert station.current_page() is station.ideas_page


def type_idea(qtbot, station, text: str) -> None:
    page = station.ideas_page
    qtbot.keyClicks(page.idea_input, text)
    qtbot.keyClick(page.idea_input, ENTER)


# -- picking an OPD ----------------------------------------------------------------------------


def test_pick_opd_by_typing_kesehatan_then_enter(qtbot, station, opds):
    assert station.objectName() == "stationWindow"
    assert station.current_page() is station.pick_page
    assert station.focusWidget() is station.pick_page.search
    qtbot.keyClicks(station.pick_page.search, "kesehatan")
    assert station.pick_page.visible_opd_ids() == [opds["DINKES"].id]
    qtbot.keyClick(station.pick_page.search, ENTER)
    assert station.current_page() is station.ideas_page
    assert station.ideas_page.opd_title.text() == "DINKES"
    assert station.ideas_page.opd_name.text() == "Dinas Kesehatan"
    assert station.ideas_page.progress_label.text() == "0 dari 5 gagasan"
    assert station.focusWidget() is station.ideas_page.idea_input


def test_search_by_singkatan_case_and_accents(qtbot, station, opds):
    page = station.pick_page
    for query, expected in [
        ("dinkes", ["DINKES"]),
        ("DINKES", ["DINKES"]),
        ("kecamatan", ["KEC-TJS"]),
        ("kec tjs", ["KEC-TJS"]),
        ("kectjs", ["KEC-TJS"]),
        ("dinas kes", ["DINKES"]),
        ("pariwísata", ["DISPAR"]),
        ("sóemarno", ["RSUD"]),
        ("dinas", ["DINKES", "DISDIK", "DISPAR"]),
    ]:
        page.search.setText(query)
        assert page.visible_opd_ids() == [opds[a].id for a in expected], query
    page.search.setText("xyz")
    assert page.visible_opd_ids() == []
    assert page.no_match.isVisible() and "xyz" in page.no_match.text()
    qtbot.keyClick(page.search, ENTER)  # nothing to pick: stays
    assert station.current_page() is page
    # Accented names are found by plain typing too.
    assert matches("kebudayaan", opd_search_text("DISBUD", "Dinas Kébudayaan"))
    assert fold("Ñusa-Tenggara  ") == "nusa tenggara"


def test_each_opd_shows_n_dari_5(station, service, opds):
    service.add_idea(opds["DISDIK"].id, "Rapor digital")
    station.refresh()
    statuses = [
        station.pick_page.list.item(r).data(STATUS_ROLE)
        for r in range(station.pick_page.list.count())
    ]
    shown = {s.opd.abbreviation: s.progress for s in statuses}
    assert shown["DISDIK"] == "1 dari 5"
    assert shown["DINKES"] == "0 dari 5"


def test_typing_in_the_list_goes_to_the_search(qtbot, station, opds):
    page = station.pick_page
    page.list.setFocus()
    qtbot.keyClicks(page.list, "rsud")
    assert page.search.text() == "rsud"
    assert page.visible_opd_ids() == [opds["RSUD"].id]


def test_arrows_and_click_pick(qtbot, station, opds):
    page = station.pick_page
    qtbot.keyClicks(page.search, "dinas")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.search, ENTER)
    assert station.ideas_page.opd_id == opds["DISDIK"].id
    qtbot.mouseClick(station.ideas_page.change_button, LEFT)
    assert station.current_page() is page and page.search.text() == ""
    item = page.list.item(3)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), LEFT, pos=rect.center())
    assert station.ideas_page.opd_id == opds["KEC-TJS"].id


# -- typing ideas ------------------------------------------------------------------------------


def test_enter_adds_ideas_until_the_minimum_is_celebrated(qtbot, station, service, opds):
    pick(qtbot, station)
    page = station.ideas_page
    qtbot.keyClicks(page.author_input, "Sri Wahyuni")
    qtbot.mouseClick(page.same_author, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    ideas = [
        "Layanan antar obat untuk lansia",
        "Posyandu digital",
        "Antrean puskesmas daring",
        "Kader gizi desa terpencil",
        "Telekonsultasi bidan desa",
    ]
    for number, text in enumerate(ideas, start=1):
        assert not page.celebration.isVisible()
        type_idea(qtbot, station, text)
        assert page.idea_input.toPlainText() == ""
        assert station.focusWidget() is page.idea_input
        assert page.message.text() == f"✓ Tersimpan sebagai gagasan no. {number}. Terima kasih!"
        assert page.progress_label.text() == f"{number} dari 5 gagasan"
        assert page.author_input.text() == "Sri Wahyuni"  # kept: "sama pengusul" is ticked
    assert page.progress_label.text() == "5 dari 5 gagasan"
    assert page.celebration.isVisible()
    assert page.celebration.text() == "★  Minimal 5 gagasan tercapai!  ★"
    qtbot.waitUntil(
        lambda: page.progress_bar.value() == page.progress_bar.maximum() == 5, timeout=3000
    )  # the bar grows in a short animation
    stored = service.list_ideas(opds["DINKES"].id)
    assert [v.idea.text for v in stored] == ideas
    assert {v.idea.author for v in stored} == {"Sri Wahyuni"}
    # The list shows them newest first, as plain text.
    assert page.idea_list.item(0).text().startswith("5. Telekonsultasi bidan desa")
    # A sixth idea does not celebrate again.
    page.celebration.hide()
    type_idea(qtbot, station, "Ambulans desa")
    assert page.progress_label.text() == "6 dari 5 gagasan"
    assert not page.celebration.isVisible()


def test_the_minimum_banner_does_not_move_the_input(qtbot, station, opds):
    pick(qtbot, station)
    page = station.ideas_page
    qtbot.waitExposed(station)
    where = page.idea_input.mapTo(station, page.idea_input.rect().topLeft())
    for text in ("Posyandu digital", "Antrean daring", "Kader gizi", "Telekonsultasi", "Ambulans"):
        type_idea(qtbot, station, text)
    assert page.celebration.isVisible()
    qtbot.wait(50)  # let the layout settle
    now = page.idea_input.mapTo(station, page.idea_input.rect().topLeft())
    # The banner's own height is reserved; "✓" and "★" glyphs may add a pixel to a text line.
    assert now.x() == where.x() and abs(now.y() - where.y()) <= 3
    assert page.celebration.height() > 30


def test_blank_idea_is_refused_gently_and_nothing_written(qtbot, station, service, opds):
    pick(qtbot, station)
    page = station.ideas_page
    type_idea(qtbot, station, "   ")
    assert page.message.isVisible()
    assert page.message.text() == (
        "Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter."
    )
    assert service.list_ideas() == []
    qtbot.mouseClick(page.save_button, LEFT)
    assert service.list_ideas() == []
    assert page.progress_label.text() == "0 dari 5 gagasan"


def test_duplicate_is_saved_and_marked(qtbot, station, service, opds):
    pick(qtbot, station)
    page = station.ideas_page
    type_idea(qtbot, station, "Posyandu digital")
    type_idea(qtbot, station, "posyandu   DIGITAL!")
    assert "sudah ada, tidak dihitung" in page.message.text()
    assert "no. 2" in page.message.text() and "no. 1" in page.message.text()
    assert len(service.list_ideas(opds["DINKES"].id)) == 2
    assert page.progress_label.text() == "1 dari 5 gagasan"
    assert page.idea_list.item(0).text() == (
        "2. posyandu   DIGITAL!\n    sudah ada, tidak dihitung (sama dengan no. 1)"
    )
    assert page.idea_list.item(1).text() == "1. Posyandu digital"


def test_participant_text_is_shown_as_plain_text(qtbot, station, service, opds):
    pick(qtbot, station)
    type_idea(qtbot, station, "<b>tebal</b> & <i>miring</i>")
    assert station.ideas_page.idea_list.item(0).text() == "1. <b>tebal</b> & <i>miring</i>"
    assert service.list_ideas()[0].idea.text == "<b>tebal</b> & <i>miring</i>"


def test_pasted_lines_become_one_idea(qtbot, station, service, opds):
    pick(qtbot, station)
    page = station.ideas_page
    page.idea_input.setFocus()
    from PySide6.QtCore import QMimeData

    data = QMimeData()
    data.setText("Kartu\nsehat\r\n digital")
    page.idea_input.insertFromMimeData(data)
    assert page.idea_input.toPlainText() == "Kartu sehat digital"
    qtbot.keyClick(page.idea_input, ENTER)
    assert service.list_ideas()[0].idea.text == "Kartu sehat digital"


def test_refresh_shows_ideas_from_other_writers(qtbot, station, workshop_path, opds):
    pick(qtbot, station)
    with WorkshopService.open(workshop_path) as other:
        other.add_idea(opds["DINKES"].id, "Dari stasiun lain")
    station.refresh_timer.timeout.emit()
    assert station.ideas_page.progress_label.text() == "1 dari 5 gagasan"
    assert station.ideas_page.idea_list.item(0).text() == "1. Dari stasiun lain"


# -- correcting one's own last idea ------------------------------------------------------------


def test_correct_own_last_idea_within_the_window_only(qtbot, station, service, clock, opds):
    pick(qtbot, station)
    page = station.ideas_page
    assert not page.correct_button.isVisible()
    type_idea(qtbot, station, "Antar obat lansia")
    own_id = page.last_saved_id
    # Another station's idea arrives; only this station's own idea may be corrected.
    service.add_idea(opds["DINKES"].id, "Idea orang lain")
    station.refresh()
    assert page.correct_button.isVisible()
    assert "no. 1" in page.correct_button.text()
    clock.now += 60
    station.tick()
    qtbot.mouseClick(page.correct_button, LEFT)
    assert page.correcting and page.idea_input.toPlainText() == "Antar obat lansia"
    page.idea_input.clear()
    type_idea(qtbot, station, "Antar obat untuk lansia di desa")
    assert not page.correcting
    assert page.message.text() == "✓ Perbaikan gagasan no. 1 tersimpan."
    assert service.get_idea(own_id).text == "Antar obat untuk lansia di desa"
    assert service.idea_history(own_id) == ["Antar obat lansia"]
    assert [v.idea.text for v in service.list_ideas()] == [
        "Antar obat untuk lansia di desa",
        "Idea orang lain",
    ]
    # After the window the button is gone and a correction is refused.
    clock.now += CORRECTION_SECONDS - 60 + 1
    station.tick()
    assert not page.correct_button.isVisible()
    assert not page.start_correction()
    assert "baru saja Anda simpan" in page.message.text()
    assert service.get_idea(own_id).text == "Antar obat untuk lansia di desa"


def test_correction_cannot_blank_the_idea_and_time_out_keeps_text(
    qtbot, station, service, clock, opds
):
    pick(qtbot, station)
    page = station.ideas_page
    type_idea(qtbot, station, "Sehat bersama")
    qtbot.keyClicks(page.idea_input, "setengah diketik")
    assert page.start_correction()
    page.idea_input.clear()
    qtbot.keyClick(page.idea_input, ENTER)  # blank: refused, no delete at all
    assert service.get_idea(page.last_saved_id).text == "Sehat bersama"
    qtbot.keyClicks(page.idea_input, "Sehat bersama warga")
    clock.now += CORRECTION_SECONDS + 1
    station.tick()  # time ran out while correcting
    assert not page.correcting
    assert page.idea_input.toPlainText() == "Sehat bersama warga"  # not thrown away
    assert "sudah habis" in page.message.text()
    assert service.get_idea(page.last_saved_id).text == "Sehat bersama"
    assert not page.cancel_correction_button.isVisible()
    qtbot.keyClick(page.idea_input, ENTER)  # now a new idea
    assert [v.idea.text for v in service.list_ideas()] == ["Sehat bersama", "Sehat bersama warga"]


def test_cancel_correction_restores_what_was_typed(qtbot, station, service, opds):
    pick(qtbot, station)
    page = station.ideas_page
    type_idea(qtbot, station, "Sehat bersama")
    qtbot.keyClicks(page.idea_input, "berikutnya")
    page.start_correction()
    assert page.cancel_correction_button.isVisible()
    qtbot.mouseClick(page.cancel_correction_button, LEFT)
    assert page.idea_input.toPlainText() == "berikutnya"
    assert service.get_idea(page.last_saved_id).text == "Sehat bersama"


def test_no_editing_or_deleting_other_ideas(qtbot, station, service, opds):
    service.add_idea(opds["DINKES"].id, "Gagasan orang lain")
    pick(qtbot, station)
    page = station.ideas_page
    assert page.idea_list.selectionMode() == page.idea_list.SelectionMode.NoSelection
    # Reached by Tab so a screen reader can read it, never by a tap (Enter stays in the field).
    assert page.idea_list.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert not page.correct_button.isVisible()
    assert not page.start_correction()
    names = {b.objectName() for b in station.findChildren(type(page.save_button))}
    assert not any("delete" in n.lower() or "hapus" in n.lower() for n in names)


# -- leaving needs the PIN ---------------------------------------------------------------------


def test_close_refused_without_pin_and_allowed_with_it(qtbot, station):
    event = QCloseEvent()
    station.closeEvent(event)
    assert not event.isAccepted()
    assert not station.close()
    assert station.isVisible()
    assert station.current_page() is station.pin_page
    qtbot.keyClicks(station.pin_page.pin_input, "0000")
    qtbot.keyClick(station.pin_page.pin_input, ENTER)
    assert station.isVisible()
    assert station.pin_page.message.text() == "PIN salah."
    assert "belum disimpan" not in station.pin_page.hint.text()
    qtbot.mouseClick(station.pin_page.back_button, LEFT)
    assert station.current_page() is station.pick_page
    qtbot.keyClick(station.pick_page.search, Qt.Key.Key_Escape)
    assert station.current_page() is station.pin_page
    qtbot.keyClicks(station.pin_page.pin_input, PIN)
    qtbot.keyClick(station.pin_page.pin_input, ENTER)
    assert not station.isVisible()
    # Shown again (the facilitator's menu reuses windows): guarded again, idle watch running.
    station.show()
    assert station.current_page() is station.pick_page
    assert station.tick_timer.isActive()
    assert not station.close() and station.isVisible()


def test_escape_from_ideas_returns_there_after_back(qtbot, station):
    pick(qtbot, station)
    qtbot.keyClicks(station.ideas_page.idea_input, "belum selesai")
    qtbot.keyClick(station.ideas_page.idea_input, Qt.Key.Key_Escape)
    assert station.current_page() is station.pin_page
    assert "1 gagasan yang sudah diketik belum disimpan" in station.pin_page.hint.text()
    qtbot.keyClick(station.pin_page.pin_input, Qt.Key.Key_Escape)  # Esc again: back
    assert station.current_page() is station.ideas_page
    assert station.ideas_page.idea_input.toPlainText() == "belum selesai"


def test_wrong_pins_are_rate_limited(qtbot, station, clock):
    station.request_exit()
    pin_page = station.pin_page
    for _ in range(3):
        qtbot.keyClicks(pin_page.pin_input, "1111")
        qtbot.keyClick(pin_page.pin_input, ENTER)
    assert pin_page.message.text() == "PIN salah. Tunggu 30 detik sebelum mencoba lagi."
    assert not pin_page.ok_button.isEnabled()
    assert not station.unlock(PIN)  # even the right PIN waits
    assert station.isVisible()
    clock.now += 12
    station.tick()
    assert "Tunggu 18 detik" in pin_page.message.text()
    clock.now += 18
    station.tick()
    assert pin_page.ok_button.isEnabled()
    assert pin_page.message.text() == "Silakan coba lagi."
    qtbot.keyClicks(pin_page.pin_input, "2222")
    qtbot.keyClick(pin_page.pin_input, ENTER)
    assert pin_page.message.text() == "PIN salah. Tunggu 1 menit sebelum mencoba lagi."
    clock.now += 60
    station.tick()
    qtbot.keyClicks(pin_page.pin_input, PIN)
    qtbot.keyClick(pin_page.pin_input, ENTER)
    assert not station.isVisible()


def test_pin_is_set_twice_when_none_was_given(qtbot, service, opds):
    window = StationWindow(service, None, fullscreen=False)
    qtbot.addWidget(window)
    window.show()
    setup = window.setup_page
    assert window.current_page() is setup
    qtbot.keyClicks(setup.pin_input, "1357")
    qtbot.keyClick(setup.pin_input, ENTER)
    qtbot.keyClicks(setup.again_input, "1358")
    qtbot.keyClick(setup.again_input, ENTER)
    assert setup.message.text() == "Kedua PIN tidak sama. Ketik lagi."
    qtbot.keyClicks(setup.pin_input, "12")
    qtbot.keyClicks(setup.again_input, "12")
    qtbot.mouseClick(setup.ok_button, LEFT)
    assert "minimal 4" in setup.message.text()
    assert window.current_page() is setup
    qtbot.keyClicks(setup.pin_input, "1357")
    qtbot.keyClicks(setup.again_input, "1357")
    qtbot.keyClick(setup.again_input, ENTER)
    assert window.current_page() is window.pick_page
    assert "1357" not in window.guard.pin_hash
    assert not window.close()
    assert window.unlock("1357")
    assert not window.isVisible()


def test_kiosk_has_no_menus_or_file_dialogs_and_escapes_the_desktop(qtbot, service, pin_hash):
    window = StationWindow(service, pin_hash)  # full screen, as `labinovasi station` opens it
    qtbot.addWidget(window)
    # The only menus: the month menus inside the design step's calendar pickers.
    menus = [m for m in window.findChildren(QMenu) if not isinstance(m.parent(), QToolButton)]
    assert not window.findChildren(QMenuBar) and not menus
    assert not window.findChildren(QFileDialog)
    assert window.contextMenuPolicy() != Qt.ContextMenuPolicy.ActionsContextMenu
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    window.unlock(PIN)


# -- idle --------------------------------------------------------------------------------------


def test_idle_returns_to_pick_keeping_a_half_typed_idea_as_draft(
    qtbot, station, service, clock, opds
):
    pick(qtbot, station)
    page = station.ideas_page
    type_idea(qtbot, station, "Sudah tersimpan")
    qtbot.keyClicks(page.author_input, "Budi")
    qtbot.keyClicks(page.idea_input, "setengah jadi")
    assert station.last_input == clock.now  # typing counts as activity
    clock.now += 179
    station.tick()
    assert station.current_page() is page
    clock.now += 2
    station.tick()
    assert station.current_page() is station.pick_page
    assert station.pick_page.search.text() == ""
    assert [v.idea.text for v in service.list_ideas()] == ["Sudah tersimpan"]  # nothing lost
    # The next person sees no trace of the draft until the OPD is picked again.
    assert page.idea_input.toPlainText() == ""
    pick(qtbot, station)
    assert page.idea_input.toPlainText() == "setengah jadi"
    assert page.author_input.text() == "Budi"
    assert "belum disimpan dikembalikan" in page.message.text()
    assert not page.correct_button.isVisible()  # the earlier person's idea is theirs


def test_activity_postpones_idle(qtbot, station, clock):
    pick(qtbot, station)
    clock.now += 170
    qtbot.keyClicks(station.ideas_page.idea_input, "a")
    clock.now += 170
    assert not station.check_idle()
    assert station.current_page() is station.ideas_page


def test_idle_closes_the_pin_prompt(qtbot, station, clock):
    pick(qtbot, station)
    station.request_exit()
    clock.now += 200
    station.tick()
    assert station.current_page() is station.pick_page


# -- process level -----------------------------------------------------------------------------


def test_run_station_opens_full_screen_and_closes_with_the_pin(qtbot, service, opds):
    path = str(service.target)
    found, refused = [], []

    def close_with_pin() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "stationWindow" and w.isVisible()
        ]
        if not windows:
            return  # not on screen yet (a loaded machine): looked for again on the next tick
        closer.stop()
        found.extend(windows)
        for window in windows:
            refused.append(not window.close())
            window.unlock(PIN)

    closer = QTimer(interval=50)
    closer.timeout.connect(close_with_pin)
    closer.start()
    # Only against a hang, and stopped with the station: fired later (outside exec()), exit()
    # would end every event loop of the tests after this one at once.
    watchdog = QTimer(singleShot=True, interval=120_000)
    watchdog.timeout.connect(lambda: QApplication.instance().exit(9))
    watchdog.start()
    try:
        assert run_station(path, PIN, None) == 0
    finally:
        closer.stop()
        watchdog.stop()
    assert refused == [True]  # closing without the PIN is refused
    assert len(found) == 1
    assert found[0].windowState() & Qt.WindowState.WindowFullScreen


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_station_idea_survives_kill_9(workshop_path):
    with WorkshopService.create(workshop_path, "Lab kill") as service:
        service.add_opd("Dinas Kesehatan", "DINKES")
    child = Path(__file__).with_name("station_crash_child.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, str(child), str(workshop_path), "Gagasan sebelum listrik padam"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("SAVED "), line
        idea_id = line.split()[1]
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        watchdog.cancel()
        process.kill()
        process.stdout.close()
    with WorkshopService.open(workshop_path) as reopened:
        idea = reopened.get_idea(idea_id)
        assert idea.text == "Gagasan sebelum listrik padam"
        assert reopened.opd_status(idea.opd_id).progress == "1 dari 5"


def test_station_opens_from_the_facilitator_window(qtbot, service, opds):
    from labinovasi.ui.facilitator.main_window import MainWindow

    main = MainWindow(service=service)
    qtbot.addWidget(main)
    station = main.open_station()
    assert isinstance(station, StationWindow)
    qtbot.addWidget(station)
    # Started from the app, the facilitator sets the PIN first; then leaving needs it.
    assert station.current_page() is station.setup_page
    qtbot.keyClicks(station.setup_page.pin_input, "9753")
    qtbot.keyClicks(station.setup_page.again_input, "9753")
    qtbot.keyClick(station.setup_page.again_input, ENTER)
    assert station.current_page() is station.pick_page
    assert not station.close()
    assert station.unlock("9753")


def test_station_command_refuses_a_short_pin_and_a_missing_file(service, tmp_path, capsys):
    from labinovasi.cli import main

    assert main(["station", str(service.target), "--pin", "12"]) == 4
    assert "PIN minimal 4 karakter." in capsys.readouterr().err
    assert main(["station", str(tmp_path / "tidak-ada.labinovasi"), "--pin", PIN]) == 5
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "stationWindow" and w.isVisible()
    ]


def test_station_marks_an_idea_the_facilitator_withdrew(qtbot, tmp_path):
    """Issue 14 #3: the station shows a withdrawn idea as not counted; it has no way to
    withdraw or delete one itself."""
    from labinovasi.services import WorkshopService
    from labinovasi.services.idea_actions import withdraw_idea
    from labinovasi.ui.station.station_ideas import IdeasPage

    with WorkshopService.create(tmp_path / "lab.labinovasi", "Lab") as service:
        opd = service.add_opd("Dinas Sosial", "DINSOS")
        service.add_idea(opd.id, "Gagasan bercanda")
        view = withdraw_idea(service, service.list_ideas(opd.id)[0].idea.id, "bercanda")
        page = IdeasPage(service)
        qtbot.addWidget(page)
        assert "ditarik fasilitator, tidak dihitung" in page.idea_line(view)
        names = " ".join(
            w.objectName() for w in page.findChildren(object) if hasattr(w, "objectName")
        ).lower()
        assert "withdraw" not in names and "delete" not in names


def test_the_proposer_is_cleared_after_each_idea_unless_kept(qtbot, station, service, opds):
    pick(qtbot, station)
    page = station.ideas_page
    qtbot.keyClicks(page.author_input, "Sri Wahyuni")
    type_idea(qtbot, station, "Layanan antar obat untuk lansia")
    assert page.author_input.text() == ""  # the next idea is not hers by mistake
    qtbot.keyClicks(page.author_input, "Budi")
    qtbot.mouseClick(page.same_author, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    type_idea(qtbot, station, "Posyandu digital")
    type_idea(qtbot, station, "Ambulans desa")
    assert page.author_input.text() == "Budi"
    assert [v.idea.author for v in service.list_ideas()] == ["Sri Wahyuni", "Budi", "Budi"]
