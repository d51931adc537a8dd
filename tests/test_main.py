"""`python -m labinovasi gui …` starts the window without building the command line's parser;
what it accepts it reads exactly as the parser does, and everything else goes to the parser."""

from __future__ import annotations

import pytest

from labinovasi.__main__ import gui_arguments
from labinovasi.cli import build_parser

PLAIN = [
    [],
    ["gui"],
    ["gui", "--sample"],
    ["gui", "lokakarya.labinovasi"],
    ["--lang", "en", "gui", "lokakarya.labinovasi"],
    ["--lang", "id"],
    ["gui", "--db", "postgresql://lab@server/lab"],
    ["gui", "lokakarya.labinovasi", "--sample"],
]
OTHER = [
    ["gui", "--help"],
    ["gui", "-h"],
    ["gui", "--lang", "en"],  # --lang comes before the command
    ["--lang", "fr", "gui"],
    ["--lang"],
    ["gui", "satu.labinovasi", "dua.labinovasi"],
    ["gui", "--sampel"],
    ["gui", "--db"],
    ["status", "lokakarya.labinovasi"],
    ["--version"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_gui_command_line_is_read_as_the_parser_reads_it(argv):
    quick = gui_arguments(argv)
    args = build_parser().parse_args(argv)
    assert quick == {
        "target": getattr(args, "db", None) or getattr(args, "file", None),
        "sample": getattr(args, "sample", False),
        "language": args.lang,
    }


@pytest.mark.parametrize("argv", OTHER)
def test_anything_else_goes_to_the_parser(argv):
    assert gui_arguments(argv) is None
