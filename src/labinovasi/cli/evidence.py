"""The `evidence` and `indicator` commands: bukti dukung kept in the workshop, and answers."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    err,
    iso_date,
    open_service,
    out,
    print_json,
)
from labinovasi.domain.evidence import EvidenceTooBig
from labinovasi.i18n import _


def _owner(args, service) -> str | None:
    """The innovation an answer belongs to (full id or a unique prefix); None for a
    region-level (pemda) indicator."""
    if getattr(args, "region", False) or not args.innovation:
        return None
    from labinovasi.services.innovations import Innovations

    return Innovations(service).find(args.innovation).id


def cmd_evidence_add(args) -> int:
    from labinovasi.services import evidence

    if args.indicator and not (args.innovation or args.region):
        raise UsageError(_("--indicator perlu --innovation ID atau --region"))
    with open_service(args) as service:
        before = evidence.stored_file_count(service)[0]
        try:
            item = evidence.add_evidence(
                service,
                path=Path(args.path) if args.path else None,
                link=args.link,
                title=args.title or "",
                number=args.number or "",
                doc_date=args.date,
                indicator=args.indicator,
                innovation_id=_owner(args, service),
                year=args.year,
            )
        except EvidenceTooBig as error:
            raise EvidenceTooBig(f"{error} " + _("Tautan dilampirkan dengan --link URL.")) from None
        after = evidence.stored_file_count(service)[0]
    if item.is_link:
        err(_("Tautan bukti disimpan."))
    elif after == before:
        err(_("Berkas ini sudah tersimpan di lokakarya; tidak disimpan dua kali."))
    else:
        err(_("Berkas bukti disimpan di dalam lokakarya."))
    out(item.id)
    return EXIT_OK


def cmd_evidence_list(args) -> int:
    from labinovasi.services import evidence

    with open_service(args) as service:
        entries = evidence.evidence_links(service, _owner(args, service), region=args.region)
    if args.json:
        print_json([_entry_json(e) for e in entries])
        return EXIT_OK
    for entry in entries:
        item, answer = entry.evidence, entry.answer
        where = (
            "-"
            if answer is None
            else (
                f"{_('pemda') if answer.innovation_id is None else answer.innovation_id[:8]}"
                f" #{answer.indicator} {answer.status.label}"
            )
        )
        out(f"{item.id[:8]} {where:<32} {item.label}")
    return EXIT_OK


def _entry_json(entry) -> dict:
    item, answer = entry.evidence, entry.answer
    return {
        "id": item.id,
        "sha256": item.sha256,
        "size": item.size,
        "indicator": answer.indicator if answer else None,
        "status": answer.status.value if answer else None,
        "innovation": answer.innovation_id if answer else None,
        "year": answer.year if answer else None,
        "parameter": answer.parameter if answer else None,
        "title": item.title,
        "number": item.number,
        "date": item.doc_date.isoformat() if item.doc_date else None,
        "file_name": item.file_name,
        "link": item.link or None,
    }


def cmd_evidence_get(args) -> int:
    from labinovasi.services import evidence

    with open_service(args) as service:
        path = evidence.export_evidence(service, args.evidence_id, Path(args.out))
    err(_("Bukti ditulis ke {path}").format(path=path))
    return EXIT_OK


def cmd_evidence_edit(args) -> int:
    from labinovasi.services import evidence

    changes = {
        key: value
        for key, value in (("title", args.title), ("number", args.number), ("doc_date", args.date))
        if value is not None
    }
    if not changes:
        raise UsageError(_("sebutkan --title, --number atau --date"))
    with open_service(args) as service:
        item = evidence.update_evidence(service, args.evidence_id, **changes)
    err(_("Rincian bukti disimpan."))
    out(item.id)
    return EXIT_OK


def cmd_evidence_attach(args) -> int:
    from labinovasi.services import evidence

    with open_service(args) as service:
        answer = evidence.attach_evidence(
            service, args.evidence_id, args.indicator, _owner(args, service), args.year
        )
    if args.json:
        print_json(_answer_json(answer))
    else:
        err(_("Bukti kini juga mendukung indikator {no}.").format(no=answer.indicator))
        out(answer.id)
    return EXIT_OK


def cmd_evidence_detach(args) -> int:
    from labinovasi.services import evidence

    with open_service(args) as service:
        answer = evidence.detach_from(
            service,
            args.evidence_id,
            args.indicator,
            _owner(args, service),
            args.year,
            force=args.force,
        )
    if args.json:
        print_json(_answer_json(answer))
    else:
        err(
            _(
                "Bukti dilepas dari indikator {no}; bukti itu tetap tersimpan. Jawaban menunggu "
                "verifikasi lagi."
            ).format(no=answer.indicator)
        )
        out(answer.id)
    return EXIT_OK


def cmd_evidence_remove(args) -> int:
    from labinovasi.services import evidence

    with open_service(args) as service:
        removal = evidence.delete_evidence(service, args.evidence_id, force=args.force)
    if args.json:
        print_json(
            {
                "id": removal.evidence.id,
                "sha256": removal.evidence.sha256,
                "file_removed": removal.blob_removed,
                "answers": [_answer_json(u.answer) for u in removal.uses],
            }
        )
        return EXIT_OK
    err(_("Bukti dihapus: {label}").format(label=removal.evidence.label))
    for use in removal.uses:
        err("  " + _("menunggu verifikasi lagi: {use}").format(use=use.label))
    if removal.blob_removed:
        err(_("Berkasnya tidak dipakai bukti lain dan ikut dihapus dari lokakarya."))
    out(removal.evidence.id)
    return EXIT_OK


def _answer_json(answer) -> dict:
    return {
        "answer": answer.id,
        "innovation": answer.innovation_id,
        "indicator": answer.indicator,
        "year": answer.year,
        "status": answer.status.value,
        "evidence": answer.evidence_ids,
    }


def cmd_indicator_set(args) -> int:
    from labinovasi.services import evidence

    checks = {
        key: value
        for key, value in (
            ("check_name", args.check_name),
            ("check_signed", args.check_signed),
            ("check_highlighted", args.check_highlighted),
        )
        if value is not None
    }
    extra: dict = {"parameter": args.parameter} if args.parameter is not None else {}
    if args.basis is not None:
        extra["basis"] = args.basis
    if args.t2 is not None:
        extra["figures"] = (args.t1, args.t2)
    with open_service(args) as service:
        answer = evidence.set_answer(
            service,
            args.indicator,
            _owner(args, service),
            args.year,
            status=args.status,
            note=args.note,
            **extra,
            **checks,
        )
    err(
        _("Indikator {no}: parameter {parameter}, {status}.").format(
            no=answer.indicator, parameter=answer.parameter or "-", status=answer.status.label
        )
    )
    out(answer.id)
    return EXIT_OK


def _owner_options(p: argparse.ArgumentParser, required: bool) -> None:
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--innovation", metavar="ID", help=_("id inovasi"))
    group.add_argument(
        "--region", action="store_true", help=_("indikator tingkat pemda (bukan per inovasi)")
    )


def register(sub, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("evidence", help=_("bukti dukung")).add_subparsers(
        dest="evidence_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = group.add_parser("add", parents=[parent], help=_("simpan berkas atau tautan bukti"))
    _owner_options(p, required=False)
    p.add_argument("--indicator", metavar="NO", help=_("nomor indikator, misalnya 16"))
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--file", dest="path", metavar="PATH", help=_("berkas bukti"))
    source.add_argument("--link", metavar="URL", help=_("tautan bukti"))
    p.add_argument("--title", help=_("judul dokumen"))
    p.add_argument("--number", help=_("nomor dokumen"))
    p.add_argument("--date", type=iso_date, help=_("tanggal dokumen (TTTT-BB-HH)"))
    p.add_argument("--year", type=int, help=_("tahun penilaian"))
    p.set_defaults(handler=cmd_evidence_add)
    p = group.add_parser("list", parents=[parent], help=_("daftar bukti"))
    _owner_options(p, required=False)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_evidence_list)
    p = group.add_parser("get", parents=[parent], help=_("tulis berkas bukti yang tersimpan"))
    p.add_argument("evidence_id", metavar="EVIDENCE_ID")
    p.add_argument("--out", required=True, metavar="PATH", help=_("berkas tujuan"))
    p.set_defaults(handler=cmd_evidence_get)
    p = group.add_parser(
        "edit", parents=[parent], help=_("ubah judul, nomor atau tanggal dokumen bukti")
    )
    p.add_argument("evidence_id", metavar="EVIDENCE_ID")
    p.add_argument("--title", help=_("judul dokumen"))
    p.add_argument("--number", help=_("nomor dokumen"))
    p.add_argument("--date", type=iso_date, help=_("tanggal dokumen (TTTT-BB-HH)"))
    p.set_defaults(handler=cmd_evidence_edit)
    for name, handler, text in (
        ("attach", cmd_evidence_attach, _("pakai bukti tersimpan untuk indikator lain")),
        ("detach", cmd_evidence_detach, _("lepas bukti dari satu indikator (tetap tersimpan)")),
    ):
        p = group.add_parser(name, parents=[parent], help=text)
        p.add_argument("evidence_id", metavar="EVIDENCE_ID")
        _owner_options(p, required=True)
        p.add_argument("--indicator", required=True, metavar="NO")
        p.add_argument("--year", type=int, help=_("tahun penilaian"))
        if name == "detach":
            p.add_argument(
                "--force",
                action="store_true",
                help=_("lepas juga dari jawaban yang sudah diterima"),
            )
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)
    p = group.add_parser("remove", parents=[parent], help=_("hapus bukti dari lokakarya"))
    p.add_argument("evidence_id", metavar="EVIDENCE_ID")
    p.add_argument(
        "--force", action="store_true", help=_("hapus juga bila mendukung jawaban yang diterima")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_evidence_remove)

    group = sub.add_parser("indicator", help=_("indikator indeks inovasi")).add_subparsers(
        dest="indicator_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = group.add_parser("set", parents=[parent], help=_("parameter dan verifikasi indikator"))
    _owner_options(p, required=True)
    p.add_argument("--indicator", required=True, metavar="NO")
    p.add_argument("--parameter", type=int, choices=(1, 2, 3))
    p.add_argument("--status", help=_("menunggu, diterima, ditolak, perlu revisi"))
    p.add_argument("--note", help=_("catatan verifikator"))
    p.add_argument("--year", type=int, help=_("tahun penilaian"))
    p.add_argument(
        "--basis",
        metavar="DASAR",
        help=_("dasar pengukuran (indikator 33), mis. efisiensi-belanja"),
    )
    p.add_argument(
        "--t1", metavar="ANGKA", help=_("angka tahun sebelumnya (indikator SPD yang dihitung)")
    )
    p.add_argument(
        "--t2",
        metavar="ANGKA",
        help=_("angka tahun terakhir: parameternya dihitung seperti portal (mis. PAD, IPM)"),
    )
    for flag, label in (
        ("--check-name", _("memuat nama inovasi")),
        ("--check-signed", _("bertanda tangan")),
        ("--check-highlighted", _("sudah distabilo")),
    ):
        p.add_argument(flag, action=argparse.BooleanOptionalAction, default=None, help=label)
    p.set_defaults(handler=cmd_indicator_set)
