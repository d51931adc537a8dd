"""The `opd` commands: import, add and list perangkat daerah."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import (
    EXIT_OK,
    Parser,
    err,
    open_service,
    out,
    print_json,
)
from labinovasi.i18n import _


def cmd_opd_import(args) -> int:
    with open_service(args) as service:
        report = service.import_opds(Path(args.source), skip_existing=args.skip_existing)
    for line in report.skipped:
        err("  " + line)
    if report.skipped:
        err(_("{n} OPD diimpor, {m} dilewati.").format(n=report.imported, m=len(report.skipped)))
    else:
        err(_("{n} OPD diimpor.").format(n=report.imported))
    return EXIT_OK


def cmd_opd_add(args) -> int:
    with open_service(args) as service:
        opd = service.add_opd(args.name, args.abbr)
    err(_("OPD ditambahkan: {opd}").format(opd=opd.display_name))
    return EXIT_OK


def cmd_opd_list(args) -> int:
    with open_service(args) as service:
        status = service.status()
    if args.json:
        print_json([row for row in status.to_json()["opds"]])
        return EXIT_OK
    for s in status.opds:
        mark = "✓" if s.meets_minimum else " "
        out(f"{s.opd.abbreviation:<14} {s.opd.stage.value:<9} {s.progress:>9} {mark}  {s.opd.name}")
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    opd = sub.add_parser("opd", help=_("perangkat daerah")).add_subparsers(
        dest="opd_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = opd.add_parser("import", parents=[parent], help=_("impor OPD dari CSV/XLSX"))
    p.add_argument("source", metavar="SUMBER")
    p.add_argument(
        "--skip-existing",
        action="store_true",
        help=_("lewati OPD yang singkatannya sudah ada (huruf besar/kecil sama saja)"),
    )
    p.set_defaults(handler=cmd_opd_import)
    p = opd.add_parser("add", parents=[parent], help=_("tambah satu OPD"))
    p.add_argument("--name", required=True)
    p.add_argument("--abbr", required=True)
    p.set_defaults(handler=cmd_opd_add)
    p = opd.add_parser("list", parents=[parent], help=_("daftar OPD"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_opd_list)
