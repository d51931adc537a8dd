"""`labinovasi idea similar|same|different` and `lexicon export|import`: the public contract
of issue 28 (JSON keys, exit codes, nothing written on a refusal)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from labinovasi.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_info:
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


def add(capsys, path: Path, opd: str, text: str) -> str:
    code, out, _ = run(capsys, "idea", "add", path, "--opd", opd, "--text", text)
    assert code == 0
    return out.strip()


@pytest.fixture
def lab(tmp_path, capsys):
    path = tmp_path / "lab.labinovasi"
    assert run(capsys, "new", path, "--title", "Lab", "--region", "Kabupaten Contoh")[0] == 0
    for name, abbreviation in (("Dinas Kesehatan", "DINKES"), ("Dinas Sosial", "DINSOS")):
        assert run(capsys, "opd", "add", path, "--name", name, "--abbr", abbreviation)[0] == 0
    ids = [
        add(capsys, path, "DINKES", "Antrean online puskesmas via WA"),
        add(capsys, path, "DINKES", "Peta sebaran balita stunting per desa"),
        add(capsys, path, "DINKES", "Pendaftaran pasien puskesmas lewat WhatsApp"),
        add(capsys, path, "DINSOS", "Pemetaan anak stunting di setiap kampung"),
    ]
    return path, ids


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_similar_lists_pairs_as_json_sorted_by_score(capsys, lab):
    path, ids = lab
    code, out, _ = run(capsys, "idea", "similar", path, "--json")
    assert code == 0
    assert json.loads(out) == [
        {"a": ids[0], "b": ids[2], "score": pytest.approx(0.6, abs=0.4), "same_opd": True}
    ]
    code, out, _ = run(capsys, "idea", "similar", path, "--across", "--json")
    pairs = json.loads(out)
    assert {(p["a"], p["b"], p["same_opd"]) for p in pairs} == {
        (ids[0], ids[2], True),
        (ids[1], ids[3], False),
    }
    assert [p["score"] for p in pairs] == sorted((p["score"] for p in pairs), reverse=True)
    code, out, _ = run(capsys, "idea", "similar", path, "--opd", "DINSOS", "--across", "--json")
    assert [(p["a"], p["b"]) for p in json.loads(out)] == [(ids[1], ids[3])]
    code, out, _ = run(capsys, "idea", "similar", path, "--min-score", "1", "--json")
    assert json.loads(out) == []
    assert run(capsys, "idea", "similar", path, "--min-score", "0")[0] == 2


def test_same_stops_counting_and_different_hides_the_pair(capsys, lab):
    path, ids = lab
    code, _, err = run(capsys, "idea", "same", path, ids[2][:8], ids[0][:8])
    assert code == 0 and "2 dari 5" in err
    code, out, _ = run(capsys, "status", path, "--json")
    status = json.loads(out)
    assert [o["counted_ideas"] for o in status["opds"] if o["abbreviation"] == "DINKES"] == [2]
    code, out, _ = run(capsys, "idea", "list", path, "--json")
    assert [i["duplicate_of"] for i in json.loads(out) if i["id"] == ids[2]] == [ids[0]]
    assert json.loads(run(capsys, "idea", "similar", path, "--json")[1]) == []

    assert run(capsys, "idea", "different", path, ids[1], ids[3])[0] == 0
    out = run(capsys, "idea", "similar", path, "--across", "--json")[1]
    assert json.loads(out) == []


def test_refusals_write_nothing(capsys, lab):
    path, ids = lab
    before = digest(path)
    code, _, err = run(capsys, "idea", "same", path, ids[3], ids[1])
    assert code == 3 and "satu OPD" in err
    assert run(capsys, "idea", "same", path, ids[0], "tidakada")[0] == 4
    assert run(capsys, "idea", "different", path, ids[0], ids[0])[0] == 4
    assert run(capsys, "idea", "same", path, ids[0])[0] == 2
    assert digest(path) == before


def test_lexicon_export_and_import(capsys, lab, tmp_path):
    path, _ = lab
    first = add(capsys, path, "DINKES", "Sumur artesis untuk warga")
    later = add(capsys, path, "DINKES", "Sumur bor untuk warga")
    code, _, err = run(capsys, "idea", "same", path, later, first)
    assert code == 0 and "\u201cbor\u201d dibaca \u201cartesis\u201d" in err
    out_file = tmp_path / "leksikon.json"
    assert run(capsys, "lexicon", "export", path, out_file)[0] == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["terms"] == [{"canonical": "artesis", "variants": ["bor"]}]

    other = tmp_path / "lain.labinovasi"
    assert run(capsys, "new", other, "--title", "Lab lain")[0] == 0
    code, _, err = run(capsys, "lexicon", "import", other, out_file)
    assert code == 0 and "1 kata" in err
    bad = tmp_path / "rusak.json"
    bad.write_text(json.dumps({"terms": [{"canonical": 3}]}), encoding="utf-8")
    before = digest(other)
    assert run(capsys, "lexicon", "import", other, bad)[0] == 4
    assert digest(other) == before
