"""The `idea` commands: add, import, list and choose gagasan."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli import similar
from labinovasi.cli.common import (
    EXIT_OK,
    Parser,
    err,
    open_service,
    out,
    print_json,
)
from labinovasi.i18n import _


def cmd_idea_add(args) -> int:
    with open_service(args) as service:
        opd = service.find_opd(args.opd)
        view = service.add_idea(
            opd.id, args.text, author=args.author or "", problem=args.problem or ""
        )
        status = service.opd_status(opd.id)
    if view.counted:
        err(_("Gagasan disimpan ({progress}).").format(progress=status.progress))
    else:
        err(
            _(
                "Gagasan disimpan, tetapi sudah ada (sama dengan gagasan nomor {n}), tidak "
                "dihitung ({progress})."
            ).format(n=view.duplicate_of_number, progress=status.progress)
        )
    out(view.idea.id)
    return EXIT_OK


def cmd_idea_import(args) -> int:
    with open_service(args) as service:
        report = service.import_ideas(Path(args.source), skip_unknown=args.skip_unknown_opd)
    for line in report.skipped:
        err(line)
    err(_("{n} gagasan diimpor.").format(n=report.imported))
    return EXIT_OK


def cmd_idea_list(args) -> int:
    with open_service(args) as service:
        opd_id = service.find_opd(args.opd).id if args.opd else None
        opds = {o.id: o for o in service.list_opds()}
        views = service.list_ideas(opd_id)
    if args.json:
        print_json(
            [
                {
                    "id": v.idea.id,
                    "opd": opds[v.idea.opd_id].abbreviation,
                    "text": v.idea.text,
                    "counted": v.counted,
                    "duplicate_of": v.duplicate_of,
                    "author": v.idea.author,
                    "problem": v.idea.problem,
                    "chosen": v.idea.chosen,
                    "withdrawn": v.idea.withdrawn,
                    "withdrawn_reason": v.idea.withdrawn_reason,
                }
                for v in views
            ]
        )
        return EXIT_OK
    for v in views:
        if v.counted:
            mark = "  "
        elif v.duplicate_of:
            mark = _("=#{n}").format(n=v.duplicate_of_number)
        else:
            mark = "--"
        chosen = "*" if v.idea.chosen else " "
        out(
            f"{v.idea.id[:8]} {opds[v.idea.opd_id].abbreviation:<14} {mark:<4}{chosen} "
            f"{v.idea.text}"
        )
    return EXIT_OK


def cmd_idea_choose(args) -> int:
    with open_service(args) as service:
        idea = service.find_idea(args.id)
        service.choose_idea(idea.id, chosen=not args.unchoose)
    message = _("Gagasan dipilih: {text}") if not args.unchoose else _("Pilihan dibatalkan: {text}")
    err(message.format(text=idea.text))
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    idea = sub.add_parser("idea", help=_("gagasan")).add_subparsers(
        dest="idea_command", metavar="PERINTAH", required=True, parser_class=Parser
    )
    p = idea.add_parser("add", parents=[parent], help=_("tambah satu gagasan"))
    p.add_argument("--opd", required=True, help=_("singkatan atau nama OPD"))
    p.add_argument("--text", required=True, help=_("isi gagasan"))
    p.add_argument("--author", help=_("pengusul"))
    p.add_argument("--problem", help=_("masalah"))
    p.set_defaults(handler=cmd_idea_add)
    p = idea.add_parser("import", parents=[parent], help=_("impor gagasan dari CSV/XLSX"))
    p.add_argument("source", metavar="SUMBER")
    p.add_argument(
        "--skip-unknown-opd",
        action="store_true",
        help=_("lewati baris yang OPD-nya tidak dikenal (disebutkan) dan impor sisanya"),
    )
    p.set_defaults(handler=cmd_idea_import)
    p = idea.add_parser("list", parents=[parent], help=_("daftar gagasan"))
    p.add_argument("--opd")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_idea_list)
    p = idea.add_parser("choose", parents=[parent], help=_("pilih gagasan untuk dirancang"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--unchoose", action="store_true", help=_("batalkan pilihan"))
    p.set_defaults(handler=cmd_idea_choose)
    similar.register_idea_commands(idea, parent)
