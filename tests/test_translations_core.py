"""The Qt-free texts (`_()` in domain, storage, services, reports, CLI) all have English, and
`--lang en` really speaks English."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from labinovasi.cli import main
from labinovasi.i18n import _, _catalog, current_language, set_language

ROOT = Path(__file__).resolve().parents[1]


def load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english():
    previous = current_language()
    set_language("en")
    yield
    set_language(previous)


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    set_language("id")


def test_every_core_string_has_an_english_translation():
    script = load_script()
    found = script.extract_messages()
    assert len(found) > 100
    assert "{opd}: {counted} dari {minimum} gagasan — perlu {missing} lagi" in found
    assert "Nama inovasi" in found  # marked with N_() where it is defined (domain/profile.py)
    assert not any("/ui/" in path for places in found.values() for path, _line in places)
    missing = script.untranslated(script.read_catalog(), sorted(found))
    assert missing == [], "run scripts/update_translations.py and translate: " + "; ".join(missing)


def test_translations_keep_their_placeholders():
    english = _catalog("en")
    assert english
    for source, target in english.items():
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", target)), (
            source
        )


def test_translation_follows_the_language(english):
    from labinovasi.domain import Opd, shortfall_text

    dinkes = Opd(id="o", name="Dinas Kesehatan", abbreviation="DINKES")
    assert shortfall_text(dinkes, 3, 5) == "Dinas Kesehatan (DINKES): 3 of 5 ideas — 2 more needed"
    set_language("id")
    assert shortfall_text(dinkes, 3, 5) == (
        "Dinas Kesehatan (DINKES): 3 dari 5 gagasan — perlu 2 lagi"
    )
    set_language("xx")  # unknown: back to the source language
    assert current_language() == "id"
    assert _("Berkas lokakarya utuh.") == "Berkas lokakarya utuh."


def test_cli_status_in_english(sample_service, workshop_path, capsys):
    sample_service.close()
    assert main(["--lang", "en", "status", str(workshop_path)]) == 0
    out = capsys.readouterr().out
    # English numbers in English form (issue 14 #13); Indonesian stays the default
    assert "8 of 12 OPDs (66.7%) have at least 5 ideas" in out
    assert "54 ideas, 53 counted" in out
    assert "dari" not in out and "gagasan" not in out


def test_cli_refusal_in_english(sample_service, workshop_path, capsys):
    sample_service.close()
    assert (
        main(["--lang", "en", "stage", str(workshop_path), "--opd", "DINSOS", "--to", "diagnose"])
        == 3
    )
    assert capsys.readouterr().err.strip() == "Dinas Sosial (DINSOS): 3 of 5 ideas — 2 more needed"


def test_cli_usage_errors_in_english_and_indonesian(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--lang", "en", "new", "x.labinovasi"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage: labinovasi new" in err
    assert "labinovasi: error: the following arguments are required: --title" in err
    with pytest.raises(SystemExit) as info:
        main(["new", "x.labinovasi"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "penggunaan: labinovasi new" in err
    assert "labinovasi: galat: argumen berikut wajib diisi: --title" in err


def test_cli_help_in_english(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--lang", "en", "new", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "create a new workshop" not in out  # that is the parent's listing
    assert "workshop title" in out and "judul lokakarya" not in out
    assert "show this help message and exit" in out
