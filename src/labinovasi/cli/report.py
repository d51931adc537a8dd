"""The `report` command: print the rekapitulasi, one OPD's lembar hasil, or both; with
`--document`, one of the office papers (daftar hadir, berita acara, certificates, drafts) as
PDF or Word (.docx)."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, err, iso_date, open_service
from labinovasi.i18n import _


def _paper(args: argparse.Namespace, out: Path) -> int:
    from labinovasi.services.papers import render_paper

    document = args.document or ("rekap" if args.summary else "lembar")
    with open_service(args) as service:
        opd_id = service.find_opd(args.opd).id if args.opd else None
        paper = render_paper(
            service,
            out,
            document,
            opd_id=opd_id,
            innovation_id=args.innovation,
            dated=args.date,
            session=args.session or "",
            blank_rows=args.blank or 0,
            piagam=args.piagam,
            number=args.number or "",
            tahapan=args.tahapan or "",
            year=args.year,
        )
    err(_("Dokumen ditulis: {path}").format(path=out))
    if paper.number:
        err(_("Nomor: {number}").format(number=paper.number))
    if paper.words is not None:
        err(_("{n} kata").format(n=paper.words))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from labinovasi.services.reporting import render_report

    out = Path(args.out)
    if args.document or out.suffix.lower() == ".docx":
        return _paper(args, out)
    with open_service(args) as service:
        if args.opd:
            opd = service.find_opd(args.opd)
            path = render_report(service, out, kind="opd", opd_id=opd.id)
        else:
            path = render_report(service, out, kind="summary" if args.summary else "all")
    err(_("Laporan ditulis: {path}").format(path=path))
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[parent],
        help=_("cetak rekapitulasi, lembar hasil per OPD dan dokumen kantor (PDF atau Word)"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="PDF/DOCX",
        help=_("berkas tujuan (.pdf, atau .docx untuk dokumen)"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--all", action="store_true", help=_("rekapitulasi lalu lembar hasil setiap OPD (bawaan)")
    )
    which.add_argument("--summary", action="store_true", help=_("rekapitulasi saja"))
    which.add_argument(
        "--opd",
        metavar="OPD",
        help=_("lembar hasil satu OPD (singkatan atau nama); dengan --document: OPD dokumen itu"),
    )
    from labinovasi.reports.papers.registry import DOCUMENTS

    p.add_argument(
        "--document",
        choices=DOCUMENTS,
        help=_("dokumen kantor dengan kop surat, nomor dan tanda tangan"),
    )
    p.add_argument(
        "--innovation",
        metavar="ID",
        help=_("inovasi (id rancangan) untuk rancang-bangun atau piagam"),
    )
    p.add_argument(
        "--date",
        type=iso_date,
        metavar="TTTT-BB-HH",
        help=_("tanggal dokumen (bawaan: tanggal yang sesuai dari catatan lab)"),
    )
    p.add_argument("--session", metavar="TEKS", help=_("daftar hadir: sesi, mis. 'Sesi 1'"))
    p.add_argument(
        "--blank", type=int, metavar="N", help=_("daftar hadir: N baris kosong tambahan")
    )
    p.add_argument(
        "--piagam",
        action="store_true",
        help=_("sertifikat: piagam per inovasi, bukan sertifikat peserta"),
    )
    p.add_argument(
        "--number",
        metavar="NOMOR",
        help=_("sk-penetapan, sk-tim: nomor dari penerbit keputusan (bawaan: dikosongkan)"),
    )
    p.add_argument(
        "--tahapan",
        metavar="TAHAPAN",
        help=_("sk-penetapan: hanya inovasi pada tahapan ini (inisiatif, uji coba, penerapan)"),
    )
    p.add_argument(
        "--year",
        type=int,
        metavar="TAHUN",
        help=_(
            "sk-penetapan: tahapan dimulai pada tahun ini; berita-acara-verifikasi: tahun "
            "penilaian IGA"
        ),
    )
    p.set_defaults(handler=cmd_report)
