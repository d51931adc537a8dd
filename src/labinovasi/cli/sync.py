"""The `station-copy`, `merge` and `copy` commands: several laptops and the office server."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, err, out, print_json, target
from labinovasi.i18n import _


def cmd_station_copy(args: argparse.Namespace) -> int:
    from labinovasi.services.sync import make_station_copy

    made = make_station_copy(
        target(args),
        Path(args.out),
        args.name or "",
        opd=args.opd,
        with_evidence=args.with_evidence,
    )
    workshop = made.workshop
    err(
        _("Salinan stasiun \u201c{name}\u201d dibuat: {path}").format(
            name=workshop.station_name, path=args.out
        )
    )
    err(made.line())
    if args.json:
        print_json(made.to_json())
    else:
        out(workshop.station_id or "")  # a station copy always has its id
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from labinovasi.services.sync import merge

    others = list(args.others)
    if args.db and args.file:
        others.insert(0, args.file)  # with --db the first path is a copy, not the main file
    main_file = target(args, _("sebutkan BERKAS utama dan paling sedikit satu SALINAN"))
    report = merge(main_file, others)
    if args.json:
        print_json(report.to_json())
    else:
        out("\n".join(report.lines()))
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    from labinovasi.services.sync import copy_workshop

    copy_workshop(args.source, args.target)
    err(_("Lokakarya disalin ke {target}").format(target=args.target))
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "station-copy",
        parents=[parent],
        help=_("buat salinan lokakarya untuk satu laptop (stasiun)"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="SALINAN",
        help=_("berkas salinan baru, misalnya di flashdisk"),
    )
    p.add_argument("--name", metavar="NAMA", help=_("nama stasiun, misalnya Stasiun 1"))
    p.add_argument(
        "--opd",
        metavar="OPD",
        help=_("salinan untuk meja satu OPD: stasiun langsung terbuka pada OPD ini"),
    )
    p.add_argument(
        "--with-evidence",
        action="store_true",
        help=_(
            "bawa juga isi berkas bukti dukung (tanpa pilihan ini salinan hanya membawa "
            "daftarnya; isinya tetap di berkas utama)"
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=_("keterangan salinan sebagai JSON (bukan id stasiun)")
    )
    p.set_defaults(handler=cmd_station_copy)

    p = sub.add_parser(
        "merge", parents=[parent], help=_("gabungkan salinan stasiun ke berkas utama")
    )
    p.add_argument(
        "others",
        nargs="+",
        metavar="SALINAN",
        help=_("salinan stasiun (berkas atau URL) yang digabung"),
    )
    p.add_argument("--json", action="store_true", help=_("laporan penggabungan sebagai JSON"))
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("copy", help=_("salin seluruh lokakarya: berkas ke server atau sebaliknya"))
    p.add_argument("source", metavar="SUMBER", help=_("berkas atau URL asal"))
    p.add_argument(
        "target", metavar="TUJUAN", help=_("berkas baru atau URL basis data server yang kosong")
    )
    p.set_defaults(handler=cmd_copy)
