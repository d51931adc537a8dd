"""The `labinovasi` command line, its public contract: every command, every exit code, run
in-process through labinovasi.cli.main (and once as the installed program)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from labinovasi import __version__
from labinovasi.cli import main
from labinovasi.services import WorkshopService
from labinovasi.storage.connection import SCHEMA_VERSION


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """main(argv) → (exit code, stdout, stderr); argparse's SystemExit counts as a return."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_info:
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def wfile(tmp_path, capsys) -> Path:
    path = tmp_path / "lab.labinovasi"
    code = run(capsys, "new", path, "--title", "Lab Inovasi 2026", "--region", "Kabupaten Contoh")[
        0
    ]
    assert code == 0
    return path


@pytest.fixture
def sample_file(wfile, samples_dir, capsys) -> Path:
    assert run(capsys, "opd", "import", wfile, samples_dir / "opd.csv")[0] == 0
    assert run(capsys, "idea", "import", wfile, samples_dir / "gagasan.csv")[0] == 0
    return wfile


def status_json(capsys, path: Path) -> dict:
    code, out, _err = run(capsys, "status", path, "--json")
    assert code == 0
    return json.loads(out)


# -- top level ------------------------------------------------------------------------------


def test_version(capsys):
    code, out, _err = run(capsys, "--version")
    assert code == 0 and out.strip() == f"labinovasi {__version__}"


def test_help_lists_every_command(capsys):
    code, out, _err = run(capsys, "--help")
    assert code == 0
    for name in ("gui", "new", "opd", "idea", "stage", "status", "export", "check", "sample"):
        assert name in out


@pytest.fixture
def fake_gui(monkeypatch):
    calls = []
    module = types.ModuleType("labinovasi.ui.facilitator.main_window")
    module.run_gui = lambda **kw: calls.append(kw) or 0
    monkeypatch.setitem(sys.modules, "labinovasi.ui.facilitator.main_window", module)
    return calls


def test_no_arguments_and_gui_open_the_gui(fake_gui, capsys, wfile):
    assert run(capsys)[0] == 0
    assert run(capsys, "gui", wfile)[0] == 0
    assert run(capsys, "--lang", "en", "gui", "--sample")[0] == 0
    assert fake_gui == [
        {"target": None, "sample": False, "language": None},
        {"target": str(wfile), "sample": False, "language": None},
        {"target": None, "sample": True, "language": "en"},
    ]


def test_gui_missing_prints_a_clear_note(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "labinovasi.ui.facilitator.main_window", None)  # no Qt
    code, _out, err = run(capsys, "gui")
    assert code == 2
    assert "Antarmuka grafis tidak dapat dimulai" in err


