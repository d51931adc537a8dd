"""Numbers and dates follow the current language: Indonesian by default, English on request."""

from __future__ import annotations

from datetime import date

import pytest

from labinovasi.formatting import (
    format_date_range,
    format_percent,
    format_rupiah,
    parse_rupiah,
)
from labinovasi.i18n import current_language, set_language


@pytest.fixture
def english():
    before = current_language()
    set_language("en")
    yield
    set_language(before)


def test_indonesian_by_default():
    assert current_language() == "id"
    assert format_percent(15, 47) == "31,9%"
    assert format_percent(2, 2) == "100%"
    assert format_rupiah(1250000) == "Rp1.250.000"
    assert parse_rupiah("Rp1.250.000") == 1250000


def test_english_numbers_in_english_form(english):
    assert format_percent(2, 15) == "13.3%"
    assert format_percent(1, 1) == "100%"
    assert format_rupiah(1250000) == "Rp1,250,000"
    assert parse_rupiah("Rp1,250,000") == 1250000


def test_date_range_written_once():
    assert format_date_range(date(2026, 11, 23), date(2026, 11, 26)) == "23–26 November 2026"
    assert (
        format_date_range(date(2026, 11, 30), date(2026, 12, 2)) == "30 November – 2 Desember 2026"
    )
    assert (
        format_date_range(date(2026, 12, 30), date(2027, 1, 2))
        == "30 Desember 2026 – 2 Januari 2027"
    )
    assert format_date_range(date(2026, 11, 23), None) == "23 November 2026"
