"""The national form layout in and out: all-or-nothing import with line numbers, re-import
adds nothing, and export then import into a new workshop gives the same estimate."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from iga_workbook import (
    EXPORTED_INDICATOR_HEADERS,
    EXPORTED_PROFILE_HEADERS,
    EXPORTED_REGION_HEADERS,
    INDICATOR_HEADERS,
    PROFILE,
    PROFILE_HEADERS,
    REGION_HEADERS,
    add_opds,
    write_workbook,
)
from labinovasi.domain import BadInput
from labinovasi.services import WorkshopService, evidence
from labinovasi.services.export import export_workshop
from labinovasi.services.iga import load_portfolio
from labinovasi.services.iga_form import import_iga_workbook
from labinovasi.services.innovations import Innovations

SMALL = Path(__file__).parents[1] / "data" / "iga" / "aturan-kecil.json"


def estimate_json(service) -> dict:
    return load_portfolio(service, rules_path=SMALL).estimate().to_json()


def test_import_estimate_export_import_round_trip(service, tmp_path):
    add_opds(service)
    source = write_workbook(tmp_path / "iga.xlsx")
    (tmp_path / "sk-tim.pdf").write_bytes(b"%PDF-1.4 SK tim\n")  # beside the workbook: stored
    report = import_iga_workbook(service, source, rules_path=SMALL)
    assert (report.added, report.updated, report.files) == (2, 0, 1)

    first = Innovations(service).list()
    assert [i.name for i in first] == ["Antrean WA Puskesmas", "Sekolah Ramah Anak"]
    wa = first[0]
    assert (wa.stage, wa.initiator, wa.kind, wa.form) == (
        "penerapan",
        "asn",
        "digital",
        "pelayanan-publik",
    )
    assert wa.main_affair == "1.02" and wa.other_affairs == ["1.06"]
    assert wa.trial_date.isoformat() == "2025-02-01" and wa.budget == 1250000
    assert first[1].stage == "uji-coba"
    assert {i.origin for i in first} == {"imported"}  # not the lab's designs

    # klaim: SPD 2×3 + 1,5×2 = 9; SID 3×3 + 2×2 = 13 and 3×1 = 3 → 16/4 = 4; 2 of 3 yandas
    # → 2,25 × 2 = 4,5; total 17,5. Terverifikasi: 6 + (9 + 3)/4 + 4,5 = 13,5
    estimate = estimate_json(service)
    assert estimate["claimed"]["total"] == 17.5 and estimate["claimed"]["index"] == 17.5
    assert estimate["verified"]["total"] == 13.5
    assert estimate["claimed"]["yandas_covered"] == ["Pendidikan", "Kesehatan"]

    # re-importing the same workbook adds nothing
    answers, items = len(evidence.list_answers(service)), len(evidence.list_evidence(service))
    again = import_iga_workbook(service, source, rules_path=SMALL)
    assert (again.added, again.updated, again.evidence, again.answers) == (0, 0, 0, 0)
    assert len(Innovations(service).list()) == 2
    assert (len(evidence.list_answers(service)), len(evidence.list_evidence(service))) == (
        answers,
        items,
    )
    assert estimate_json(service) == estimate

    # export in the national layout, import into a new workshop: the same estimate
    exported = export_workshop(service, "iga-xlsx", tmp_path / "keluar.xlsx", year=2026)
    book = load_workbook(exported, read_only=True)
    assert book.sheetnames == ["Profil Inovasi", "Indikator", "Indikator Pemda"]
    heads = [[c for c in next(book[name].iter_rows(values_only=True))] for name in book.sheetnames]
    rows = list(book["Profil Inovasi"].iter_rows(values_only=True))
    book.close()
    assert heads == [EXPORTED_PROFILE_HEADERS, EXPORTED_INDICATOR_HEADERS, EXPORTED_REGION_HEADERS]
    assert rows[1][:4] == ("DINKES", "Antrean WA Puskesmas", "Penerapan", "ASN")
    trial = heads[0].index("Waktu Uji Coba")
    assert rows[1][trial : trial + 2] == ("01/02/2025", "01/06/2025")
    with WorkshopService.create(tmp_path / "baru.labinovasi", "Lab baru") as fresh:
        add_opds(fresh)
        import_iga_workbook(fresh, exported, rules_path=SMALL)
        assert estimate_json(fresh) == estimate


def test_bad_rows_are_named_by_line_and_nothing_is_written(service, tmp_path):
    add_opds(service)
    profile = [["DINKES", "Antrean WA", "Penerapan"], ["DISHUB", "Parkir", "Inisiatif"]]
    indicators = [
        ["DINKES", "Antrean WA", "16", 4, "", ""],
        ["DINKES", "Antrean WA", "99", 1, "x.pdf", ""],
        ["DINKES", "Tidak Ada", "16", 1, "", ""],
    ]
    region = [["16", 2, "", ""], ["1", 2, "", "setuju"]]
    source = write_workbook(tmp_path / "salah.xlsx", profile, indicators, region)
    with pytest.raises(BadInput) as caught:
        import_iga_workbook(service, source, rules_path=SMALL)
    details = caught.value.details
    assert "Profil Inovasi baris 3: perangkat daerah tidak dikenal \u201cDISHUB\u201d" in details
    assert any(d.startswith("Indikator baris 2: parameter harus 1, 2 atau 3") for d in details)
    assert any(
        d.startswith("Indikator baris 3: indikator \u201c99\u201d tidak dikenal") for d in details
    )
    assert any(d.startswith("Indikator baris 4: inovasi \u201cTidak Ada\u201d") for d in details)
    assert any(d.startswith("Indikator Pemda baris 2: indikator \u201c16\u201d") for d in details)
    assert any(d.startswith("Indikator Pemda baris 3: status verifikasi") for d in details)
    assert Innovations(service).list() == [] and evidence.list_answers(service) == []


def test_headers_match_case_and_space_insensitively(service, tmp_path):
    add_opds(service)
    headers = (
        [f"  {h.upper()} " for h in PROFILE_HEADERS],
        [h.lower().replace(" ", "  ") for h in INDICATOR_HEADERS],
        REGION_HEADERS,
    )
    source = write_workbook(
        tmp_path / "judul.xlsx",
        headers=headers,
        sheet_names=("profil inovasi", "INDIKATOR", "Indikator  Pemda"),
    )
    assert import_iga_workbook(service, source, rules_path=SMALL).added == 2


def test_missing_column_is_bad_input(service, tmp_path):
    add_opds(service)
    headers = (PROFILE_HEADERS[:-1], INDICATOR_HEADERS, REGION_HEADERS)
    source = write_workbook(tmp_path / "kurang.xlsx", headers=headers)
    with pytest.raises(BadInput) as caught:
        import_iga_workbook(service, source, rules_path=SMALL)
    assert "kolom \u201cSumber Anggaran\u201d tidak ada" in "\n".join(caught.value.details)


def test_a_workbook_in_the_portals_words_imports_with_a_support_urusan(service, tmp_path):
    """Inisiator "OPD", urusan as the portal spells it, a BPKAD innovation under Keuangan."""
    add_opds(service)
    service.add_opd("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD")
    portal = [list(row) for row in PROFILE]
    portal[0][3] = "OPD"
    portal[0][7] = "Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat"
    portal[0][8] = "Kependudukan dan Pencatatan Sipil"
    bpkad = list(portal[1])
    bpkad[0], bpkad[1], bpkad[7] = "BPKAD", "Pajak Daerah Daring", "Keuangan"
    source = write_workbook(tmp_path / "portal.xlsx", profile=portal + [bpkad], indicators=[])
    assert import_iga_workbook(service, source, rules_path=SMALL).added == 3
    by_name = {i.name: i for i in Innovations(service).list()}
    wa = by_name["Antrean WA Puskesmas"]
    assert (wa.initiator, wa.main_affair, wa.other_affairs) == (
        "perangkat-daerah",
        "1.05",
        ["2.12"],
    )
    assert by_name["Pajak Daerah Daring"].main_affair == "5.02"


def test_an_unknown_urusan_names_the_line_and_the_closest_entries(service, tmp_path):
    add_opds(service)
    wrong = [list(row) for row in PROFILE]
    wrong[1][7] = "Pendidkan"
    source = write_workbook(tmp_path / "salah.xlsx", profile=wrong, indicators=[])
    with pytest.raises(BadInput) as refused:
        import_iga_workbook(service, source, rules_path=SMALL)
    assert "Pendidkan" in str(refused.value) and "\u201cPendidikan\u201d" in str(refused.value)
    assert Innovations(service).list() == []


def test_the_export_leaves_out_what_the_window_leaves_out_and_says_why(service, tmp_path):
    from datetime import date

    add_opds(service)
    import_iga_workbook(service, write_workbook(tmp_path / "iga.xlsx"), year=2026)
    store = Innovations(service)
    old = store.add(service.find_opd("DINKES").id, "Posyandu Keliling")
    store.set_fields(old.id, {"stage": "penerapan", "launch_date": date(2021, 5, 1)})
    revived = store.add(service.find_opd("DISDIK").id, "Sekolah Lama")
    store.set_fields(
        revived.id,
        {
            "stage": "penerapan",
            "launch_date": date(2021, 5, 1),
            "development_date": date(2025, 2, 3),
        },
    )
    out = export_workshop(service, "iga-xlsx", tmp_path / "keluar.xlsx", year=2026)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Profil Inovasi", "Indikator", "Indikator Pemda", "Tidak Dihitung"]
    profile = list(book["Profil Inovasi"].iter_rows(values_only=True))
    left = list(book["Tidak Dihitung"].iter_rows(values_only=True))
    book.close()
    names = [row[1] for row in profile[1:]]
    assert names == ["Antrean WA Puskesmas", "Sekolah Ramah Anak", "Sekolah Lama"]
    column = profile[0].index("Waktu Pengembangan")
    assert profile[3][column] == "03/02/2025"
    assert left[0] == ("Perangkat Daerah", "Nama Inovasi Daerah", "Alasan")
    assert left[1][:2] == ("DINKES", "Posyandu Keliling")
    assert "di luar rentang penilaian" in left[1][2]
    # the workbook imports again (the extra sheet is not read): the same estimate
    with WorkshopService.create(tmp_path / "baru.labinovasi", "Lab baru") as fresh:
        add_opds(fresh)
        import_iga_workbook(fresh, out, year=2026)
        copied = {i.name: i for i in Innovations(fresh).list()}
        assert set(copied) == {"Antrean WA Puskesmas", "Sekolah Ramah Anak", "Sekolah Lama"}
        assert copied["Sekolah Lama"].value("development_date") == date(2025, 2, 3)


def test_the_national_workbook_names_each_indicator_its_parameter_and_both_numbers(
    service, tmp_path
):
    from labinovasi.domain.iga import rules_for_year

    rules = rules_for_year(2026)
    add_opds(service)
    store = Innovations(service)
    antre = store.add(service.find_opd("DINKES").id, "SIAP ANTRE")
    evidence.set_answer(service, "16", innovation_id=antre.id, parameter=2, year=2026)
    evidence.set_answer(
        service, "33", innovation_id=antre.id, parameter=3, basis="persen-sasaran", year=2026
    )
    evidence.set_answer(service, "1", parameter=1, year=2026)
    out = export_workshop(service, "iga-xlsx", tmp_path / "iid.xlsx", year=2026)
    book = load_workbook(out, read_only=True)
    sid = list(book["Indikator"].iter_rows(values_only=True))
    spd = list(book["Indikator Pemda"].iter_rows(values_only=True))
    book.close()
    rows = {row[2]: dict(zip(sid[0], row, strict=True)) for row in sid[1:]}
    assert [rows[no]["No Formulir"] for no in ("16", "17", "35")] == ["1", "2", "20"]
    assert rows["16"]["Nama Indikator"] == "Regulasi inovasi daerah"
    assert rows["16"]["Parameter"] == 2
    assert rows["16"]["Teks Parameter"] == rules.indicator("16").parameters[1]
    assert rows["33"]["Teks Parameter"] == rules.indicator("33").parameters_for("persen-sasaran")[2]
    assert rows["35"]["Nama Indikator"] == "Video inovasi daerah"
    assert rows["35"]["Teks Parameter"] in ("", None)  # not answered
    region = {row[0]: dict(zip(spd[0], row, strict=True)) for row in spd[1:]}
    assert region["1"]["Nama Indikator"] == "Visi dan misi inovasi kepala daerah"
    assert region["1"]["Teks Parameter"] == rules.indicator("1").parameters[0]
    # the written columns are not read back: the workbook imports into a new workshop
    with WorkshopService.create(tmp_path / "baru.labinovasi", "Lab baru") as fresh:
        add_opds(fresh)
        import_iga_workbook(fresh, out, year=2026)
        answers = {(a.indicator, a.parameter) for a in evidence.list_answers(fresh, year=2026)}
        assert {("16", 2), ("33", 3), ("1", 1)} <= answers
