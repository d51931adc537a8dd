"""The `report` command: print the rekapitulasi, one OPD's lembar hasil, or both."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, err, open_service
from labinovasi.i18n import _


def cmd_report(args: argparse.Namespace) -> int:
    from labinovasi.services.reporting import render_report

    out = Path(args.out)
    with open_service(args) as service:
        if args.opd:
            opd = service.find_opd(args.opd)
            path = render_report(service, out, kind="opd", opd_id=opd.id)
        else:
            path = render_report(service, out, kind="summary" if args.summary else "all")
    err(_("Laporan ditulis: {path}").format(path=path))
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[parent],
                       help=_("cetak rekapitulasi dan lembar hasil per OPD ke PDF"))
    p.add_argument("--out", required=True, metavar="PDF", help=_("berkas PDF tujuan"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true",
                       help=_("rekapitulasi lalu lembar hasil setiap OPD (bawaan)"))
    which.add_argument("--summary", action="store_true", help=_("rekapitulasi saja"))
    which.add_argument("--opd", metavar="OPD",
                       help=_("lembar hasil satu OPD (singkatan atau nama)"))
    p.set_defaults(handler=cmd_report)
