"""`labinovasi innovation …`: list, show, add, set with the contract's exit codes and JSON keys."""

from __future__ import annotations

import json

import pytest

from labinovasi.cli import main
from labinovasi.services import WorkshopService


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_info:
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lab(tmp_path):
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab 2026") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_opd("Dinas Sosial", "DINSOS")
        idea = service.add_idea(opd.id, "Antrean puskesmas lewat WhatsApp").idea
    return path, idea.id


def test_add_set_show_list(lab, capsys):
    path, idea_id = lab
    code, out, err = run(
        capsys,
        "innovation",
        "add",
        path,
        "--opd",
        "dinkes",
        "--name",
        "SIAP ANTRE",
        "--idea",
        idea_id,
    )
    assert code == 0 and "SIAP ANTRE" in err
    new_id = out.strip()
    assert len(new_id) == 36
    code, _out, _err = run(
        capsys,
        "innovation",
        "set",
        path,
        new_id[:8],
        "stage=uji coba",
        "kind=Digital",
        "form=pelayanan-publik",
        "main_affair=Kesehatan",
        "trial_date=2027-01-04",
        "budget=Rp1.250.000",
        "design_text=Pasien menunggu = tiga jam",
    )
    assert code == 0
    code, out, _err = run(capsys, "innovation", "show", path, new_id, "--json")
    data = json.loads(out)
    assert code == 0 and data["opd"] == "DINKES" and data["idea_ids"] == [idea_id]
    assert (data["stage"], data["kind"], data["form"], data["main_affair"]) == (
        "uji-coba",
        "digital",
        "pelayanan-publik",
        "1.02",
    )
    assert data["trial_date"] == "2027-01-04" and data["budget"] == 1250000
    assert data["design_text"] == "Pasien menunggu = tiga jam"
    assert data["history"]["stage"] == [
        {
            "old": "inisiatif",
            "new": "uji-coba",
            "at": data["history"]["stage"][0]["at"],
            "source": "edit",
        }
    ]
    assert data["actions"] == []
    code, out, _err = run(capsys, "innovation", "list", path, "--opd", "DINKES", "--json")
    assert code == 0 and [i["id"] for i in json.loads(out)] == [new_id]
    code, out, _err = run(capsys, "innovation", "list", path, "--opd", "DINSOS", "--json")
    assert json.loads(out) == []
    code, out, _err = run(capsys, "innovation", "list", path)
    assert code == 0 and "DINKES" in out and "SIAP ANTRE" in out


def test_exit_codes(lab, capsys, tmp_path):
    path, _idea = lab
    _code, out, _err = run(capsys, "innovation", "add", path, "--opd", "DINKES", "--name", "X")
    new_id = out.strip()
    before = path.read_bytes()
    assert run(capsys, "innovation", "set", path, new_id, "kind=Analog")[0] == 4
    assert run(capsys, "innovation", "set", path, new_id, "colour=red")[0] == 4
    assert run(capsys, "innovation", "set", path, new_id, "trial_date=besok")[0] == 4
    assert run(capsys, "innovation", "set", path, new_id, "tanpa-sama-dengan")[0] == 2
    assert run(capsys, "innovation", "show", path, "ffffffff", "--json")[0] == 4
    assert run(capsys, "innovation", "add", path, "--opd", "XYZ", "--name", "Y")[0] == 4
    assert run(capsys, "innovation", "add", path, "--opd", "DINKES")[0] == 2
    assert run(capsys, "innovation", "list", tmp_path / "tidak-ada.labinovasi")[0] == 5
    assert path.read_bytes() == before


def test_set_origin_marks_an_innovation_imported_or_the_labs(lab, capsys):
    path, _idea_id = lab
    _code, out, _err = run(capsys, "innovation", "add", path, "--opd", "DINKES", "--name", "LAMA")
    new_id = out.strip()
    code, _out, err = run(capsys, "innovation", "set", path, new_id, "origin=imported", "goal=X")
    assert code == 0 and "goal, origin" in err
    code, out, _err = run(capsys, "innovation", "show", path, new_id, "--json")
    assert json.loads(out)["origin"] == "imported" and json.loads(out)["goal"] == "X"
    code, _out, err = run(capsys, "innovation", "set", path, new_id, "origin=mana", "goal=Y")
    assert code == 4 and "Asal inovasi tidak dikenal: mana" in err
    code, out, _err = run(capsys, "innovation", "show", path, new_id, "--json")
    assert json.loads(out)["goal"] == "X"  # refused: nothing written
    assert run(capsys, "innovation", "set", path, new_id, "origin=lab")[0] == 0
    code, out, _err = run(capsys, "innovation", "show", path, new_id, "--json")
    assert json.loads(out)["origin"] == "lab"
