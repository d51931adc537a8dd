"""The `deliver` commands: the rencana aksi timeline, the monitoring log, launchings and the
desk-consultation schedule."""

from __future__ import annotations

import argparse
from datetime import date, time
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
from labinovasi.i18n import _


def _clock(value: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("jam harus berbentuk JJ:MM, misalnya 13:00")) from error


def cmd_deliver_timeline(args) -> int:
    from labinovasi.services import delivery

    today = args.today or date.today()
    with open_service(args) as service:
        opd_id = service.find_opd(args.opd).id if args.opd else None
        opds = {o.id: o.abbreviation for o in service.list_opds()}
        items = delivery.timeline(service, opd_id)
    if args.json:
        print_json(
            [
                {
                    "action_id": i.action_id,
                    "opd": opds.get(i.opd_id, ""),
                    "innovation_id": i.innovation_id,
                    "innovation": i.innovation_name,
                    "activity": i.activity,
                    "person": i.person,
                    "start": i.start.isoformat() if i.start else None,
                    "end": i.end.isoformat() if i.end else None,
                    "status": i.status.value,
                    "realised_on": i.realised_on.isoformat() if i.realised_on else None,
                    "note": i.note,
                    "overdue": i.is_overdue(today),
                    "days_late": i.days_late(today),
                }
                for i in items
            ]
        )
        return EXIT_OK
    for i in items:
        late = _(" TERLAMBAT {n} hari").format(n=i.days_late(today)) if i.is_overdue(today) else ""
        out(
            f"{opds.get(i.opd_id, ''):<12} {i.status.value:<9} "
            f"{i.end.isoformat() if i.end else '-':<10} {i.activity}{late}"
        )
    return EXIT_OK


def cmd_deliver_schedule(args) -> int:
    from labinovasi.services import delivery

    with open_service(args) as service:
        schedule = delivery.consultation_plan(
            service, args.desks, args.date, args.start, args.minutes
        )
        path = delivery.write_consultation_pdf(service, schedule, Path(args.out))
    err(_("Jadwal desk konsultasi ditulis ke {path}").format(path=path))
    return EXIT_OK


# -- monitoring and launching -----------------------------------------------------------------


def _names(service) -> tuple[dict[str, str], dict[str, str]]:
    """OPD id -> singkatan, innovation id -> name: what the JSON and the lines show."""
    from labinovasi.services.innovations import Innovations

    opds = {o.id: o.abbreviation or o.name for o in service.list_opds()}
    innovations = {i.id: i.name for i in Innovations(service).list()}
    return opds, innovations


def _owner(args, service) -> tuple[str | None, str | None]:
    """(opd id, innovation id) from --opd / --innovation (each may be absent)."""
    from labinovasi.services.innovations import Innovations

    opd_id = service.find_opd(args.opd).id if getattr(args, "opd", None) else None
    innovation = getattr(args, "innovation", None)
    innovation_id = Innovations(service).find(innovation).id if innovation else None
    return opd_id, innovation_id


def monitoring_json(entry, opds: dict[str, str], innovations: dict[str, str]) -> dict:
    """One entry of `deliver monitoring list --json` (and of `add`/`edit` with --json)."""
    return {
        "id": entry.id,
        "opd": opds.get(entry.opd_id, ""),
        "innovation_id": entry.innovation_id,
        "innovation": innovations.get(entry.innovation_id, "") if entry.innovation_id else None,
        "date": entry.on_date.isoformat(),
        "kind": entry.kind,
        "who": entry.who,
        "progress": entry.progress,
        "obstacles": entry.obstacles,
        "follow_up": entry.follow_up,
    }


def launching_json(launching, opd: str, innovation: str) -> dict:
    """One item of `deliver launchings --json` (and of `deliver launching --json`)."""
    return {
        "id": launching.id,
        "opd": opd,
        "innovation_id": launching.innovation_id,
        "innovation": innovation,
        "date": launching.on_date.isoformat(),
        "place": launching.place,
        "by": launching.by_whom,
        "link": launching.news_link,
    }


def _monitoring_line(entry, opds: dict[str, str], innovations: dict[str, str]) -> str:
    progress = f"{entry.progress}%" if entry.progress is not None else "-"
    parts = [
        innovations.get(entry.innovation_id, "") if entry.innovation_id else "",
        entry.who,
        _("kendala: {text}").format(text=entry.obstacles) if entry.obstacles else "",
        _("tindak lanjut: {text}").format(text=entry.follow_up) if entry.follow_up else "",
    ]
    return (
        f"{entry.id[:8]} {entry.on_date.isoformat()} {opds.get(entry.opd_id, ''):<12} "
        f"{entry.kind:<15} {progress:>4}  " + " · ".join(p for p in parts if p)
    ).rstrip()


