"""`labinovasi jury …`: the event, order, rubric, jurors, scores, ranking, fix, reveal and the
printed schedule: output, JSON keys and exit codes (3 a rule, 4 bad input, 5 cannot open)."""

from __future__ import annotations

import json

import pytest
from tests.pdf_reading import pdf_texts, squeeze

from labinovasi.cli import main

FIRST = "7d0f2b1a-0000-4000-8000-000000000001"
SECOND = "7d0f2b1a-0000-4000-8000-000000000002"


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "lab.labinovasi"
    assert main(["new", str(path), "--title", "Lab Inovasi 2026", "--date", "2026-11-23"]) == 0
    from labinovasi.services import WorkshopService
    from labinovasi.services.innovations import Innovations

    with WorkshopService.open(path) as service:
        store = Innovations(service)
        store.add(
            service.add_opd("Dinas Kesehatan", "DINKES").id, "SIAP ANTRE", innovation_id=FIRST
        )
        store.add(service.add_opd("Dinas Sosial", "DINSOS").id, "SI BANSOS", innovation_id=SECOND)
    return str(path)


def run_json(capsys, *argv) -> object:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def usage_error(argv) -> bool:
    with pytest.raises(SystemExit) as usage:
        main(argv)
    return usage.value.code == 2


def score(path, juror, innovation, *pairs) -> int:
    argv = ["jury", "score", path, "--juror", juror, "--innovation", innovation]
    for pair in pairs:
        argv += ["--criterion", pair]
    return main(argv)


ALL = ("Kebaharuan={}", "kemanfaatan={}", "kewenangan={}", "replikasi={}", "Penguasaan materi={}")


def test_event_order_scores_ranking_fix_reveal(workshop, capsys):
    argv = ["jury", "event", workshop, "--date", "2027-03-10", "--place", "Aula", "--start"]
    assert main([*argv, "08:30", "--minutes", "15", "--top", "1"]) == 0
    event = run_json(capsys, "jury", "event", workshop)
    assert event["date"] == "2027-03-10" and event["start"] == "08:30" and event["top_n"] == 1
    argv = ["jury", "order", workshop, "--innovation", SECOND[-12:], "--innovation", FIRST]
    assert main(argv) == 4  # a short id that is not a prefix: bad input
    assert main(["jury", "order", workshop, "--innovation", SECOND, "--innovation", FIRST]) == 0
    order = run_json(capsys, "jury", "order", workshop)
    assert [(o["position"], o["opd"], o["start"]) for o in order] == [
        (1, "DINSOS", "2027-03-10T08:30"),
        (2, "DINKES", "2027-03-10T08:45"),
    ]
    capsys.readouterr()
    assert main(["jury", "juror", "add", workshop, "--name", "Dr. Sari"]) == 0
    sari = capsys.readouterr().out.strip()
    assert main(["jury", "juror", "add", workshop, "--name", "Ir. Budi"]) == 0
    jurors = run_json(capsys, "jury", "juror", "list", workshop)
    assert [j["name"] for j in jurors] == ["Dr. Sari", "Ir. Budi"] and jurors[0]["id"] == sari

    assert score(workshop, "dr. sari", FIRST, "Kebaharuan=80", "kemanfaatan=90") == 0
    assert "belum dinilai: Kewenangan dan kolaborasi" in capsys.readouterr().err
    assert score(workshop, sari, FIRST, *(p.format(80) for p in ALL[2:])) == 0
    assert "nilai akhir 82,50" in capsys.readouterr().err  # 30%×80 + 25%×90 + 45%×80
    assert score(workshop, "Ir. Budi", FIRST, *(p.format(70) for p in ALL)) == 0
    assert score(workshop, "Ir. Budi", SECOND, *(p.format("90,5") for p in ALL)) == 0
    assert score(workshop, "Ir. Budi", SECOND, "Kebaharuan=101") == 4
    assert score(workshop, "Dr. Nobody", SECOND, "Kebaharuan=10") == 4
    assert score(workshop, "Ir. Budi", SECOND, "Dampak=10") == 4
    assert "Kebaharuan, Kemanfaatan" in capsys.readouterr().err  # the criteria it knows
    assert usage_error(["jury", "score", workshop, "--juror", "Ir. Budi", "--innovation", FIRST])

    ranking = run_json(capsys, "jury", "ranking", workshop)
    assert [(r["innovation"], r["rank"], r["mean"], r["sheets"]) for r in ranking] == [
        ("SI BANSOS", 1, 90.5, 1),
        ("SIAP ANTRE", 2, 76.25, 2),
    ]
    assert ranking[0]["winner"] and not ranking[1]["winner"] and not ranking[0]["fixed"]
    assert set(ranking[0]) == {
        "rank",
        "innovation_id",
        "innovation",
        "opd",
        "mean",
        "sheets",
        "tied",
        "broken_by",
        "winner",
        "fixed",
    }
    assert main(["jury", "reveal", workshop]) == 3  # nothing fixed yet: a rule says no
    capsys.readouterr()
    assert main(["jury", "fix", workshop]) == 3  # SI BANSOS has one juror's sheet: asks first
    refused = capsys.readouterr()
    assert "SI BANSOS (1 juri)" in refused.err and "--force" in refused.err
    assert not refused.out and not run_json(capsys, "jury", "event", workshop)["fixed"]
    assert main(["jury", "fix", workshop, "--force"]) == 0
    assert "1 90,50 SI BANSOS" in capsys.readouterr().out
    assert score(workshop, "Ir. Budi", SECOND, "Kebaharuan=10") == 3
    assert main(["jury", "juror", "remove", workshop, "--juror", "Ir. Budi"]) == 3
    assert main(["jury", "reveal", workshop]) == 0
    assert run_json(capsys, "jury", "event", workshop)["revealed"] is True
    assert main(["jury", "reveal", workshop, "--hide"]) == 0
    assert main(["jury", "unfix", workshop]) == 0
    assert main(["jury", "juror", "remove", workshop, "--juror", "Ir. Budi"]) == 0
    ranking = run_json(capsys, "jury", "ranking", workshop)
    assert [(r["innovation"], r["rank"]) for r in ranking] == [
        ("SIAP ANTRE", 1),
        ("SI BANSOS", None),
    ]
    assert main(["jury", "ranking", "missing.labinovasi"]) == 5


