"""Adding an idea in the facilitator's drum-up tab, as a person does it: the idea's keys typed,
Enter, until the new row and the counter show it; against the service's own add + that OPD's
counter (the floor) in the same run, alternating, at 1,000, 50,000 and 200,000 ideas. The
target is constant in the workshop's size: ≤ 3× the floor at every size."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from common import Row, ms, p50, p99
from generate import generate

SIZES = {"full": ((1_000, 50_000, 200_000), 40), "tiny": ((300,), 3)}  # workshops, adds


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def measure(path: Path, adds: int) -> tuple[list[float], list[float], list[float]]:
    """(GUI times to the row and counter shown, the same until painted, floor times) in
    seconds, one of each per add."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from labinovasi.services import WorkshopService
    from labinovasi.ui.facilitator.main_window import MainWindow

    app = _app()
    gui_times, paint_times, floor_times = [], [], []
    with WorkshopService.open(path) as service, WorkshopService.open(path) as floor:
        window = MainWindow(service)
        window.show()
        opd_id = service.list_opds()[0].id
        other = floor.list_opds()[1].id  # the floor adds to another OPD: the GUI's stays put
        window.show_opd(opd_id)
        window.workspace.show_tab("drumup")
        drumup = window.workspace.drumup
        drumup.idea_input.setFocus()
        app.processEvents()
        for n in range(adds + 1):
            text = f"Gagasan baru nomor {n} dari fasilitator"
            stored = service.opd_status(opd_id).tally.stored + 1
            began = time.perf_counter()
            QTest.keyClicks(drumup.idea_input, text)
            QTest.keyClick(drumup.idea_input, Qt.Key.Key_Return)
            while not (
                f"tersimpan {stored}" in drumup.counter_label.text()
                and drumup.model.view(stored - 1) is not None
                and drumup.model.view(stored - 1).idea.text == text
            ):
                QCoreApplication.processEvents()
            shown = time.perf_counter() - began
            app.processEvents()  # and painted: whatever the add left for the event loop
            painted = time.perf_counter() - began
            began = time.perf_counter()
            floor.add_idea(other, text)
            floor.opd_status(other)
            floor_took = time.perf_counter() - began
            if n:  # the first add of a session compiles statements, in both
                gui_times.append(shown)
                paint_times.append(painted)
                floor_times.append(floor_took)
        window.close()
        import shiboken6

        shiboken6.delete(window)  # disconnected from the app-wide signals before its file goes
        app.processEvents()
    return gui_times, paint_times, floor_times


def run(size: str = "full") -> list[Row]:
    workshops, adds = SIZES[size]
    rows = []
    for ideas in workshops:
        with tempfile.TemporaryDirectory(prefix="bench-drumup-") as folder:
            os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
            path = generate(Path(folder) / "besar.labinovasi", ideas)
            gui, painted, floor = measure(path, adds)
        rows.append(
            Row(
                f"add an idea in the drum-up tab (keys, Enter, row and counter shown), "
                f"{ideas:,} ideas (median)",
                "ms",
                ms(p50(gui)),
                "≤ 3× the service's add + counter",
                ms(3 * p50(floor)),
                ms(p50(floor)),
                {
                    "p99_ms": ms(p99(gui)),
                    "painted_p50_ms": ms(p50(painted)),
                    "painted_ratio": round(p50(painted) / p50(floor), 2),
                    "floor_p99_ms": ms(p99(floor)),
                    "repeats": adds,
                },
            )
        )
    return rows


if __name__ == "__main__":
    for row in run(sys.argv[1] if len(sys.argv) > 1 else "full"):
        print(row.to_json())
