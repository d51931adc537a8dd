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


def unsigned_zero(text: str) -> str:
    """Babel writes "-0" and "-0,00" for a small negative rounded to zero; people read 0."""
    return text[1:] if text.startswith("-") and not text.strip("-0,.") else text


@pytest.mark.parametrize("language", ["id", "en"])
def test_numbers_as_babel_writes_them(language):
    """formatting.py writes numbers itself (Babel's locale data costs memory at start-up):
    the same text as Babel's for the same patterns, in both languages."""
    from babel.numbers import format_decimal
    from babel.numbers import format_percent as babel_percent
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from labinovasi.formatting import format_number, format_score

    @settings(max_examples=300, deadline=None)
    @given(
        st.integers(min_value=-(10**12), max_value=10**12),
        st.integers(min_value=0, max_value=5000),
        st.integers(min_value=1, max_value=5000),
        st.decimals(min_value=-(10**6), max_value=10**6, places=4),
        st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False),
    )
    def check(whole, part, total, decimal, real):
        assert format_number(whole) == format_decimal(whole, locale=language)
        assert format_number(real) == unsigned_zero(format_decimal(real, locale=language))
        expected = babel_percent(part / total, "#,##0.0%", locale=language)
        assert format_percent(part, total) == expected.replace(",0%", "%").replace(".0%", "%")
        for places in (0, 1, 2):
            pattern = "#,##0." + "0" * places if places else "#,##0"
            for value in (decimal, real):
                assert format_score(value, places) == unsigned_zero(
                    format_decimal(value, pattern, locale=language, decimal_quantization=True)
                )

    before = current_language()
    set_language(language)
    try:
        check()
    finally:
        set_language(before)


def test_the_budget_limit_is_written_as_rupiah_are():
    from labinovasi.domain.limits import MAX_BUDGET, MAX_BUDGET_TEXT
    from labinovasi.formatting import format_rupiah

    assert format_rupiah(MAX_BUDGET) == MAX_BUDGET_TEXT
