"""The floor of start-up: a bare PySide6 QMainWindow process, shown at the app's size, with
the same marks as the app's start-up probe (shown, then peak RSS) and nothing else."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print(f"MARK shown {time.time():.6f}", file=sys.stderr, flush=True)


def finish() -> None:
    # VmHWM, as labinovasi.ui.probe reports it (ru_maxrss would carry the parent's size).
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(f"MARK rss_kb {peak}", file=sys.stderr, flush=True)
    app.quit()


QTimer.singleShot(0, finish)
sys.exit(app.exec())
