"""Shared fixtures: every test gets its own fresh workshop file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
REPO_SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.fixture
def samples_dir() -> Path:
    """../shared/samples: 12 OPD, 54 ideas, 8 meeting the minimum (CI has it beside the clone)."""
    if not SHARED_SAMPLES.exists():
        pytest.skip("../shared/samples is not beside this checkout")
    return SHARED_SAMPLES


@pytest.fixture
def workshop_path(tmp_path) -> Path:
    return tmp_path / "lokakarya.labinovasi"


@pytest.fixture
def service(workshop_path):
    from labinovasi.services import WorkshopService

    with WorkshopService.create(workshop_path, "Lab Inovasi 2026", region="Kabupaten Contoh") as s:
        yield s


@pytest.fixture
def sample_service(service, samples_dir):
    """The shared sample workshop: 12 OPD, 54 ideas."""
    service.import_opds(samples_dir / "opd.csv")
    service.import_ideas(samples_dir / "gagasan.csv")
    return service
