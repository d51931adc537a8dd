"""Each paper kind is declared once (reports/papers/registry.py): the CLI's `--document`
choices, the README's list and number codes follow the declarations."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

from labinovasi.cli import build_parser
from labinovasi.domain.papers import DOCUMENT_CODES
from labinovasi.reports.papers.registry import DOCUMENTS, PAPER_KINDS, readme_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_lists_exactly_the_registrys_papers():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- papers:[^>]*-->\n(.*?)\n<!-- /papers -->", text, re.S)
    assert block is not None
    assert block.group(1) == readme_table()
    listed = re.findall(r"^\| `([a-z][a-z-]*)` \|", block.group(1), re.M)
    assert tuple(listed) == DOCUMENTS


def test_the_cli_offers_every_paper_and_keeps_the_old_keys():
    parser = build_parser()
    report = parser._subparsers._group_actions[0].choices["report"]  # type: ignore[union-attr]
    [document] = [a for a in report._actions if "--document" in a.option_strings]
    assert tuple(document.choices) == DOCUMENTS
    old = {
        "rekap",
        "lembar",
        "daftar-hadir",
        "berita-acara-komitmen",
        "berita-acara-pelaksanaan",
        "berita-acara-desk",
        "berita-acara-top",
        "sertifikat",
        "rancang-bangun",
        "sk-penetapan",
        "sk-tim",
    }
    assert old <= set(DOCUMENTS)


def test_every_kind_has_a_builder_module_and_a_number_code():
    assert len(set(DOCUMENTS)) == len(DOCUMENTS)
    for kind in PAPER_KINDS:
        module = importlib.import_module(f"labinovasi.reports.papers.{kind.module}")
        assert callable(module.build), kind.key
        assert kind.key in DOCUMENT_CODES, kind.key


def test_reading_the_registry_loads_no_reportlab():
    code = (
        "import sys; from labinovasi.reports.papers.registry import PAPER_KINDS; "
        "assert not [m for m in sys.modules if m.startswith('reportlab')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
