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
        from office_setup import set_up_office

        set_up_office(service)
        yield service
