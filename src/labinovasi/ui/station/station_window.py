"""The participant station: a full-screen kiosk where people pick their OPD and type ideas.

Screens (one QStackedWidget): set the facilitator's PIN (when none was given), "Pilih OPD
Anda", "Tulis gagasan", and the PIN prompt that guards leaving. No menus, no file dialogs, no
settings. Leaving (close button, Alt+F4, Esc) needs the PIN, held only as a salted hash.
After `idle_seconds` without input the station goes back to "Pilih OPD Anda"; anything typed
and not saved stays as that OPD's draft and is shown again when the OPD is picked next.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.signals import signals
from labinovasi.ui.station import kiosk
from labinovasi.ui.station import style as station_style
from labinovasi.ui.station.kiosk_window import KioskWindow
from labinovasi.ui.station.station_ideas import IdeasPage
from labinovasi.ui.station.station_pick import PickPage
from labinovasi.ui.station.station_team import DesignPage, DiagnosePage, page_for

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

DEFAULT_IDLE_SECONDS = 180

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod,
}


class StationWindow(KioskWindow):
    """The station on one open workshop. `pin_hash` None: the facilitator sets a PIN first.
    `clock` (seconds, monotonic) drives idle return, the correction window and PIN waits."""

    ideaSaved = Signal(str)  # idea id, once it is on disk and the screen confirmed it

    def __init__(
        self,
        service: WorkshopService,
        pin_hash: str | None = None,
        idle_seconds: int = DEFAULT_IDLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        fullscreen: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(service, pin_hash, clock, fullscreen, parent)
        self.idle_seconds = idle_seconds
        workshop = service.workshop()
        self.station_name = workshop.station_name
        self.pick_page = PickPage()
        self.ideas_page = IdeasPage(service, clock=clock, station_id=workshop.station_id)
        self.diagnose_page = DiagnosePage(service)
        self.design_page = DesignPage(service)
        # A station copy made for one OPD opens straight on it.
        self.home_opd_id = workshop.station_opd_id
        self._return_page: QWidget = self.pick_page

        self.pick_page.picked.connect(self.open_opd)
        self.ideas_page.change_opd_requested.connect(self.show_pick)
        self.diagnose_page.change_opd_requested.connect(self.show_pick)
        self.design_page.change_opd_requested.connect(self.show_pick)
        self.ideas_page.saved.connect(self.ideaSaved)
        self.pin_page.unlocked.connect(self._unlock_and_close)
        self.pin_page.cancelled.connect(self._back_from_pin)
        self.pick_page.set_workshop_title(self.workshop_title)
        self._start_watching()
        self.finish(
            (
                self.setup_page,
                self.pick_page,
                self.ideas_page,
                self.pin_page,
                self.diagnose_page,
                self.design_page,
            )
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Stasiun peserta — %1").replace("%1", self.workshop_title))
        footer = self.tr("Labinovasi · stasiun peserta · setiap gagasan langsung tersimpan")
        if self.station_name:
            footer = f"{self.station_name} · {footer}"
        self.footer.setText(footer)

    def style_sheet(self, scale: float) -> str:
        return station_style.station_qss(scale)

    def rescaled(self) -> None:
        # Word-wrapped rows keep the heights measured with the old font: measure again.
        for view in (self.pick_page.list, self.ideas_page.idea_list):
            QTimer.singleShot(0, view, view.doItemsLayout)

    def show_home(self) -> None:
        self.show_pick()

    # -- screens ---------------------------------------------------------------------------

    def show_pick(self) -> None:
        if self.current_page() is self.ideas_page:
            self.ideas_page.leave()
        elif self.current_page() is self.design_page:
            self.design_page.save(quiet=True)
        self.diagnose_page.flush(complete=True)
        if self.home_opd_id and self.guard is not None and self._home_exists():
            self.open_opd(self.home_opd_id)
            return
        self.refresh_pick()
        self.stack.setCurrentWidget(self.pick_page)
        self.pick_page.reset()

    def _home_exists(self) -> bool:
        try:
            self.service.get_opd(self.home_opd_id)
        except LabinovasiError:
            return False
        return True

    def team_pages(self) -> dict[str, QWidget]:
        return {
            "ideas": self.ideas_page,
            "diagnose": self.diagnose_page,
            "design": self.design_page,
        }

    def open_opd(self, opd_id: str) -> None:
        """The OPD's table at its stage: ideas in drum-up, then diagnose, then design."""
        try:
            stage = self.service.get_opd(opd_id).stage
        except LabinovasiError:
            self.home_opd_id = None
            self.show_pick()
            return
        page = self.team_pages()[page_for(stage)]
        if self.current_page() is self.ideas_page and page is not self.ideas_page:
            self.ideas_page.leave()
        self.stack.setCurrentWidget(page)
        if page is self.ideas_page:
            if not self.ideas_page.set_opd(opd_id):
                self.home_opd_id = None
                self.show_pick()
        else:
            page.set_opd(opd_id)

    def refresh_pick(self) -> None:
        try:
            self.pick_page.set_statuses(self.service.status().opds)
        except LabinovasiError:  # the file is briefly unreadable: the next refresh retries
            pass

    def refresh(self) -> None:
        page = self.current_page()
        if page is self.pick_page:
            self.refresh_pick()
        elif page in self.team_pages().values():
            opd_id = page.opd_id
            try:
                stage = self.service.get_opd(opd_id).stage if opd_id else None
            except LabinovasiError:
                return
            if stage is not None and self.team_pages()[page_for(stage)] is not page:
                self.open_opd(opd_id)  # the facilitator moved the OPD on (or back)
            elif page is self.ideas_page:
                self.ideas_page.refresh()
            else:
                page.refresh()

    # -- leaving needs the PIN ------------------------------------------------------------------

    def request_exit(self) -> None:
        """Show the PIN prompt; the window closes only after the right PIN."""
        if self.guard is None:
            self._unlock_and_close()
            return
        if self.current_page() is not self.pin_page:
            self._return_page = self.current_page()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_page.open(unsaved=self.unsaved_ideas())

    def unsaved_ideas(self) -> int:
        """Ideas typed and not saved: drafts left on OPDs and the one in the field now."""
        drafts = set(self.ideas_page.drafts)
        page = self.ideas_page
        if page.opd_id and (page.idea_input.toPlainText().strip() or page.correcting):
            drafts.add(page.opd_id)
        return len(drafts)

    def unlock(self, pin: str) -> bool:
        """Close with `pin` (what the PIN prompt does); False when refused or waiting."""
        if self.guard is None or not self.guard.attempt(pin).accepted:
            return False
        self._unlock_and_close()
        return True

    def _unlock_and_close(self) -> None:
        self._unlocked = True
        self.close()

    def _back_from_pin(self) -> None:
        page = self._return_page
        self.stack.setCurrentWidget(page)
        if page is self.ideas_page:
            self.ideas_page.focus_input()
        elif page is self.pick_page:
            self.pick_page.search.setFocus()

    def before_close(self) -> None:
        self.diagnose_page.flush(complete=True)  # typing not yet written: written now

    def _start_watching(self) -> None:
        """Timers, refresh on app-wide changes, and the input watch for idle return."""
        self._shut = False
        self._unlocked = False
        self.last_input = self.clock()
        self.tick_timer.start()
        self.refresh_timer.start()
        signals.changed.connect(self.refresh)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def showEvent(self, event) -> None:
        if self._shut:  # shown again after the facilitator closed it: guarded again
            self._start_watching()
            if self.keep_focus:
                kiosk.apply(self)
            self.show_pick()
        super().showEvent(event)

    def shut_down(self) -> None:
        if self._shut:
            return
        super().shut_down()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        signals.changed.disconnect(self.refresh)

    # -- idle and timers ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in INPUT_EVENTS
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            self.last_input = self.clock()
        return super().eventFilter(watched, event)

    def idle_for(self) -> float:
        return self.clock() - self.last_input

    def check_idle(self) -> bool:
        """Back to "Pilih OPD Anda" after `idle_seconds` without input; True when it went."""
        if self.idle_for() < self.idle_seconds:
            return False
        page = self.current_page()
        if page is self.pin_page:
            page = self._return_page
            self.pin_page.cancel()
        if page is self.ideas_page or (page is self.pick_page and self.pick_page.search.text()):
            if self.home_opd_id:
                return False  # a table's own station stays on its OPD
            self.show_pick()  # a half-typed idea becomes the OPD's draft (IdeasPage.leave)
            self.last_input = self.clock()
            return True
        return False

    def tick(self) -> None:
        super().tick()
        self.check_idle()
        self.ideas_page.tick()


def run_station(
    target: str, pin: str | None, language: str | None, juror: str | None = None
) -> int:
    """`labinovasi station FILE`: the station full-screen on `target` until the facilitator
    closes it with the PIN. Without `pin` the station asks for a new one first.
    `juror` (not None): the juror's station instead (station_jury), on that juror when named.
    A PIN too short (BadInput), an unknown juror (BadInput) or a file that cannot be opened
    (CannotOpen) is refused before any window opens."""
    pin_hash = hash_pin(pin) if pin is not None else None
    del pin  # only the salted hash stays in memory
    from labinovasi.services import WorkshopService  # lazy: SQLAlchemy after the window

    with WorkshopService.open(target) as service:
        from labinovasi.ui.app import create_app

        if juror is not None:
            from labinovasi.services import jury
            from labinovasi.ui.station.station_jury import JuryStationWindow

            juror_id = jury.find_juror(service, juror).id if juror else None
            app = create_app(language)
            window = JuryStationWindow(service, pin_hash, juror_id)
            window.show()
            return app.exec()
        app = create_app(language)
        window = StationWindow(service, pin_hash)
        window.show()
        return app.exec()
