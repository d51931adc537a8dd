"""Run by test_station_idea_survives_kill_9: a station types one idea, presses Enter, and prints
"SAVED <id>" once the screen confirms it; then it waits to be killed with SIGKILL.

Usage: python station_crash_child.py WORKSHOP_FILE IDEA_TEXT
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinovasi.services import WorkshopService
from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.station.station_window import StationWindow


def main(path: str, text: str) -> int:
    app = QApplication([sys.argv[0]])
    service = WorkshopService.open(path)
    window = StationWindow(service, hash_pin("2468"), fullscreen=False)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    QTest.keyClicks(window.pick_page.search, "kesehatan")
    QTest.keyClick(window.pick_page.search, Qt.Key.Key_Return)
    page = window.ideas_page
    QTest.keyClicks(page.idea_input, text)
    QTest.keyClick(page.idea_input, Qt.Key.Key_Return)
    app.processEvents()
    confirmed = page.message.isVisible() and page.message.text().startswith("✓ Tersimpan")
    if not confirmed or page.last_saved_id is None or page.idea_input.toPlainText():
        print(f"NOT SAVED {page.message.text()!r}", flush=True)
        return 1
    print(f"SAVED {page.last_saved_id}", flush=True)
    while True:  # the test kills this process now: no clean shutdown, no close()
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
