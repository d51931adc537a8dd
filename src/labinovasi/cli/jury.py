"""The `jury` commands: the gelar inovasi's event, presentation order and schedule, rubric,
jurors and their score sheets, the ranking, fixing the Top-N and revealing it."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from labinovasi.cli.common import (
    EXIT_OK,
    EXIT_RULE,
    Parser,
    err,
    iso_date,
    open_service,
    out,
    print_json,
)
from labinovasi.i18n import _


def _pair(value: str) -> tuple[str, str]:
    """ "Kebaharuan=30" -> ("Kebaharuan", "30")."""
    name, sep, number = value.rpartition("=")
    if not sep or not name.strip() or not number.strip():
        raise argparse.ArgumentTypeError(_("harus berbentuk NAMA=ANGKA, misalnya Kebaharuan=30"))
    return name.strip(), number.strip()


def _names(service) -> dict[str, tuple[str, str]]:
    """innovation id -> (name, OPD abbreviation)."""
    from labinovasi.services.innovations import Innovations

    opds = {o.id: o.abbreviation for o in service.list_opds()}
    return {i.id: (i.name, opds.get(i.opd_id, "")) for i in Innovations(service).list()}


def _innovation_id(service, key: str) -> str:
    from labinovasi.services.innovations import Innovations

    return Innovations(service).find(key).id


def _number(value: Decimal | None) -> int | float | None:
    """A JSON number: 30, 81.55 (four places at most)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral() else float(round(value, 4))


# -- event, order, schedule ---------------------------------------------------------------


def _event_json(event) -> dict:
    return {
        "id": event.id,
        "title": event.title,
        "date": event.on_date.isoformat() if event.on_date else None,
        "place": event.place,
        "start": event.start_time,
        "minutes_each": event.minutes_each,
        "top_n": event.top_n,
        "fixed": event.fixed,
        "revealed": event.revealed,
    }


def cmd_jury_event(args) -> int:
    from labinovasi.services import jury

    changes = {
        key: value
        for key, value in (
            ("title", args.title),
            ("on_date", args.date),
            ("place", args.place),
            ("start_time", args.start),
            ("minutes_each", args.minutes),
            ("top_n", args.top),
        )
        if value is not None
    }
    with open_service(args) as service:
        event = jury.update_event(service, **changes) if changes else jury.event(service)
    if args.json:
        print_json(_event_json(event))
        return EXIT_OK
    out(event.title)
    out(
        _("Tanggal: {date} · tempat: {place} · mulai {start} · {minutes} menit").format(
            date=event.on_date.isoformat() if event.on_date else "-",
            place=event.place or "-",
            start=event.start_time,
            minutes=event.minutes_each,
        )
    )
    out(_("Jumlah juara: {n}").format(n=event.top_n))
    return EXIT_OK


