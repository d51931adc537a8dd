"""`opd rename`, `opd remove`, `opd merge` and `opd import --tidy`."""

from __future__ import annotations

import json

import pytest

from labinovasi.cli import main
from labinovasi.services import WorkshopService


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_info:
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def wfile(tmp_path, capsys):
    path = tmp_path / "lab.labinovasi"
    assert run(capsys, "new", path, "--title", "Lab Inovasi 2026")[0] == 0
    return path


def add(capsys, path, name, abbr):
    assert run(capsys, "opd", "add", path, "--name", name, "--abbr", abbr)[0] == 0


def names(path):
    with WorkshopService.open(path) as service:
        return [(o.name, o.abbreviation) for o in service.list_opds()]


def test_opd_rename(wfile, capsys):
    add(capsys, wfile, "DINAS SOSIAL", "DINSOS")
    code, _out, err = run(capsys, "opd", "rename", wfile, "dinsos", "--name", "Dinas Sosial")
    assert code == 0 and "Dinas Sosial (DINSOS)" in err
    code, _out, _err = run(capsys, "opd", "rename", wfile, "DINSOS", "--abbreviation", "DINSOS-P3A")
    assert code == 0 and names(wfile) == [("Dinas Sosial", "DINSOS-P3A")]
    add(capsys, wfile, "Dinas Kesehatan", "DINKES")
    code, _out, err = run(capsys, "opd", "rename", wfile, "DINKES", "--abbreviation", "dinsos-p3a")
    assert code == 4 and "sudah ada" in err
    assert run(capsys, "opd", "rename", wfile, "XYZ", "--name", "X")[0] == 4


def test_opd_remove_refused_with_ideas(wfile, capsys):
    add(capsys, wfile, "Dinas Kesehatan", "DINKES")
    add(capsys, wfile, "Dinas Sosial", "DINSOS")
    assert (
        run(capsys, "idea", "add", wfile, "--opd", "DINKES", "--text", "Posyandu digital")[0] == 0
    )
    code, _out, err = run(capsys, "opd", "remove", wfile, "DINKES")
    assert code == 3 and "Gabungkan" in err
    code, _out, err = run(capsys, "opd", "remove", wfile, "dinsos")
    assert code == 0 and "Dinas Sosial" in err
    assert names(wfile) == [("Dinas Kesehatan", "DINKES")]


def test_opd_merge(wfile, capsys):
    add(capsys, wfile, "Dinas Kesehatan", "DINKES")
    add(capsys, wfile, "dinas kesehatan", "DINKES2")
    assert run(capsys, "idea", "add", wfile, "--opd", "DINKES2", "--text", "Ambulans desa")[0] == 0
    code, out, _err = run(capsys, "opd", "merge", wfile, "DINKES", "DINKES2", "--json")
    assert code == 0
    result = json.loads(out)
    assert (result["kept"], result["removed"], result["moved"]["idea"]) == ("DINKES", "DINKES2", 1)
    assert names(wfile) == [("Dinas Kesehatan", "DINKES")]
    assert run(capsys, "opd", "merge", wfile, "DINKES", "DINKES")[0] == 4


def test_opd_import_tidy(wfile, tmp_path, capsys):
    source = tmp_path / "opd.csv"
    source.write_text(
        "nama;singkatan\n"
        "DINAS SOSIAL;DINSOS\n"
        "dinas kependudukan dan pencatatan sipil (disdukcapil);\n",
        encoding="utf-8",
    )
    assert run(capsys, "opd", "import", wfile, source, "--tidy")[0] == 0
    assert names(wfile) == [
        ("Dinas Sosial", "DINSOS"),
        ("Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL"),
    ]


@pytest.mark.parametrize("command", [["gui", "--sample"], ["station", "x.labinovasi"]])
def test_gui_without_a_display_says_so_and_how_to_run_headless(capsys, monkeypatch, command):
    import sys

    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _out, err = run(capsys, *command)
    assert code == 2
    assert "Tidak ada layar" in err and "xvfb-run" in err and "offscreen" in err
