"""The station started from the facilitator's app: that window is hidden and locked, refuses to
quit, and comes back when the facilitator closes the station with the PIN; the station takes
the keyboard back when it loses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from labinovasi.ui.facilitator.main_window import MainWindow

ENTER = Qt.Key.Key_Return


def start_station(qtbot, main: MainWindow, pin: str = "9753"):
    station = main.open_station()
    qtbot.addWidget(station)
    qtbot.keyClicks(station.setup_page.pin_input, pin)
    qtbot.keyClicks(station.setup_page.again_input, pin)
    qtbot.keyClick(station.setup_page.again_input, ENTER)
    return station


def test_facilitator_window_hidden_locked_and_unquittable_while_station_runs(qtbot, service):
    service.add_opd("Dinas Kesehatan", "DINKES")
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.show()
    station = start_station(qtbot, main)
    assert not main.isVisible()
    assert not main.centralWidget().isEnabled() and not main.menuBar().isEnabled()
    assert not main.quit_action.isEnabled() and not main.station_action.isEnabled()
    # Ctrl+Q's action and the window manager's close both end in closeEvent: refused.
    assert not main.close()
    assert station.isVisible() and main.station_running()
    assert station.unlock("9753")
    assert main.isVisible() and main.centralWidget().isEnabled()
    assert main.quit_action.isEnabled()
    assert main.close()


def test_station_takes_the_keyboard_back(qtbot, service):
    service.add_opd("Dinas Kesehatan", "DINKES")
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    station = start_station(qtbot, main)
    station.keep_focus = True  # what full-screen sets (offscreen tests run windowed)
    station.activateWindow()
    qtbot.waitUntil(station.isActiveWindow)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()  # what Alt+Tab does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is station, timeout=3000)
    station.unlock("9753")
