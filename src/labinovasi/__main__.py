"""Entry point for `python -m labinovasi` and the bundled app.

`gui` (or nothing) with only --lang, --sample, --db and a file starts the window without the
command line's parser: building it imports every command group and the domain (about 0.05 s),
which the window need not wait for. Anything else, help and mistakes included, goes through
the parser as always."""

import sys

LANGUAGES = ("id", "en")  # as the parser's --lang choices (labinovasi.cli.build_parser)


def gui_arguments(argv: list[str]) -> dict | None:
    """run_gui's keywords for a plain `[--lang id|en] [gui [--sample] [--db URL] [FILE]]`
    command line, else None (the parser decides)."""
    rest = list(argv)
    language = None
    if rest[:1] == ["--lang"] and len(rest) > 1 and rest[1] in LANGUAGES:
        language, rest = rest[1], rest[2:]
    if rest and rest.pop(0) != "gui":
        return None
    found: dict = {"file": None, "db": None, "sample": False}
    while rest:
        arg = rest.pop(0)
        if arg == "--sample" and not found["sample"]:
            found["sample"] = True
        elif arg == "--db" and rest and not rest[0].startswith("-") and found["db"] is None:
            found["db"] = rest.pop(0)
        elif not arg.startswith("-") and found["file"] is None:
            found["file"] = arg
        else:
            return None
    return {"target": found["db"] or found["file"], "sample": found["sample"], "language": language}


def main() -> int:
    quick = gui_arguments(sys.argv[1:])
    if quick is not None:
        try:
            from labinovasi.ui.facilitator.main_window import run_gui
        except ImportError:
            pass  # no Qt: the command line says so (cli.gui)
        else:
            return run_gui(**quick)
    from labinovasi.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
