"""The national form's profile fields (issue 24): the realised hasil inovasi in the national
workbook's "Hasil Inovasi", the budget document kept in the evidence store, the IGA
registration number linking one innovation across years and renames, and the per-year fields
whose allowed values come from the rule file of the year that asks them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from iga_workbook import add_opds, write_workbook
from labinovasi.domain import BadInput
from labinovasi.domain.iga import check_year_value, rules_for_year
from labinovasi.services import evidence
from labinovasi.services.export import export_workshop
from labinovasi.services.iga_form import import_iga_workbook
from labinovasi.services.iga_profile import (
    attach_budget_document,
    budget_document,
    check_year_values,
)
from labinovasi.services.iga_year import start_next_year
from labinovasi.services.innovations import Innovations

DATA = Path(__file__).parents[1] / "data" / "iga"
PDF = DATA / "dpa-anggaran.pdf"


def profile_sheet(path: Path) -> list[dict]:
    book = load_workbook(path, read_only=True)
    rows = list(book["Profil Inovasi"].iter_rows(values_only=True))
    book.close()
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.fixture
def antre(service):
    add_opds(service)
    store = Innovations(service)
    item = store.add(service.find_opd("DINKES").id, "SIAP ANTRE")
    return store.set_fields(
        item.id,
        {
            "expected_result": "Antrean turun separuh",
            "result": "Waktu tunggu turun dari 90 ke 25 menit",
            "business_profile": "Layanan gratis; biaya server dari APBD",
            "ip_rights": "Hak cipta EC00202612345",
            "awards": "Juara 1 Kompetisi Inovasi Provinsi 2025",
            "registration_number": "IID-2025-3302-0147",
        },
    )


def test_the_national_workbook_takes_the_realised_result_and_the_new_fields(
    service, antre, tmp_path
):
    out = export_workshop(service, "iga-xlsx", tmp_path / "iid.xlsx", year=2026)
    row = profile_sheet(out)[0]
    assert row["Hasil Inovasi"] == "Waktu tunggu turun dari 90 ke 25 menit"  # not the expected
    assert "Antrean turun separuh" not in row.values()
    assert row["Profil Bisnis"] == "Layanan gratis; biaya server dari APBD"
    assert row["HKI"] == "Hak cipta EC00202612345"
    assert row["Penghargaan"] == "Juara 1 Kompetisi Inovasi Provinsi 2025"
    assert row["Nomor Registrasi"] == "IID-2025-3302-0147"


def test_the_budget_document_is_kept_in_the_evidence_store(service, antre, tmp_path):
    before = len(evidence.list_evidence(service))
    saved = attach_budget_document(service, antre.id, PDF)
    found = budget_document(service, saved)
    assert found is not None and found.file_name == "dpa-anggaran.pdf"
    assert len(evidence.list_evidence(service)) == before + 1
    assert evidence.evidence_bytes(service, found.id) == PDF.read_bytes()  # inside the workshop
    out = export_workshop(service, "iga-xlsx", tmp_path / "iid.xlsx", year=2026)
    assert profile_sheet(out)[0]["Dokumen Anggaran"] == "dpa-anggaran.pdf"

    # not a PDF: refused, nothing stored, the document kept
    image = tmp_path / "dpa.pdf"
    image.write_bytes(b"\x89PNG\r\n\x1a\n not a pdf")
    with pytest.raises(BadInput, match="Dokumen anggaran harus berkas PDF"):
        attach_budget_document(service, antre.id, image)
    assert len(evidence.list_evidence(service)) == before + 1
    assert Innovations(service).get(antre.id).value("budget_document") == found.id


def test_the_registration_number_links_an_innovation_across_years_and_renames(
    service, antre, tmp_path
):
    from labinovasi.services.evidence import set_answer

    set_answer(service, "16", innovation_id=antre.id, parameter=2, year=2025)
    report = start_next_year(service, 2025, 2026)
    assert report.to_json()["registrations"] == {"SIAP ANTRE": "IID-2025-3302-0147"}
    assert report.to_json()["to_update"] == [] and report.copied[0].registration

    # next year's workbook renames it: the registration number finds the same innovation
    out = export_workshop(service, "iga-xlsx", tmp_path / "iid.xlsx", year=2026)
    book = load_workbook(out)
    sheet = book["Profil Inovasi"]
    names = [c.value for c in sheet[1]]
    sheet.cell(2, names.index("Nama Inovasi Daerah") + 1, "SIAP ANTRE PLUS")
    for row in book["Indikator"].iter_rows(min_row=2):
        row[1].value = "SIAP ANTRE PLUS"
    book.save(out)
    result = import_iga_workbook(service, out, year=2026)
    assert (result.added, result.updated) == (0, 1)
    items = Innovations(service).list()
    assert [(i.id, i.name) for i in items] == [(antre.id, "SIAP ANTRE PLUS")]


def test_per_year_fields_follow_the_rule_file_of_the_year_that_asks_them(service, antre, tmp_path):
    rules = rules_for_year(2026)
    assert set(rules.profile_fields) == {
        "classification",
        "asta_cita",
        "pkpn",
        "coordinates",
        "theme",
    }
    assert rules_for_year(2024).profile_fields == {}  # 2024's form does not ask them
    assert check_year_value(rules, "asta_cita", "6").startswith("6. Membangun dari desa")
    assert check_year_value(rules, "coordinates", " -2.5320 ,112.9480 ") == "-2.5320, 112.9480"
    assert check_year_value(rules, "theme", "Sampah plastik") == "Sampah plastik"  # open list
    with pytest.raises(BadInput, match="Asta Cita \u201c9\u201d tidak ada dalam daftar IGA 2026"):
        check_year_value(rules, "asta_cita", "9")
    with pytest.raises(BadInput, match="Koordinat \u201c-2,53\u201d tidak dikenali"):
        check_year_value(rules, "coordinates", "-2,53")
    with pytest.raises(BadInput, match="Asta Cita tidak ditanyakan formulir IGA 2024"):
        check_year_values(rules_for_year(2024), {"asta_cita": "6"})

    values = check_year_values(rules, {"asta_cita": "4", "coordinates": "-2.53, 112.95"})
    Innovations(service).set_fields(antre.id, values)
    row = profile_sheet(export_workshop(service, "iga-xlsx", tmp_path / "a.xlsx", year=2026))[0]
    assert row["Asta Cita"].startswith("4. Memperkuat pembangunan sumber daya manusia")
    assert row["Koordinat"] == "-2.53, 112.95"
    heads = profile_sheet(export_workshop(service, "iga-xlsx", tmp_path / "b.xlsx", year=2024))
    assert "Asta Cita" not in heads[0] and "Koordinat" not in heads[0]


def test_an_import_checks_per_year_values_against_its_year(service, tmp_path):
    add_opds(service)
    book = load_workbook(write_workbook(tmp_path / "iid.xlsx"))
    sheet = book["Profil Inovasi"]
    sheet.cell(1, sheet.max_column + 1, "Asta Cita")
    sheet.cell(2, sheet.max_column, "12")
    book.save(tmp_path / "iid.xlsx")
    with pytest.raises(BadInput) as refused:
        import_iga_workbook(service, tmp_path / "iid.xlsx", year=2026)
    assert any(
        "Asta Cita \u201c12\u201d tidak ada dalam daftar IGA 2026" in d
        for d in refused.value.details
    )
    assert Innovations(service).list() == []
