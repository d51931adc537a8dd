"""Fixtures for the printed sheets: the shipped sample workshop and its full print-out."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def rich_sample(tmp_path_factory):
    """The shipped sample workshop (Kabupaten Tanah Harapan): designs, diagnose, an override."""
    from labinovasi.services import WorkshopService
    from labinovasi.services.sample import build_sample_workshop

    path = build_sample_workshop(tmp_path_factory.mktemp("sample") / "contoh.labinovasi")
    with WorkshopService.open(path) as service:
        yield service


@pytest.fixture(scope="module")
def full_printout(rich_sample, tmp_path_factory) -> Path:
    from labinovasi.services.reporting import render_report

    return render_report(rich_sample, tmp_path_factory.mktemp("pdf") / "semua.pdf")


@pytest.fixture(scope="module")
def office_after_lab(tmp_path_factory):
    """The sample workshop with a full office set-up (kop, signatories, participants) and
    three earlier years' innovations imported beside the lab's one design (DINKES)."""
    from labinovasi.services import WorkshopService
    from labinovasi.services.sample import build_sample_workshop

    path = build_sample_workshop(tmp_path_factory.mktemp("office") / "kantor.labinovasi")
    with WorkshopService.open(path) as service:
        set_up_office(service)
        yield service


def set_up_office(service) -> None:
    from datetime import date

    from labinovasi.domain.innovations import IMPORTED_ORIGIN
    from labinovasi.services import papers
    from labinovasi.services.innovations import Innovations

    data = Path(__file__).resolve().parents[1] / "data" / "papers"
    papers.set_letterhead(
        service,
        logo=data / "logo.png",
        government="PEMERINTAH KABUPATEN TANAH HARAPAN",
        agency="BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
        address="Jalan Jenderal Sudirman Nomor 12, Tanjung Harapan",
        phone="(0552) 21234",
        email="bapperida@contoh.go.id",
        city="Tanjung Harapan",
        paper="F4",
    )
    papers.import_participants(service, data / "peserta.csv")
    papers.set_person(
        service, "kepala-bapperida", "Dr. Hadi Prasetyo", "197003151995031002", "Pembina (IV/a)"
    )
    papers.set_person(service, "sekda", "Drs. Bambang Sutrisno", "196805101990031005")
    papers.set_person(service, "kepala-daerah", "H. Ahmad Yani")
    papers.set_person(service, "fasilitator", "Rina Wulandari, S.Sos.", "198504122010012015")
    papers.set_person(
        service,
        "kepala-opd",
        "dr. Lina Kartika",
        "197512052003122004",
        "Pembina Tk. I (IV/b)",
        "Kepala Dinas Kesehatan",
        opd="DINKES",
    )
    dinkes = service.find_opd("DINKES")
    innovations = Innovations(service)
    for n, name in enumerate(("SI PINTAR 2024", "PUSKESMAS KELILING 2023", "E-RUJUK 2025")):
        innovations.add(
            dinkes.id,
            name,
            origin=IMPORTED_ORIGIN,
            stage="penerapan",
            kind="non-digital",
            form="pelayanan-publik",
            launch_date=date(2024, 3, 1 + n),
        )
