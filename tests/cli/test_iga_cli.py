"""`labinovasi iga estimate|check|report|portfolio`, `export --format iga-xlsx` and
`innovation import`: JSON keys, exit codes, the round trip through files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iga_workbook import add_opds, write_workbook
from labinovasi.cli import main
from labinovasi.services import WorkshopService

SMALL = Path(__file__).parents[1] / "data" / "iga" / "aturan-kecil.json"
SCORE_KEYS = {
    "spd",
    "sid_total",
    "divisor",
    "sid_average",
    "yandas_covered",
    "count_score",
    "total",
    "index",
    "predikat",
    "at_threshold",
}


def new_workshop(path: Path) -> Path:
    with WorkshopService.create(path, "Lab Inovasi") as service:
        add_opds(service)
    return path


def estimate(capsys, path: Path, *options: str) -> dict:
    capsys.readouterr()
    assert main(["iga", "estimate", str(path), *options, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_estimate_export_import(tmp_path, capsys):
    lab = new_workshop(tmp_path / "lab.labinovasi")
    book = write_workbook(tmp_path / "iga.xlsx")
    assert main(["innovation", "import", str(lab), str(book), "--rules", str(SMALL)]) == 0
    result = estimate(capsys, lab, "--rules", str(SMALL))
    assert set(result) >= {"year", "innovations", "claimed", "verified"}  # extended, never renamed
    assert result["rules_file"] == "aturan-kecil.json" and result["official"] is True
    assert set(result["claimed"]) == SCORE_KEYS == set(result["verified"])
    assert (result["year"], result["innovations"]) == (2026, 2)
    assert result["claimed"]["index"] == 17.5 and result["verified"]["index"] == 13.5

    assert main(["innovation", "import", str(lab), str(book), "--rules", str(SMALL)]) == 0
    assert estimate(capsys, lab, "--rules", str(SMALL)) == result  # nothing added

    out = tmp_path / "keluar.xlsx"
    assert (
        main(["export", str(lab), "--format", "iga-xlsx", "--out", str(out), "--year", "2026"]) == 0
    )
    copy = new_workshop(tmp_path / "salinan.labinovasi")
    assert main(["innovation", "import", str(copy), str(out), "--rules", str(SMALL)]) == 0
    assert estimate(capsys, copy, "--rules", str(SMALL)) == result


def test_bad_workbook_exits_4_with_line_numbers(tmp_path, capsys):
    lab = new_workshop(tmp_path / "lab.labinovasi")
    book = write_workbook(
        tmp_path / "salah.xlsx",
        profile=[["DISHUB", "Parkir", "Inisiatif"]],
        indicators=[],
        region=[],
    )
    assert main(["innovation", "import", str(lab), str(book)]) == 4
    assert "Profil Inovasi baris 2" in capsys.readouterr().err
    assert estimate(capsys, lab)["innovations"] == 0


def test_year_and_rules_choose_the_rule_file(tmp_path, capsys):
    lab = new_workshop(tmp_path / "lab.labinovasi")
    assert estimate(capsys, lab, "--year", "2023")["year"] == 2023
    assert estimate(capsys, lab, "--year", "2026")["verified"]["divisor"] == 12
    assert main(["iga", "estimate", str(lab), "--year", "1999"]) == 4
    assert main(["iga", "estimate", str(lab), "--rules", str(tmp_path / "x.json")]) == 4
    with pytest.raises(SystemExit) as caught:
        main(["iga", "estimate", str(lab), "--year", "2026", "--rules", str(SMALL)])
    assert caught.value.code == 2


def test_check_report_and_portfolio(tmp_path, capsys):
    lab = new_workshop(tmp_path / "lab.labinovasi")
    book = write_workbook(tmp_path / "iga.xlsx")
    assert main(["innovation", "import", str(lab), str(book), "--rules", str(SMALL)]) == 0
    capsys.readouterr()
    assert main(["iga", "check", str(lab), "--rules", str(SMALL), "--json"]) == 0
    ready = json.loads(capsys.readouterr().out)
    assert set(ready) == {
        "year",
        "innovations",
        "region",
        "empty_seats",
        "opd_total",
        "opd_with_innovation",
        "opd_without",
    }
    assert ready["opd_without"] == ["DINSOS"] and ready["empty_seats"] == 2
    checks = {c["key"]: c for c in ready["innovations"][1]["checks"]}
    assert checks["design_text"]["message"] == "Rancang bangun: 3 dari 300 kata"

    pdf = tmp_path / "rekap.pdf"
    assert (
        main(
            [
                "iga",
                "report",
                str(lab),
                "--rules",
                str(SMALL),
                "--out",
                str(pdf),
                "--target",
                "65,01",
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")

    innovation_id = ready["innovations"][1]["id"]
    assert (
        main(
            [
                "iga",
                "portfolio",
                str(lab),
                "--innovation",
                innovation_id,
                "--year",
                "2026",
                "--not-reported",
            ]
        )
        == 0
    )
    assert estimate(capsys, lab, "--rules", str(SMALL))["innovations"] == 1


def test_estimate_names_the_innovations_the_window_leaves_out(tmp_path, capsys):
    lab = new_workshop(tmp_path / "lab.labinovasi")
    capsys.readouterr()
    assert main(["innovation", "add", str(lab), "--opd", "DINKES", "--name", "SIAP ANTRE"]) == 0
    ident = capsys.readouterr().out.strip()
    old = ["stage=penerapan", "trial_date=2020-02-01", "launch_date=2021-05-01"]
    assert main(["innovation", "set", str(lab), ident, *old]) == 0
    result = estimate(capsys, lab, "--rules", str(SMALL))
    assert (result["innovations"], result["reported"]) == (0, 1)
    assert [(i["id"], i["name"], i["key"]) for i in result["left_out"]] == [
        (ident, "SIAP ANTRE", "before_window")
    ]
    assert main(["iga", "estimate", str(lab), "--rules", str(SMALL)]) == 0
    text = capsys.readouterr().out
    assert "Tidak dihitung (1 dari 1 yang dilaporkan):" in text
    assert "DINKES · SIAP ANTRE: Waktu penerapan 1 Mei 2021 di luar rentang" in text

    # eligible only by its waktu pengembangan: counted
    assert main(["innovation", "set", str(lab), ident, "development_date=2026-08-17"]) == 0
    result = estimate(capsys, lab, "--rules", str(SMALL))
    assert (result["innovations"], result["left_out"]) == (1, [])
    assert main(["iga", "check", str(lab), "--rules", str(SMALL), "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)["innovations"][0]
    assert checks["eligible"] is True
    dates = next(c for c in checks["checks"] if c["key"] == "dates")
    assert dates["ok"] and "waktu pengembangan 17 Agustus 2026 di dalamnya" in dates["message"]


def test_per_year_fields_and_the_budget_document_from_the_command_line(tmp_path, capsys):
    lab = new_workshop(tmp_path / "lab.labinovasi")
    capsys.readouterr()
    assert main(["innovation", "add", str(lab), "--opd", "DINKES", "--name", "SIAP ANTRE"]) == 0
    ident = capsys.readouterr().out.strip()
    assert main(["innovation", "set", str(lab), ident, "asta_cita=6", "--year", "2026"]) == 0
    # not on 2026's list: refused as bad input, nothing written
    assert main(["innovation", "set", str(lab), ident, "asta_cita=9", "--year", "2026"]) == 4
    assert "tidak ada dalam daftar IGA 2026" in capsys.readouterr().err
    # 2024's form does not ask it
    assert main(["innovation", "set", str(lab), ident, "asta_cita=6", "--year", "2024"]) == 4
    pdf = Path(__file__).parents[1] / "data" / "iga" / "dpa-anggaran.pdf"
    args = ["iga", "budget-document", str(lab), "--innovation", ident, "--pdf", str(pdf)]
    assert main(args) == 0
    assert main(["innovation", "show", str(lab), ident, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    fields = shown.get("fields", shown)
    assert fields["asta_cita"].startswith("6. Membangun dari desa")
    assert fields["budget_document"]  # the evidence id of the stored PDF
    assert main([*args[:-1], str(tmp_path / "tidak-ada.pdf")]) == 4


def test_estimate_proposes_the_year_from_the_dates_and_says_why(tmp_path, capsys):
    lab = new_workshop(tmp_path / "lab.labinovasi")
    capsys.readouterr()
    assert main(["innovation", "add", str(lab), "--opd", "DINKES", "--name", "SIAP ANTRE"]) == 0
    ident = capsys.readouterr().out.strip()
    dates = ["stage=penerapan", "trial_date=2022-02-01", "launch_date=2022-05-01"]
    assert main(["innovation", "set", str(lab), ident, *dates]) == 0
    result = estimate(capsys, lab)
    assert result["year"] == 2024 and result["rules_file"] == "iga-2024.json"
    assert result["year_reason"].startswith("1 dari 1 inovasi bertanggal masuk rentang penilaian")
    assert (result["innovations"], result["left_out"]) == (1, [])
    assert main(["iga", "estimate", str(lab)]) == 0
    text = capsys.readouterr().out
    assert "Aturan: iga-2024.json" in text and "Tahun 2024 diusulkan: 1 dari 1" in text
    # a year asked for is used as asked, with no proposal
    assert estimate(capsys, lab, "--year", "2026")["year_reason"] == ""
