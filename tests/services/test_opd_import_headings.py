"""OPD import as offices' files come: usual headings, a semicolon file with a comma in its
title row, empty rows skipped, existing OPDs skipped on request, the user's column choice."""

from __future__ import annotations

import pytest

from labinovasi.domain import BadInput
from labinovasi.storage.tabular import read_table

DATA = "imports/opd_semicolon_title.csv"


@pytest.fixture
def office_file(samples_dir):
    return samples_dir.parent / DATA


def test_semicolon_file_with_a_comma_in_its_title_row(office_file):
    table = read_table(office_file, {"nama perangkat daerah", "akronim", "nama", "singkatan"})
    assert table.headers == ["no", "nama perangkat daerah", "akronim"]
    assert [row["akronim"] for _line, row in table.rows] == ["dinkes", "DISKAN", "BKD"]


def test_usual_headings_empty_rows_and_skip_existing(sample_service, office_file):
    preview = sample_service.preview_import("opd", office_file)
    assert preview.columns == {"name": "nama perangkat daerah", "abbreviation": "akronim"}
    assert any("dinkes sudah ada" in p for p in preview.problems)
    assert [kind for kind, _note in preview.marks] == ["problem", "", ""]
    with pytest.raises(BadInput):
        sample_service.import_opds(office_file)
    assert len(sample_service.list_opds()) == 12

    preview = sample_service.preview_import("opd", office_file, skip_existing=True)
    assert preview.can_import and preview.importable == 2
    report = sample_service.import_opds(office_file, skip_existing=True)
    assert report.imported == 2 and len(report.skipped) == 1
    assert {o.abbreviation for o in sample_service.list_opds()} >= {"DISKAN", "BKD"}


def test_empty_rows_are_skipped_and_reported(service, tmp_path):
    source = tmp_path / "opd.csv"
    source.write_text(
        "No,Nama OPD,Kode\n1,Dinas Sosial,DINSOS\n2,,\n3,Dinas Pertanian,DISTAN\n", encoding="utf-8"
    )
    report = service.import_opds(source)
    assert report.imported == 2
    assert report.skipped == ["baris 3: kosong, dilewati"]


def test_the_users_column_choice_wins(service, tmp_path):
    source = tmp_path / "opd.csv"
    source.write_text("Instansi pelaksana,Kependekan\nDinas Sosial,DINSOS\n", encoding="utf-8")
    preview = service.preview_import("opd", source)
    assert not preview.can_import and preview.file_headers == ["instansi pelaksana", "kependekan"]
    assert "nama" in preview.problems[0]  # a singkatan column is optional (suggested)
    preview = service.preview_import(
        "opd", source, columns={"name": "instansi pelaksana", "abbreviation": "kependekan"}
    )
    assert preview.can_import
    assert (
        service.import_opds(
            source, columns={"name": "instansi pelaksana", "abbreviation": "kependekan"}
        ).imported
        == 1
    )


def test_a_list_without_a_singkatan_column_under_a_title(service, tmp_path):
    # Issue 25: "No; Nama Perangkat Daerah" under a title named one known heading only and
    # was read as "0 baris".
    source = tmp_path / "opd.csv"
    source.write_text(
        "Daftar Perangkat Daerah, Kabupaten Contoh\n\nNo;Nama Perangkat Daerah\n"
        "1;Dinas Kesehatan\n2;Dinas Sosial\n",
        encoding="utf-8",
    )
    preview = service.preview_import("opd", source)
    assert [row[:2] for row in preview.rows] == [["4", "Dinas Kesehatan"], ["5", "Dinas Sosial"]]
    assert preview.can_import and preview.columns == {"name": "nama perangkat daerah"}
    assert service.import_opds(source).imported == 2
