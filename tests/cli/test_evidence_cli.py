"""`labinovasi evidence add|list|get` and `indicator set`: output, JSON keys, exit codes."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from labinovasi.cli import main

INNOVATION = "7d0f2b1a-0000-4000-8000-000000000001"


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "lab.labinovasi"
    assert main(["new", str(path), "--title", "Lab Inovasi 2026", "--date", "2026-11-23"]) == 0
    from labinovasi.services import WorkshopService
    from labinovasi.services.innovations import Innovations

    with WorkshopService.open(path) as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        Innovations(service).add(opd.id, "SIAP ANTRE", innovation_id=INNOVATION)
    return path


def test_add_list_get_and_set(workshop, tmp_path, capsys):
    data = b"%PDF-1.4 Perbup inovasi\n" * 50
    source = tmp_path / "perbup.pdf"
    source.write_bytes(data)
    assert (
        main(
            [
                "evidence",
                "add",
                str(workshop),
                "--innovation",
                INNOVATION,
                "--indicator",
                "16",
                "--file",
                str(source),
                "--title",
                "Perbup 12/2026",
                "--number",
                "12/2026",
                "--date",
                "2026-03-01",
            ]
        )
        == 0
    )
    evidence_id = capsys.readouterr().out.strip()
    assert (
        main(
            [
                "evidence",
                "add",
                str(workshop),
                "--innovation",
                INNOVATION,
                "--indicator",
                "17",
                "--file",
                str(source),
            ]
        )
        == 0
    )
    assert "tidak disimpan dua kali" in capsys.readouterr().err
    assert (
        main(
            [
                "indicator",
                "set",
                str(workshop),
                "--innovation",
                INNOVATION,
                "--indicator",
                "16",
                "--parameter",
                "2",
                "--status",
                "diterima",
                "--note",
                "OK",
            ]
        )
        == 0
    )
    capsys.readouterr()

    assert main(["evidence", "list", str(workshop), "--innovation", INNOVATION, "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert isinstance(items, list) and len(items) == 2
    first = items[0]
    assert {"id", "sha256", "size", "indicator", "status"} <= set(first)
    assert first["id"] == evidence_id and first["indicator"] == "16"
    assert first["status"] == "diterima" and first["parameter"] == 2 and first["year"] == 2026
    assert first["sha256"] == hashlib.sha256(data).hexdigest() and first["size"] == len(data)
    assert items[1]["indicator"] == "17" and items[1]["status"] == "menunggu"

    source.unlink()
    out = tmp_path / "keluar.pdf"
    assert main(["evidence", "get", str(workshop), evidence_id, "--out", str(out)]) == 0
    assert out.read_bytes() == data


def test_region_indicator_and_link(workshop, capsys):
    assert (
        main(
            [
                "evidence",
                "add",
                str(workshop),
                "--region",
                "--indicator",
                "1",
                "--link",
                "https://jdih.contoh.go.id/perda-inovasi",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(
            [
                "indicator",
                "set",
                str(workshop),
                "--region",
                "--indicator",
                "1",
                "--parameter",
                "3",
                "--check-signed",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["evidence", "list", str(workshop), "--region", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["sha256"] is None and item["link"].startswith("https://")
    assert item["innovation"] is None and item["indicator"] == "1"


def test_refusals_exit_codes(workshop, tmp_path, capsys):
    assert (
        main(
            [
                "indicator",
                "set",
                str(workshop),
                "--innovation",
                INNOVATION,
                "--indicator",
                "16",
                "--status",
                "lulus",
            ]
        )
        == 4
    )
    assert (
        main(
            [
                "evidence",
                "add",
                str(workshop),
                "--innovation",
                INNOVATION,
                "--indicator",
                "16",
                "--file",
                str(tmp_path / "tidak-ada.pdf"),
            ]
        )
        == 4
    )
    assert main(["evidence", "get", str(workshop), "nope-nope", "--out", str(tmp_path / "x")]) == 4
    with pytest.raises(SystemExit) as usage:
        main(
            [
                "evidence",
                "add",
                str(workshop),
                "--indicator",
                "16",
                "--link",
                "https://a.b",
                "--file",
                "x.pdf",
            ]
        )
    assert usage.value.code == 2
    assert (
        main(["evidence", "add", str(workshop), "--indicator", "16", "--link", "https://a.b"]) == 2
    )
    capsys.readouterr()
    assert main(["evidence", "list", str(workshop), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_deliver_timeline_and_schedule(workshop, tmp_path, capsys):
    from labinovasi.domain.innovations import ActionStep
    from labinovasi.services import WorkshopService
    from labinovasi.services.innovations import Innovations

    with WorkshopService.open(workshop) as service:
        Innovations(service).set_actions(
            INNOVATION,
            [ActionStep("Menyusun SOP", "dr. Hendra", date(2026, 12, 1), date(2026, 12, 14))],
        )
    assert main(["deliver", "timeline", str(workshop), "--today", "2027-01-20", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["opd"] == "DINKES" and item["overdue"] and item["days_late"] == 37
    out = tmp_path / "jadwal.pdf"
    assert (
        main(
            [
                "deliver",
                "schedule",
                str(workshop),
                "--desks",
                "2",
                "--start",
                "13:00",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["deliver", "schedule", str(workshop), "--desks", "0", "--out", str(out)]) == 4


def test_indicator_set_derives_an_spd_parameter_from_two_years(tmp_path, capsys):
    from labinovasi.services import WorkshopService
    from labinovasi.services import evidence as ev

    lab = tmp_path / "lab.labinovasi"
    with WorkshopService.create(lab, "Lab"):
        pass
    args = ["indicator", "set", str(lab), "--region", "--indicator", "11a", "--year", "2026"]
    assert main([*args, "--t1", "70,10", "--t2", "70,80"]) == 0
    assert main([*args, "--t1", "70,10", "--t2", "tujuh puluh"]) == 4
    with WorkshopService.open(lab) as service:
        [answer] = ev.list_answers(service, region=True)
        assert answer.parameter == 2 and str(answer.figure_t2) == "70.80"


def test_a_file_over_the_limit_is_refused_with_the_link_option(workshop, tmp_path, capsys):
    """The refusal the app shows without options; the command line names its --link."""
    from labinovasi.services import evidence

    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.truncate(evidence.MAX_EVIDENCE_BYTES + 1)
    command = ["evidence", "add", str(workshop), "--innovation", INNOVATION]
    assert main([*command, "--indicator", "35", "--file", str(big)]) == 4
    message = capsys.readouterr().err
    assert "terlalu besar" in message and "--link URL" in message
