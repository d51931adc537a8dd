"""What the participants' and the juror's stations share: a full-screen kiosk window on one
open workshop, its facilitator PIN (set first when none was given, asked to leave), its page
stack with the busy banner above and a footer below, Escape and the window's close going
through the PIN, the keyboard taken back when lost, and the style scaled to the screen."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLayout, QStackedWidget, QVBoxLayout, QWidget

from labinovasi.services.station_lock import PinGuard
from labinovasi.ui.station import kiosk
from labinovasi.ui.station import style as station_style
from labinovasi.ui.station.station_pin import PinPage, PinSetupPage
from labinovasi.ui.widgets.busy_banner import BusyBanner

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

REFRESH_MS = 5000  # other stations and the facilitator write to the same file
TICK_MS = 1000


class KioskWindow(QWidget):
    """A station window. Subclasses build their pages, then call `finish(pages)`; they
    provide `show_home()` (after the PIN is set), `request_exit()` (the PIN prompt),
    `refresh()`, `retranslate_ui()` and `style_sheet(scale)`, and may extend `tick()`,
    `before_close()` and `rescaled()`."""

    closed = Signal()  # the facilitator closed the station with the PIN

    def __init__(
        self,
        service: WorkshopService,
        pin_hash: str | None,
        clock: Callable[[], float] = time.monotonic,
        fullscreen: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("stationWindow")  # the station's style sheet applies to both
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.service = service
        self.clock = clock
        self._scale = 0.0
        self._shut = False
        self._unlocked = False
        self.workshop_title = service.workshop().title
        self.guard = PinGuard(pin_hash, clock=clock) if pin_hash else None
        self.setup_page = PinSetupPage()
        self.pin_page = PinPage(self.guard)
        self.stack = QStackedWidget(objectName="stationStack")
        self.footer = QLabel(objectName="stationFooter")
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        # The window's size follows the screen, never the content: the style scales instead.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        # On top, where people look: a save waiting for another program's lock says so.
        self.busy_banner = BusyBanner(objectName="stationBusyBanner")
        layout.addWidget(self.busy_banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        self.setup_page.pin_set.connect(self.set_pin_hash)
        self.setup_page.cancelled.connect(self.close)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self._escape)
        self.tick_timer = QTimer(self, interval=TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.keep_focus = fullscreen

    def finish(self, pages: Sequence[QWidget]) -> None:
        """The pages in the stack, full screen, scaled and worded; the PIN set-up first when
        no PIN was given, else the home page."""
        for page in pages:
            self.stack.addWidget(page)
        if self.keep_focus:
            kiosk.go_fullscreen(self)
        self._apply_scale(force=True)
        self.retranslate_ui()
        if self.guard is None:
            self.stack.setCurrentWidget(self.setup_page)
            self.setup_page.open()
        else:
            self.show_home()

    # -- what each station provides --------------------------------------------------------

    def show_home(self) -> None:
        raise NotImplementedError

    def request_exit(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def style_sheet(self, scale: float) -> str:
        raise NotImplementedError

    def before_close(self) -> None:
        """Write what is typed and not yet written; the window closes next."""

    def rescaled(self) -> None:
        """The style changed size (word-wrapped lists measure their rows again)."""

    # -- shared behaviour ------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def set_pin_hash(self, pin_hash: str) -> None:
        self.guard = PinGuard(pin_hash, clock=self.clock)
        self.pin_page.guard = self.guard
        self.show_home()

    def reclaim_focus(self) -> None:
        kiosk.reclaim_focus(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_scale(force=True)  # the style's sizes follow the system's font
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            # Alt+Tab or a click elsewhere: take the keyboard back at once, so nothing typed
            # here reaches another window (the facilitator's, behind this one).
            QTimer.singleShot(0, self.reclaim_focus)
        elif (
            event.type() == QEvent.Type.WindowStateChange and self.keep_focus and self.isMinimized()
        ):
            QTimer.singleShot(0, self.reclaim_focus)
        super().changeEvent(event)

    def _escape(self) -> None:
        page = self.current_page()
        if page is self.pin_page:
            self.pin_page.cancel()
        elif page is not self.setup_page:
            self.request_exit()

    def tick(self) -> None:
        if self.keep_focus:
            kiosk.keep_armed(self)  # Windows may drop the keyboard hook without a word
        if self.current_page() is self.pin_page:
            self.pin_page.tick()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked or self.guard is None:
            self.before_close()
            self.shut_down()
            event.accept()
            self.closed.emit()
            return
        event.ignore()  # Alt+F4, the close button, the OS: all go through the PIN
        self.request_exit()

    def shut_down(self) -> None:
        if self._shut:
            return
        self._shut = True
        kiosk.release(self)
        self.tick_timer.stop()
        self.refresh_timer.stop()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self, force: bool = False) -> None:
        scale = station_style.scale_for(self.height())
        if force or scale != self._scale:
            self._scale = scale
            margin_x, margin_y = round(40 * scale), round(20 * scale)
            self.layout().setContentsMargins(margin_x, margin_y, margin_x, round(10 * scale))
            self.setStyleSheet(self.style_sheet(scale))
            self.rescaled()
