"""Long work (imports, exports, merges, report PDFs) off the GUI thread: one helper, `run_task`,
on Qt's thread pool; the result or the error comes back on the GUI thread through a signal.

The work must not touch widgets; it gets plain values and returns a plain value. Work that needs
the workshop gets its own WorkshopService opened on the same target (`target=`), because a
database connection belongs to the thread that made it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

_running: set[Task] = set()  # kept alive until finished, whatever happens to their caller


class Task(QObject):
    """One piece of background work. `succeeded(result)` or `failed(error)`, then `finished`,
    are delivered on the GUI thread (the task lives there; the pool thread only emits)."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self):
        super().__init__()
        self._done = threading.Event()
        self.finished.connect(lambda: _running.discard(self))

    def isRunning(self) -> bool:
        return not self._done.is_set()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the work is over (closing the window waits for a write to end)."""
        return self._done.wait(msecs / 1000)


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[], object]):
        super().__init__()
        self.task, self.work = task, work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to show
            self.task._done.set()
            self.task.failed.emit(error)
        else:
            self.task._done.set()
            self.task.succeeded.emit(result)
        self.task.finished.emit()


def run_task(
    work: Callable,
    on_success: Callable[[object], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    target=None,
    on_finished: Callable[[], None] | None = None,
) -> Task:
    """Run `work()` on the thread pool, or `work(service)` with a WorkshopService of its own
    on `target`. The callbacks run on the GUI thread; they are connected before the work
    starts, so a fast result is never missed (connect more to the task's signals only when a
    missed one does no harm)."""
    if target is not None:
        job = work

        def work() -> object:
            from labinovasi.services import WorkshopService

            with WorkshopService.open(target) as service:
                return job(service)

    task = Task()
    if on_success is not None:
        task.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
    if on_failure is not None:
        task.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
    if on_finished is not None:
        task.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task, work))
    return task


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[], object],
    on_success: Callable[[object], None],
    on_failure: Callable[[Exception], None],
    target=None,
) -> Task:
    """run_task with a busy progress dialog over `parent` while the work runs."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("workProgress")
    progress.setCancelButton(None)  # the work writes in one transaction: no half-cancel
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def finish() -> None:
        progress.reset()
        progress.deleteLater()

    return run_task(work, on_success, on_failure, target, on_finished=finish)
