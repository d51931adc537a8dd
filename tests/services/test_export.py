"""Exports: CSV that re-imports to the same status, XLSX without formulas, JSON with all records."""

from __future__ import annotations

import csv
import json

import pytest

from labinovasi.domain import BadInput, Stage
from labinovasi.services import WorkshopService
from labinovasi.services.export import IDEA_HEADERS, export_workshop, workshop_to_json

RISKY = [
    "=1+1",
    "+62 812 555",
    "-5 menit",
    "@admin",
    '=HYPERLINK("http://x","klik")',
    "'=sudah berkutip",
]


@pytest.fixture
def risky_service(sample_service):
    dinkes = sample_service.find_opd("DINKES")
    for text in RISKY:
        sample_service.add_idea(dinkes.id, text, author="=cmd|' /C calc'!A0", problem="-1")
    return sample_service


def test_csv_neutralises_formula_cells(risky_service, tmp_path):
    out = export_workshop(risky_service, "csv", tmp_path / "gagasan.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == IDEA_HEADERS
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t"), row
    assert ["'=1+1", "'-1", "'=cmd|' /C calc'!A0"] == [
        next(r for r in rows if r[1] == "'=1+1")[i] for i in (1, 2, 3)
    ]
    assert any(r[1] == "''=sudah berkutip" for r in rows)


def test_csv_round_trip_gives_the_same_status_and_texts(risky_service, tmp_path, samples_dir):
    risky_service.move_stage(risky_service.find_opd("DINKES").id, Stage.DIAGNOSE)
    out = export_workshop(risky_service, "csv", tmp_path / "gagasan.csv")
    with WorkshopService.create(
        tmp_path / "salinan.labinovasi", "Lab Inovasi 2026", region="Kabupaten Contoh"
    ) as copy:
        copy.import_opds(samples_dir / "opd.csv")
        report = copy.import_ideas(out)
        assert report.skipped == []
        expected = risky_service.status().to_json()
        # Stages are not in the ideas CSV; everything else must be the same.
        for opd in expected["opds"]:
            opd["stage"] = "drum-up"
        assert copy.status().to_json() == expected
        assert [(v.idea.text, v.idea.problem, v.idea.author) for v in copy.list_ideas()] == [
            (v.idea.text, v.idea.problem, v.idea.author) for v in risky_service.list_ideas()
        ]


def test_xlsx_text_cells_are_strings_never_formulas(risky_service, tmp_path):
    from openpyxl import load_workbook

    out = export_workshop(risky_service, "xlsx", tmp_path / "lokakarya.xlsx")
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["OPD", "Gagasan", "Rancangan"]
    sheet = workbook["Gagasan"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    for text in RISKY:
        assert cells[text].data_type == "s", text
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    opd_sheet = workbook["OPD"]
    header = [c.value for c in opd_sheet[1]]
    assert header[:5] == ["singkatan", "nama", "tahap", "gagasan", "dihitung"]
    assert len(list(opd_sheet.iter_rows())) == 13  # header + 12 OPD


def test_xlsx_export_reimports(risky_service, tmp_path, samples_dir):
    out = export_workshop(risky_service, "xlsx", tmp_path / "lokakarya.xlsx")
    with WorkshopService.create(
        tmp_path / "salinan.labinovasi", "Lab Inovasi 2026", region="Kabupaten Contoh"
    ) as copy:
        copy.import_opds(samples_dir / "opd.csv")
        # The ideas are on the second sheet; the first sheet is the OPD table, which has no
        # gagasan column, so importing the workbook as is must refuse rather than guess.
        with pytest.raises(BadInput, match="Kolom wajib"):
            copy.import_ideas(out)


def test_json_shape(risky_service, tmp_path):
    dinkes = risky_service.find_opd("DINKES")
    risky_service.move_stage(dinkes.id, Stage.DIAGNOSE)
    out = export_workshop(risky_service, "json", tmp_path / "lokakarya.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == workshop_to_json(risky_service)
    assert set(data) == {
        "format",
        "version",
        "workshop",
        "opds",
        "ideas",
        "stage_changes",
        "designs",
        "innovations",
        "status",
    }
    assert data["format"] == "labinovasi-workshop" and data["version"] == 1
    assert data["workshop"]["title"] == "Lab Inovasi 2026"
    assert len(data["opds"]) == 12 and len(data["ideas"]) == 54 + len(RISKY)
    idea = data["ideas"][0]
    assert {"id", "opd_id", "text", "counted", "duplicate_of", "created_at"} <= set(idea)
    assert isinstance(idea["created_at"], str)
    assert data["stage_changes"][0]["to_stage"] == "diagnose"
    assert data["status"] == risky_service.status().to_json()


def test_json_designs_are_the_lab_innovations_in_the_older_keys(service):
    """The key "designs" (a public contract) keeps its entries' older keys, built from the
    profile declaration, and lists only the lab's own innovations (an imported one, an
    earlier year's, is under "innovations" only); every declared field is under "profile"."""
    from datetime import date

    from labinovasi.domain import profile
    from labinovasi.domain.innovations import IMPORTED_ORIGIN, ActionStep
    from labinovasi.services.innovations import Innovations

    store = Innovations(service)
    dinkes = service.add_opd("Dinas Kesehatan", "DINKES")
    lab = store.add(
        dinkes.id,
        "SIAP ANTRE",
        kind="digital",
        form="pelayanan-publik",
        main_affair="1.02",
        design_text="Antrean panjang",
        trial_date="2027-01-04",
        budget=1_250_000,
        members="Sari, Budi",
    )
    store.set_actions(lab.id, [ActionStep("Rapat", start=date(2026, 12, 1), indicator="SOP")])
    store.add(dinkes.id, "LAMA", origin=IMPORTED_ORIGIN)
    data = workshop_to_json(service)
    [design] = data["designs"]
    assert {k: design[k] for k in ("id", "name", "kind", "affair", "phase", "background")} == {
        "id": lab.id,
        "name": "SIAP ANTRE",
        "kind": "pelayanan-publik",  # the older design's "kind" was the bentuk
        "affair": "Kesehatan",
        "phase": "inisiatif",
        "background": "Antrean panjang",
    }
    assert (design["trial_period"], design["rollout_period"], design["budget"]) == (
        "2027-01-04",
        "",
        1_250_000,
    )
    assert design["team"] == "Sari, Budi" and design["idea_id"] is None
    assert design["actions"] == [
        {
            "activity": "Rapat",
            "person": "",
            "start": "2026-12-01",
            "end": None,
            "output": "",
            "indicator": "SOP",
        }
    ]
    assert set(design["profile"]) == set(profile.INNOVATION_FIELDS)
    assert (
        design["profile"]["kind"] == "digital" and design["profile"]["form"] == "pelayanan-publik"
    )
    assert [i["name"] for i in data["innovations"]] == ["SIAP ANTRE", "LAMA"]
    assert [i["origin"] for i in data["innovations"]] == ["lab", "imported"]


def test_export_refusals(sample_service, tmp_path):
    with pytest.raises(BadInput, match="Format ekspor tidak dikenal"):
        export_workshop(sample_service, "pdf", tmp_path / "x.pdf")
    with pytest.raises(BadInput, match="Folder tidak ditemukan"):
        export_workshop(sample_service, "csv", tmp_path / "tidak" / "ada.csv")


def test_export_to_a_folder_or_an_unwritable_place(sample_service, tmp_path):
    with pytest.raises(BadInput, match="Tujuan adalah folder"):
        export_workshop(sample_service, "csv", tmp_path)
    folder = tmp_path / "keluar"
    folder.mkdir()
    blocker = folder / "berkas"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BadInput, match="Folder tidak ditemukan"):
        export_workshop(sample_service, "xlsx", blocker / "ekspor.xlsx")
    assert [p.name for p in folder.iterdir()] == ["berkas"]
