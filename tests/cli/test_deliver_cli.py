"""`labinovasi deliver monitoring add|edit|remove|list`, `deliver launching` and `deliver
launchings`: JSON keys, newest-first order, exit codes 0 / 2 / 4 with nothing written."""

from __future__ import annotations

import json

import pytest

from labinovasi.cli import main

INNOVATION = "7d0f2b1a-0000-4000-8000-000000000001"
MONITORING_KEYS = {
    "id",
    "opd",
    "innovation_id",
    "innovation",
    "date",
    "kind",
    "who",
    "progress",
    "obstacles",
    "follow_up",
}


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "lab.labinovasi"
    assert main(["new", str(path), "--title", "Lab Inovasi 2026", "--date", "2026-11-23"]) == 0
    from labinovasi.services import WorkshopService
    from labinovasi.services.innovations import Innovations

    with WorkshopService.open(path) as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_opd("Dinas Sosial", "DINSOS")
        Innovations(service).add(opd.id, "SIAP ANTRE", innovation_id=INNOVATION)
    return path


def exit_code(argv: list[str]) -> int:
    """main(argv)'s exit code, argparse's usage errors (SystemExit) included."""
    try:
        return main(argv)
    except SystemExit as exit_info:
        return int(exit_info.code)


def listed(workshop, capsys, *options: str) -> list[dict]:
    capsys.readouterr()
    assert main(["deliver", "monitoring", "list", str(workshop), *options, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_and_list_monitoring(workshop, capsys):
    add = ["deliver", "monitoring", "add", str(workshop)]
    assert (
        main(
            [
                *add,
                "--innovation",
                INNOVATION[:8],
                "--date",
                "2027-01-05",
                "--kind",
                "monev",
                "--who",
                "Desk Inovasi",
                "--progress",
                "40",
                "--obstacles",
                "SDM terbatas",
                "--follow-up",
                "Tambah petugas",
            ]
        )
        == 0
    )
    first_id = capsys.readouterr().out.strip()
    assert main([*add, "--opd", "dinsos", "--date", "2027-01-12", "--kind", "Rapat", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert set(second) == MONITORING_KEYS
    assert (second["opd"], second["kind"], second["innovation_id"], second["progress"]) == (
        "DINSOS",
        "rapat",
        None,
        None,
    )
    everything = listed(workshop, capsys)
    assert [e["date"] for e in everything] == ["2027-01-12", "2027-01-05"]  # newest first
    [mine] = listed(workshop, capsys, "--opd", "DINKES")
    assert mine == {
        "id": first_id,
        "opd": "DINKES",
        "innovation_id": INNOVATION,
        "innovation": "SIAP ANTRE",
        "date": "2027-01-05",
        "kind": "monev",
        "who": "Desk Inovasi",
        "progress": 40,
        "obstacles": "SDM terbatas",
        "follow_up": "Tambah petugas",
    }
    assert listed(workshop, capsys, "--innovation", INNOVATION) == [mine]
    assert main(["deliver", "monitoring", "list", str(workshop)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "40%" in lines[1] and "kendala: SDM terbatas" in lines[1]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--date", "2027-13-05", "--kind", "monev"], "TTTT-BB-HH"),
        (["--date", "5 Januari 2027", "--kind", "monev"], "TTTT-BB-HH"),
        (["--date", "2027-01-05", "--kind", "seminar"], "desk konsultasi, kunjungan, rapat, monev"),
        (["--date", "2027-01-05", "--kind", "monev", "--progress", "140"], "0 sampai 100"),
        (["--date", "2027-01-05", "--kind", "monev", "--progress", "banyak"], "0 sampai 100"),
    ],
)
def test_bad_monitoring_input_exits_4_and_writes_nothing(workshop, capsys, options, message):
    code = main(["deliver", "monitoring", "add", str(workshop), "--opd", "DINKES", *options])
    assert code == 4
    assert message in capsys.readouterr().err
    assert listed(workshop, capsys) == []


def test_monitoring_usage_errors_and_unknown_owner(workshop, capsys):
    add = ["deliver", "monitoring", "add", str(workshop), "--date", "2027-01-05", "--kind", "monev"]
    assert exit_code(add) == 2  # neither --opd nor --innovation
    assert exit_code([*add, "--opd", "DINKES", "--innovation", INNOVATION]) == 2
    assert main([*add, "--opd", "DISHUB"]) == 4
    assert "OPD tidak ditemukan: DISHUB" in capsys.readouterr().err
    assert listed(workshop, capsys) == []


def test_edit_and_remove_monitoring(workshop, capsys):
    base = ["deliver", "monitoring"]
    assert (
        main(
            [
                *base,
                "add",
                str(workshop),
                "--innovation",
                INNOVATION,
                "--date",
                "2027-01-05",
                "--kind",
                "monev",
                "--progress",
                "40",
            ]
        )
        == 0
    )
    entry_id = capsys.readouterr().out.strip()
    edit = [*base, "edit", str(workshop), entry_id[:6]]
    assert main([*edit, "--progress", "55", "--obstacles", "Jaringan", "--json"]) == 0
    edited = json.loads(capsys.readouterr().out)
    assert (edited["progress"], edited["obstacles"], edited["innovation"]) == (
        55,
        "Jaringan",
        "SIAP ANTRE",
    )
    assert main([*edit, "--progress", "101"]) == 4
    assert main([*edit, "--date", "2027-02-30"]) == 4
    assert listed(workshop, capsys)[0]["progress"] == 55  # unchanged by the refusals
    assert main([*edit, "--opd", "DINSOS", "--json"]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert (moved["opd"], moved["innovation_id"]) == ("DINSOS", None)
    assert main([*base, "remove", str(workshop), "zzzz"]) == 4
    assert main([*base, "remove", str(workshop), entry_id]) == 0
    assert listed(workshop, capsys) == []


def test_launching_record_list_and_remove(workshop, capsys):
    record = ["deliver", "launching", str(workshop), "--innovation", INNOVATION[:8]]
    assert (
        main(
            [
                *record,
                "--date",
                "2027-02-01",
                "--place",
                "Pendopo Bupati",
                "--by",
                "Bupati",
                "--link",
                "https://berita.go.id/siap-antre",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["deliver", "launchings", str(workshop), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "id": _launching_id(workshop),
            "opd": "DINKES",
            "innovation_id": INNOVATION,
            "innovation": "SIAP ANTRE",
            "date": "2027-02-01",
            "place": "Pendopo Bupati",
            "by": "Bupati",
            "link": "https://berita.go.id/siap-antre",
        }
    ]
    assert main(["deliver", "launchings", str(workshop), "--opd", "DINSOS", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # A bad link, date or a missing date: refused, the recorded launching untouched.
    assert main([*record, "--date", "2027-02-03", "--link", "javascript:alert(1)"]) == 4
    assert main([*record, "--date", "1 Feb 2027"]) == 4
    assert exit_code(record) == 2
    capsys.readouterr()
    assert main(["deliver", "launchings", str(workshop), "--json"]) == 0
    [kept] = json.loads(capsys.readouterr().out)
    assert kept["date"] == "2027-02-01" and kept["link"] == "https://berita.go.id/siap-antre"
    assert main([*record, "--remove"]) == 0
    capsys.readouterr()
    assert main(["deliver", "launchings", str(workshop), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def _launching_id(workshop) -> str:
    from labinovasi.services import WorkshopService, delivery

    with WorkshopService.open(workshop) as service:
        return delivery.launchings(service)[INNOVATION].id