def cmd_jury_order(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        if args.innovation:
            ids = [_innovation_id(service, key) for key in args.innovation]
            jury.set_presentations(service, ids)
        slots = jury.presentation_schedule(service)
        names = _names(service)
    if args.json:
        print_json(
            [
                {
                    "position": s.position,
                    "innovation_id": s.innovation_id,
                    "innovation": names.get(s.innovation_id, ("", ""))[0],
                    "opd": names.get(s.innovation_id, ("", ""))[1],
                    "start": s.start.isoformat(timespec="minutes") if s.start else None,
                }
                for s in slots
            ]
        )
        return EXIT_OK
    for s in slots:
        name, opd = names.get(s.innovation_id, (s.innovation_id, ""))
        start = f"{s.start:%H.%M}" if s.start else "--.--"
        out(f"{s.position:>2}. {start} {s.innovation_id[:8]} {opd:<12} {name}")
    return EXIT_OK


def cmd_jury_schedule(args) -> int:
    from labinovasi.services import jury_papers

    with open_service(args) as service:
        path = jury_papers.write_schedule(service, Path(args.out), args.date)
    err(_("Jadwal presentasi ditulis ke {path}").format(path=path))
    return EXIT_OK


def cmd_jury_sheets(args) -> int:
    from labinovasi.services import jury_papers

    with open_service(args) as service:
        path = jury_papers.write_score_sheets(service, Path(args.out), args.date)
    err(_("Lembar penilaian juri ditulis ke {path}").format(path=path))
    return EXIT_OK


# -- rubric -------------------------------------------------------------------------------


def cmd_jury_rubric(args) -> int:
    from labinovasi.domain.jury import format_weight
    from labinovasi.services import jury

    with open_service(args) as service:
        if args.reset:
            current = jury.reset_rubric(service)
        elif args.set:
            current = jury.set_rubric(
                service, [{"name": name, "weight": weight} for name, weight in args.set]
            )
        else:
            current = jury.rubric(service)
        locked = jury.rubric_locked(service)
    if args.json:
        print_json(
            {
                "criteria": [
                    {"key": c.key, "name": c.name, "weight": _number(c.weight)}
                    for c in current.criteria
                ],
                "scale": list(current.scale),
                "locked": locked,
            }
        )
        return EXIT_OK
    for c in current.criteria:
        out(f"{format_weight(c.weight):>5}%  {c.name}  ({c.key})")
    if locked:
        err(locked)
    return EXIT_OK


# -- jurors and scores --------------------------------------------------------------------


def cmd_jury_juror_add(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        juror = jury.add_juror(service, args.name)
    out(juror.id)
    return EXIT_OK


def cmd_jury_juror_list(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        people = jury.jurors(service)
    if args.json:
        print_json([{"id": j.id, "name": j.name} for j in people])
        return EXIT_OK
    for j in people:
        out(f"{j.id[:8]} {j.name}")
    return EXIT_OK


def cmd_jury_juror_remove(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        juror = jury.find_juror(service, args.juror)
        jury.remove_juror(service, juror.id)
    err(_("Juri {name} dan nilainya dihapus.").format(name=juror.name))
    return EXIT_OK


def cmd_jury_score(args) -> int:
    from labinovasi.domain import BadInput
    from labinovasi.domain.jury import weighted_total
    from labinovasi.services import jury

    with open_service(args) as service:
        juror = jury.find_juror(service, args.juror)
        innovation_id = _innovation_id(service, args.innovation)
        rubric = jury.rubric(service)
        keys = {}
        for c in rubric.criteria:
            keys[c.key.casefold()] = keys[c.name.casefold()] = c.key
        scores = {}
        for name, value in args.criterion:
            key = keys.get(name.casefold())
            if key is None:
                raise BadInput(
                    _("Kriteria tidak dikenal: {key}").format(key=name),
                    [", ".join(c.name for c in rubric.criteria)],
                )
            scores[key] = "" if value == "-" else value
        jury.set_scores(service, juror.id, innovation_id, scores)
        sheet = jury.juror_sheets(service, juror.id).get(innovation_id, {})
    total = weighted_total(rubric, sheet)
    missing = [c.name for c in rubric.criteria if sheet.get(c.key) is None]
    if total is not None:
        err(_("Nilai disimpan; nilai akhir {total}.").format(total=_comma(total)))
    else:
        err(_("Nilai disimpan; belum dinilai: {names}.").format(names=", ".join(missing)))
    return EXIT_OK


def _comma(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


# -- ranking, fix, reveal -----------------------------------------------------------------


def cmd_jury_ranking(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        event = jury.event(service)
        ranking = jury.ranking(service)
        names = _names(service)
    if event.fixed:  # the fixed order is the one printed and shown
        order = {e: n for n, e in enumerate(event.fixed_ranking)}
        ranking.sort(key=lambda e: order.get(e.entrant_id, len(order)))
    if args.json:
        print_json(
            [
                {
                    "rank": e.rank,
                    "innovation_id": e.entrant_id,
                    "innovation": names.get(e.entrant_id, ("", ""))[0],
                    "opd": names.get(e.entrant_id, ("", ""))[1],
                    "mean": _number(e.mean),
                    "sheets": e.sheets,
                    "tied": e.tied,
                    "broken_by": e.broken_by,
                    "winner": e.rank is not None and e.rank <= event.top_n,
                    "fixed": event.fixed,
                }
                for e in ranking
            ]
        )
        return EXIT_OK
    for e in ranking:
        name, opd = names.get(e.entrant_id, (e.entrant_id, ""))
        notes = [_("seri")] if e.tied else []
        if e.broken_by:
            notes.append(_("dipisah oleh {criterion}").format(criterion=e.broken_by))
        out(
            f"{e.rank or '-':>3} {e.display_mean():>6} {opd:<12} {name}"
            + (f"  ({'; '.join(notes)})" if notes else "")
        )
    return EXIT_OK


def cmd_jury_fix(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        concerns = [] if args.force else jury.top_concerns(service)
        if concerns:
            err(_("Juara belum ditetapkan; periksa dulu:"))
            for concern in concerns:
                err(f"- {concern}")
            err(_("Tambahkan --force untuk tetap menetapkan juara."))
            return EXIT_RULE
        winners = jury.fix_top(service, force=True)
        names = _names(service)
    for e in winners:
        out(f"{e.rank} {e.display_mean()} {names.get(e.entrant_id, (e.entrant_id, ''))[0]}")
    err(_("Juara ditetapkan; nilai tidak dapat diubah lagi."))
    return EXIT_OK


def cmd_jury_unfix(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        jury.unfix(service)
    err(_("Penetapan juara dibatalkan; nilai dapat diubah lagi."))
    return EXIT_OK


def cmd_jury_reveal(args) -> int:
    from labinovasi.services import jury

    with open_service(args) as service:
        jury.reveal(service, not args.hide)
    err(
        _("Peringkat disembunyikan dari proyektor.")
        if args.hide
        else _("Peringkat tampil di proyektor.")
    )
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("jury", help=_("gelar inovasi: juri dan peringkat")).add_subparsers(
        dest="jury_command", metavar="PERINTAH", required=True, parser_class=Parser
    )

    def command(name: str, handler, help_text: str, parents=(parent,)):
        p = group.add_parser(name, parents=list(parents), help=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("event", cmd_jury_event, _("lihat atau ubah acara gelar inovasi"))
    p.add_argument("--title", help=_("nama acara"))
    p.add_argument("--date", type=iso_date, help=_("tanggal, TTTT-BB-HH"))
    p.add_argument("--place", help=_("tempat"))
    p.add_argument("--start", help=_("jam mulai, JJ:MM"))
    p.add_argument("--minutes", type=int, help=_("menit per presentasi"))
    p.add_argument("--top", type=int, help=_("jumlah juara (Top-N)"))
    p.add_argument("--json", action="store_true")

    p = command(
        "order", cmd_jury_order, _("urutan presentasi (lihat, atau atur dengan --innovation)")
    )
    p.add_argument(
        "--innovation",
        action="append",
        metavar="ID",
        help=_("inovasi yang tampil, berurutan (ulangi untuk setiap inovasi)"),
    )
    p.add_argument("--json", action="store_true")

    p = command("schedule", cmd_jury_schedule, _("cetak jadwal presentasi (PDF atau DOCX)"))
    p.add_argument("--out", required=True, metavar="BERKAS")
    p.add_argument("--date", type=iso_date, help=_("tanggal dokumen (bawaan: hari ini)"))

    p = command("sheets", cmd_jury_sheets, _("cetak lembar penilaian kosong per juri"))
    p.add_argument("--out", required=True, metavar="BERKAS")
    p.add_argument("--date", type=iso_date, help=_("tanggal dokumen (bawaan: hari ini)"))

    p = command("rubric", cmd_jury_rubric, _("lihat atau ganti rubrik penilaian"))
    change = p.add_mutually_exclusive_group()
    change.add_argument(
        "--set",
        action="append",
        type=_pair,
        metavar="NAMA=BOBOT",
        help=_("kriteria dan bobotnya, berurutan; semua bobot berjumlah 100"),
    )
    change.add_argument("--reset", action="store_true", help=_("kembali ke rubrik bawaan"))
    p.add_argument("--json", action="store_true")

    juror = group.add_parser("juror", help=_("juri gelar inovasi")).add_subparsers(
        dest="juror_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = juror.add_parser("add", parents=[parent], help=_("tambah juri"))
    p.add_argument("--name", required=True, help=_("nama juri"))
    p.set_defaults(handler=cmd_jury_juror_add)
    p = juror.add_parser("list", parents=[parent], help=_("daftar juri"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_jury_juror_list)
    p = juror.add_parser("remove", parents=[parent], help=_("hapus juri dan nilainya"))
    p.add_argument("--juror", required=True, metavar="NAMA", help=_("nama atau id juri"))
    p.set_defaults(handler=cmd_jury_juror_remove)

    p = command("score", cmd_jury_score, _("isi lembar nilai satu juri untuk satu inovasi"))
    p.add_argument("--juror", required=True, metavar="NAMA", help=_("nama atau id juri"))
    p.add_argument("--innovation", required=True, metavar="ID", help=_("id inovasi"))
    p.add_argument(
        "--criterion",
        action="append",
        type=_pair,
        required=True,
        metavar="KRITERIA=NILAI",
        help=_("nilai satu kriteria (nama atau kunci); '-' mengosongkan"),
    )

    p = command("ranking", cmd_jury_ranking, _("peringkat: rata-rata semua juri"))
    p.add_argument("--json", action="store_true")
    p = command("fix", cmd_jury_fix, _("tetapkan juara (Top-N); nilai terkunci"))
    p.add_argument(
        "--force",
        action="store_true",
        help=_("tetapkan juga bila inovasi yang dinilai lebih sedikit dari Top-N atau juri kurang"),
    )
    command("unfix", cmd_jury_unfix, _("batalkan penetapan juara"))
    p = command("reveal", cmd_jury_reveal, _("tampilkan peringkat yang ditetapkan di proyektor"))
    p.add_argument("--hide", action="store_true", help=_("sembunyikan lagi"))
