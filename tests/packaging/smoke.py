"""Smoke test of an installed or built Labinovasi, driven from outside as a user would: the
command line (version, a new workshop, an OPD import, the sample, PDF reports with the shipped
fonts embedded) and the GUI offscreen (the sample opened, every screen rendered, a clean exit).

    python tests/packaging/smoke.py --cli PATH/labinovasi [--gui PATH/Labinovasi] [--x11]

Used by the wheel test (tests/packaging/wheel_test.py), `make bundle` and the Windows workflow.
Needs only the standard library and pypdf in the Python that runs it, not in the program
tested. Prints "N passed, N failed" and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPD_CSV = HERE.parent / "data" / "samples" / "opd.csv"
FONTS = {"DejaVuSans", "DejaVuSans-Bold"}
TIMEOUT = 300  # seconds for one command: a cold bundle start on a slow CI disk


class SmokeFailure(Exception):
    """One check did not hold."""


def run(command: list[str], env: dict[str, str] | None = None) -> str:
    """Run one command; its stdout, or SmokeFailure with what it printed."""
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(command)} → exit {done.returncode}\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
    return done.stdout


def embedded_fonts(pdf: Path) -> set[str]:
    """Names of the fonts embedded (with a FontFile) in a PDF, subset prefixes dropped."""
    from pypdf import PdfReader

    found = set()
    for page in PdfReader(pdf).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for font in fonts.values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                continue
            descriptor = descriptor.get_object()
            if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                found.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return found


def check_pdf(pdf: Path, words: list[str]) -> None:
    from pypdf import PdfReader

    if not pdf.is_file() or pdf.stat().st_size < 1000:
        raise SmokeFailure(f"{pdf}: no PDF written")
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    missing = [w for w in words if w not in text]
    if missing:
        raise SmokeFailure(f"{pdf}: text {missing} not found")
    fonts = embedded_fonts(pdf)
    if not FONTS <= fonts:
        raise SmokeFailure(f"{pdf}: embedded fonts {sorted(fonts)}, expected {sorted(FONTS)}")


def checks(
    cli: list[str], gui: list[str], work: Path, x11: bool = False
) -> list[tuple[str, Callable[[], None]]]:
    workshop = work / "lab.labinovasi"
    sample = work / "contoh.labinovasi"
    offscreen = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def version() -> None:
        out = run([*cli, "--version"])
        if not out.startswith("labinovasi "):
            raise SmokeFailure(f"--version printed {out!r}")

    def new_and_import() -> None:
        run([*cli, "new", str(workshop), "--title", "Lab Inovasi Uji", "--region", "Kabupaten Uji"])
        run([*cli, "opd", "import", str(workshop), str(OPD_CSV)])
        out = run([*cli, "status", str(workshop), "--json"])
        if "DINKES" not in out:
            raise SmokeFailure(f"status after the import does not list DINKES: {out[:500]}")

    def report_new() -> None:
        pdf = work / "lab.pdf"
        run([*cli, "report", str(workshop), "--out", str(pdf)])
        check_pdf(pdf, ["Kabupaten Uji", "DINKES"])

    def sample_report() -> None:
        run([*cli, "sample", str(sample)])
        pdf = work / "contoh.pdf"
        run([*cli, "report", str(sample), "--out", str(pdf)])
        check_pdf(pdf, ["Tanah Harapan"])

    def gui_offscreen() -> None:
        # `screenshots` starts the GUI, opens the sample workshop, renders every screen (main
        # window, print preview, projector, station) in English and quits.
        shots = work / "screens"
        run([*gui, "--lang", "en", "screenshots", "--out", str(shots)], env=offscreen)
        board = shots / "board.png"
        if not board.is_file() or board.stat().st_size < 10_000:
            raise SmokeFailure(f"{board}: the main window was not rendered")

    def gui_x11() -> None:
        # The same on a real X server (Xvfb): the xcb platform plugin and the libraries it
        # needs, which offscreen never loads, are in the bundle.
        shots = work / "screens-x11"
        run(
            ["xvfb-run", "-a", *gui, "screenshots", "--out", str(shots)],
            env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        )
        if not (shots / "board.png").is_file():
            raise SmokeFailure("the main window was not rendered on X")

    found = [
        ("version", version),
        ("new + opd import", new_and_import),
        ("report with embedded fonts", report_new),
        ("sample + report", sample_report),
        ("GUI offscreen", gui_offscreen),
    ]
    return found + [("GUI on X (Xvfb)", gui_x11)] if x11 else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the command-line program")
    parser.add_argument("--gui", help="the windowed program (default: --cli)")
    parser.add_argument(
        "--x11",
        action="store_true",
        help="also start the GUI on a virtual X server (needs xvfb-run)",
    )
    args = parser.parse_args(argv)
    cli = [args.cli]
    gui = [args.gui or args.cli]
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="labinovasi-smoke-") as folder:
        for name, check in checks(cli, gui, Path(folder), x11=args.x11):
            start = time.monotonic()
            try:
                check()
            except (SmokeFailure, subprocess.TimeoutExpired, OSError) as error:
                failed += 1
                print(f"FAILED {name}: {error}", flush=True)
            else:
                passed += 1
                print(f"ok {name} ({time.monotonic() - start:.1f} s)", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
