"""`labinovasi evidence edit|attach|detach|remove`: output, JSON keys, exit codes, and nothing
written when refused."""

from __future__ import annotations

import json

import pytest

from labinovasi.cli import main

INNOVATION = "7d0f2b1a-0000-4000-8000-000000000001"
OTHER = "7d0f2b1a-0000-4000-8000-000000000002"


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "lab.labinovasi"
    assert main(["new", str(path), "--title", "Lab Inovasi 2026", "--date", "2026-11-23"]) == 0
    from labinovasi.services import WorkshopService
    from labinovasi.services.innovations import Innovations

    with WorkshopService.open(path) as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        Innovations(service).add(opd.id, "SIAP ANTRE", innovation_id=INNOVATION)
        Innovations(service).add(opd.id, "POSYANDU DIGITAL", innovation_id=OTHER)
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_attach_detach_remove(workshop, tmp_path, capsys):
    sk = tmp_path / "sk.pdf"
    sk.write_bytes(b"%PDF-1.4 SK Bupati tentang inovasi daerah")
    file = str(workshop)
    code, out, _err = run(
        capsys, "evidence", "add", file, "--innovation", INNOVATION, "--indicator", "16",
        "--file", str(sk), "--title", "SK Bupati",
    )  # fmt: skip
    assert code == 0
    evidence_id = out.strip()

    code, out, _err = run(
        capsys, "evidence", "attach", file, evidence_id[:8], "--innovation", OTHER,
        "--indicator", "16", "--json",
    )  # fmt: skip
    attached = json.loads(out)
    assert code == 0 and attached["innovation"] == OTHER and attached["evidence"] == [evidence_id]
    assert set(attached) == {"answer", "innovation", "indicator", "year", "status", "evidence"}

    code, _out, err = run(
        capsys, "evidence", "edit", file, evidence_id, "--number", "188/2025",
        "--date", "2025-12-15",
    )  # fmt: skip
    assert code == 0 and "Rincian bukti disimpan" in err
    code, out, _err = run(capsys, "evidence", "list", file, "--json")
    assert {(e["innovation"], e["number"], e["date"]) for e in json.loads(out)} == {
        (INNOVATION, "188/2025", "2025-12-15"),
        (OTHER, "188/2025", "2025-12-15"),
    }

    # Accepted: detaching it needs --force (exit 3, nothing written).
    assert run(
        capsys, "indicator", "set", file, "--innovation", OTHER, "--indicator", "16",
        "--parameter", "2", "--status", "diterima",
    )[0] == 0  # fmt: skip
    code, _out, err = run(
        capsys, "evidence", "detach", file, evidence_id, "--innovation", OTHER, "--indicator", "16"
    )
    assert code == 3 and "sudah diterima" in err and "--force" in err
    code, out, _err = run(
        capsys, "evidence", "detach", file, evidence_id, "--innovation", OTHER,
        "--indicator", "16", "--force", "--json",
    )  # fmt: skip
    detached = json.loads(out)
    assert code == 0 and detached["evidence"] == [] and detached["status"] == "menunggu"
    code, out, _err = run(capsys, "evidence", "list", file, "--json")
    assert [e["innovation"] for e in json.loads(out)] == [INNOVATION]  # the other use stays

    code, out, _err = run(capsys, "evidence", "remove", file, evidence_id, "--json")
    removed = json.loads(out)
    assert code == 0 and removed["id"] == evidence_id and removed["file_removed"] is True
    assert [(a["innovation"], a["indicator"], a["status"]) for a in removed["answers"]] == [
        (INNOVATION, "16", "menunggu")
    ]
    code, out, _err = run(capsys, "evidence", "list", file, "--json")
    assert json.loads(out) == []


def test_refusals_and_bad_input(workshop, tmp_path, capsys):
    file = str(workshop)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"0" * (51 * 1024 * 1024))
    code, _out, err = run(
        capsys, "evidence", "add", file, "--innovation", INNOVATION, "--indicator", "35",
        "--file", str(big),
    )  # fmt: skip
    assert code == 4 and "batas indikator 35: 50 MB" in err and "--link" in err

    link = run(
        capsys, "evidence", "add", file, "--innovation", INNOVATION, "--indicator", "16",
        "--link", "https://jdih.contoh.go.id/sk",
    )[1].strip()  # fmt: skip
    assert run(
        capsys, "indicator", "set", file, "--innovation", INNOVATION, "--indicator", "16",
        "--parameter", "3", "--status", "diterima",
    )[0] == 0  # fmt: skip
    code, _out, err = run(capsys, "evidence", "remove", file, link)
    assert code == 3 and "SIAP ANTRE, indikator 16 (diterima)" in err
    code, out, _err = run(capsys, "evidence", "list", file, "--json")
    assert [e["status"] for e in json.loads(out)] == ["diterima"]  # nothing written

    assert run(capsys, "evidence", "remove", file, "tidak-ada-id")[0] == 4
    code, _out, err = run(
        capsys, "evidence", "detach", file, link, "--innovation", INNOVATION, "--indicator", "17"
    )
    assert code == 4 and "tidak mendukung indikator 17" in err
    for usage_error in (
        ["evidence", "detach", file, link, "--indicator", "16"],  # whose?
        ["evidence", "edit", file, link, "--date", "15 Desember 2025"],
    ):
        with pytest.raises(SystemExit) as usage:
            main(usage_error)
        assert usage.value.code == 2
    assert run(capsys, "evidence", "edit", file, link)[0] == 2  # nothing to change
    code, _out, _err = run(capsys, "evidence", "remove", file, link, "--force")
    assert code == 0
    code, out, _err = run(capsys, "evidence", "list", file, "--json")
    assert json.loads(out) == []
