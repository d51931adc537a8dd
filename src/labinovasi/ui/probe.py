"""Start-up marks for benchmarks/bench_startup.py: with LABINOVASI_STARTUP_PROBE=1 the app
prints (stderr) when its window is on screen and when the workshop is usable, then quits."""

from __future__ import annotations

import os
import sys
import time

ENV = "LABINOVASI_STARTUP_PROBE"


def enabled() -> bool:
    return bool(os.environ.get(ENV))


def mark(name: str) -> None:
    if enabled():
        print(f"MARK {name} {time.time():.6f}", file=sys.stderr, flush=True)


def finish(app) -> None:
    """The last mark: the process's peak resident memory (KiB); then quit."""
    if enabled():
        print(f"MARK rss_kb {peak_rss_kb()}", file=sys.stderr, flush=True)
        app.quit()


def peak_rss_kb() -> int:
    """This process image's peak RSS (VmHWM). Not getrusage's ru_maxrss: Linux carries that
    over exec from the parent, so a child of a big benchmark process would report its size."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
