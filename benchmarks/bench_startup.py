"""Start-up, as whole processes: `labinovasi gui --sample` to a shown window and to a usable
workshop, and `labinovasi gui` on a 50,000-idea file, each against a bare PySide6 QMainWindow
process measured in the same run (alternating, so both see the same machine load).

The app's marks (labinovasi.ui.probe): "shown", the window on screen; "usable", the
workshop's board painted (read with sqlite3 before SQLAlchemy loads; the window responds);
"loaded", its service open and bound, every action enabled. Peak RSS is taken after
"loaded", so it includes SQLAlchemy."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import HERE, Row, child_env, p50, p99, run_child
from generate import generate

REPEATS = {"full": 7, "tiny": 1}
BIG = {"full": 50_000, "tiny": 300}


def run(size: str = "full") -> list[Row]:
    repeats = REPEATS[size]
    env = child_env() | {"LABINOVASI_STARTUP_PROBE": "1"}
    bare, sample, big = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        path = generate(Path(folder) / "besar.labinovasi", BIG[size])
        # Settings (recent files, window geometry) in a folder of their own.
        env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        env["HOME"] = folder
        app = ["-m", "labinovasi", "gui"]
        run_child(app + ["--sample"], env)  # makes the sample file once, outside the timing
        for _ in range(repeats):
            bare.append(run_child([str(HERE / "bare_window.py")], env))
            sample.append(run_child(app + ["--sample"], env))
            big.append(run_child(app + [str(path)], env))
    floor_s = p50([r.marks["shown"] for r in bare])
    floor_rss = p50([r.peak_rss_mb for r in bare])
    shown = [r.marks["shown"] for r in sample]
    usable = [r.marks["usable"] for r in sample]
    loaded = [r.marks["loaded"] for r in sample]
    opening = [r.marks["usable"] - r.marks["shown"] for r in big]
    big_rss = max(r.peak_rss_mb for r in big)
    details = {
        "repeats": repeats,
        "bare_p99_s": round(p99([r.marks["shown"] for r in bare]), 3),
        "bare_peak_rss_mb": floor_rss,
    }
    return [
        Row(
            "start to a shown main window with the sample workshop (whole process)",
            "s",
            round(p50(shown), 3),
            "window shown ≤ 1.5× floor",
            round(1.5 * floor_s, 3),
            round(floor_s, 3),
            details
            | {"p99_s": round(p99(shown), 3), "peak_rss_mb": p50([r.peak_rss_mb for r in sample])},
        ),
        Row(
            "start to a usable sample workshop (whole process)",
            "s",
            round(p50(usable), 3),
            "workshop usable ≤ 2.5× floor",
            round(2.5 * floor_s, 3),
            round(floor_s, 3),
            details
            | {
                "p99_s": round(p99(usable), 3),
                "loaded_s": round(p50(loaded), 3),
                "loaded_ratio": round(p50(loaded) / floor_s, 2),
            },
        ),
        Row(
            f"open a {BIG[size]:,}-idea workshop in the GUI (shown → usable)",
            "s",
            round(p50(opening), 3),
            "≤ 1 s",
            1.0,
            None,
            details
            | {
                "p99_s": round(p99(opening), 3),
                "start_to_usable_s": round(p50([r.marks["usable"] for r in big]), 3),
                "shown_to_loaded_s": round(
                    p50([r.marks["loaded"] - r.marks["shown"] for r in big]), 3
                ),
            },
        ),
        Row(
            f"peak RSS opening a {BIG[size]:,}-idea workshop in the GUI",
            "MB",
            big_rss,
            "≤ floor + 60 MB",
            round(floor_rss + 60, 1),
            floor_rss,
            details,
        ),
    ]


if __name__ == "__main__":
    for row in run(sys.argv[1] if len(sys.argv) > 1 else "full"):
        print(row.to_json())
