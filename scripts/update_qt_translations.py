#!/usr/bin/env python3
"""Refreshes resources/translations/labinovasi_en.ts from every string in src/labinovasi/ui/
(pyside6-lupdate), optionally fills translations from a JSON file, compiles the .qm and prints
what is still untranslated.

    .venv/bin/python scripts/update_qt_translations.py
    .venv/bin/python scripts/update_qt_translations.py --template terjemahan.json
    .venv/bin/python scripts/update_qt_translations.py --apply terjemahan.json

The JSON maps an Indonesian source string (or "Context|source") to its English text; a plural
("%n halaman") maps to a list of forms, e.g. ["%n page", "%n pages"].
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from labinovasi.i18n_build import (  # noqa: E402 - after the path fix above
    build_translations,
    run_lupdate,
    ts_path,
    untranslated,
)

DOCTYPE = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def apply_translations(path: Path, mapping: dict[str, str | list[str]]) -> int:
    """Fill unfinished messages of `path` from `mapping`; returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            text = mapping.get(f"{name}|{source}", mapping.get(source))
            if text is None:
                continue
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text, text]
                for child in list(node):
                    node.remove(child)
                for form in forms:
                    ET.SubElement(node, "numerusform").text = form
            else:
                node.text = text if isinstance(text, str) else text[0]
            del node.attrib["type"]
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(DOCTYPE + body + "\n", encoding="utf-8")
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en")
    parser.add_argument(
        "--apply",
        type=Path,
        metavar="JSON",
        help="isi terjemahan dari berkas JSON {sumber: terjemahan}",
    )
    parser.add_argument(
        "--template",
        type=Path,
        metavar="JSON",
        help="tulis string yang belum diterjemahkan sebagai JSON untuk --apply",
    )
    args = parser.parse_args(argv)

    target = ts_path(args.language)
    target.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate(target, language=args.language)
    if args.apply:
        mapping = json.loads(args.apply.read_text(encoding="utf-8"))
        print(f"{apply_translations(target, mapping)} terjemahan diisi dari {args.apply}")
        run_lupdate(target, language=args.language)  # back to lupdate's own layout
    build_translations(force=True)

    missing = untranslated(target)
    for message in missing:
        print(f"[{message.context}] {message.source!r}  ({message.location.lstrip('./')})")
    print(f"{target.relative_to(ROOT)}: {len(missing)} string belum diterjemahkan")
    if args.template and missing:
        template = {m.source: (["", ""] if m.plural else "") for m in missing}
        args.template.write_text(
            json.dumps(template, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"isi {args.template}, lalu jalankan lagi dengan --apply {args.template}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
