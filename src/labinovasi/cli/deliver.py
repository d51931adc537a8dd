"""The `deliver` commands: the rencana aksi timeline and the desk-consultation schedule."""

from __future__ import annotations

import argparse
from datetime import date, time
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, Parser, err, iso_date, open_service, out, print_json
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
