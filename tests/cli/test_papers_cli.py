"""`letterhead`, `participant`, `signatory`, `number-pattern` and `report --document`: exit
codes and what lands in the documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from labinovasi.cli import main
from pdf_reading import pdf_texts, squeeze

DATA = Path(__file__).resolve().parents[1] / "data" / "papers"


@pytest.fixture
def sample_file(sample_service, workshop_path) -> Path:
    sample_service.close()
    return workshop_path


def test_letterhead_participants_and_a_daftar_hadir(sample_file, tmp_path, capsys):
    f = str(sample_file)
    assert (
        main(
            [
                "letterhead",
                f,
                "--government",
                "Pemerintah Kabupaten Contoh",
                "--agency",
                "Badan Riset dan Inovasi Daerah",
                "--address",
                "Jl. Contoh 1",
                "--city",
                "Kota Contoh",
                "--logo",
                str(DATA / "logo.png"),
                "--paper",
                "F4",
                "--json",
            ]
        )
        == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert shown["paper"] == "F4" and shown["logo"] is True
    assert main(["participant", "import", f, str(DATA / "peserta.csv")]) == 0
    assert "40 peserta" in capsys.readouterr().err
    assert (
        main(
            [
                "signatory",
                f,
                "--role",
                "pptk",  # the organiser signs the daftar hadir for the SPJ (issue 23)
                "--name",
                "Nur Aini",
                "--nip",
                "198504122010012003",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "number-pattern",
                f,
                "--document",
                "daftar-hadir",
                "--pattern",
                "{seq}/DH/{roman}/{year}",
            ]
        )
        == 0
    )
    out = tmp_path / "hadir.pdf"
    assert (
        main(["report", f, "--out", str(out), "--document", "daftar-hadir", "--date", "2026-11-24"])
        == 0
    )
    assert "Nomor: 1/DH/XI/2026" in capsys.readouterr().err
    text = "\n".join(pdf_texts(out))
    assert "PEMERINTAH KABUPATEN CONTOH" in text and "1/DH/XI/2026" in text
    assert "Selasa, 24 November 2026" in text and "NIP. 19850412 201001 2 003" in text
    # the same number when printed again
    assert (
        main(["report", f, "--out", str(out), "--document", "daftar-hadir", "--date", "2026-11-24"])
        == 0
    )
    assert "Nomor: 1/DH/XI/2026" in capsys.readouterr().err


def test_word_copy_and_the_opd_option(sample_file, tmp_path, capsys):
    out = tmp_path / "ba.docx"
    assert (
        main(
            [
                "report",
                str(sample_file),
                "--out",
                str(out),
                "--document",
                "berita-acara-komitmen",
                "--opd",
                "DINKES",
                "--date",
                "2026-11-26",
            ]
        )
        == 0
    )
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "SURAT PERNYATAAN KOMITMEN" in text  # a one-party promise, not a berita acara
    assert squeeze("Dinas Kesehatan") in squeeze(text)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--document", "sk-tim"], 4),  # needs --opd
        (["--document", "rekap", "--date", "26-11-2026"], 2),
        (["--document", "daftar-hadir", "--opd", "TIDAK-ADA"], 4),
        (["--document", "nota-dinas"], 2),
    ],
)
def test_refusals_write_nothing(sample_file, tmp_path, args, code):
    folder = tmp_path / "keluaran"
    folder.mkdir()
    try:
        result = main(["report", str(sample_file), "--out", str(folder / "x.pdf"), *args])
    except SystemExit as usage:  # argparse's usage errors
        result = usage.code
    assert result == code
    assert list(folder.iterdir()) == []


def test_bad_participant_file_and_bad_nip(sample_file, tmp_path):
    bad = tmp_path / "peserta.csv"
    bad.write_text("nama,nip\nAni,12345\n", encoding="utf-8")
    assert main(["participant", "import", str(sample_file), str(bad)]) == 4
    assert (
        main(["signatory", str(sample_file), "--role", "sekda", "--name", "X", "--nip", "1"]) == 4
    )
    assert main(["letterhead", str(sample_file), "--logo", str(bad)]) == 4


def test_existing_report_options_still_work(sample_file, tmp_path):
    out = tmp_path / "rekap.pdf"
    assert main(["report", str(sample_file), "--out", str(out), "--summary"]) == 0
    assert "REKAPITULASI" in pdf_texts(out)[0]


def test_participant_import_names_every_problem_and_skips_bad_rows_on_request(sample_file, capsys):
    source = str(DATA / "peserta_bermasalah.csv")
    before = sample_file.read_bytes()
    assert main(["participant", "import", str(sample_file), source]) == 4
    err = capsys.readouterr().err.splitlines()
    assert err[1:] == [
        "baris 3, kolom nip: NIP harus 18 angka: 1980",
        "baris 4, kolom nama: nama kosong; nama wajib diisi",
        "baris 4, kolom nip: NIP tidak sah (bulan lahir atau bulan pengangkatan): "
        "19801301 200501 1 002",
        "Dengan --skip-bad hanya baris yang benar diimpor.",
    ]
    assert sample_file.read_bytes() == before
    assert main(["participant", "import", str(sample_file), source, "--skip-bad"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "2 peserta diimpor; baris bermasalah dilewati:"
    assert err[1:] == [
        "  baris 3, kolom nip: NIP harus 18 angka: 1980",
        "  baris 4, kolom nama: nama kosong; nama wajib diisi; baris 4, kolom nip: NIP tidak "
        "sah (bulan lahir atau bulan pengangkatan): 19801301 200501 1 002",
    ]
    assert main(["participant", "list", str(sample_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["rank"]) for p in listed] == [
        ("Siti Aminah", "Penata (III/c)"),
        ("Rina Marlina", "Pembina (IV/a)"),
    ]


def test_materi_set_listed_printed_and_refused(sample_file, tmp_path, capsys):
    f = str(sample_file)
    items = ["--item", "Drum-up: menggali gagasan", "4", "--item", "Design inovasi", "6"]
    assert main(["materi", f, *items, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["total_jp"] == 10 and listed["materi"][1] == {"title": "Design inovasi", "jp": 6}
    # a JP that is not a whole number: refused, nothing written
    assert main(["materi", f, "--item", "Rencana aksi", "dua"]) == 4
    assert "JP materi" in capsys.readouterr().err
    assert main(["materi", f, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total_jp"] == 10
    out = tmp_path / "sertifikat.pdf"
    assert main(["report", f, "--out", str(out), "--document", "sertifikat"]) == 0
    text = squeeze("\n".join(pdf_texts(out)))
    assert squeeze("selama 10 (sepuluh) jam pelajaran") in text
    assert squeeze("Design inovasi6") in text
    assert main(["materi", f, "--clear"]) == 0
    assert main(["report", f, "--out", str(out), "--document", "sertifikat"]) == 0
    assert "jam pelajaran" not in "\n".join(pdf_texts(out))
