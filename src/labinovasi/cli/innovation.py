"""The `innovation` commands: list, show, add and set the innovation profile (IGA form)."""

from __future__ import annotations

import argparse

from labinovasi.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    err,
    open_service,
    out,
    print_json,
)
from labinovasi.i18n import _


def _store(service):
    from labinovasi.services.innovations import Innovations

    return Innovations(service)


def cmd_innovation_list(args) -> int:
    from labinovasi.domain.innovations import profile_progress
    from labinovasi.services.innovations import innovation_json

    with open_service(args) as service:
        opd_id = service.find_opd(args.opd).id if args.opd else None
        opds = {o.id: o for o in service.list_opds()}
        innovations = _store(service).list(opd_id)
    if args.json:
        print_json([innovation_json(i, opds[i.opd_id].abbreviation) for i in innovations])
        return EXIT_OK
    for i in innovations:
        filled, total = profile_progress(i)
        out(f"{i.id[:8]} {opds[i.opd_id].abbreviation:<14} {filled:>2}/{total} {i.name}")
    return EXIT_OK


def cmd_innovation_show(args) -> int:
    from labinovasi.domain.innovations import FIELD_LABELS, INNOVATION_FIELDS, field_text
    from labinovasi.services.innovations import innovation_json

    with open_service(args) as service:
        store = _store(service)
        innovation = store.find(args.id)
        history = store.history(innovation.id)
        opd = service.get_opd(innovation.opd_id)
    if args.json:
        print_json(innovation_json(innovation, opd.abbreviation, history))
        return EXIT_OK
    out(f"{innovation.id}  {opd.display_name}")
    for name in INNOVATION_FIELDS:
        out(f"{_(FIELD_LABELS[name])}: {field_text(innovation.value(name))}")
    for n, a in enumerate(innovation.actions, start=1):
        out(
            f"  {n}. {a.activity} | {a.person} | {field_text(a.start)} – {field_text(a.end)} "
            f"| {a.output} | {a.indicator}"
        )
    return EXIT_OK


def cmd_innovation_add(args) -> int:
    with open_service(args) as service:
        opd = service.find_opd(args.opd)
        ideas = [service.find_idea(key).id for key in args.idea or ()]
        innovation = _store(service).add(opd.id, args.name, idea_ids=ideas)
    err(_("Inovasi ditambahkan: {name} ({opd})").format(name=innovation.name, opd=opd.abbreviation))
    out(innovation.id)
    return EXIT_OK


def _assignments(pairs: list[str]) -> dict[str, str]:
    changes = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(
                _("tulis isian sebagai nama=nilai, bukan \u201c{pair}\u201d").format(pair=pair)
            )
        changes[name.strip()] = value
    return changes


def _checked_for_year(service, changes: dict, year: int | None) -> dict:
    """Per-year fields (klasifikasi, Asta Cita, PKPN, koordinat, tematik) checked against the
    rule file of `year` (the workshop's assessment year when not given)."""
    from labinovasi.domain.profile import profile_field

    if not any((f := profile_field(k)) is not None and f.per_year for k in changes):
        return changes
    from labinovasi.services import evidence
    from labinovasi.services.iga_profile import check_year_values

    return check_year_values(evidence.rules(year or evidence.default_year(service)), changes)


def cmd_innovation_set(args) -> int:
    """Profile fields (domain/profile.py), and `origin=lab|imported`: all checked first."""
    from labinovasi.domain.innovations import check_origin

    changes = _assignments(args.assignments)
    origin = changes.pop("origin", None)
    with open_service(args) as service:
        store = _store(service)
        innovation = store.find(args.id)
        if origin is not None:
            check_origin(origin.strip().lower())  # refused before any field is written
        if changes:
            changes = _checked_for_year(service, changes, args.year)
            store.set_fields(innovation.id, changes)
        if origin is not None:
            store.set_origin(innovation.id, origin)
    names = [*changes, *(["origin"] if origin is not None else [])]
    err(_("Inovasi diperbarui: {names}").format(names=", ".join(names)))
    return EXIT_OK


def cmd_innovation_import(args) -> int:
    """The national form layout (IGA workbook): all or nothing, nothing twice."""
    from pathlib import Path

    from labinovasi.services.iga_form import import_iga_workbook

    with open_service(args) as service:
        report = import_iga_workbook(service, Path(args.workbook), args.year, args.rules)
    if args.json:
        print_json(report.to_json())
    err(
        _(
            "Diimpor: {added} inovasi baru, {updated} diperbarui, {same} sama; {answers} jawaban "
            "indikator berubah, {evidence} bukti ditambahkan."
        ).format(
            added=report.added,
            updated=report.updated,
            same=report.unchanged,
            answers=report.answers,
            evidence=report.evidence,
        )
    )
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("innovation", help=_("inovasi (profil inovasi daerah)")).add_subparsers(
        dest="innovation_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = group.add_parser("list", parents=[parent], help=_("daftar inovasi"))
    p.add_argument("--opd", help=_("singkatan atau nama OPD"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_innovation_list)
    p = group.add_parser(
        "show", parents=[parent], help=_("semua isian satu inovasi, rencana aksi dan riwayatnya")
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_innovation_show)
    p = group.add_parser("add", parents=[parent], help=_("tambah inovasi; mencetak id-nya"))
    p.add_argument("--opd", required=True, help=_("singkatan atau nama OPD"))
    p.add_argument("--name", required=True, help=_("nama inovasi"))
    p.add_argument(
        "--idea",
        action="append",
        metavar="ID",
        help=_("gagasan asal inovasi (boleh lebih dari satu)"),
    )
    p.set_defaults(handler=cmd_innovation_add)
    p = group.add_parser(
        "set",
        parents=[parent],
        help=_("ubah isian: nama=nilai ... (juga origin=lab|imported: asal inovasi)"),
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("assignments", nargs="+", metavar="ISIAN=NILAI")
    p.add_argument(
        "--year",
        type=int,
        metavar="TAHUN",
        help=_(
            "tahun penilaian yang daftarnya memeriksa isian per tahun (klasifikasi, asta_cita, "
            "pkpn, coordinates, theme); bawaan: tahun lokakarya"
        ),
    )
    p.set_defaults(handler=cmd_innovation_set)
    p = group.add_parser(
        "import", parents=[parent], help=_("impor inovasi dari buku kerja formulir IGA (XLSX)")
    )
    p.add_argument("workbook", metavar="XLSX", help=_("buku kerja formulir IGA"))
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--year",
        type=int,
        metavar="TAHUN",
        help=_("tahun penilaian (berkas aturan yang terpasang)"),
    )
    which.add_argument("--rules", metavar="JSON", help=_("berkas aturan IGA lain"))
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_innovation_import)
