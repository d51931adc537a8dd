"""The "berkas sedang dipakai…" banner: shown while a write waits for another program's lock
on the workshop file, and, when the wait is given up, the busy message in its place.

`install()` puts the GUI's hooks into storage/busy.py: between two tries for the lock the
waiting thread announces the wait (signals.fileBusy) and, on the GUI thread, lets Qt repaint
(user input stays queued, so no second action starts in the middle of the first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel

from labinovasi.services import file_busy as busy
from labinovasi.ui import style
from labinovasi.ui.signals import signals

FAILURE_SHOWN_MS = 20_000  # the "gave up" text stays long enough to be read, then goes

WAITING_QSS = (
    "QLabel { background: #fff4ce; color: #5c3c00; border: 1px solid #d9a400;"
    " border-radius: 4px; padding: 3px 10px; font-weight: 600; }"
)
FAILED_QSS = (
    f"QLabel {{ background: #fde7e5; color: {style.WARNING_TEXT}; border: 1px solid"
    f" {style.WARNING_TEXT}; border-radius: 4px; padding: 3px 10px; font-weight: 600; }}"
)


def install() -> None:
    """Make every write of this process wait visibly (idempotent)."""
    busy.set_waiter(_waiting, _finished)


def _waiting(_seconds: float) -> None:
    signals.fileBusy.emit(busy.waiting_text())  # queued to the GUI from another thread
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is app.thread():
        # Repaint (and run timers) while the write waits; clicks and keys wait their turn.
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)


def _finished(acquired: bool) -> None:
    signals.fileFree.emit("" if acquired else busy.timeout_text())


class BusyBanner(QLabel):
    """Hidden until a write waits; amber while it waits, red for a while when it gave up."""

    shownChanged = Signal(bool)  # a status bar gives the banner the room of its key hints

    def __init__(self, parent=None, wrap: bool = True, **properties):
        super().__init__(parent, **properties)
        if not self.objectName():
            self.setObjectName("busyBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.hide()
        self._hide_timer = QTimer(self, singleShot=True, interval=FAILURE_SHOWN_MS)
        self._hide_timer.timeout.connect(self.hide)
        signals.fileBusy.connect(self.show_waiting)
        signals.fileFree.connect(self.show_done)
        signals.changed.connect(self._written)  # a write went through: the file is free again
        install()

    def show_waiting(self, text: str) -> None:
        if self.isVisibleTo(self.parentWidget()) and self.text() == text:
            return  # told again at every try: restyle only once
        self._hide_timer.stop()
        self.setProperty("failed", False)
        self.setStyleSheet(WAITING_QSS)
        self.setText(text)
        self.show()

    def setVisible(self, visible: bool) -> None:
        changed = visible != self.isVisibleTo(self.parentWidget()) if self.parentWidget() else True
        super().setVisible(visible)
        if changed:
            self.shownChanged.emit(visible)

    def _written(self, _change) -> None:
        if self.property("failed"):
            self.show_done("")

    def show_done(self, failure: str) -> None:
        if not failure:
            self._hide_timer.stop()
            self.clear()
            self.hide()
            return
        self.setProperty("failed", True)
        self.setStyleSheet(FAILED_QSS)
        self.setText(failure)
        self.show()
        self._hide_timer.start()
