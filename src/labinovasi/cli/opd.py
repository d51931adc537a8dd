"""The `opd` commands: import, add, list, rename, remove and merge perangkat daerah."""

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
        report = service.import_opds(
            Path(args.source), skip_existing=args.skip_existing, tidy=args.tidy
        )
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


def cmd_opd_rename(args) -> int:
    with open_service(args) as service:
        opd = service.find_opd(args.key)
        renamed = service.rename_opd(
            opd.id,
            opd.name if args.name is None else args.name,
            opd.abbreviation if args.abbreviation is None else args.abbreviation,
        )
    err(_("OPD diubah: {old} → {new}").format(old=opd.display_name, new=renamed.display_name))
    return EXIT_OK


def cmd_opd_remove(args) -> int:
    from labinovasi.services import opd_edit

    with open_service(args) as service:
        removed = opd_edit.remove_opd(service, service.find_opd(args.key).id)
    err(_("OPD dihapus: {opd}").format(opd=removed.opd.display_name))
    return EXIT_OK


def cmd_opd_merge(args) -> int:
    from labinovasi.services import opd_edit

    with open_service(args) as service:
        keep, other = service.find_opd(args.keep), service.find_opd(args.other)
        result = opd_edit.merge_opds(service, keep.id, other.id)
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    err(
        _("{other} digabung ke {keep}: {ideas} gagasan, {innovations} inovasi dipindah.").format(
            other=result.removed.display_name,
            keep=result.kept.display_name,
            ideas=result.moved["idea"],
            innovations=result.moved["innovation"],
        )
    )
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
    p.add_argument(
        "--tidy",
        action="store_true",
        help=_(
            "rapikan nama yang ditulis huruf besar semua/kecil semua; singkatan dalam kurung "
            "di akhir nama menjadi singkatan"
        ),
    )
    p.set_defaults(handler=cmd_opd_import)
    p = opd.add_parser("add", parents=[parent], help=_("tambah satu OPD"))
    p.add_argument("--name", required=True)
    p.add_argument("--abbr", required=True)
    p.set_defaults(handler=cmd_opd_add)
    p = opd.add_parser("list", parents=[parent], help=_("daftar OPD"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_opd_list)
    p = opd.add_parser("rename", parents=[parent], help=_("ubah nama dan/atau singkatan OPD"))
    p.add_argument("key", metavar="OPD", help=_("singkatan atau nama OPD"))
    p.add_argument("--name")
    p.add_argument("--abbreviation", "--abbr", dest="abbreviation")
    p.set_defaults(handler=cmd_opd_rename)
    p = opd.add_parser("remove", parents=[parent], help=_("hapus OPD yang belum punya gagasan"))
    p.add_argument("key", metavar="OPD", help=_("singkatan atau nama OPD"))
    p.set_defaults(handler=cmd_opd_remove)
    p = opd.add_parser(
        "merge", parents=[parent], help=_("gabungkan dua baris OPD yang sebenarnya satu OPD")
    )
    p.add_argument("keep", metavar="TETAP", help=_("OPD yang dipertahankan"))
    p.add_argument("other", metavar="LAIN", help=_("OPD yang digabungkan lalu dihapus"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_opd_merge)