def _entry_values(args) -> dict:
    """The options given to `monitoring add/edit`, checked by the domain (BadInput: exit 4)."""
    from labinovasi.domain.delivery import parse_day

    values: dict[str, object] = {}
    if args.date is not None:
        values["on_date"] = parse_day(args.date, _("Tanggal pemantauan"))
    for option, name in (
        ("kind", "kind"),
        ("who", "who"),
        ("progress", "progress"),
        ("obstacles", "obstacles"),
        ("follow_up", "follow_up"),
    ):
        if getattr(args, option) is not None:
            values[name] = getattr(args, option)
    return values


def cmd_monitoring_add(args) -> int:
    from labinovasi.services import delivery

    with open_service(args) as service:
        values = _entry_values(args)
        opd_id, innovation_id = _owner(args, service)
        entry = delivery.add_monitoring(
            service,
            opd_id,
            values.get("on_date"),
            values.get("kind", ""),
            values.get("who", ""),
            values.get("progress"),
            values.get("obstacles", ""),
            values.get("follow_up", ""),
            innovation_id=innovation_id,
        )
        opds, innovations = _names(service)
    if args.json:
        print_json(monitoring_json(entry, opds, innovations))
    else:
        err(_("Catatan pemantauan disimpan."))
        out(entry.id)
    return EXIT_OK


def cmd_monitoring_edit(args) -> int:
    from labinovasi.services import delivery

    with open_service(args) as service:
        entry = delivery.find_monitoring(service, args.entry_id)
        changes = _entry_values(args)
        opd_id, innovation_id = _owner(args, service)
        if innovation_id is not None:
            changes.update(innovation_id=innovation_id, opd_id=None)
        elif opd_id is not None:
            changes["opd_id"] = opd_id
        if args.no_innovation:
            changes["innovation_id"] = None
        entry = delivery.update_monitoring(service, entry.id, **changes)
        opds, innovations = _names(service)
    if args.json:
        print_json(monitoring_json(entry, opds, innovations))
    else:
        err(_("Catatan pemantauan diperbarui."))
        out(entry.id)
    return EXIT_OK


def cmd_monitoring_remove(args) -> int:
    from labinovasi.services import delivery

    with open_service(args) as service:
        entry = delivery.find_monitoring(service, args.entry_id)
        delivery.delete_monitoring(service, entry.id)
    err(_("Catatan pemantauan {id} dihapus.").format(id=entry.id[:8]))
    return EXIT_OK


def cmd_monitoring_list(args) -> int:
    from labinovasi.services import delivery

    with open_service(args) as service:
        opd_id, innovation_id = _owner(args, service)
        entries = delivery.monitoring_log(service, opd_id, innovation_id)
        opds, innovations = _names(service)
    if args.json:
        print_json([monitoring_json(e, opds, innovations) for e in entries])
        return EXIT_OK
    if not entries:
        err(_("Belum ada catatan pemantauan."))
    for entry in entries:
        out(_monitoring_line(entry, opds, innovations))
    return EXIT_OK


def cmd_launching(args) -> int:
    from labinovasi.domain.delivery import parse_day
    from labinovasi.formatting import format_date
    from labinovasi.services import delivery
    from labinovasi.services.innovations import Innovations

    with open_service(args) as service:
        innovation = Innovations(service).find(args.innovation)
        if args.remove:
            delivery.remove_launching(service, innovation.id)
            err(_("Launching {name} dihapus.").format(name=innovation.name))
            return EXIT_OK
        if args.date is None:
            raise UsageError(_("--date wajib diisi (atau --remove)"))
        launching = delivery.record_launching(
            service,
            innovation.id,
            parse_day(args.date, _("Tanggal launching")),
            args.place or "",
            args.by or "",
            args.link or "",
        )
        opd = service.get_opd(innovation.opd_id).abbreviation
    if args.json:
        print_json(launching_json(launching, opd, innovation.name))
    else:
        err(
            _("Launching {name} dicatat: {date}.").format(
                name=innovation.name, date=format_date(launching.on_date)
            )
        )
        out(launching.id)
    return EXIT_OK


def cmd_launchings(args) -> int:
    from labinovasi.services import delivery

    with open_service(args) as service:
        opd_id, _innovation = _owner(args, service)
        opds, innovations = _names(service)
        owners = {i.id: i.opd_id for i in _innovation_list(service)}
        items = [
            launch
            for launch in delivery.launchings(service).values()
            if opd_id is None or owners.get(launch.innovation_id) == opd_id
        ]
    rows = [
        launching_json(
            launch,
            opds.get(owners.get(launch.innovation_id, ""), ""),
            innovations.get(launch.innovation_id, ""),
        )
        for launch in items
    ]
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        err(_("Belum ada launching yang dicatat."))
    for row in rows:
        out(
            f"{row['date']} {row['opd']:<12} {row['innovation']}"
            + "".join(f" · {row[k]}" for k in ("place", "by", "link") if row[k])
        )
    return EXIT_OK


