"""`labinovasi station-copy`, `merge` and `copy`: output, the merge JSON contract, exit codes."""

from __future__ import annotations

import hashlib
import json

import pytest

from labinovasi.cli import main


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def main_file(tmp_path):
    path = tmp_path / "utama.labinovasi"
    assert main(["new", str(path), "--title", "Lab Inovasi 2026"]) == 0
    assert main(["opd", "add", str(path), "--name", "Dinas Kesehatan", "--abbr", "DINKES"]) == 0
    return path


def test_station_copy_then_merge_with_json_report(main_file, tmp_path, capsys):
    copy = tmp_path / "stasiun1.labinovasi"
    assert main(["station-copy", str(main_file), "--out", str(copy), "--name", "Stasiun 1"]) == 0
    out = capsys.readouterr()
    assert "Stasiun 1" in out.err and len(out.out.strip()) == 36  # the station id
    assert main(["idea", "add", str(copy), "--opd", "DINKES", "--text", "Antrean daring"]) == 0
    assert main(["opd", "add", str(copy), "--name", "Dinas Sosial", "--abbr", "DINSOS"]) == 0
    capsys.readouterr()

    assert main(["merge", str(main_file), str(copy), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {
        "target",
        "sources",
        "added",
        "updated",
        "unchanged",
        "conflicts",
        "matched_opds",
        "rejected",
        "clock_skew",
        "ignored_settings",
    }
    kinds = {
        "workshop",
        "opds",
        "ideas",
        "idea_revisions",
        "stage_changes",
        "designs",
        "votes",
        "evidence_files",
        "evidence",
        "indicator_answers",
        "delivery",
        "display",
        "idea_pairs",
    }
    assert set(report["added"]) == set(report["updated"]) == set(report["unchanged"]) == kinds
    assert report["added"]["ideas"] == 1 and report["added"]["opds"] == 1
    assert report["unchanged"]["opds"] == 1 and report["conflicts"] == []
    assert report["sources"] == ["stasiun1.labinovasi"]

    assert main(["merge", str(main_file), str(copy)]) == 0
    text = capsys.readouterr().out
    assert "gagasan: 0 ditambah, 0 diperbarui, 1 sama" in text
    assert "0 konflik" in text
    assert main(["status", str(main_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["ideas"] == 1


def test_merge_conflict_is_listed(main_file, tmp_path, capsys):
    assert main(["idea", "add", str(main_file), "--opd", "DINKES", "--text", "Asli"]) == 0
    idea_id = capsys.readouterr().out.strip()
    copies = [tmp_path / "a.labinovasi", tmp_path / "b.labinovasi"]
    for copy in copies:
        assert main(["station-copy", str(main_file), "--out", str(copy)]) == 0
    from labinovasi.services import WorkshopService

    for copy, text in zip(copies, ("Versi A", "Versi B"), strict=True):
        with WorkshopService.open(copy) as service:
            service.update_idea(idea_id, text=text)
    capsys.readouterr()
    assert main(["merge", str(main_file), *map(str, copies), "--json"]) == 0
    conflicts = json.loads(capsys.readouterr().out)["conflicts"]
    assert conflicts == [
        {
            "kind": "idea",
            "id": idea_id,
            "opd": "DINKES",
            "kept": "Versi B",
            "replaced": "Versi A",
            "source": "b.labinovasi",
        }
    ]


def test_exit_codes(main_file, tmp_path, capsys):
    copy = tmp_path / "stasiun.labinovasi"
    assert main(["station-copy", str(main_file), "--out", str(copy)]) == 0
    before = sha256(copy)
    # Never overwrite: bad input, the existing copy untouched.
    assert main(["station-copy", str(main_file), "--out", str(copy)]) == 4
    assert sha256(copy) == before
    assert main(["copy", str(main_file), str(copy)]) == 4
    assert sha256(copy) == before
    # A source that is missing or not a workshop cannot be opened.
    assert (
        main(
            [
                "station-copy",
                str(tmp_path / "x.labinovasi"),
                "--out",
                str(tmp_path / "y.labinovasi"),
            ]
        )
        == 5
    )
    assert not (tmp_path / "y.labinovasi").exists()
    assert main(["merge", str(main_file), str(tmp_path / "hilang.labinovasi")]) == 5
    # Another workshop: refused, the main file unchanged.
    stranger = tmp_path / "lain.labinovasi"
    assert main(["new", str(stranger), "--title", "Lain"]) == 0
    main_before = sha256(main_file)
    capsys.readouterr()
    assert main(["merge", str(main_file), str(copy), str(stranger)]) == 4
    assert "lokakarya lain" in capsys.readouterr().err
    assert sha256(main_file) == main_before
    # Usage errors.
    assert main(["merge", str(main_file)]) == 2
    for argv in (["copy", str(main_file)], ["station-copy", str(main_file)]):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2


def test_copy_file_to_file(main_file, tmp_path, capsys):
    target = tmp_path / "pindah.labinovasi"
    assert main(["copy", str(main_file), str(target)]) == 0
    capsys.readouterr()
    for path in (main_file, target):
        assert main(["status", str(path), "--json"]) == 0
    first, second = capsys.readouterr().out.split("\n}\n", 1)
    assert json.loads(first + "}") == json.loads(second)


def test_idea_added_on_a_station_copy_carries_its_station_id(main_file, tmp_path, capsys):
    import sqlite3

    copy = tmp_path / "stasiun2.labinovasi"
    assert main(["station-copy", str(main_file), "--out", str(copy), "--name", "Stasiun 2"]) == 0
    station_id = capsys.readouterr().out.strip()
    assert main(["idea", "add", str(copy), "--opd", "DINKES", "--text", "Posyandu keliling"]) == 0
    idea_id = capsys.readouterr().out.strip()
    connection = sqlite3.connect(copy)
    stored = connection.execute("SELECT station_id FROM idea WHERE id = ?", (idea_id,)).fetchone()
    connection.close()
    assert stored == (station_id,)
