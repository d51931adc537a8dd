"""The `iga` commands: the estimated Indeks Inovasi Daerah, the "siap IGA" checklist, the
Rekap Perkiraan IID, and which innovations a year's report leaves out."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, Parser, err, open_service, out, print_json
from labinovasi.i18n import _


def index_value(value: str) -> Decimal:
    """An index target such as 65,01 or 65.01."""
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation as error:
        raise argparse.ArgumentTypeError(_("harus angka, misalnya 65,01")) from error
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(_("harus antara 0 dan 100"))
    return number


def _portfolio(args, service):
    from labinovasi.services.iga import load_portfolio

    return load_portfolio(service, args.year, args.rules)


def cmd_estimate(args) -> int:
    from labinovasi.formatting import format_score

    with open_service(args) as service:
        result = _portfolio(args, service).estimate()
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    out(
        _("Perkiraan Indeks Inovasi Daerah {year} ({n} inovasi)").format(
            year=result.year, n=result.innovations
        )
    )
    out(_("Aturan: {file}").format(file=result.rules_file))
    if result.year_reason:
        out(
            _("Tahun {year} diusulkan: {reason}").format(
                year=result.year, reason=result.year_reason
            )
        )
    if not result.official:
        out(_("PROGNOSIS: aturan tahun ini belum resmi; angkanya perkiraan."))
    if result.left_out:
        out(
            _("Tidak dihitung ({n} dari {reported} yang dilaporkan):").format(
                n=len(result.left_out), reported=result.reported
            )
        )
        for item in result.left_out:
            out(f"  {item.opd} · {item.name}: {item.reason}")
    for title, score in ((_("Klaim"), result.claimed), (_("Terverifikasi"), result.verified)):
        out(
            _(
                "{title}: {index} ({predikat}); SPD {spd} + SID {sid_total}/{divisor} = {average}"
                " + skor jumlah inovasi {count} = {total}"
            ).format(
                title=title,
                index=format_score(score.index),
                predikat=score.predikat,
                spd=format_score(score.spd),
                sid_total=format_score(score.sid_total),
                divisor=score.divisor,
                average=format_score(score.sid_average),
                count=format_score(score.count_score),
                total=format_score(score.total),
            )
        )
        if score.at_threshold:
            out(
                _("  di batas {name}: selisih dengan batasnya 0,01 atau kurang").format(
                    name=score.at_threshold
                )
            )
    return EXIT_OK


def cmd_check(args) -> int:
    with open_service(args) as service:
        ready = _portfolio(args, service).readiness()
    if args.json:
        print_json(ready.to_json())
        return EXIT_OK
    out(_("Siap IGA {year}: pemerintah daerah").format(year=ready.year))
    for check in ready.region:
        out(f"  {'✓' if check.ok else '✗'} {check.message}")
    for item in ready.innovations:
        state = _("siap") if item.ready else _("belum siap")
        out(f"{item.opd} · {item.name}: {state}")
        for check in item.checks:
            if not check.ok:
                out(f"  ✗ {check.message}")
    return EXIT_OK


def cmd_report(args) -> int:
    from labinovasi.services.iga import render_iga_summary

    with open_service(args) as service:
        path = render_iga_summary(service, Path(args.out), args.year, args.rules, args.target)
    err(_("Laporan ditulis: {path}").format(path=path))
    return EXIT_OK


def cmd_portfolio(args) -> int:
    from labinovasi.services.iga import resolve_rules, set_reported
    from labinovasi.services.innovations import Innovations

    with open_service(args) as service:
        year = args.year or resolve_rules(service).year
        innovation = Innovations(service).find(args.innovation)
        set_reported(service, innovation.id, year, reported=not args.not_reported)
    if args.not_reported:
        err(_("{name}: tidak dilaporkan pada {year}.").format(name=innovation.name, year=year))
    else:
        err(_("{name}: dilaporkan pada {year}.").format(name=innovation.name, year=year))
    return EXIT_OK


def cmd_package(args) -> int:
    from labinovasi.domain.evidence import megabytes
    from labinovasi.services.iga_package import build_package
    from labinovasi.services.innovations import Innovations

    with open_service(args) as service:
        ids = [Innovations(service).find(i).id for i in args.innovation] or None
        package = build_package(
            service, Path(args.out), args.year, ids, make_zip=args.zip, rules_path=args.rules
        )
    if args.json:
        print_json(package.to_json())
        return EXIT_OK
    files = [f for f in package.files if f.name]
    out(
        _("Paket unggah IGA {year}: {n} berkas di {folder}").format(
            year=package.year, n=len(files), folder=package.folder
        )
    )
    reduced = [f for f in files if f.reduced]
    if reduced:
        out(_("{n} berkas diperkecil (aslinya tetap di lokakarya).").format(n=len(reduced)))
    for entry in package.over_limit:
        out(
            _("  masih lebih dari {limit} MB: {name} ({size} MB); unggah lewat tautan").format(
                limit=megabytes(package.limit_bytes or 0),
                name=entry.name,
                size=megabytes(entry.size),
            )
        )
    for name, why in package.left_out:
        out(
            _("  tanpa folder (tidak dihitung tahun ini): {name}: {why}").format(name=name, why=why)
        )
    if package.zip_path:
        out(_("ZIP: {path}").format(path=package.zip_path))
    return EXIT_OK


def cmd_next_year(args) -> int:
    from labinovasi.services.iga_year import start_next_year

    with open_service(args) as service:
        report = start_next_year(service, args.from_year, args.to_year or args.from_year + 1)
    if args.json:
        print_json(report.to_json())
        return EXIT_OK
    out(
        _("Tahun {new} dimulai dari {old}: {n} jawaban dibawa, {m} perlu diperbarui.").format(
            new=report.to_year, old=report.from_year, n=len(report.copied), m=len(report.to_update)
        )
    )
    for item in report.to_update:
        out(
            f"  {item.owner or _('Pemerintah daerah')} · {item.indicator}: {'; '.join(item.reasons)}"
        )
    return EXIT_OK


def cmd_budget_document(args) -> int:
    from labinovasi.services.iga_profile import attach_budget_document
    from labinovasi.services.innovations import Innovations

    with open_service(args) as service:
        innovation = Innovations(service).find(args.innovation)
        attach_budget_document(service, innovation.id, Path(args.pdf))
    err(
        _("{name}: dokumen anggaran dilampirkan ({file}).").format(
            name=innovation.name, file=Path(args.pdf).name
        )
    )
    return EXIT_OK


def _rules_options(p: argparse.ArgumentParser) -> None:
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--year",
        type=int,
        metavar="TAHUN",
        help=_("tahun penilaian (berkas aturan yang terpasang)"),
    )
    which.add_argument("--rules", metavar="JSON", help=_("berkas aturan IGA lain"))


def register(sub, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser(
        "iga", help=_("kesiapan IGA dan perkiraan Indeks Inovasi Daerah")
    ).add_subparsers(dest="iga_command", metavar="PERINTAH", parser_class=Parser, required=True)
    p = group.add_parser(
        "estimate", parents=[parent], help=_("perkiraan indeks: klaim dan terverifikasi")
    )
    _rules_options(p)
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_estimate)

    p = group.add_parser(
        "check", parents=[parent], help=_("daftar periksa siap IGA per inovasi dan pemda")
    )
    _rules_options(p)
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_check)

    p = group.add_parser("report", parents=[parent], help=_("cetak Rekap Perkiraan IID ke PDF"))
    _rules_options(p)
    p.add_argument("--out", required=True, metavar="PDF", help=_("berkas PDF tujuan"))
    p.add_argument(
        "--target",
        type=index_value,
        metavar="INDEKS",
        help=_("indeks sasaran untuk 'berapa inovasi lagi' (bawaan: predikat berikutnya)"),
    )
    p.set_defaults(handler=cmd_report)

    p = group.add_parser(
        "portfolio",
        parents=[parent],
        help=_("tandai inovasi dilaporkan atau tidak dilaporkan tahun ini"),
    )
    p.add_argument(
        "--innovation", required=True, metavar="ID", help=_("id inovasi (atau awalannya)")
    )
    p.add_argument("--year", type=int, metavar="TAHUN", help=_("tahun penilaian"))
    flag = p.add_mutually_exclusive_group(required=True)
    flag.add_argument("--not-reported", action="store_true", help=_("tidak dilaporkan"))
    flag.add_argument("--reported", action="store_true", help=_("dilaporkan (bawaan)"))
    p.set_defaults(handler=cmd_portfolio)

    p = group.add_parser(
        "package",
        parents=[parent],
        help=_("paket unggah: berkas bukti per inovasi, dinamai menurut indikator, dengan daftar"),
    )
    _rules_options(p)
    p.add_argument("--out", required=True, metavar="FOLDER", help=_("folder baru tujuan paket"))
    p.add_argument(
        "--innovation",
        action="append",
        default=[],
        metavar="ID",
        help=_("hanya inovasi ini (boleh diulang; bawaan: semua yang dilaporkan)"),
    )
    p.add_argument("--zip", action="store_true", help=_("buat juga berkas ZIP-nya"))
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_package)

    p = group.add_parser(
        "budget-document",
        parents=[parent],
        help=_("lampirkan dokumen anggaran (PDF) di samping jumlah anggaran inovasi"),
    )
    p.add_argument(
        "--innovation", required=True, metavar="ID", help=_("id inovasi (atau awalannya)")
    )
    p.add_argument("--pdf", required=True, metavar="PDF", help=_("berkas PDF dokumen anggaran"))
    p.set_defaults(handler=cmd_budget_document)

    p = group.add_parser(
        "next-year",
        parents=[parent],
        help=_("mulai tahun penilaian berikutnya dari jawaban dan bukti tahun ini"),
    )
    p.add_argument(
        "--from", dest="from_year", type=int, required=True, metavar="TAHUN", help=_("tahun asal")
    )
    p.add_argument(
        "--to", dest="to_year", type=int, metavar="TAHUN", help=_("tahun baru (bawaan: berikutnya)")
    )
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_next_year)
