"""Papers in pure Python: number words, dates in words, NIP groups, number patterns."""

from __future__ import annotations

from datetime import date

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.papers import (
    check_number_pattern,
    clean_nip,
    date_in_words,
    format_document_number,
    format_nip,
    head_of_region,
    long_date,
    opening_sentence,
    terbilang,
)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (26, "dua puluh enam"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (2026, "dua ribu dua puluh enam"),
        (11000, "sebelas ribu"),
        (100000, "seratus ribu"),
        (1_250_000, "satu juta dua ratus lima puluh ribu"),
        (2_000_000_000, "dua miliar"),
        (-5, "minus lima"),
    ],
)
def test_terbilang(number, words):
    assert terbilang(number) == words


def test_the_day_and_date_in_words_open_a_berita_acara():
    day = date(2026, 11, 26)
    assert opening_sentence(day) == (
        "Pada hari ini Kamis tanggal dua puluh enam bulan November tahun dua ribu dua puluh enam"
    )
    assert date_in_words(date(2027, 1, 1)).startswith("hari Jumat tanggal satu bulan Januari")
    assert long_date(day) == "Kamis, 26 November 2026"


def test_nip_is_printed_in_its_groups_and_checked():
    assert format_nip("198001012005011001") == "19800101 200501 1 001"
    assert clean_nip(" 19800101 200501 1 001 ") == "198001012005011001"
    assert clean_nip("19800101.200501.1.001") == "198001012005011001"
    assert clean_nip("") == ""
    for bad in ("1980010120050110", "19800101200501100A", "198013012005011001"):
        with pytest.raises(BadInput):
            clean_nip(bad)
    assert format_nip("12345") == "12345"  # not a NIP: printed as stored


def test_number_patterns():
    day = date(2026, 11, 26)
    assert (
        format_document_number("000.9/{seq}/Bapperida/{year}", 7, day) == "000.9/7/Bapperida/2026"
    )
    assert (
        format_document_number(
            "{seq}/{code}/{agency}/{roman}/{year}", 3, day, "berita-acara-top", "Balitbangda"
        )
        == "3/BA-T/Balitbangda/XI/2026"
    )
    for bad in ("000.9/Bapperida/{year}", "{seq}/{tahun}"):
        with pytest.raises(BadInput):
            check_number_pattern(bad)


def test_head_of_region():
    assert head_of_region("Kabupaten Tanah Harapan") == "Bupati"
    assert head_of_region("Kota Contoh") == "Wali Kota"
    assert head_of_region("Provinsi Contoh") == "Gubernur"


def test_a_paper_is_signed_in_the_kops_city():
    from labinovasi.domain.papers import signing_place

    assert signing_place("Tanjung Harapan", "Aula Hotel, Tanjung Selor", "Kab") == "Tanjung Harapan"
    assert signing_place("", "Aula Hotel, Tanjung Selor", "Kabupaten X") == "Tanjung Selor"
    assert signing_place(" ", "", "Kabupaten X") == "Kabupaten X"