# -- usage errors: exit 2, in Bahasa Indonesia ------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["bogus"], "argumen PERINTAH: pilihan tidak sah: 'bogus'"),
        (["new", "x.labinovasi"], "argumen berikut wajib diisi: --title"),
        (["opd"], "argumen berikut wajib diisi: PERINTAH"),
        (["idea", "add", "x.labinovasi", "--opd", "A"], "argumen berikut wajib diisi: --text"),
        (["status", "x.labinovasi", "--jsn"], "argumen tidak dikenal: --jsn"),
        (
            ["export", "x.labinovasi", "--format", "pdf", "--out", "y"],
            "argumen --format: pilihan tidak sah: 'pdf'",
        ),
        (
            ["stage", "x.labinovasi", "--opd", "A", "--to", "launch"],
            "argumen --to: tahap harus salah satu dari: drum-up, diagnose, design, deliver, display",
        ),
        (
            ["new", "x", "--title", "T", "--min-ideas", "0"],
            "argumen --min-ideas: harus antara 1 dan 100",
        ),
        (
            ["new", "x", "--title", "T", "--min-ideas", "lima"],
            "argumen --min-ideas: harus bilangan bulat",
        ),
        (
            ["new", "x", "--title", "T", "--date", "23-11-2026"],
            "argumen --date: tanggal harus berbentuk TTTT-BB-HH",
        ),
        (["--lang", "fr", "status"], "argumen --lang: pilihan tidak sah: 'fr'"),
    ],
)
def test_usage_errors(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "penggunaan: labinovasi" in err
    assert f"labinovasi: galat: {message}" in err
    assert not list(tmp_path.iterdir())  # nothing was created


def test_a_command_without_a_file_is_a_usage_error(capsys):
    code, _out, err = run(capsys, "status")
    assert code == 2
    assert "sebutkan BERKAS lokakarya atau --db URL" in err


def test_station_without_a_file_is_a_usage_error(capsys):
    # It reached WorkshopService.open(None) and ended in a TypeError traceback (found by mypy).
    code, _out, err = run(capsys, "station", "--pin", "123456")
    assert code == 2
    assert "sebutkan BERKAS lokakarya atau --db URL" in err


# -- new --------------------------------------------------------------------------------------


def test_new(tmp_path, capsys):
    path = tmp_path / "baru"
    code, _out, err = run(
        capsys,
        "new",
        path,
        "--title",
        "Lab 2026",
        "--region",
        "Kota Contoh",
        "--min-ideas",
        "3",
        "--date",
        "2026-11-23",
        "--place",
        "Aula",
    )
    assert code == 0
    created = tmp_path / "baru.labinovasi"  # the extension is added
    assert "Lokakarya dibuat" in err and created.exists()
    with WorkshopService.open(created) as service:
        w = service.workshop()
        assert (w.title, w.region, w.min_ideas, w.place, str(w.start_date)) == (
            "Lab 2026",
            "Kota Contoh",
            3,
            "Aula",
            "2026-11-23",
        )


def test_new_refuses_to_overwrite(wfile, capsys):
    before = sha256(wfile)
    code, _out, err = run(capsys, "new", wfile, "--title", "Lain")
    assert code == 4  # bad input, nothing written: like station-copy and copy onto a file
    assert "Berkas sudah ada, tidak ditimpa" in err
    assert sha256(wfile) == before


def test_new_with_a_blank_title_is_bad_input(tmp_path, capsys):
    code, _out, err = run(capsys, "new", tmp_path / "x.labinovasi", "--title", "  ")
    assert code == 4 and "Judul lokakarya wajib diisi" in err
    assert not (tmp_path / "x.labinovasi").exists()


def test_new_where_the_disk_says_no(tmp_path, capsys):
    (tmp_path / "berkas").write_text("x", encoding="utf-8")
    code, _out, err = run(capsys, "new", tmp_path / "berkas" / "x.labinovasi", "--title", "T")
    assert code == 5
    assert "Berkas lokakarya tidak dapat dibaca atau ditulis" in err
    assert "Traceback" not in err


def test_new_in_a_missing_folder(tmp_path, capsys):
    code, _out, err = run(capsys, "new", tmp_path / "tidak" / "ada.labinovasi", "--title", "T")
    assert code == 4 and "Folder tidak ditemukan" in err


# -- opd --------------------------------------------------------------------------------------


def test_opd_add_import_list(wfile, tmp_path, capsys):
    code, _out, err = run(
        capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES"
    )
    assert code == 0 and "OPD ditambahkan: Dinas Kesehatan (DINKES)" in err
    source = tmp_path / "opd.csv"
    source.write_text("name,abbreviation\nDinas Pendidikan,DISDIK\n", encoding="utf-8")
    code, _out, err = run(capsys, "opd", "import", wfile, source)
    assert code == 0 and "1 OPD diimpor." in err
    code, out, _err = run(capsys, "opd", "list", wfile)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["DINKES", "drum-up", "0"]
    assert lines[0].endswith("Dinas Kesehatan") and lines[1].endswith("Dinas Pendidikan")
    code, out, _err = run(capsys, "opd", "list", wfile, "--json")
    assert json.loads(out) == [
        {
            "abbreviation": "DINKES",
            "name": "Dinas Kesehatan",
            "stage": "drum-up",
            "ideas": 0,
            "counted_ideas": 0,
            "meets_minimum": False,
        },
        {
            "abbreviation": "DISDIK",
            "name": "Dinas Pendidikan",
            "stage": "drum-up",
            "ideas": 0,
            "counted_ideas": 0,
            "meets_minimum": False,
        },
    ]


def test_opd_add_duplicate_is_bad_input(wfile, capsys):
    run(capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES")
    before = sha256(wfile)
    code, _out, err = run(capsys, "opd", "add", wfile, "--name", "Dinas X", "--abbr", "dinkes")
    assert code == 4 and "singkatan dinkes sudah ada" in err
    assert sha256(wfile) == before


# -- idea -------------------------------------------------------------------------------------


def test_idea_add_list_choose(wfile, capsys):
    run(capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES")
    code, out, err = run(
        capsys,
        "idea",
        "add",
        wfile,
        "--opd",
        "dinkes",
        "--text",
        "Posyandu digital",
        "--author",
        "Sari",
        "--problem",
        "Antrean",
    )
    assert code == 0 and "Gagasan disimpan (1 dari 5)." in err
    first_id = out.strip()
    code, out, err = run(
        capsys, "idea", "add", wfile, "--opd", "Dinas Kesehatan", "--text", "POSYANDU digital!"
    )
    assert code == 0
    assert (
        "Gagasan disimpan, tetapi sudah ada (sama dengan gagasan nomor 1), tidak dihitung "
        "(1 dari 5)."
    ) in err
    second_id = out.strip()
    code, out, _err = run(capsys, "idea", "list", wfile, "--json")
    assert json.loads(out) == [
        {
            "id": first_id,
            "opd": "DINKES",
            "text": "Posyandu digital",
            "counted": True,
            "duplicate_of": None,
            "author": "Sari",
            "problem": "Antrean",
            "chosen": False,
            "withdrawn": False,
            "withdrawn_reason": "",
        },
        {
            "id": second_id,
            "opd": "DINKES",
            "text": "POSYANDU digital!",
            "counted": False,
            "duplicate_of": first_id,
            "author": "",
            "problem": "",
            "chosen": False,
            "withdrawn": False,
            "withdrawn_reason": "",
        },
    ]
    code, out, err = run(capsys, "idea", "choose", wfile, first_id[:8])
    assert code == 0 and "Gagasan dipilih: Posyandu digital" in err
    code, out, _err = run(capsys, "idea", "list", wfile, "--opd", "DINKES")
    lines = out.splitlines()
    assert lines[0].startswith(first_id[:8]) and "*" in lines[0].split("Posyandu")[0]
    assert "=#1" in lines[1]
    code, _out, err = run(capsys, "idea", "choose", wfile, first_id, "--unchoose")
    assert code == 0 and "Pilihan dibatalkan" in err
    _code, out, _err = run(capsys, "idea", "list", wfile, "--json")
    assert json.loads(out)[0]["chosen"] is False

    from labinovasi.services import WorkshopService
    from labinovasi.services.idea_actions import withdraw_idea

    with WorkshopService.open(wfile) as service:
        withdraw_idea(service, second_id, "dobel")
    _code, out, _err = run(capsys, "idea", "list", wfile, "--json")
    assert json.loads(out)[1]["withdrawn"] is True
    assert json.loads(out)[1]["withdrawn_reason"] == "dobel"


def test_idea_add_refusals(wfile, capsys):
    run(capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES")
    before = sha256(wfile)
    code, _out, err = run(capsys, "idea", "add", wfile, "--opd", "DINKES", "--text", "   ")
    assert code == 4 and "Gagasan kosong tidak disimpan" in err
    code, _out, err = run(capsys, "idea", "add", wfile, "--opd", "DINSOS", "--text", "x")
    assert code == 4 and "OPD tidak ditemukan: DINSOS" in err
    code, _out, err = run(capsys, "idea", "choose", wfile, "abcdef")
    assert code == 4 and "Gagasan tidak ditemukan" in err
    code, _out, err = run(capsys, "idea", "list", wfile, "--opd", "DINSOS")
    assert code == 4
    assert sha256(wfile) == before


def test_idea_import_reports_skipped_rows(wfile, tmp_path, capsys):
    run(capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES")
    source = tmp_path / "gagasan.csv"
    source.write_bytes("opd;gagasan\r\nDINKES;Posyandu\r\n;\r\nDINKES;\r\n".encode("cp1252"))
    code, _out, err = run(capsys, "idea", "import", wfile, source)
    assert code == 0
    assert err.splitlines() == ["baris 4: gagasan kosong, dilewati", "1 gagasan diimpor."]


def test_idea_import_refusals_leave_the_file_unchanged(wfile, tmp_path, capsys):
    run(capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES")
    before = sha256(wfile)
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("opd,gagasan\nDINKES,Baik\nDINSOS,Salah\n", encoding="utf-8")
    code, out, err = run(capsys, "idea", "import", wfile, unknown)
    assert code == 4 and out == ""
    assert err.splitlines() == [
        "Impor dibatalkan; tidak ada yang ditulis.",
        "baris 3: OPD tidak dikenal: DINSOS",
    ]
    no_column = tmp_path / "kolom.csv"
    no_column.write_text("opd,usulan\nDINKES,Baik\n", encoding="utf-8")
    code, _out, err = run(capsys, "idea", "import", wfile, no_column)
    assert code == 4 and "Kolom wajib tidak ada di kolom.csv: gagasan" in err
    code, _out, err = run(capsys, "idea", "import", wfile, tmp_path / "hilang.csv")
    assert code == 4 and "Berkas tidak ditemukan" in err
    assert sha256(wfile) == before
    assert status_json(capsys, wfile)["totals"]["ideas"] == 0


def test_idea_import_skips_unknown_opds_on_request(wfile, tmp_path, capsys):
    run(capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES")
    source = tmp_path / "unknown.csv"
    source.write_text("opd,gagasan\nDINKES,Baik\ndinkess,Salah\n", encoding="utf-8")
    code, out, err = run(capsys, "idea", "import", wfile, source, "--skip-unknown-opd")
    assert code == 0 and out == ""
    assert err.splitlines() == [
        "baris 3: OPD tidak dikenal: dinkess; mungkin maksudnya: Dinas Kesehatan (DINKES), "
        "dilewati",
        "1 gagasan diimpor.",
    ]
    assert status_json(capsys, wfile)["totals"]["ideas"] == 1


# -- stage ------------------------------------------------------------------------------------


def test_stage_refused_moved_overridden_and_back(sample_file, capsys):
    before = sha256(sample_file)
    code, out, err = run(capsys, "stage", sample_file, "--opd", "DINSOS", "--to", "diagnose")
    assert code == 3 and out == ""
    assert err.strip() == "Dinas Sosial (DINSOS): 3 dari 5 gagasan — perlu 2 lagi"
    assert sha256(sample_file) == before
    code, _out, err = run(
        capsys, "stage", sample_file, "--opd", "DINSOS", "--to", "diagnose", "--override", "  "
    )
    assert code == 4 and "Alasan pengecualian wajib diisi" in err
    code, _out, err = run(
        capsys,
        "stage",
        sample_file,
        "--opd",
        "DINSOS",
        "--to",
        "diagnose",
        "--override",
        "Kepala dinas hadir hari ini saja",
    )
    assert code == 0
    assert "dipindah ke diagnose dengan pengecualian: Kepala dinas hadir hari ini saja" in err
    code, _out, err = run(capsys, "stage", sample_file, "--opd", "DINKES", "--to", "diagnose")
    assert code == 0 and err.strip() == "Dinas Kesehatan (DINKES) dipindah ke diagnose."
    code, _out, err = run(capsys, "stage", sample_file, "--opd", "DINKES", "--to", "Diagnose")
    assert code == 0 and "sudah di tahap diagnose" in err
    code, _out, err = run(capsys, "stage", sample_file, "--opd", "DINKES", "--to", "design")
    assert code == 3 and "belum ada gagasan terpilih" in err
    code, _out, _err = run(capsys, "stage", sample_file, "--opd", "DINKES", "--to", "drum-up")
    assert code == 0
    stages = {o["abbreviation"]: o["stage"] for o in status_json(capsys, sample_file)["opds"]}
    assert stages["DINSOS"] == "diagnose" and stages["DINKES"] == "drum-up"
    with WorkshopService.open(sample_file) as service:
        changes = service.stage_changes()
        assert [c.override_reason for c in changes] == ["Kepala dinas hadir hari ini saja", "", ""]


# -- status -----------------------------------------------------------------------------------


def test_status_json_with_the_shared_samples(sample_file, capsys):
    data = status_json(capsys, sample_file)
    assert set(data) == {"workshop", "opds", "totals"}
    assert data["workshop"] == {
        "title": "Lab Inovasi 2026",
        "region": "Kabupaten Contoh",
        "min_ideas": 5,
    }
    assert data["totals"] == {
        "opds": 12,
        "opds_meeting_minimum": 8,
        "ideas": 54,
        "counted_ideas": 53,
    }
    for opd in data["opds"]:
        assert set(opd) == {
            "abbreviation",
            "name",
            "stage",
            "ideas",
            "counted_ideas",
            "meets_minimum",
        }
        assert opd["stage"] in ("drum-up", "diagnose", "design", "deliver", "display")
    short = sorted(o["abbreviation"] for o in data["opds"] if not o["meets_minimum"])
    assert short == ["DINSOS", "DISTANKP", "DPMPTSP", "KEC-KOTABARU"]


def test_status_text(sample_file, capsys):
    code, out, _err = run(capsys, "status", sample_file)
    assert code == 0
    assert out.splitlines()[0] == "Lab Inovasi 2026 — Kabupaten Contoh"
    assert "8 dari 12 OPD (66,7%) memenuhi minimal 5 gagasan" in out
    assert "54 gagasan, 53 dihitung" in out
    dinsos = next(line for line in out.splitlines() if "DINSOS" in line)
    assert "3 dari 5" in dinsos and "kurang 2" in dinsos


# -- export -----------------------------------------------------------------------------------


def test_export_csv_reimports_to_the_same_status(sample_file, tmp_path, samples_dir, capsys):
    out_csv = tmp_path / "ekspor.csv"
    code, _out, err = run(capsys, "export", sample_file, "--format", "csv", "--out", out_csv)
    assert code == 0 and "Diekspor ke" in err
    copy = tmp_path / "salinan.labinovasi"
    run(capsys, "new", copy, "--title", "Lab Inovasi 2026", "--region", "Kabupaten Contoh")
    run(capsys, "opd", "import", copy, samples_dir / "opd.csv")
    assert run(capsys, "idea", "import", copy, out_csv)[0] == 0
    assert status_json(capsys, copy) == status_json(capsys, sample_file)


def test_export_xlsx_and_json(sample_file, tmp_path, capsys):
    from openpyxl import load_workbook

    xlsx = tmp_path / "ekspor.xlsx"
    assert run(capsys, "export", sample_file, "--format", "xlsx", "--out", xlsx)[0] == 0
    assert load_workbook(xlsx).sheetnames == ["OPD", "Gagasan", "Rancangan"]
    out_json = tmp_path / "ekspor.json"
    assert run(capsys, "export", sample_file, "--format", "json", "--out", out_json)[0] == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["status"] == status_json(capsys, sample_file)


def test_export_to_a_missing_folder_is_bad_input(sample_file, tmp_path, capsys):
    code, _out, err = run(
        capsys, "export", sample_file, "--format", "csv", "--out", tmp_path / "tidak" / "ada.csv"
    )
    assert code == 4 and "Folder tidak ditemukan" in err
    code, _out, err = run(capsys, "export", sample_file, "--format", "json", "--out", tmp_path)
    assert code == 4 and "Tujuan adalah folder" in err


# -- check ------------------------------------------------------------------------------------


def test_check_a_good_file(sample_file, capsys):
    code, out, err = run(capsys, "check", sample_file)
    assert code == 0 and err == ""
    assert out.splitlines() == [
        f"skema versi {SCHEMA_VERSION}",
        "12 OPD, 54 gagasan (53 dihitung)",
        "Berkas lokakarya utuh.",
    ]


def test_check_finds_a_broken_foreign_key(sample_file, capsys):
    db = sqlite3.connect(sample_file)  # foreign keys are off on a plain connection
    db.execute("UPDATE idea SET opd_id = 'hilang' WHERE rowid = 1")
    db.commit()
    db.close()
    code, _out, err = run(capsys, "check", sample_file)
    assert code == 5 and "kunci asing rusak di tabel idea" in err


# -- files that cannot be opened: exit 5, untouched --------------------------------------------


COMMANDS_ON_A_FILE = [
    ["status"],
    ["status", "--json"],
    ["opd", "list"],
    ["idea", "list"],
    ["check"],
    ["idea", "add", "--opd", "DINKES", "--text", "Gagasan"],
    ["stage", "--opd", "DINKES", "--to", "diagnose"],
]


def file_command(argv: list[str], path: Path) -> list[str]:
    """Put the workshop FILE right after the (sub)command words."""
    words = 2 if argv[0] in ("opd", "idea") else 1
    return [*argv[:words], str(path), *argv[words:]]


@pytest.mark.parametrize("argv", COMMANDS_ON_A_FILE)
def test_missing_file(tmp_path, capsys, argv):
    missing = tmp_path / "hilang.labinovasi"
    code, _out, err = run(capsys, *file_command(argv, missing))
    assert code == 5 and "Berkas tidak ditemukan" in err
    assert not missing.exists()


def damaged_files(tmp_path: Path, good: Path) -> dict[str, Path]:
    files = {}
    files["text"] = tmp_path / "teks.labinovasi"
    files["text"].write_text("ini bukan lokakarya\n", encoding="utf-8")
    files["sqlite"] = tmp_path / "sqlite.labinovasi"
    db = sqlite3.connect(files["sqlite"])
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    data = good.read_bytes()
    files["truncated"] = tmp_path / "terpotong.labinovasi"
    files["truncated"].write_bytes(data[: len(data) // 2])
    scribbled = bytearray(data)
    scribbled[4096 : 4096 + 3000] = b"\x5a" * 3000
    files["scribbled"] = tmp_path / "rusak.labinovasi"
    files["scribbled"].write_bytes(bytes(scribbled))
    files["newer"] = tmp_path / "baru.labinovasi"
    shutil.copy(good, files["newer"])
    db = sqlite3.connect(files["newer"])
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    return files


def test_files_that_are_not_workshops_are_refused_untouched(sample_file, tmp_path, capsys):
    messages = {
        "text": "Bukan berkas lokakarya",
        "sqlite": "Bukan berkas lokakarya",
        "truncated": "rusak",
        "scribbled": "rusak",
        "newer": "lebih baru",
    }
    files = damaged_files(tmp_path, sample_file)
    for kind, path in files.items():
        before = sha256(path)
        for argv in COMMANDS_ON_A_FILE:
            code, out, err = run(capsys, *file_command(argv, path))
            assert code == 5, (kind, argv, err)
            assert messages[kind] in err, (kind, argv, err)
            assert out == "" or argv == ["check"], (kind, argv)
        assert sha256(path) == before, kind
        assert not list(tmp_path.glob(path.name + "-*")), kind  # no -wal/-shm left behind


# -- sample -----------------------------------------------------------------------------------


def test_sample(tmp_path, capsys):
    path = tmp_path / "contoh.labinovasi"
    code, _out, err = run(capsys, "sample", path)
    assert code == 0 and "Lokakarya contoh dibuat" in err
    data = status_json(capsys, path)
    assert data["totals"]["opds"] == 12 and data["totals"]["ideas"] == 57
    assert run(capsys, "sample", path)[0] == 4  # never overwrites


# -- the installed program --------------------------------------------------------------------


def labinovasi_program() -> str:
    program = Path(sys.executable).with_name("labinovasi")
    if not program.exists():
        found = shutil.which("labinovasi")
        assert found, "the labinovasi entry point is not installed"
        return found
    return str(program)


def test_installed_entry_point_and_an_acknowledged_idea_survives(wfile, capsys):
    run(capsys, "opd", "add", wfile, "--name", "Dinas Kesehatan", "--abbr", "DINKES")
    env = {**os.environ, "LABINOVASI_LANG": "id"}
    done = subprocess.run(
        [
            labinovasi_program(),
            "idea",
            "add",
            str(wfile),
            "--opd",
            "DINKES",
            "--text",
            "Posyandu digital ✓ “kutip”",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Gagasan disimpan (1 dari 5)." in done.stderr
    idea_id = done.stdout.strip()
    # Another process, once the first has exited: what it acknowledged is on disk.
    with WorkshopService.open(wfile) as service:
        idea = service.get_idea(idea_id)
        assert idea.text == "Posyandu digital ✓ “kutip”"
    done = subprocess.run(
        [labinovasi_program(), "status", str(wfile)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and "1 gagasan, 1 dihitung" in done.stdout
    done = subprocess.run(
        [labinovasi_program(), "status"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "sebutkan BERKAS" in done.stderr


# -- argparse's own messages ------------------------------------------------------------------


def test_every_argparse_message_in_the_table_is_still_argparse_s():
    """A Python release that rewords a message must not leave a dead entry behind silently."""
    import argparse
    import inspect

    from labinovasi.cli.common import ARGPARSE_MESSAGES

    source = inspect.getsource(argparse)
    missing = [
        english
        for english in ARGPARSE_MESSAGES
        if repr(english)[1:-1] not in source and english not in source
    ]
    assert missing == []


def test_nested_argparse_messages_are_translated_whole():
    from labinovasi.cli.common import translate_argparse

    english = "argument --to: invalid choice: 'x' (choose from 'a', 'b')"
    assert translate_argparse(english) == (
        "argumen --to: pilihan tidak sah: 'x' (pilih dari 'a', 'b')"
    )
    assert translate_argparse("something argparse never said") == "something argparse never said"


def test_opd_import_skip_existing_says_what_happened(sample_file, samples_dir, capsys):
    office = samples_dir.parent / "imports" / "opd_semicolon_title.csv"
    before = sha256(sample_file)
    code, _out, err = run(capsys, "opd", "import", sample_file, office)
    assert code == 4 and "dinkes sudah ada" in err
    assert sha256(sample_file) == before
    code, _out, err = run(capsys, "opd", "import", sample_file, office, "--skip-existing")
    assert code == 0
    assert "2 OPD diimpor, 1 dilewati." in err and "dinkes sudah ada, dilewati" in err
