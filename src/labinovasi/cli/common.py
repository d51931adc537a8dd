"""What every command group shares: exit codes, the parser class that speaks Indonesian, argument
types, output helpers and "FILE or --db" in one place. Nothing heavy is imported here."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date

from labinovasi.domain import LabinovasiError, Stage
from labinovasi.domain.limits import MIN_IDEAS_LIMITS
from labinovasi.i18n import _, current_language

EXIT_OK, EXIT_USAGE, EXIT_RULE, EXIT_BAD_INPUT, EXIT_CANNOT_OPEN = 0, 2, 3, 4, 5

Handler = Callable[[argparse.Namespace], int]


class UsageError(LabinovasiError):
    exit_code = EXIT_USAGE


# argparse's own messages in Bahasa Indonesia. argparse formats them in English; `Parser.error`
# and `HelpFormatter` translate the finished text (tests check every key is still argparse's).
ARGPARSE_MESSAGES = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "paling sedikit satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
}

_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


def _template_pattern(template: str) -> re.Pattern[str]:
    parts, last, index = [], 0, 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last : match.start()]))
        parts.append(f"(?P<g{index}>.+?)")
        last, index = match.end(), index + 1
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


_PATTERNS = [
    (_template_pattern(en), en, idn)
    for en, idn in ARGPARSE_MESSAGES.items()
    if _PLACEHOLDER.search(en)
]


def translate_argparse(message: str) -> str:
    """argparse's finished English message in the current language (nested ones too)."""
    if current_language() != "id":
        return message
    if message in ARGPARSE_MESSAGES:
        return ARGPARSE_MESSAGES[message]
    for pattern, _english, indonesian in _PATTERNS:
        match = pattern.match(message)
        if match is None:
            continue
        values = iter([translate_argparse(v) for v in match.groups()])
        return _PLACEHOLDER.sub(_filler(values), indonesian)
    return message


def _filler(values: Iterator[str]) -> Callable[[re.Match[str]], str]:
    """A re.sub replacement: the next of `values` for each match."""
    return lambda _match: next(values)


class HelpFormatter(argparse.HelpFormatter):
    """Usage prefix and section headings in the current language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = translate_argparse("usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading):
        super().start_section(translate_argparse(heading) if heading else heading)


class Parser(argparse.ArgumentParser):
    """argparse with Indonesian messages and exit 2 for every usage error."""

    def __init__(self, **kwargs) -> None:  # keywords only, as argparse's add_parser passes them
        kwargs.setdefault("formatter_class", HelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(add_help=False, **kwargs)
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate_argparse("show this help message and exit"),
            )

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            _("labinovasi: galat: {message}\n").format(message=translate_argparse(message)),
        )


# -- argument types -------------------------------------------------------------------------


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("tanggal harus berbentuk TTTT-BB-HH, misalnya 2026-11-23")
        ) from error


def min_ideas(value: str) -> int:
    """The workshop's minimum, within the domain's bounds."""
    low, high = MIN_IDEAS_LIMITS
    try:
        number = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("harus bilangan bulat")) from error
    if not low <= number <= high:
        raise argparse.ArgumentTypeError(
            _("harus antara {low} dan {high}").format(low=low, high=high)
        )
    return number


def stage(value: str) -> Stage:
    try:
        return Stage.parse(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("tahap harus salah satu dari: {names}").format(names=", ".join(Stage))
        ) from error


# -- output ---------------------------------------------------------------------------------


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- where the workshop lives ---------------------------------------------------------------


def workshop_parent() -> argparse.ArgumentParser:
    """FILE and --db: every command on one workshop takes both."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "file", nargs="?", metavar="BERKAS", help=_("berkas lokakarya (.labinovasi)")
    )
    parent.add_argument(
        "--db", metavar="URL", help=_("URL basis data server, misalnya postgresql+psycopg://...")
    )
    return parent


def target(args: argparse.Namespace, missing: str = "") -> str:
    """FILE or --db URL: where the workshop lives (usage error when neither is given)."""
    where = getattr(args, "db", None) or getattr(args, "file", None)
    if not where:
        raise UsageError(missing or _("sebutkan BERKAS lokakarya atau --db URL"))
    return where


def open_service(args: argparse.Namespace):
    """The workshop named by FILE or --db, opened through the service layer."""
    from labinovasi.services import WorkshopService

    return WorkshopService.open(target(args))
