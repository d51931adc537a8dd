"""The profile's lists as the portal and offices write them: 38 urusan, aliases and spelling
variants matched by one function, an unknown value answered with the closest entries."""

from __future__ import annotations

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.innovations import check_field
from labinovasi.domain.lists import choices, closest_choices, find_choice


def test_the_national_form_lists_38_urusan_numbered_as_the_portal_and_six_yandas():
    urusan = choices("urusan")
    assert len(urusan) == 38
    assert [c.portal_no for c in urusan] == list(range(1, 39))
    assert [c.key for c in urusan if c.yandas] == ["1.01", "1.02", "1.03", "1.04", "1.05", "1.06"]
    assert {c.label for c in urusan[32:]} >= {"Perencanaan", "Keuangan", "Kepegawaian"}


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat", "1.05"),
        ("KETENTERAMAN, KETERTIBAN UMUM, DAN PELINDUNGAN MASYARAKAT", "1.05"),
        ("Kependudukan dan Pencatatan Sipil", "2.12"),
        ("Perumahan Rakyat dan Kawasan Pemukiman", "1.04"),
        ("Pemberdayaan Perempuan dan Perlindungan Anak", "2.08"),
        ("  keuangan ", "5.02"),
        ("Penelitian dan Pengembangan", "5.05"),
        ("Fungsi lain sesuai ketentuan peraturan perundang-undangan", "fungsi-lain"),
        ("Pendidikan", "1.01"),
        ("Pendidikan dan Pelatihan", "5.04"),
    ],
)
def test_urusan_in_the_portals_and_offices_words(value, key):
    assert find_choice("urusan", value).key == key


def test_the_portals_inisiator_and_other_labels():
    assert find_choice("inisiator", "OPD").key == "perangkat-daerah"
    assert find_choice("jenis", "Non-digital").key == "non-digital"
    assert find_choice("tahapan", "Ujicoba").key == "uji-coba"
    assert find_choice("urusan", "Kesehatan Hewan") is None


def test_an_unknown_value_is_named_with_the_closest_entries():
    assert [c.key for c in closest_choices("urusan", "Perikanan dan Kelautan")][0] == "3.25"
    assert [c.key for c in closest_choices("urusan", "Kesehtan")][0] == "1.02"
    with pytest.raises(BadInput) as refused:
        check_field("main_affair", "Kesehtan")
    assert "Kesehtan" in refused.value.message and "mungkin maksudnya" in refused.value.message
    assert "Kesehatan" in refused.value.message