def test_rubric_shown_replaced_refused_and_reset(workshop, capsys):
    shown = run_json(capsys, "jury", "rubric", workshop)
    assert [(c["name"], c["weight"]) for c in shown["criteria"]] == [
        ("Kebaharuan", 30),
        ("Kemanfaatan", 25),
        ("Kewenangan dan kolaborasi", 15),
        ("Replikasi dan aplikatif", 20),
        ("Penguasaan materi", 10),
    ]
    assert shown["scale"] == [0, 100] and shown["locked"] == ""
    assert main(["jury", "rubric", workshop, "--set", "Kebaharuan=30", "--set", "Dampak=60"]) == 4
    assert "Jumlah bobot 90%, harus 100% (kurang 10)." in capsys.readouterr().err
    assert usage_error(["jury", "rubric", workshop, "--set", "Kebaharuan30"])
    assert usage_error(["jury", "rubric", workshop, "--set", "A=100", "--reset"])
    argv = ["jury", "rubric", workshop, "--set", "Kebaharuan=40", "--set", "Dampak sosial=60"]
    assert main(argv) == 0
    assert "60%  Dampak sosial  (dampak-sosial)" in capsys.readouterr().out
    assert main(["jury", "order", workshop, "--innovation", FIRST]) == 0
    assert main(["jury", "juror", "add", workshop, "--name", "Dr. Sari"]) == 0
    assert score(workshop, "Dr. Sari", FIRST, "dampak sosial=75") == 0
    capsys.readouterr()
    assert main(["jury", "rubric", workshop, "--reset"]) == 3
    assert "sudah ada 1 nilai juri" in capsys.readouterr().err
    assert run_json(capsys, "jury", "rubric", workshop)["locked"].startswith("Rubrik tidak")
    assert score(workshop, "Dr. Sari", FIRST, "dampak-sosial=-") == 0  # emptied again
    assert main(["jury", "rubric", workshop, "--reset"]) == 0
    assert len(run_json(capsys, "jury", "rubric", workshop)["criteria"]) == 5


def test_schedule_and_blank_sheets_printed(workshop, tmp_path, capsys):
    main(["jury", "event", workshop, "--date", "2027-03-10", "--place", "Pendopo Bupati"])
    main(["jury", "order", workshop, "--innovation", FIRST, "--innovation", SECOND])
    main(["jury", "juror", "add", workshop, "--name", "Dr. Sari"])
    main(["jury", "juror", "add", workshop, "--name", "Ir. Budi"])
    out = tmp_path / "jadwal.pdf"
    assert main(["jury", "schedule", workshop, "--out", str(out)]) == 0
    [page] = pdf_texts(out)
    text = squeeze(page)
    for expected in (
        "JADWALPRESENTASIGELARINOVASI",
        "Rabu,10Maret2027",
        "PendopoBupati",
        "09.00–09.10DinasKesehatanSIAPANTREKepalaDinasKesehatan",
        "09.10–09.20DinasSosialSIBANSOS",
        "Dr.Sari,Ir.Budi",
    ):
        assert expected in text
    sheets = tmp_path / "lembar.docx"
    assert main(["jury", "sheets", workshop, "--out", str(sheets)]) == 0
    assert sheets.read_bytes().startswith(b"PK")
    pdf = tmp_path / "lembar.pdf"
    assert main(["jury", "sheets", workshop, "--out", str(pdf)]) == 0
    pages = [squeeze(p) for p in pdf_texts(pdf)]
    assert len(pages) == 2  # one sheet per juror
    assert "NamajuriDr.Sari" in pages[0].replace(":", "")
    assert "NamajuriIr.Budi" in pages[1].replace(":", "")
    assert "Kebaharuan(30%)" in pages[0] and "SIAPANTRE(DinasKesehatan)" in pages[0]
    assert main(["jury", "schedule", workshop, "--out", str(tmp_path / "x.txt")]) == 4
    assert main(["jury", "schedule", workshop, "--out", str(tmp_path / "no" / "x.pdf")]) == 4
    assert not (tmp_path / "x.txt").exists()


def test_station_in_jury_mode(workshop, monkeypatch):
    from labinovasi.ui.station import station_window

    monkeypatch.setenv("LABINOVASI_STATION_PIN", "8642")
    started = []
    monkeypatch.setattr(
        station_window,
        "run_station",
        lambda target, pin, language, juror=None: started.append(juror) or 0,
    )
    assert main(["station", workshop]) == 0
    assert main(["station", workshop, "--juror"]) == 0
    assert main(["station", workshop, "--juror", "Dr. Sari"]) == 0
    assert started == [None, "", "Dr. Sari"]  # participants; juror picks a name; named juror
    monkeypatch.undo()
    monkeypatch.setenv("LABINOVASI_STATION_PIN", "8642")
    # An unknown juror is refused before any window opens (bad input, exit 4).
    assert main(["station", workshop, "--juror", "Dr. Nobody"]) == 4
