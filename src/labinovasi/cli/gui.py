"""Commands that open Qt screens: the facilitator's app, the station, screenshots. Qt is imported
only when such a command runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, EXIT_USAGE, Handler, err, target
from labinovasi.i18n import _


def _gui_target(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None) or getattr(args, "file", None)


def _qt_missing(error: ImportError) -> int:
    err(_("Antarmuka grafis tidak dapat dimulai (PySide6 tidak terpasang?): {error}").format(
        error=error))
    return EXIT_USAGE


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from labinovasi.ui.facilitator.main_window import run_gui
    except ImportError as error:
        return _qt_missing(error)
    return run_gui(target=_gui_target(args), sample=getattr(args, "sample", False),
                   language=getattr(args, "lang", None))


def cmd_station(args: argparse.Namespace) -> int:
    try:
        from labinovasi.ui.station.station_window import run_station
    except ImportError as error:
        return _qt_missing(error)
    return run_station(target(args), pin=args.pin, language=getattr(args, "lang", None))


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
    p.add_argument("--pin", help=_("PIN fasilitator untuk keluar (jika tidak, ditanyakan)"))

    p = command("screenshots", cmd_screenshots, _("simpan tangkapan layar setiap layar ke PNG"),
                parents=())
    p.add_argument("--out", required=True, metavar="FOLDER")
