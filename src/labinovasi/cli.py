"""The `labinovasi` command line. Its commands, options, JSON keys and exit codes are a public
contract: extend, never rename.

Exit codes: 0 done; 2 usage error; 3 refused by a workshop rule; 4 bad input (nothing was
written); 5 the file cannot be opened. Messages go to stderr, in Bahasa Indonesia by default.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from labinovasi import __version__
from labinovasi.domain import LabinovasiError, Stage
from labinovasi.i18n import DEFAULT_LANGUAGE, _, current_language, set_language

EXIT_OK, EXIT_USAGE, EXIT_RULE, EXIT_BAD_INPUT, EXIT_CANNOT_OPEN = 0, 2, 3, 4, 5


class UsageError(LabinovasiError):
    exit_code = EXIT_USAGE


# argparse's own messages ("the following arguments are required", ...) in Bahasa Indonesia.
# argparse asks gettext for them at call time; `_argparse_in_language` answers instead.
ARGPARSE_MESSAGES = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "subcommands": "perintah",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "paling sedikit satu nilai",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "unexpected option string: %s": "opsi tidak terduga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
}


def _argparse_gettext(message: str) -> str:
    if current_language() != "id":
        return message  # argparse's source strings are English
    return ARGPARSE_MESSAGES.get(message, message)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_gettext(singular if n == 1 else plural)


@contextmanager
def _argparse_in_language() -> Iterator[None]:
    """Let argparse speak the current language while the parser is built and used."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_gettext, _argparse_ngettext  # type: ignore
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _language_option(argv: Sequence[str]) -> str | None:
    """The --lang value, read before parsing so help and usage errors are in that language."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: D102 - argparse API
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, _("labinovasi: galat: {message}\n").format(message=message))


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("tanggal harus berbentuk TTTT-BB-HH, misalnya 2026-11-23")) from error


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("harus bilangan bulat")) from error
    if number < 1:
        raise argparse.ArgumentTypeError(_("harus 1 atau lebih"))
    return number


def _stage(value: str) -> Stage:
    try:
        return Stage.parse(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("tahap harus salah satu dari: {names}").format(names=", ".join(Stage))) from error


def _out(text: str = "") -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _target(args: argparse.Namespace) -> str:
    """FILE or --db URL: where the workshop lives."""
    target = getattr(args, "db", None) or getattr(args, "file", None)
    if not target:
        raise UsageError(_("sebutkan BERKAS lokakarya atau --db URL"))
    return target


def _open(args: argparse.Namespace):
    from labinovasi.services import WorkshopService

    return WorkshopService.open(_target(args))


# -- commands -----------------------------------------------------------------------------


def cmd_new(args) -> int:
    from labinovasi.services import WorkshopService

    target = _target(args)
    if "://" not in target and Path(target).suffix == "":
        target += ".labinovasi"
    with WorkshopService.create(target, args.title, region=args.region or "",
                                min_ideas=args.min_ideas, start_date=args.date,
                                end_date=args.end_date, place=args.place or ""):
        pass
    _err(_("Lokakarya dibuat: {path}").format(path=target))
    return EXIT_OK


def cmd_opd_import(args) -> int:
    with _open(args) as service:
        report = service.import_opds(Path(args.source))
    _err(_("{n} OPD diimpor.").format(n=report.imported))
    return EXIT_OK


def cmd_opd_add(args) -> int:
    with _open(args) as service:
        opd = service.add_opd(args.name, args.abbr)
    _err(_("OPD ditambahkan: {opd}").format(opd=opd.display_name))
    return EXIT_OK


def cmd_opd_list(args) -> int:
    with _open(args) as service:
        status = service.status()
    if args.json:
        _print_json([row for row in status.to_json()["opds"]])
        return EXIT_OK
    for s in status.opds:
        mark = "✓" if s.meets_minimum else " "
        _out(f"{s.opd.abbreviation:<14} {s.opd.stage.value:<9} {s.progress:>9} {mark}  "
             f"{s.opd.name}")
    return EXIT_OK


def cmd_idea_add(args) -> int:
    with _open(args) as service:
        opd = service.find_opd(args.opd)
        view = service.add_idea(opd.id, args.text, author=args.author or "",
                                problem=args.problem or "")
        status = service.opd_status(opd.id)
    if view.counted:
        _err(_("Gagasan disimpan ({progress}).").format(progress=status.progress))
    else:
        _err(_("Gagasan disimpan, tetapi sudah ada (sama dengan gagasan nomor {n}), tidak "
               "dihitung ({progress}).").format(n=view.duplicate_of_number,
                                                progress=status.progress))
    _out(view.idea.id)
    return EXIT_OK


def cmd_idea_import(args) -> int:
    with _open(args) as service:
        report = service.import_ideas(Path(args.source))
    for line in report.skipped:
        _err(line)
    _err(_("{n} gagasan diimpor.").format(n=report.imported))
    return EXIT_OK


def cmd_idea_list(args) -> int:
    with _open(args) as service:
        opd_id = service.find_opd(args.opd).id if args.opd else None
        opds = {o.id: o for o in service.list_opds()}
        views = service.list_ideas(opd_id)
    if args.json:
        _print_json([
            {"id": v.idea.id, "opd": opds[v.idea.opd_id].abbreviation, "text": v.idea.text,
             "counted": v.counted, "duplicate_of": v.duplicate_of, "author": v.idea.author,
             "problem": v.idea.problem, "chosen": v.idea.chosen}
            for v in views
        ])
        return EXIT_OK
    for v in views:
        if v.counted:
            mark = "  "
        elif v.duplicate_of:
            mark = _("=#{n}").format(n=v.duplicate_of_number)
        else:
            mark = "--"
        chosen = "*" if v.idea.chosen else " "
        _out(f"{v.idea.id[:8]} {opds[v.idea.opd_id].abbreviation:<14} {mark:<4}{chosen} "
             f"{v.idea.text}")
    return EXIT_OK


def cmd_idea_choose(args) -> int:
    with _open(args) as service:
        idea = service.find_idea(args.id)
        service.choose_idea(idea.id, chosen=not args.unchoose)
    message = _("Gagasan dipilih: {text}") if not args.unchoose else _("Pilihan dibatalkan: {text}")
    _err(message.format(text=idea.text))
    return EXIT_OK


def cmd_stage(args) -> int:
    with _open(args) as service:
        opd = service.find_opd(args.opd)
        change = service.move_stage(opd.id, args.to, override_reason=args.override)
    if change is None:
        _err(_("{opd} sudah di tahap {stage}.").format(opd=opd.display_name, stage=args.to.value))
    elif change.override_reason:
        _err(_("{opd} dipindah ke {stage} dengan pengecualian: {reason}").format(
            opd=opd.display_name, stage=args.to.value, reason=change.override_reason))
    else:
        _err(_("{opd} dipindah ke {stage}.").format(opd=opd.display_name, stage=args.to.value))
    return EXIT_OK


def cmd_status(args) -> int:
    from labinovasi.formatting import format_percent

    with _open(args) as service:
        status = service.status()
    if args.json:
        _print_json(status.to_json())
        return EXIT_OK
    w = status.workshop
    _out(f"{w.title} — {w.region}" if w.region else w.title)
    for s in status.opds:
        mark = _("memenuhi") if s.meets_minimum else _("kurang {n}").format(n=s.missing)
        _out(f"  {s.opd.abbreviation:<14} {s.opd.stage.value:<9} {s.progress:>9}  {mark}")
    _out(_("{met} dari {total} OPD ({pct}) memenuhi minimal {minimum} gagasan").format(
        met=status.opds_meeting_minimum, total=len(status.opds),
        pct=format_percent(status.opds_meeting_minimum, len(status.opds)), minimum=w.min_ideas))
    _out(_("{ideas} gagasan, {counted} dihitung").format(ideas=status.ideas,
                                                         counted=status.counted_ideas))
    return EXIT_OK


def cmd_export(args) -> int:
    from labinovasi.services.export import export_workshop

    with _open(args) as service:
        out = export_workshop(service, args.format, Path(args.out))
    _err(_("Diekspor ke {path}").format(path=out))
    return EXIT_OK


def cmd_check(args) -> int:
    from labinovasi.services.checks import check_workshop

    report = check_workshop(_target(args))
    for fact in report.facts:
        _out(fact)
    for problem in report.problems:
        _err(problem)
    if report.ok:
        _out(_("Berkas lokakarya utuh."))
        return EXIT_OK
    return EXIT_CANNOT_OPEN


def cmd_sample(args) -> int:
    from labinovasi.services.sample import build_sample_workshop

    path = build_sample_workshop(Path(args.out))
    _err(_("Lokakarya contoh dibuat: {path}").format(path=path))
    return EXIT_OK


def cmd_gui(args) -> int:
    try:
        from labinovasi.ui.app import run_gui
    except ImportError as error:
        _err(_("Antarmuka grafis belum tersedia: {error}").format(error=error))
        return EXIT_USAGE
    return run_gui(target=_gui_target(args), sample=getattr(args, "sample", False),
                   language=getattr(args, "lang", None))


def _gui_target(args) -> str | None:
    return getattr(args, "db", None) or getattr(args, "file", None)


# -- parser -------------------------------------------------------------------------------

Handler = Callable[[argparse.Namespace], int]


def _workshop_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("file", nargs="?", metavar="BERKAS",
                        help=_("berkas lokakarya (.labinovasi)"))
    parent.add_argument("--db", metavar="URL",
                        help=_("URL basis data server, misalnya postgresql+psycopg://..."))
    return parent


def build_parser() -> Parser:
    parser = Parser(prog="labinovasi",
                    description=_("Laboratorium Inovasi Daerah: drum-up, diagnose, design."))
    parser.add_argument("--version", action="version", version=f"labinovasi {__version__}",
                        help=_("tampilkan versi program lalu keluar"))
    parser.add_argument("--lang", choices=("id", "en"), help=_("bahasa antarmuka"))
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    wf = _workshop_parent()

    def command(name: str, handler: Handler, help_text: str, parents=(wf,), **kw):
        p = sub.add_parser(name, parents=list(parents), help=help_text, **kw)
        p.set_defaults(handler=handler)
        return p

    p = command("gui", cmd_gui, _("buka aplikasi fasilitator"))
    p.add_argument("--sample", action="store_true", help=_("buka lokakarya contoh"))

    p = command("new", cmd_new, _("buat lokakarya baru"))
    p.add_argument("--title", required=True, help=_("judul lokakarya"))
    p.add_argument("--region", help=_("nama daerah, misalnya Kabupaten Contoh"))
    p.add_argument("--min-ideas", type=_positive, default=5, help=_("minimal gagasan per OPD"))
    p.add_argument("--date", type=_date, help=_("tanggal mulai, TTTT-BB-HH"))
    p.add_argument("--end-date", type=_date, help=_("tanggal selesai, TTTT-BB-HH"))
    p.add_argument("--place", help=_("tempat lokakarya"))

    opd = sub.add_parser("opd", help=_("perangkat daerah")).add_subparsers(
        dest="opd_command", metavar="PERINTAH", required=True, parser_class=Parser)
    p = opd.add_parser("import", parents=[wf], help=_("impor OPD dari CSV/XLSX"))
    p.add_argument("source", metavar="SUMBER")
    p.set_defaults(handler=cmd_opd_import)
    p = opd.add_parser("add", parents=[wf], help=_("tambah satu OPD"))
    p.add_argument("--name", required=True)
    p.add_argument("--abbr", required=True)
    p.set_defaults(handler=cmd_opd_add)
    p = opd.add_parser("list", parents=[wf], help=_("daftar OPD"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_opd_list)

    idea = sub.add_parser("idea", help=_("gagasan")).add_subparsers(
        dest="idea_command", metavar="PERINTAH", required=True, parser_class=Parser)
    p = idea.add_parser("add", parents=[wf], help=_("tambah satu gagasan"))
    p.add_argument("--opd", required=True, help=_("singkatan atau nama OPD"))
    p.add_argument("--text", required=True, help=_("isi gagasan"))
    p.add_argument("--author", help=_("pengusul"))
    p.add_argument("--problem", help=_("masalah"))
    p.set_defaults(handler=cmd_idea_add)
    p = idea.add_parser("import", parents=[wf], help=_("impor gagasan dari CSV/XLSX"))
    p.add_argument("source", metavar="SUMBER")
    p.set_defaults(handler=cmd_idea_import)
    p = idea.add_parser("list", parents=[wf], help=_("daftar gagasan"))
    p.add_argument("--opd")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_idea_list)
    p = idea.add_parser("choose", parents=[wf], help=_("pilih gagasan untuk dirancang"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--unchoose", action="store_true", help=_("batalkan pilihan"))
    p.set_defaults(handler=cmd_idea_choose)

    p = command("stage", cmd_stage, _("pindahkan OPD ke tahap lain"))
    p.add_argument("--opd", required=True)
    p.add_argument("--to", required=True, type=_stage, metavar="TAHAP",
                   help=", ".join(Stage))
    p.add_argument("--override", metavar="ALASAN", help=_("pengecualian dengan alasan tertulis"))

    p = command("status", cmd_status, _("ringkasan lokakarya"))
    p.add_argument("--json", action="store_true")

    p = command("export", cmd_export, _("ekspor ke CSV, XLSX atau JSON"))
    p.add_argument("--format", required=True, choices=("csv", "xlsx", "json"))
    p.add_argument("--out", required=True, metavar="BERKAS")

    command("check", cmd_check, _("periksa keutuhan dan skema berkas"))

    p = command("sample", cmd_sample, _("buat lokakarya contoh"), parents=())
    p.add_argument("out", metavar="BERKAS")

    _add_extensions(sub, wf)
    return parser


def _add_extensions(sub, wf) -> None:
    """Commands that live beside their feature (reports, station, merge, screenshots)."""
    for module_name in ("labinovasi.reports.cli", "labinovasi.services.sync_cli",
                        "labinovasi.ui.cli"):
        try:
            module = __import__(module_name, fromlist=["add_commands"])
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        module.add_commands(sub, wf)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Each run starts from --lang or the environment's language, not from a previous run's.
    set_language(_language_option(argv) or os.environ.get("LABINOVASI_LANG", DEFAULT_LANGUAGE))
    with _argparse_in_language():
        args = build_parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        handler = cmd_gui
    try:
        return handler(args)
    except LabinovasiError as error:
        _err(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        # The disk or the database said no (no permission, disk full, locked too long):
        # a message and exit 5, not a traceback.
        if not _is_storage_error(error):
            raise
        _err(_("Berkas lokakarya tidak dapat dibaca atau ditulis: {error}").format(
            error=_first_line(error)))
        return EXIT_CANNOT_OPEN


def _is_storage_error(error: Exception) -> bool:
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    return isinstance(error, OSError | sqlite3.Error | DBAPIError)


def _first_line(error: Exception) -> str:
    orig = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    text = str(orig if orig is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


__all__ = ["main", "build_parser"]
