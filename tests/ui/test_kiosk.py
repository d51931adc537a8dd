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
    focused = []
    QApplication.instance().focusWindowChanged.connect(focused.append)
    other.activateWindow()  # what Alt+Tab does
    # The other window did get the focus, and then the station took it back.
    qtbot.waitUntil(lambda: other.windowHandle() in focused, timeout=3000)
    qtbot.waitUntil(lambda: focused[-1] is station.windowHandle(), timeout=3000)
    assert QApplication.activeWindow() is station
    QApplication.instance().focusWindowChanged.disconnect(focused.append)
    station.unlock("9753")


def test_juror_station_from_the_menu_locks_the_facilitator_until_the_pin(qtbot, service):
    from labinovasi.services import jury
    from labinovasi.services.innovations import Innovations

    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    innovation = Innovations(service).add(opd.id, "SIAP ANTRE")
    jury.set_presentations(service, [innovation.id])
    jury.add_juror(service, "Dr. Sari")
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.show()
    assert main.juror_station_action in main.view_menu.actions()
    main.juror_station_action.trigger()
    station = main._station
    qtbot.addWidget(station)
    assert not main.isVisible() and not main.juror_station_action.isEnabled()
    for field in (station.setup_page.pin_input, station.setup_page.again_input):
        qtbot.keyClicks(field, "9753")
    qtbot.keyClick(station.setup_page.again_input, ENTER)
    qtbot.mouseClick(station.pick_page.start_button, Qt.MouseButton.LeftButton)
    assert station.current_page() is station.sheet_page
    assert not main.close() and station.isVisible()  # Ctrl+Q / the window manager: no
    station.activateWindow()
    qtbot.waitUntil(station.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or station, Qt.Key.Key_Escape)
    assert station.current_page() is station.pin_page
    qtbot.keyClicks(station.pin_page.pin_input, "9753")
    qtbot.keyClick(station.pin_page.pin_input, ENTER)
    qtbot.waitUntil(main.isVisible)
    assert not station.isVisible() and main.juror_station_action.isEnabled()


def _menus_alive(main: MainWindow) -> bool:
    """Every menu of the menu bar can be opened and the actions a workshop enables work."""
    return (
        main.menuBar().isEnabled()
        and main.centralWidget().isEnabled()
        and all(action.isEnabled() for action in main.menuBar().actions())  # the menus' titles
        and main.board_action.isEnabled()
        and main.projector_action.isEnabled()
        and main.print_summary_action.isEnabled()
        and main.station_action.isEnabled()
    )


def test_cancelling_the_station_pin_gives_the_facilitator_working_menus(qtbot, service):
    """Issue 25: Tampilan → Stasiun peserta, "Batal" on "Atur PIN fasilitator": the window came
    back with every menu greyed and the shortcuts dead."""
    service.add_opd("Dinas Kesehatan", "DINKES")
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.show()
    assert _menus_alive(main)
    main.station_action.trigger()
    station = main._station
    qtbot.addWidget(station)
    assert not main.isVisible()
    qtbot.mouseClick(station.setup_page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(main.isVisible)
    assert not station.isVisible()
    assert _menus_alive(main)
    # F8 (the projector) works again, from the keyboard.
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main.board.view, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: main._projector() is not None)
    main._projector().close()


def test_station_pin_opd_escape_pin_gives_the_facilitator_working_menus(qtbot, service):
    """PIN, an OPD, Escape and the PIN: the window came back with every menu greyed."""
    service.add_opd("Dinas Kesehatan", "DINKES")
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.show()
    main.station_action.trigger()
    station = main._station
    qtbot.addWidget(station)
    for field in (station.setup_page.pin_input, station.setup_page.again_input):
        qtbot.keyClicks(field, "9753")
    qtbot.keyClick(station.setup_page.again_input, ENTER)
    station.pick_page.picked.emit(service.list_opds()[0].id)  # the OPD's tile, tapped
    station.activateWindow()
    qtbot.waitUntil(station.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or station, Qt.Key.Key_Escape)
    assert station.current_page() is station.pin_page
    qtbot.keyClicks(station.pin_page.pin_input, "9753")
    qtbot.keyClick(station.pin_page.pin_input, ENTER)
    qtbot.waitUntil(main.isVisible)
    assert _menus_alive(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main.board.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert main.stack.currentWidget() is main.board


def test_juror_station_cancelled_gives_the_facilitator_working_menus(qtbot, service):
    service.add_opd("Dinas Kesehatan", "DINKES")
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.show()
    main.juror_station_action.trigger()
    station = main._station
    qtbot.addWidget(station)
    qtbot.mouseClick(station.setup_page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(main.isVisible)
    assert _menus_alive(main)


class _RefusedWindow:
    """A station window on screen that the window manager never gives the focus."""

    def __init__(self):
        self.calls: list[str] = []

    def isMinimized(self):
        return False

    def isActiveWindow(self):
        return False

    def hide(self):
        self.calls.append("hide")

    def setWindowState(self, _state):
        self.calls.append("state")

    def show(self):
        self.calls.append("show")

    def raise_(self):
        self.calls.append("raise")

    def activateWindow(self):
        self.calls.append("activate")


def test_a_window_refused_the_focus_is_mapped_again(monkeypatch):
    """Openbox may refuse activation requests after its own desktop switch however often they
    come (the X11 kiosk test met it): after STUCK_AFTER seconds on screen without the focus the
    watchdog maps the station again, which gets the focus; before that it only asks."""
    from labinovasi.ui.station import kiosk

    clock = [100.0]
    monkeypatch.setattr(kiosk.time, "monotonic", lambda: clock[0])
    window = _RefusedWindow()
    kiosk.bring_back(window, exposed=True)
    assert window.calls == ["raise", "activate"]
    clock[0] += kiosk.STUCK_AFTER / 2
    kiosk.bring_back(window, exposed=True)
    assert "hide" not in window.calls
    clock[0] += kiosk.STUCK_AFTER
    window.calls.clear()
    kiosk.bring_back(window, exposed=True)
    assert window.calls == ["hide", "state", "show", "raise", "activate"]
