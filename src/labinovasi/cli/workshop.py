"""Commands on the whole workshop: new, status, stage, export, check, sample."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import (
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    Handler,
    err,
    iso_date,
    min_ideas,
    open_service,
    out,
    print_json,
    stage,
    target,
)
from labinovasi.domain import Stage
from labinovasi.domain.limits import DEFAULT_MIN_IDEAS
from labinovasi.i18n import _


def cmd_new(args) -> int:
    from labinovasi.services import WorkshopService

    where = target(args)
    if "://" not in where and Path(where).suffix == "":
        where += ".labinovasi"
    with WorkshopService.create(
        where,
        args.title,
        region=args.region or "",
        min_ideas=args.min_ideas,
        start_date=args.date,
        end_date=args.end_date,
        place=args.place or "",
    ):
        pass
    err(_("Lokakarya dibuat: {path}").format(path=where))
    return EXIT_OK


def cmd_stage(args) -> int:
    with open_service(args) as service:
        opd = service.find_opd(args.opd)
        change = service.move_stage(opd.id, args.to, override_reason=args.override)
    if change is None:
        err(_("{opd} sudah di tahap {stage}.").format(opd=opd.display_name, stage=args.to.value))
    elif change.override_reason:
        err(
            _("{opd} dipindah ke {stage} dengan pengecualian: {reason}").format(
                opd=opd.display_name, stage=args.to.value, reason=change.override_reason
            )
        )
    else:
        err(_("{opd} dipindah ke {stage}.").format(opd=opd.display_name, stage=args.to.value))
    return EXIT_OK


def cmd_status(args) -> int:
    from labinovasi.formatting import format_percent

    with open_service(args) as service:
        status = service.status()
    if args.json:
        print_json(status.to_json())
        return EXIT_OK
    w = status.workshop
    out(f"{w.title} — {w.region}" if w.region else w.title)
    for s in status.opds:
        mark = _("memenuhi") if s.meets_minimum else _("kurang {n}").format(n=s.missing)
        out(f"  {s.opd.abbreviation:<14} {s.opd.stage.value:<9} {s.progress:>9}  {mark}")
    out(
        _("{met} dari {total} OPD ({pct}) memenuhi minimal {minimum} gagasan").format(
            met=status.opds_meeting_minimum,
            total=len(status.opds),
            pct=format_percent(status.opds_meeting_minimum, len(status.opds)),
            minimum=w.min_ideas,
        )
    )
    out(
        _("{ideas} gagasan, {counted} dihitung").format(
            ideas=status.ideas, counted=status.counted_ideas
        )
    )
    return EXIT_OK


def cmd_export(args) -> int:
    from labinovasi.services.export import export_workshop

    with open_service(args) as service:
        out = export_workshop(service, args.format, Path(args.out), year=args.year)
    err(_("Diekspor ke {path}").format(path=out))
    return EXIT_OK


def cmd_check(args) -> int:
    from labinovasi.services.checks import check_workshop

    report = check_workshop(target(args))
    for fact in report.facts:
        out(fact)
    for problem in report.problems:
        err(problem)
    if report.ok:
        out(_("Berkas lokakarya utuh."))
        return EXIT_OK
    return EXIT_CANNOT_OPEN


def cmd_sample(args) -> int:
    from labinovasi.services.sample import build_sample_workshop

    path = build_sample_workshop(Path(args.out))
    err(_("Lokakarya contoh dibuat: {path}").format(path=path))
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    def command(name: str, handler: Handler, help_text: str, parents=(parent,)):
        p = sub.add_parser(name, parents=list(parents), help=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("new", cmd_new, _("buat lokakarya baru"))
    p.add_argument("--title", required=True, help=_("judul lokakarya"))
    p.add_argument("--region", help=_("nama daerah, misalnya Kabupaten Contoh"))
    p.add_argument(
        "--min-ideas", type=min_ideas, default=DEFAULT_MIN_IDEAS, help=_("minimal gagasan per OPD")
    )
    p.add_argument("--date", type=iso_date, help=_("tanggal mulai, TTTT-BB-HH"))
    p.add_argument("--end-date", type=iso_date, help=_("tanggal selesai, TTTT-BB-HH"))
    p.add_argument("--place", help=_("tempat lokakarya"))

    p = command("stage", cmd_stage, _("pindahkan OPD ke tahap lain"))
    p.add_argument("--opd", required=True)
    p.add_argument("--to", required=True, type=stage, metavar="TAHAP", help=", ".join(Stage))
    p.add_argument("--override", metavar="ALASAN", help=_("pengecualian dengan alasan tertulis"))

    p = command("status", cmd_status, _("ringkasan lokakarya"))
    p.add_argument("--json", action="store_true")

    p = command("export", cmd_export, _("ekspor ke CSV, XLSX, JSON atau formulir IGA (XLSX)"))
    p.add_argument("--format", required=True, choices=("csv", "xlsx", "json", "iga-xlsx"))
    p.add_argument("--out", required=True, metavar="BERKAS")
    p.add_argument(
        "--year", type=int, metavar="TAHUN", help=_("tahun penilaian IGA (untuk iga-xlsx)")
    )

    command("check", cmd_check, _("periksa keutuhan dan skema berkas"))

    p = command("sample", cmd_sample, _("buat lokakarya contoh"), parents=())
    p.add_argument("out", metavar="BERKAS")
