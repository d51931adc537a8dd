"""Commands for the papers an office files: `letterhead`, `participant`, `signatory`,
`materi` (the lab's materi and JP, on the certificates) and `number-pattern` (the documents themselves are printed by `report --document`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, Parser, err, open_service, out, print_json
from labinovasi.i18n import _

LAB_ROLES = (
    "kepala-bapperida",
    "sekda",
    "fasilitator",
    "kepala-daerah",
    "kepala-opd",
    "juri",
    "pptk",
    "verifikator",
)


def cmd_letterhead(args) -> int:
    from labinovasi.services import papers

    fields = {key: getattr(args, key) for key in (*papers.LETTERHEAD_TEXT, "paper")}
    with open_service(args) as service:
        head = papers.set_letterhead(
            service, logo=Path(args.logo) if args.logo else None, remove_logo=args.no_logo, **fields
        )
    if args.json:
        print_json(
            {
                "government": head.government,
                "agency": head.agency,
                "address": head.address,
                "phone": head.phone,
                "email": head.email,
                "website": head.website,
                "city": head.city,
                "paper": head.paper,
                "logo": bool(head.logo),
            }
        )
    err(_("Kop surat disimpan."))
    return EXIT_OK


def _person_json(person) -> dict:
    return {
        "id": person.id,
        "role": person.role,
        "name": person.name,
        "nip": person.nip,
        "rank": person.rank,
        "position": person.position,
        "opd_id": person.opd_id,
        "opd": person.opd_name,
        "phone": person.phone,
    }


def cmd_participant_import(args) -> int:
    from labinovasi.domain import BadInput
    from labinovasi.services import papers

    with open_service(args) as service:
        try:
            report = papers.import_participants(service, Path(args.source), skip_bad=args.skip_bad)
        except BadInput as error:
            if error.details and not args.skip_bad:
                error.details.append(_("Dengan --skip-bad hanya baris yang benar diimpor."))
            raise
    if report.skipped:
        err(_("{n} peserta diimpor; baris bermasalah dilewati:").format(n=report.imported))
        for line in report.skipped:
            err("  " + line)
    else:
        err(_("{n} peserta diimpor.").format(n=report.imported))
    return EXIT_OK


def cmd_participant_add(args) -> int:
    from labinovasi.services import papers

    with open_service(args) as service:
        person = papers.set_person(
            service,
            "peserta",
            args.name,
            args.nip or "",
            args.rank or "",
            args.position or "",
            args.opd or "",
            args.phone or "",
        )
    err(_("Peserta ditambahkan: {name}").format(name=person.name))
    return EXIT_OK


def cmd_participant_list(args) -> int:
    from labinovasi.domain.papers import format_nip
    from labinovasi.services import papers

    with open_service(args) as service:
        found = papers.people(service, None if args.all_roles else "peserta")
    if args.json:
        print_json([_person_json(p) for p in found])
        return EXIT_OK
    for person in found:
        out(f"{person.role:<16} {person.name:<32} {format_nip(person.nip):<22} {person.position}")
    return EXIT_OK


def cmd_signatory(args) -> int:
    from labinovasi.services import papers

    with open_service(args) as service:
        person = papers.set_person(
            service,
            args.role,
            args.name,
            args.nip or "",
            args.rank or "",
            args.position or "",
            args.opd or "",
        )
    err(_("Penanda tangan disimpan: {name}").format(name=person.name))
    return EXIT_OK


def cmd_materi(args) -> int:
    from labinovasi.domain.papers import total_jp
    from labinovasi.services import papers

    with open_service(args) as service:
        if args.item or args.clear:
            found = papers.set_materi(service, [] if args.clear else args.item)
            err(_("Materi disimpan: {n} materi, {jp} JP.").format(n=len(found), jp=total_jp(found)))
        else:
            found = papers.materi(service)
    if args.json:
        print_json(
            {"materi": [{"title": m.title, "jp": m.jp} for m in found], "total_jp": total_jp(found)}
        )
    elif not (args.item or args.clear):
        for item in found:
            out(f"{item.jp:>4} JP  {item.title}")
        out(_("Jumlah: {jp} JP").format(jp=total_jp(found)))
    return EXIT_OK


def cmd_number_pattern(args) -> int:
    from labinovasi.services import papers

    with open_service(args) as service:
        pattern = papers.set_number_pattern(service, args.document, args.pattern)
    err(_("Pola nomor {kind}: {pattern}").format(kind=args.document, pattern=pattern))
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    from labinovasi.domain.papers import DOCUMENT_CODES

    p = sub.add_parser(
        "letterhead", parents=[parent], help=_("kop surat, kota dan ukuran kertas dokumen")
    )
    p.add_argument("--government", metavar="TEKS", help=_("mis. PEMERINTAH KABUPATEN …"))
    p.add_argument("--agency", metavar="TEKS", help=_("nama lengkap badan"))
    p.add_argument("--agency-short", metavar="TEKS", help=_("singkatan badan, mis. Bapperida"))
    p.add_argument("--address", metavar="TEKS")
    p.add_argument("--phone", metavar="TEKS")
    p.add_argument("--email", metavar="TEKS")
    p.add_argument("--website", metavar="TEKS")
    p.add_argument("--city", metavar="KOTA", help=_("tempat penandatanganan"))
    p.add_argument("--logo", metavar="PNG/JPG")
    p.add_argument("--no-logo", action="store_true", help=_("hapus logo"))
    p.add_argument("--paper", choices=("A4", "F4"), help=_("ukuran kertas (F4: 215×330 mm)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_letterhead)

    participant = sub.add_parser("participant", help=_("peserta lokakarya")).add_subparsers(
        dest="participant_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = participant.add_parser(
        "import",
        parents=[parent],
        help=_("impor peserta dari CSV/XLSX (nama, NIP, pangkat/golongan, jabatan, OPD, nomor HP)"),
    )
    p.add_argument("source", metavar="SUMBER")
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help=_("impor baris yang benar saja; baris bermasalah dilewati dan disebutkan"),
    )
    p.set_defaults(handler=cmd_participant_import)
    p = participant.add_parser("add", parents=[parent], help=_("tambah satu peserta"))
    p.add_argument("--name", required=True)
    for option in ("--nip", "--rank", "--position", "--opd", "--phone"):
        p.add_argument(option)
    p.set_defaults(handler=cmd_participant_add)
    p = participant.add_parser("list", parents=[parent], help=_("daftar peserta"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--all-roles", action="store_true", help=_("juga penanda tangan"))
    p.set_defaults(handler=cmd_participant_list)

    p = sub.add_parser(
        "signatory",
        parents=[parent],
        help=_(
            "penanda tangan: Kepala Bapperida, Sekda, fasilitator, kepala daerah, kepala OPD, "
            "juri, PPTK, verifikator"
        ),
    )
    p.add_argument("--role", required=True, choices=LAB_ROLES)
    p.add_argument("--name", required=True)
    p.add_argument("--nip")
    p.add_argument("--rank", help=_("pangkat/golongan"))
    p.add_argument("--position", help=_("jabatan lengkap"))
    p.add_argument("--opd", help=_("OPD (untuk kepala-opd)"))
    p.set_defaults(handler=cmd_signatory)

    p = sub.add_parser(
        "materi",
        parents=[parent],
        help=_("materi lokakarya dan jam pelajaran (JP), dicetak pada sertifikat peserta"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--item",
        nargs=2,
        action="append",
        metavar=("JUDUL", "JP"),
        help=_("satu materi dan JP-nya; diulang untuk setiap materi (mengganti seluruh daftar)"),
    )
    which.add_argument("--clear", action="store_true", help=_("hapus daftar materi"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_materi)

    p = sub.add_parser(
        "number-pattern",
        parents=[parent],
        help=_("pola nomor per jenis dokumen, mis. 000.9/{seq}/Bapperida/{year}"),
    )
    p.add_argument("--document", required=True, choices=sorted(DOCUMENT_CODES))
    p.add_argument("--pattern", required=True)
    p.set_defaults(handler=cmd_number_pattern)