def _innovation_list(service):
    from labinovasi.services.innovations import Innovations

    return Innovations(service).list()


def _monitoring_options(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument(
        "--date",
        required=adding,
        metavar="TTTT-BB-HH",
        help=_("tanggal pemantauan"),
    )
    p.add_argument(
        "--kind",
        required=adding,
        metavar="JENIS",
        help=_("desk konsultasi, kunjungan, rapat atau monev"),
    )
    p.add_argument("--who", metavar="SIAPA", help=_("siapa yang memantau atau hadir"))
    p.add_argument("--progress", metavar="PERSEN", help=_("kemajuan 0-100"))
    p.add_argument("--obstacles", metavar="TEKS", help=_("kendala"))
    p.add_argument("--follow-up", dest="follow_up", metavar="TEKS", help=_("tindak lanjut"))
    p.add_argument("--json", action="store_true")


def register(sub, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("deliver", help=_("pelaksanaan setelah lab")).add_subparsers(
        dest="deliver_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = group.add_parser("timeline", parents=[parent], help=_("rencana aksi dan kemajuannya"))
    p.add_argument("--opd", help=_("singkatan atau nama OPD"))
    p.add_argument("--today", type=iso_date, help=_("tanggal acuan keterlambatan"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deliver_timeline)
    p = group.add_parser("schedule", parents=[parent], help=_("jadwal desk konsultasi (PDF)"))
    p.add_argument("--desks", type=int, required=True, help=_("jumlah meja konsultasi"))
    p.add_argument("--date", type=iso_date, help=_("tanggal (bawaan: hari terakhir lab)"))
    p.add_argument("--start", type=_clock, default=time(9, 0), help=_("jam mulai, JJ:MM"))
    p.add_argument("--minutes", type=int, default=20, help=_("menit per OPD"))
    p.add_argument("--out", required=True, metavar="PDF")
    p.set_defaults(handler=cmd_deliver_schedule)

    monitoring = group.add_parser(
        "monitoring", help=_("catatan pemantauan: monev, desk konsultasi, kunjungan, rapat")
    ).add_subparsers(
        dest="monitoring_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = monitoring.add_parser("add", parents=[parent], help=_("catat satu pemantauan"))
    owner = p.add_mutually_exclusive_group(required=True)
    owner.add_argument("--innovation", metavar="ID", help=_("id inovasi (OPD-nya ikut)"))
    owner.add_argument("--opd", help=_("singkatan atau nama OPD"))
    _monitoring_options(p, adding=True)
    p.set_defaults(handler=cmd_monitoring_add)
    p = monitoring.add_parser("edit", parents=[parent], help=_("perbaiki satu catatan"))
    p.add_argument("entry_id", metavar="ID", help=_("id catatan (atau awalannya)"))
    owner = p.add_mutually_exclusive_group()
    owner.add_argument("--innovation", metavar="ID", help=_("pindahkan ke inovasi ini"))
    owner.add_argument("--opd", help=_("pindahkan ke OPD ini (tanpa inovasi)"))
    owner.add_argument(
        "--no-innovation", action="store_true", help=_("catatan untuk OPD, bukan satu inovasi")
    )
    _monitoring_options(p, adding=False)
    p.set_defaults(handler=cmd_monitoring_edit)
    p = monitoring.add_parser("remove", parents=[parent], help=_("hapus catatan yang keliru"))
    p.add_argument("entry_id", metavar="ID", help=_("id catatan (atau awalannya)"))
    p.set_defaults(handler=cmd_monitoring_remove)
    p = monitoring.add_parser("list", parents=[parent], help=_("catatan pemantauan, terbaru dulu"))
    p.add_argument("--opd", help=_("singkatan atau nama OPD"))
    p.add_argument("--innovation", metavar="ID", help=_("id inovasi"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_monitoring_list)

    p = group.add_parser("launching", parents=[parent], help=_("catat launching satu inovasi"))
    p.add_argument("--innovation", metavar="ID", required=True, help=_("id inovasi"))
    p.add_argument("--date", metavar="TTTT-BB-HH", help=_("tanggal launching"))
    p.add_argument("--place", metavar="TEMPAT", help=_("tempat"))
    p.add_argument("--by", metavar="NAMA", help=_("diluncurkan oleh, misalnya Bupati"))
    p.add_argument("--link", metavar="URL", help=_("tautan berita"))
    p.add_argument("--remove", action="store_true", help=_("hapus launching yang keliru"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_launching)
    p = group.add_parser("launchings", parents=[parent], help=_("daftar launching"))
    p.add_argument("--opd", help=_("singkatan atau nama OPD"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_launchings)
