"""Command-line entries that open Qt screens. Qt is imported only when such a command runs."""

from __future__ import annotations

from pathlib import Path

from labinovasi.i18n import _


def cmd_station(args) -> int:
    from labinovasi.ui.station_window import run_station

    target = getattr(args, "db", None) or args.file
    return run_station(target, pin=args.pin, language=getattr(args, "lang", None))


def cmd_screenshots(args) -> int:
    from labinovasi.ui.screenshots import take_screenshots

    written = take_screenshots(Path(args.out), language=getattr(args, "lang", None))
    for path in written:
        print(path)
    return 0


def add_commands(sub, workshop_parent) -> None:
    p = sub.add_parser("station", parents=[workshop_parent],
                       help=_("buka stasiun peserta (layar penuh)"))
    p.add_argument("--pin", help=_("PIN fasilitator untuk keluar (jika tidak, ditanyakan)"))
    p.set_defaults(handler=cmd_station)

    p = sub.add_parser("screenshots", help=_("simpan tangkapan layar setiap layar ke PNG"))
    p.add_argument("--out", required=True, metavar="FOLDER")
    p.set_defaults(handler=cmd_screenshots)
