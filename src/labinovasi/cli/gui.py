"""Commands that open Qt screens: the facilitator's app, the station, screenshots. Qt is imported
only when such a command runs."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, EXIT_USAGE, Handler, UsageError, err, target
from labinovasi.i18n import _


def _gui_target(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None) or getattr(args, "file", None)


def _qt_missing(error: ImportError) -> int:
    err(
        _("Antarmuka grafis tidak dapat dimulai (PySide6 tidak terpasang?): {error}").format(
            error=error
        )
    )
    return EXIT_USAGE


def _no_display() -> int | None:
    """On Linux without a display Qt fails with a misleading "library missing" text: say
    that no display was found and how to run without one (EXIT_USAGE), else None."""
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY")
    ):
        return None
    err(
        _(
            "Tidak ada layar (DISPLAY dan WAYLAND_DISPLAY kosong): antarmuka grafis tidak dapat "
            "dibuka di sini. Jalankan dari desktop, atau tanpa layar: "
            '"xvfb-run labinovasi gui", "QT_QPA_PLATFORM=offscreen labinovasi screenshots '
            '--out FOLDER", atau perintah baris seperti "labinovasi status BERKAS".'
        )
    )
    return EXIT_USAGE


def cmd_gui(args: argparse.Namespace) -> int:
    if (refused := _no_display()) is not None:
        return refused
    try:
        from labinovasi.ui.facilitator.main_window import run_gui
    except ImportError as error:
        return _qt_missing(error)
    return run_gui(
        target=_gui_target(args),
        sample=getattr(args, "sample", False),
        language=getattr(args, "lang", None),
    )


PIN_VARIABLE = "LABINOVASI_STATION_PIN"


def forget_variable(name: str) -> str | None:
    """Take a variable out of this process's environment and return its value: children do
    not inherit it, and on Linux its text is wiped from the environment block the process
    started with too, which /proc/<pid>/environ shows and which os.environ.pop leaves."""
    value = os.environ.pop(name, None)
    if value is None:
        return None
    if sys.platform.startswith("linux"):
        _wipe_initial_environment(name)
    return value


def _wipe_initial_environment(name: str) -> None:
    """Overwrite every `name=…` of the initial environment block (between env_start and
    env_end of /proc/self/stat) with NUL bytes. Best effort: a kernel that hides those fields
    or a block that moved leaves it as it was (nothing is written outside the block)."""
    import ctypes

    try:
        with open("/proc/self/stat", "rb") as handle:
            # Fields after the command name (which may hold spaces) in brackets: env_start and
            # env_end are the 50th and 51st of the line.
            fields = handle.read().rsplit(b")", 1)[1].split()
        start, end = int(fields[50 - 3]), int(fields[51 - 3])
        with open("/proc/self/environ", "rb") as handle:
            block = handle.read()
    except (OSError, ValueError, IndexError):
        return
    if not start or end - start != len(block):
        return
    prefix = name.encode() + b"="
    offset = 0
    for entry in block.split(b"\0"):
        if entry.startswith(prefix):
            ctypes.memset(start + offset, 0, len(entry))
        offset += len(entry) + 1


def station_pin(args: argparse.Namespace) -> str | None:
    """The facilitator's PIN from standard input (--pin-stdin), the environment
    (LABINOVASI_STATION_PIN) or --pin; None: the station asks for it in its window.
    A PIN on the command line is visible to anyone who lists processes: --pin is kept for old
    scripts only."""
    if args.pin_stdin:
        line = sys.stdin.readline().strip()
        if not line:
            raise UsageError(_("--pin-stdin: tidak ada PIN di masukan standar"))
        return line
    from_environment = forget_variable(PIN_VARIABLE)
    if from_environment and from_environment.strip():
        return from_environment.strip()
    if args.pin is not None:
        err(
            _(
                "Peringatan: PIN di baris perintah terlihat oleh pengguna lain (daftar proses). "
                "Pakai --pin-stdin atau {variable}."
            ).format(variable=PIN_VARIABLE)
        )
    return args.pin


def cmd_station(args: argparse.Namespace) -> int:
    if (refused := _no_display()) is not None:
        return refused
    pin = station_pin(args)
    try:
        from labinovasi.ui.station.station_window import run_station
    except ImportError as error:
        return _qt_missing(error)
    return run_station(
        target(args), pin=pin, language=getattr(args, "lang", None), juror=args.juror
    )


def cmd_screenshots(args: argparse.Namespace) -> int:
    from labinovasi.ui.screenshots import take_screenshots

    written = take_screenshots(Path(args.out), language=getattr(args, "lang", None))
    for path in written:
        print(path)
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    def command(name: str, handler: Handler, help_text: str, parents=(parent,)):
        p = sub.add_parser(name, parents=list(parents), help=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("gui", cmd_gui, _("buka aplikasi fasilitator"))
    p.add_argument("--sample", action="store_true", help=_("buka lokakarya contoh"))

    p = command("station", cmd_station, _("buka stasiun peserta (layar penuh)"))
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help=_(
            "baca PIN fasilitator dari masukan standar (satu baris); atau "
            "pakai variabel lingkungan LABINOVASI_STATION_PIN; tanpa keduanya "
            "PIN ditanyakan di layar"
        ),
    )
    p.add_argument(
        "--juror",
        nargs="?",
        const="",
        metavar="NAMA",
        help=_(
            "stasiun juri gelar inovasi: juri menilai presentasi di laptop ini "
            "(dengan NAMA: langsung pada juri itu)"
        ),
    )
    p.add_argument(
        "--pin",
        help=_(
            "TIDAK AMAN: PIN terlihat di daftar proses; pakai "
            "--pin-stdin atau LABINOVASI_STATION_PIN"
        ),
    )

    p = command(
        "screenshots", cmd_screenshots, _("simpan tangkapan layar setiap layar ke PNG"), parents=()
    )
    p.add_argument("--out", required=True, metavar="FOLDER")
