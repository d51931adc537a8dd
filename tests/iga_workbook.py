"""A small workbook in the national form layout, for the IGA import tests (services and CLI)."""

from __future__ import annotations

from pathlib import Path

PROFILE_HEADERS = [
    "Perangkat Daerah",
    "Nama Inovasi Daerah",
    "Tahapan Inovasi",
    "Inisiator Inovasi Daerah",
    "Nama Inisiator",
    "Jenis Inovasi",
    "Bentuk Inovasi Daerah",
    "Urusan Utama",
    "Urusan Lain",
    "Waktu Uji Coba",
    "Waktu Penerapan",
    "Rancang Bangun",
    "Tujuan",
    "Manfaat",
    "Hasil Inovasi",
    "Anggaran (Rp)",
    "Sumber Anggaran",
]
INDICATOR_HEADERS = [
    "Perangkat Daerah",
    "Nama Inovasi Daerah",
    "No Indikator",
    "Parameter",
    "Bukti",
    "Status Verifikasi",
]
REGION_HEADERS = ["No Indikator", "Parameter", "Bukti", "Status Verifikasi"]
EXPORTED_INDICATOR_HEADERS = [
    *INDICATOR_HEADERS[:3],
    "No Formulir",
    "Nama Indikator",
    "Parameter",
    "Teks Parameter",
    *INDICATOR_HEADERS[4:],
]
EXPORTED_REGION_HEADERS = ["No Indikator", "Nama Indikator", "Parameter", "Teks Parameter"]
EXPORTED_REGION_HEADERS += REGION_HEADERS[2:]
# The export writes the columns added later too (an import reads them when present).
EXPORTED_PROFILE_HEADERS = [
    *PROFILE_HEADERS[:5],
    "Nomor Registrasi",
    *PROFILE_HEADERS[5:9],
    *("Klasifikasi", "Asta Cita", "PKPN", "Koordinat", "Tematik"),  # the years that ask them
    *PROFILE_HEADERS[9:11],
    "Waktu Pengembangan",
    *PROFILE_HEADERS[11:15],
    *("Profil Bisnis", "HKI", "Penghargaan"),
    *PROFILE_HEADERS[15:],
    "Dokumen Anggaran",
]

DESIGN = " ".join(["Antrean puskesmas dipindah ke WhatsApp agar warga tidak menunggu."] * 40)

PROFILE = [
    [
        "DINKES",
        "Antrean WA Puskesmas",
        "Penerapan",
        "ASN",
        "dr. Sari",
        "Digital",
        "Inovasi pelayanan publik",
        "Kesehatan",
        "Sosial",
        "01/02/2025",
        "01/06/2025",
        DESIGN,
        "Antrean singkat",
        "Warga tidak menunggu lama",
        "Waktu tunggu 20 menit",
        "Rp1.250.000",
        "APBD",
    ],
    [
        "Dinas Pendidikan",
        "Sekolah Ramah Anak",
        "uji coba",
        "Perangkat Daerah",
        "Budi",
        "Non digital",
        "Inovasi daerah lainnya sesuai urusan pemerintahan",
        "pendidikan",
        "",
        "15/03/2025",
        "",
        "Sekolah ramah anak.",
        "Anak nyaman",
        "Prestasi naik",
        "",
        "",
        "",
    ],
]
INDICATORS = [
    ["DINKES", "Antrean WA Puskesmas", "16", 3, "https://jdih.contoh.go.id/perbup-12", "diterima"],
    ["DINKES", "Antrean WA Puskesmas", "17", 2, "sk-tim.pdf", "menunggu"],
    ["DINKES", "Antrean WA Puskesmas", "18", "", "", "menunggu"],  # an empty form row
    ["DISDIK", "sekolah ramah anak", "16", 1, "https://jdih.contoh.go.id/sk-7", "Diterima"],
]
REGION = [
    ["1", 3, "https://contoh.go.id/rpjmd.pdf", "diterima"],
    ["2A", 2, "apbd-2025.pdf; https://contoh.go.id/apbd", "menunggu"],
]


def write_workbook(
    path: Path,
    profile=PROFILE,
    indicators=INDICATORS,
    region=REGION,
    headers=(PROFILE_HEADERS, INDICATOR_HEADERS, REGION_HEADERS),
    sheet_names=("Profil Inovasi", "Indikator", "Indikator Pemda"),
) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, head, rows in zip(sheet_names, headers, (profile, indicators, region), strict=True):
        sheet = workbook.create_sheet(name)
        sheet.append(list(head))
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def add_opds(service) -> None:
    for name, abbreviation in (
        ("Dinas Kesehatan", "DINKES"),
        ("Dinas Pendidikan", "DISDIK"),
        ("Dinas Sosial", "DINSOS"),
    ):
        service.add_opd(name, abbreviation)
