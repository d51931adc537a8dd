"""Papers use cases: letterhead and logo, numbers kept per kind and year, people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from labinovasi.domain import BadInput
from labinovasi.services import papers
from pdf_reading import write_csv

DATA = Path(__file__).resolve().parents[1] / "data" / "papers"


def test_letterhead_is_kept_with_its_logo(service):
    head = papers.set_letterhead(
        service,
        logo=DATA / "logo.png",
        government="Pemerintah X",
        agency="Bapperida X",
        paper="f4",
        city="Kota X",
    )
    assert head.paper == "F4" and head.logo_type == "png" and head.logo
    head = papers.set_letterhead(service, address="Jl. Merdeka 1")
    assert (head.government, head.address, head.city) == ("Pemerintah X", "Jl. Merdeka 1", "Kota X")
    assert papers.set_letterhead(service, remove_logo=True).logo is None


def test_bad_logo_or_paper_writes_nothing(service, tmp_path):
    svg = tmp_path / "logo.svg"
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg'></svg>")
    with pytest.raises(BadInput, match="SVG"):
        papers.set_letterhead(service, logo=svg, government="Tidak tersimpan")
    with pytest.raises(BadInput):
        papers.set_letterhead(service, paper="A5", government="Tidak tersimpan")
    assert papers.letterhead(service).government == ""


def test_numbers_run_per_kind_and_year_and_a_reprint_keeps_its_number(service):
    papers.set_number_pattern(service, "berita-acara-desk", "000.9/{seq}/Bapperida/{year}")
    day = date(2026, 11, 26)
    first = papers.issue_number(service, "berita-acara-desk", "opd-a", day)
    second = papers.issue_number(service, "berita-acara-desk", "opd-b", day)
    assert (first, second) == ("000.9/1/Bapperida/2026", "000.9/2/Bapperida/2026")
    assert papers.issue_number(service, "berita-acara-desk", "opd-a", day) == first
    assert (
        papers.issue_number(service, "berita-acara-desk", "opd-c", date(2027, 1, 5))
        == "000.9/1/Bapperida/2027"
    )
    # another kind has its own sequence and, by default, its own code in the number
    assert papers.issue_number(service, "sk-tim", "opd-a", day) == "000.9/1/SK-TIM/Bapperida/2026"


def test_participants_import_all_or_nothing(sample_service, tmp_path):
    report = papers.import_participants(sample_service, DATA / "peserta.csv")
    assert report.imported == 40
    found = papers.people(sample_service, "peserta")
    assert found[0].nip == "198001012005011000" and found[0].opd_id is not None
    assert found[3].name == "Agus <b>Salim</b> 🙂 & Co"
    bad = write_csv(
        tmp_path / "bad.csv",
        ["Nama", "NIP", "Jabatan"],
        [
            ["Ani", "1980", "Staf"],
            ["", "", ""],
            ["Budi", "", "Staf"],
            ["", "198001012005011001", "Staf"],
        ],
    )
    with pytest.raises(BadInput) as error:
        papers.import_participants(sample_service, bad)
    assert "baris 2" in str(error.value) and "baris 5" in str(error.value)
    assert len(papers.people(sample_service, "peserta")) == 40


def test_participant_problems_all_named_and_good_rows_imported_on_request(sample_service):
    source = DATA / "peserta_bermasalah.csv"
    with pytest.raises(BadInput) as error:
        papers.import_participants(sample_service, source)
    # Every problem of every row (row, column, value, why), a row's second one too.
    assert error.value.details == [
        "baris 3, kolom nip: NIP harus 18 angka: 1980",
        "baris 4, kolom nama: nama kosong; nama wajib diisi",
        "baris 4, kolom nip: NIP tidak sah (bulan lahir atau bulan pengangkatan): "
        "19801301 200501 1 002",
    ]
    assert "2 baris benar" in error.value.message
    assert papers.people(sample_service, "peserta") == []
    report = papers.import_participants(sample_service, source, skip_bad=True)
    assert (report.imported, report.skipped) == (
        2,
        [error.value.details[0], "; ".join(error.value.details[1:])],  # one line per row
    )
    siti, rina = papers.people(sample_service, "peserta")
    assert (siti.name, siti.nip, siti.rank, siti.phone) == (
        "Siti Aminah",
        "198001012005012001",
        "Penata (III/c)",  # under "Pangkat / Gol."
        "081200000001",
    )
    assert siti.opd_id == sample_service.find_opd("DINKES").id  # "Unit Kerja"
    assert (rina.rank, rina.opd_id, rina.opd_name) == ("Pembina (IV/a)", None, "Dinas Entah")


@pytest.mark.parametrize(
    ("headings", "cells", "rank"),
    [
        (["Nama", "Pangkat/Gol"], ["Ani"], "Penata (III/c)"),
        (["Nama", "Pangkat / Golongan"], ["Ani"], "Penata (III/c)"),
        (["Nama", "Gol."], ["Ani"], "III/c"),
        (["Nama", "Pangkat", "Gol."], ["Ani", "Penata"], "Penata (III/c)"),
    ],
)
def test_pangkat_and_golongan_headings(sample_service, tmp_path, headings, cells, rank):
    value = "III/c" if headings[-1] == "Gol." else "Penata (III/c)"
    source = write_csv(tmp_path / "peserta.csv", headings, [[*cells, value]])
    assert papers.import_participants(sample_service, source).imported == 1
    assert papers.people(sample_service, "peserta")[0].rank == rank


def test_a_lab_role_or_an_opd_head_is_replaced_not_doubled(sample_service):
    papers.set_person(sample_service, "sekda", "Lama", "196805101990031005")
    papers.set_person(sample_service, "sekda", "Baru", "196805101990031005", "IV/d")
    assert [p.name for p in papers.people(sample_service, "sekda")] == ["Baru"]
    papers.set_person(sample_service, "kepala-opd", "Kepala A", opd="DINKES")
    papers.set_person(sample_service, "kepala-opd", "Kepala B", opd="dinkes")
    papers.set_person(sample_service, "kepala-opd", "Kepala C", opd="DISDIK")
    assert sorted(p.name for p in papers.people(sample_service, "kepala-opd")) == [
        "Kepala B",
        "Kepala C",
    ]
    with pytest.raises(BadInput):
        papers.set_person(sample_service, "kepala-opd", "Tanpa OPD", opd="TIDAK-ADA")
    with pytest.raises(BadInput):
        papers.set_person(sample_service, "fasilitator", "NIP salah", "123")


def test_a_copy_of_the_workshop_keeps_its_papers(sample_service, workshop_path, tmp_path):
    from labinovasi.services import WorkshopService
    from labinovasi.services.sync import copy_workshop

    papers.set_letterhead(sample_service, logo=DATA / "logo.png", government="Pemerintah X")
    papers.set_person(sample_service, "kepala-opd", "Kepala", "198001012005011001", opd="DINKES")
    papers.set_number_pattern(sample_service, "rekap", "{seq}/REKAP/{year}")
    number = papers.issue_number(sample_service, "rekap", "", date(2026, 11, 26))
    sample_service.close()
    copy = tmp_path / "salinan.labinovasi"
    copy_workshop(workshop_path, copy)
    with WorkshopService.open(copy) as service:
        assert papers.letterhead(service).government == "Pemerintah X"
        assert papers.letterhead(service).logo == (DATA / "logo.png").read_bytes()
        [head] = papers.people(service, "kepala-opd")
        assert head.opd_id == service.find_opd("DINKES").id
        assert papers.issue_number(service, "rekap", "", date(2026, 11, 26)) == number
        assert papers.issue_number(service, "rekap", "x", date(2026, 11, 26)) == "2/REKAP/2026"
