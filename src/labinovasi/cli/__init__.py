"""The `labinovasi` command line. Its commands, options, JSON keys and exit codes are a public
contract: extend, never rename.

Exit codes: 0 done; 2 usage error; 3 refused by a workshop rule; 4 bad input (nothing was
written); 5 the file cannot be opened. Messages go to stderr, in Bahasa Indonesia by default.
Each command group is a module with `register(sub, parent)`; handlers import heavy things
(SQLAlchemy, ReportLab, Qt) only when they run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from labinovasi import __version__
from labinovasi.cli import (
    backup,
    deliver,
    evidence,
    gui,
    idea,
    iga,
    innovation,
    jury,
    opd,
    papers,
    report,
    similar,
    sync,
    workshop,
)
from labinovasi.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    EXIT_RULE,
    EXIT_USAGE,
    Handler,
    Parser,
    UsageError,
    err,
    workshop_parent,
)
from labinovasi.domain import LabinovasiError
from labinovasi.i18n import DEFAULT_LANGUAGE, _, set_language

COMMAND_GROUPS = (
    gui,
    workshop,
    opd,
    idea,
    similar,
    innovation,
    report,
    papers,
    sync,
    evidence,
    iga,
    deliver,
    jury,
    backup,
)


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


def build_parser() -> Parser:
    parser = Parser(
        prog="labinovasi", description=_("Laboratorium Inovasi Daerah: drum-up, diagnose, design.")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"labinovasi {__version__}",
        help=_("tampilkan versi program lalu keluar"),
    )
    parser.add_argument("--lang", choices=("id", "en"), help=_("bahasa antarmuka"))
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    parent = workshop_parent()
    for group in COMMAND_GROUPS:
        group.register(sub, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Each run starts from --lang or the environment's language, not from a previous run's.
    set_language(_language_option(argv) or os.environ.get("LABINOVASI_LANG", DEFAULT_LANGUAGE))
    args = build_parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    handler: Handler = getattr(args, "handler", None) or gui.cmd_gui
    from labinovasi.storage import busy

    busy.set_notice(lambda _seconds: err(busy.waiting_text()))
    try:
        return handler(args)
    except LabinovasiError as error:
        err(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        # The disk or the database said no (no permission, disk full, locked too long):
        # a message and exit 5, not a traceback.
        if not _is_storage_error(error):
            raise
        if busy.is_busy(error):
            err(busy.timeout_text())
            return EXIT_CANNOT_OPEN
        err(
            _("Berkas lokakarya tidak dapat dibaca atau ditulis: {error}").format(
                error=_first_line(error)
            )
        )
        return EXIT_CANNOT_OPEN
    finally:
        busy.set_notice(None)


def _is_storage_error(error: Exception) -> bool:
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    return isinstance(error, OSError | sqlite3.Error | DBAPIError)


def _first_line(error: Exception) -> str:
    orig = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    text = str(orig if orig is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_CANNOT_OPEN",
    "EXIT_OK",
    "EXIT_RULE",
    "EXIT_USAGE",
    "UsageError",
    "build_parser",
    "main",
]
