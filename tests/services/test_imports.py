"""Importing OPDs and ideas from files as offices produce them, and refusing bad files whole."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from labinovasi.domain import BadInput
from labinovasi.services import WorkshopService


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def opd_service(service):
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_opd("Dinas Pendidikan", "DISDIK")
    return service


def texts(service) -> list[tuple[str, str, str, str]]:
    opds = {o.id: o.abbreviation for o in service.list_opds()}
    return [
        (opds[v.idea.opd_id], v.idea.text, v.idea.problem, v.idea.author)
        for v in service.list_ideas()
    ]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


ROWS = (
    "opd,gagasan,masalah,pengusul\r\n"
    "DINKES,Posyandu digital,Antrean panjang,Sari\r\n"
    "disdik,Kafé baca ’Pojok’,Minat baca rendah,René\r\n"
)
EXPECTED = [
    ("DINKES", "Posyandu digital", "Antrean panjang", "Sari"),
    ("DISDIK", "Kafé baca ’Pojok’", "Minat baca rendah", "René"),
]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8-bom.csv", b"\xef\xbb\xbf" + ROWS.encode("utf-8")),
        ("utf8.csv", ROWS.encode("utf-8")),
        ("cp1252.csv", ROWS.encode("cp1252")),
        ("semicolon.csv", ROWS.replace(",", ";").encode("utf-8-sig")),
        ("semicolon-cp1252.csv", ROWS.replace(",", ";").encode("cp1252")),
    ],
)
def test_csv_as_excel_writes_it(opd_service, tmp_path, name, data):
    report = opd_service.import_ideas(write(tmp_path, name, data))
    assert report.imported == 2 and report.skipped == []
    assert texts(opd_service) == EXPECTED


def test_quoted_fields_with_newlines_commas_and_quotes(opd_service, tmp_path):
    data = (
        "opd,gagasan,masalah\n"
        'DINKES,"Posyandu digital,\nlengkap dengan ""SMS"" pengingat",'
        '"Baris satu\r\nbaris dua"\n'
    )
    opd_service.import_ideas(write(tmp_path, "multi.csv", data.encode("utf-8")))
    [(_, text, problem, _author)] = texts(opd_service)
    assert text == 'Posyandu digital,\nlengkap dengan "SMS" pengingat'
    assert problem == "Baris satu\r\nbaris dua"


def test_empty_rows_skipped_silently_blank_idea_reported(opd_service, tmp_path):
    data = (
        "opd,gagasan\n"  # line 1
        "DINKES,Posyandu digital\n"  # 2
        ",\n"  # 3: fully empty (commas only)
        "\n"  # 4: fully empty
        " ; \n".replace(";", ",")  # 5: whitespace only
        + "DINKES,   \n"  # 6: OPD but blank gagasan
        "DISDIK,Pojok baca\n"
    )  # 7
    report = opd_service.import_ideas(write(tmp_path, "kosong.csv", data.encode()))
    assert report.imported == 2
    assert report.skipped == ["baris 6: gagasan kosong, dilewati"]


def test_blank_line_number_counts_rows_inside_quoted_newlines_as_one(opd_service, tmp_path):
    data = 'opd,gagasan\nDINKES,"dua\nbaris"\nDINKES,\n'
    report = opd_service.import_ideas(write(tmp_path, "q.csv", data.encode()))
    # Spreadsheet row 3 (header = row 1), whatever the text lines inside a cell.
    assert report.skipped == ["baris 3: gagasan kosong, dilewati"]


def test_english_column_names(opd_service, tmp_path):
    data = "OPD,Idea,Problem,Author\nDinas Kesehatan,Posyandu digital,Antrean,Sari\n"
    opd_service.import_ideas(write(tmp_path, "en.csv", data.encode()))
    assert texts(opd_service) == [("DINKES", "Posyandu digital", "Antrean", "Sari")]


def test_opd_matches_name_or_abbreviation_case_insensitively(opd_service, tmp_path):
    data = "opd,gagasan\ndinas kesehatan,A satu\n DinKes ,B dua\nDINAS PENDIDIKAN,C tiga\n"
    opd_service.import_ideas(write(tmp_path, "case.csv", data.encode()))
    assert [t[0] for t in texts(opd_service)] == ["DINKES", "DINKES", "DISDIK"]


def test_duplicates_are_imported_and_marked(opd_service, tmp_path):
    data = "opd,gagasan\nDINKES,Posyandu digital\nDINKES,posyandu DIGITAL.\n"
    assert opd_service.import_ideas(write(tmp_path, "dup.csv", data.encode())).imported == 2
    first, second = opd_service.list_ideas()
    assert first.counted and not second.counted
    assert second.duplicate_of == first.idea.id and second.duplicate_of_number == 1


def test_text_is_stored_exactly_as_typed(opd_service, tmp_path):
    odd = [
        '=HYPERLINK("http://x")',
        "+62 812",
        "-5 menit",
        "@admin",
        "<b>tebal</b>",
        "'kutip",
        "Rp1.250.000 & 50%",
    ]
    data = "opd,gagasan\n" + "".join(f'DINKES,"{t.replace(chr(34), chr(34) * 2)}"\n' for t in odd)
    opd_service.import_ideas(write(tmp_path, "odd.csv", data.encode()))
    assert [t[1] for t in texts(opd_service)] == odd


def test_xlsx_first_sheet_with_header_row(opd_service, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["OPD", "Gagasan", "Masalah", "Pengusul"])
    sheet.append(["DINKES", "Posyandu digital", "Antrean panjang", "Sari"])
    sheet.append([None, None, None, None])
    sheet.append(["DISDIK", "Kafé baca\nkeliling", None, 2026])
    sheet.append(["DISDIK", None, "ada masalah", None])
    other = workbook.create_sheet("Lain")
    other.append(["opd", "gagasan"])
    other.append(["DINKES", "tidak dibaca"])
    path = tmp_path / "gagasan.xlsx"
    workbook.save(path)
    report = opd_service.import_ideas(path)
    assert report.imported == 2
    assert report.skipped == ["baris 5: gagasan kosong, dilewati"]
    assert texts(opd_service) == [
        ("DINKES", "Posyandu digital", "Antrean panjang", "Sari"),
        ("DISDIK", "Kafé baca\nkeliling", "", "2026"),
    ]


def test_opd_import_csv_and_xlsx(service, tmp_path):
    from openpyxl import Workbook

    csv_path = write(
        tmp_path, "opd.csv", "\ufeffnama;singkatan\nDinas Kesehatan;DINKES\n;\n".encode()
    )
    assert service.import_opds(csv_path).imported == 1
    workbook = Workbook()
    workbook.active.append(["name", "abbreviation"])
    workbook.active.append(["Dinas Pendidikan", "DISDIK"])
    xlsx_path = tmp_path / "opd.xlsx"
    workbook.save(xlsx_path)
    assert service.import_opds(xlsx_path).imported == 1
    assert [(o.name, o.abbreviation) for o in service.list_opds()] == [
        ("Dinas Kesehatan", "DINKES"),
        ("Dinas Pendidikan", "DISDIK"),
    ]


# -- refusals: the whole file or nothing, and the workshop file unchanged -------------------


def refused_unchanged(service, workshop_path: Path, action, match: str) -> BadInput:
    service.close()
    before = sha256(workshop_path)
    with WorkshopService.open(workshop_path) as again, pytest.raises(BadInput, match=match) as info:
        action(again)
    assert sha256(workshop_path) == before
    return info.value


def test_unknown_opd_refuses_the_whole_import(opd_service, workshop_path, tmp_path):
    opd_service.add_idea(opd_service.find_opd("DINKES").id, "Sudah ada")
    data = "opd,gagasan\nDINKES,Baik\nDINSOS,Tidak dikenal\nDISDIK,Baik juga\n,Tanpa OPD\n"
    source = write(tmp_path, "salah.csv", data.encode())
    error = refused_unchanged(
        opd_service,
        workshop_path,
        lambda s: s.import_ideas(source),
        "Impor dibatalkan; tidak ada yang ditulis",
    )
    assert error.details == ["baris 3: OPD tidak dikenal: DINSOS", "baris 5: OPD tidak dikenal: —"]
    with WorkshopService.open(workshop_path) as again:
        assert [v.idea.text for v in again.list_ideas()] == ["Sudah ada"]


FORM = Path(__file__).resolve().parents[1] / "data" / "imports" / "gagasan_form.csv"


def test_a_form_export_is_read_by_its_headings_and_unknown_opds_skipped_on_request(
    opd_service, workshop_path
):
    # "Nama Perangkat Daerah; Gagasan Inovasi; Nama Pengusul": found without being chosen.
    preview = opd_service.preview_import("ideas", FORM)
    assert preview.columns == {
        "opd": "nama perangkat daerah",
        "text": "gagasan inovasi",
        "author": "nama pengusul",
    }
    assert preview.problems == [
        "baris 4: OPD tidak dikenal: Dinas Kesehatn; mungkin maksudnya: Dinas Kesehatan (DINKES)",
        "baris 5: OPD tidak dikenal: Dinas Pariwisata dan Kebudayaan",
    ]
    assert [mark for mark, _note in preview.marks] == ["", "", "problem", "problem"]
    refused_unchanged(
        opd_service, workshop_path, lambda s: s.import_ideas(FORM), "Impor dibatalkan"
    )
    with WorkshopService.open(workshop_path) as again:
        columns = {"problem": "masalah yang ingin diatasi"}  # chosen: not a usual heading
        preview = again.preview_import("ideas", FORM, columns=columns, skip_unknown=True)
        assert preview.can_import and preview.importable == 2
        report = again.import_ideas(FORM, columns=columns, skip_unknown=True)
        assert report.imported == 2
        assert report.skipped == [
            "baris 4: OPD tidak dikenal: Dinas Kesehatn; mungkin maksudnya: Dinas Kesehatan "
            "(DINKES), dilewati",
            "baris 5: OPD tidak dikenal: Dinas Pariwisata dan Kebudayaan, dilewati",
        ]
        assert texts(again) == [
            ("DINKES", "Antrean puskesmas lewat WhatsApp", "Antrean panjang", "Sari"),
            ("DISDIK", "Pojok baca keliling", "Minat baca rendah", "Rina"),
        ]


def test_an_imported_idea_is_checked_as_a_typed_one(opd_service, workshop_path, tmp_path):
    from labinovasi.domain.rules import check_idea_text

    long = "x" * 5001
    with pytest.raises(BadInput) as typed:
        check_idea_text(long)
    source = write(tmp_path, "panjang.csv", f"opd,gagasan\nDINKES,Baik\nDINKES,{long}\n".encode())
    error = refused_unchanged(
        opd_service, workshop_path, lambda s: s.import_ideas(source), "Impor dibatalkan"
    )
    assert error.details == ["baris 3: " + typed.value.message]


def test_missing_column_refuses(opd_service, workshop_path, tmp_path):
    source = write(tmp_path, "kolom.csv", b"opd,usulan\nDINKES,Posyandu\n")
    error = refused_unchanged(
        opd_service,
        workshop_path,
        lambda s: s.import_ideas(source),
        "Kolom wajib tidak ada di kolom.csv: gagasan",
    )
    assert error.details == ["Kolom yang ada: opd, usulan"]


def test_opd_import_with_a_bad_row_writes_nothing(service, workshop_path, tmp_path):
    source = write(tmp_path, "opd.csv", b"nama,singkatan\nDinas A,DA\nDinas B,\nDinas C,da\n")
    error = refused_unchanged(
        service, workshop_path, lambda s: s.import_opds(source), "OPD tidak ditambahkan"
    )
    assert error.details == [
        "baris 3: nama dan singkatan OPD wajib diisi",
        "baris 4: singkatan da ganda",
    ]
    with WorkshopService.open(workshop_path) as again:
        assert again.list_opds() == []


def test_unreadable_sources(opd_service, tmp_path):
    with pytest.raises(BadInput, match="Berkas tidak ditemukan"):
        opd_service.import_ideas(tmp_path / "tidak-ada.csv")
    with pytest.raises(BadInput, match="Berkas kosong"):
        opd_service.import_ideas(write(tmp_path, "kosong.csv", b""))
    with pytest.raises(BadInput, match="XLSX tidak dapat dibaca"):
        opd_service.import_ideas(write(tmp_path, "rusak.xlsx", b"PK\x03\x04 bukan xlsx"))


def test_excel_unicode_text_is_utf16_with_tabs(opd_service, tmp_path):
    data = ROWS.replace(",", "\t").encode("utf-16")  # with its BOM, as Excel writes it
    assert opd_service.import_ideas(write(tmp_path, "unicode.txt", data)).imported == 2
    assert texts(opd_service) == EXPECTED


def test_trailing_empty_cells_are_fine(opd_service, tmp_path):
    data = b"opd,gagasan,,\nDINKES,Posyandu digital,,\n"
    assert opd_service.import_ideas(write(tmp_path, "lebar.csv", data)).imported == 1


def test_text_beyond_the_headed_columns_refuses_rather_than_drops(
    opd_service, workshop_path, tmp_path
):
    # "Posyandu, digital" without quotes: the part after the comma would be lost.
    source = write(tmp_path, "koma.csv", b"opd,gagasan\nDINKES,Baik\nDINKES,Posyandu, digital\n")
    error = refused_unchanged(
        opd_service, workshop_path, lambda s: s.import_ideas(source), "di luar kolom berjudul"
    )
    assert error.details == ["baris 3: 3 isian, padahal hanya ada 2 judul kolom"]


def test_title_block_above_the_headings(opd_service, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR GAGASAN INOVASI"])
    sheet.append(["Kabupaten Contoh, 23 November 2026"])
    sheet.append([])
    sheet.append(["No", "OPD", "Gagasan", "Masalah"])
    sheet.append([1, "DINKES", "Posyandu digital", "Antrean"])
    sheet.append([2, "DINKES", None, None])
    path = tmp_path / "judul.xlsx"
    workbook.save(path)
    report = opd_service.import_ideas(path)
    assert report.imported == 1
    assert report.skipped == ["baris 6: gagasan kosong, dilewati"]  # the sheet's own row
    csv_path = write(
        tmp_path,
        "judul.csv",
        (
            "DAFTAR GAGASAN INOVASI;;\r\n;;\r\nopd;gagasan;pengusul\r\nDISDIK;Pojok baca;Rina\r\n"
        ).encode("utf-8-sig"),
    )
    assert opd_service.import_ideas(csv_path).imported == 1
    assert texts(opd_service)[-1] == ("DISDIK", "Pojok baca", "", "Rina")


def test_opd_list_with_a_title_row(service, tmp_path):
    source = write(
        tmp_path, "opd.csv", b"Daftar Perangkat Daerah,\nnama,singkatan\nDinas Kesehatan,DINKES\n"
    )
    assert service.import_opds(source).imported == 1
    assert service.find_opd("DINKES").name == "Dinas Kesehatan"
