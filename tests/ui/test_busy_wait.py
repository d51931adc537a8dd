"""A write that waits for another program's lock on the file says so in the window (station and
facilitator), keeps repainting, writes once the lock is free, and when the wait is given up
shows the busy message (not "cannot open"), writes nothing and leaves the app usable."""

from __future__ import annotations

import sqlite3

import pytest

from PySide6.QtCore import Qt, QTimer

from labinovasi.services.station_lock import hash_pin
from labinovasi.storage import busy
from labinovasi.ui.station.station_window import StationWindow

PIN = "2468"
ENTER = Qt.Key.Key_Return


@pytest.fixture
def station(qtbot, service):
    service.add_opd("Dinas Kesehatan", "DINKES")
    window = StationWindow(service, hash_pin(PIN), fullscreen=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.pick_page.search, "kesehatan")
    qtbot.keyClick(window.pick_page.search, ENTER)
    assert window.current_page() is window.ideas_page
    yield window
    if window.isVisible():
        window.unlock(PIN)


@pytest.fixture
def lock_holder(service):
    """Another program (a plain sqlite3 connection) holding the file's write lock."""
    other = sqlite3.connect(service.target, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def release_when_shown(banner, other, seen: list, paints: list) -> QTimer:
    """While the write waits (the test's keyClick is still inside it), look at the banner like
    a person would; once it shows the message, note what the window painted, then let go."""
    timer = QTimer(interval=50)

    def look() -> None:
        if not (banner.isVisible() and banner.text()):
            return
        seen.append(banner.text())
        # Drawn while the write waits: the banner is really painted, not only flagged visible.
        paints.append(banner.grab().toImage().pixelColor(2, banner.height() // 2).name())
        timer.stop()
        other.execute("ROLLBACK")

    timer.timeout.connect(look)
    timer.start()
    return timer


def texts(service, abbreviation="DINKES") -> list[str]:
    opd = service.find_opd(abbreviation)
    return [view.idea.text for view in service.list_ideas(opd.id)]


def test_station_shows_the_wait_then_stores_the_idea(
    qtbot, station, service, lock_holder, monkeypatch
):
    monkeypatch.setattr(busy, "TIMEOUT_MS", 20_000)  # never the test's bottleneck
    seen, paints = [], []
    timer = release_when_shown(station.busy_banner, lock_holder, seen, paints)
    page = station.ideas_page
    qtbot.keyClicks(page.idea_input, "Antrean puskesmas daring")
    qtbot.keyClick(page.idea_input, ENTER)
    timer.stop()
    assert seen and "sedang dipakai program lain" in seen[0]
    assert "menunggu" in seen[0] and "20 detik" in seen[0]
    assert paints[0] != "#000000"  # the amber background, painted during the wait
    assert texts(service) == ["Antrean puskesmas daring"]
    assert not station.busy_banner.isVisible()
    assert page.idea_input.toPlainText() == ""  # stored, so the input is ready again


def test_station_gives_up_with_the_busy_message_and_stays_usable(
    qtbot, station, service, lock_holder, monkeypatch
):
    monkeypatch.setattr(busy, "TIMEOUT_MS", 600)
    page = station.ideas_page
    qtbot.keyClicks(page.idea_input, "Antrean puskesmas daring")
    qtbot.keyClick(page.idea_input, ENTER)
    # Given up: the busy text (not "cannot open" nor SQLite's words) in the banner and where
    # the participant looks, the idea still in the box, nothing written.
    banner = station.busy_banner.text()
    assert station.busy_banner.isVisible()
    assert "sedang dipakai program lain lebih dari 1 detik" in banner
    assert "tidak ada yang ditulis" in banner
    assert "sedang dipakai program lain" in page.message.text()
    for shown in (banner, page.message.text()):
        assert "database is locked" not in shown and "tidak dapat dibaca" not in shown
    assert page.idea_input.toPlainText() == "Antrean puskesmas daring"
    lock_holder.execute("ROLLBACK")
    assert texts(service) == []
    # The other program let go: the same Enter now stores it, and the banner goes.
    qtbot.keyClick(page.idea_input, ENTER)
    assert texts(service) == ["Antrean puskesmas daring"]
    assert not station.busy_banner.isVisible()


def test_facilitator_shows_the_wait_in_the_status_bar_then_writes(
    qtbot, window, lock_holder, monkeypatch
):
    monkeypatch.setattr(busy, "TIMEOUT_MS", 20_000)
    service = window.service
    window.show_opd(service.find_opd("DINSOS").id)
    tab = window.workspace.drumup
    before = texts(service, "DINSOS")
    seen, paints = [], []
    timer = release_when_shown(window.busy_banner, lock_holder, seen, paints)
    qtbot.keyClicks(tab.idea_input, "Layanan pengaduan sosial lewat SMS")
    qtbot.keyClick(tab.idea_input, ENTER)
    timer.stop()
    assert seen and "sedang dipakai program lain" in seen[0]
    assert window.statusBar().isAncestorOf(window.busy_banner)
    assert texts(service, "DINSOS") == [*before, "Layanan pengaduan sosial lewat SMS"]
    assert not window.busy_banner.isVisible()
    assert window.key_hint.isVisible()  # its room given back


def test_facilitator_gives_up_with_the_busy_message(qtbot, window, lock_holder, monkeypatch):
    monkeypatch.setattr(busy, "TIMEOUT_MS", 500)
    service = window.service
    window.show_opd(service.find_opd("DINSOS").id)
    tab = window.workspace.drumup
    before = texts(service, "DINSOS")
    qtbot.keyClicks(tab.idea_input, "Layanan pengaduan sosial lewat SMS")
    qtbot.keyClick(tab.idea_input, ENTER)
    assert "sedang dipakai program lain lebih dari" in tab.message.text()
    assert window.busy_banner.isVisible() and not window.key_hint.isVisible()
    assert "tidak ada yang ditulis" in window.busy_banner.text()
    lock_holder.execute("ROLLBACK")
    assert texts(service, "DINSOS") == before
    qtbot.keyClick(tab.idea_input, ENTER)  # the text stayed; the file is free now
    assert texts(service, "DINSOS") == [*before, "Layanan pengaduan sosial lewat SMS"]
