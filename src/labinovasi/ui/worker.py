"""Runs long work (imports, exports, merges) off the GUI thread and reports back by signal.

The work function must not touch widgets; it gets plain values and returns a plain value. Work
that needs the workshop opens its own WorkshopService on the same target, because database
connections belong to the thread that made them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Worker(QThread):
    """Calls `work()` in a thread; emits `succeeded(result)` or `failed(error)` afterwards."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to show
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def run_with_progress(parent: QWidget, label: str, work: Callable[[], object],
                      on_success: Callable[[object], None],
                      on_failure: Callable[[Exception], None]) -> Worker:
    """Start `work` in a Worker with a busy progress dialog; the callbacks run in the GUI
    thread. The returned worker is kept alive by `parent` until it finishes."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("workProgress")
    progress.setCancelButton(None)  # the work writes in one transaction: no half-cancel
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    worker = Worker(work, parent)

    def finish() -> None:
        progress.reset()
        progress.deleteLater()
        worker.deleteLater()

    worker.succeeded.connect(on_success)
    worker.failed.connect(on_failure)
    worker.finished.connect(finish)
    worker.start()
    return worker
