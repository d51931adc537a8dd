"""The `restore` and `backups` commands: rotating backups of a workshop file."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import EXIT_CANNOT_OPEN, EXIT_OK, err, out, print_json
from labinovasi.i18n import _


def cmd_backups(args: argparse.Namespace) -> int:
    from labinovasi.storage.backups import backups_of

    found = backups_of(Path(args.file))
    if args.json:
        print_json([str(p) for p in found])
    else:
        for path in found:
            out(str(path))
        if not found:
            err(_("Belum ada cadangan untuk {path}").format(path=args.file))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from labinovasi.storage.backups import latest_backup, restore

    target = Path(args.file)
    source = Path(args.source) if args.source else latest_backup(target)
    if source is None:
        err(_("Belum ada cadangan untuk {path}").format(path=target))
        return EXIT_CANNOT_OPEN
    aside = restore(target, source)
    err(_("Dipulihkan dari {backup}").format(backup=source))
    if aside is not None:
        err(_("Berkas sebelumnya disimpan sebagai {path}").format(path=aside))
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("restore", help=_("pulihkan berkas lokakarya dari cadangan"))
    p.add_argument("file", metavar="BERKAS", help=_("berkas lokakarya yang dipulihkan"))
    p.add_argument(
        "--from",
        dest="source",
        metavar="CADANGAN",
        help=_("berkas cadangan (tanpa ini: cadangan terbaru)"),
    )
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("backups", help=_("daftar cadangan berkas lokakarya, terbaru dulu"))
    p.add_argument("file", metavar="BERKAS", help=_("berkas lokakarya"))
    p.add_argument("--json", action="store_true", help=_("daftar sebagai JSON"))
    p.set_defaults(handler=cmd_backups)
