"""Extract every `_()`/`N_()` string of the Qt-free code (src/labinovasi without ui/) and merge it
into resources/translations/labinovasi_en.po: existing translations stay, new ids are added
empty, ids no longer in the code are dropped. Prints the ids still lacking an English text.

    .venv/bin/python scripts/update_translations.py          # update the .po, list untranslated
    .venv/bin/python scripts/update_translations.py --check  # change nothing; exit 1 if any
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "labinovasi"
PO_FILE = ROOT / "resources" / "translations" / "labinovasi_en.po"
KEYWORDS = {"_": None, "N_": None}
# ui/ speaks Qt Linguist (self.tr); everything else uses labinovasi.i18n._.
METHOD_MAP = [("ui/**", "ignore"), ("**.py", "python")]


def extract_messages(package: Path = PACKAGE) -> dict[str, list[tuple[str, int]]]:
    """Every translatable id in the Qt-free code, with where it occurs."""
    found: dict[str, list[tuple[str, int]]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(package), method_map=METHOD_MAP, keywords=KEYWORDS, strip_comment_tags=True
    ):
        if isinstance(message, tuple):  # ngettext-style: not used, keep the singular
            message = message[0]
        if message:
            found.setdefault(message, []).append((f"labinovasi/{filename}", lineno))
    return found


def read_catalog(path: Path = PO_FILE) -> Catalog:
    if not path.exists():
        return Catalog(locale="en", project="Labinovasi")
    with path.open("rb") as handle:
        return read_po(handle, locale="en")


def untranslated(catalog: Catalog, ids: object) -> list[str]:
    return [
        m
        for m in ids
        if not (catalog.get(m) and catalog.get(m).string and not catalog.get(m).fuzzy)
    ]


HEADER = """# English translations of Labinovasi's Qt-free texts (CLI, messages, reports).
# Source strings are Bahasa Indonesia. Update with scripts/update_translations.py."""


def merge(found: dict[str, list[tuple[str, int]]], catalog: Catalog) -> Catalog:
    template = Catalog(project="Labinovasi")
    # Keep the file's date so a run that finds nothing new changes nothing.
    template.creation_date = catalog.creation_date
    for message, locations in sorted(found.items()):
        template.add(message, locations=locations)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()  # an id gone from the code has no place in the file
    catalog.header_comment = HEADER
    catalog.fuzzy = False
    catalog.version = __import__("labinovasi").__version__
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "Labinovasi"
    catalog.language_team = "English"
    return catalog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 when an id lacks an English text",
    )
    args = parser.parse_args(argv)
    found = extract_messages()
    catalog = read_catalog()
    if not args.check:
        merge(found, catalog)
        with PO_FILE.open("wb") as handle:
            write_po(
                handle,
                catalog,
                width=100,
                sort_output=True,
                include_previous=False,
                include_lineno=False,
            )
    missing = untranslated(catalog, sorted(found))
    print(
        f"{len(found)} ids, {len(missing)} without an English translation"
        + (":" if missing else "."),
        file=sys.stderr,
    )
    for message in missing:
        where = ", ".join(f"{f}:{n}" for f, n in found[message][:2])
        print(f"  {message!r}  ({where})")
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
