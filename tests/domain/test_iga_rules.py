"""The shipped IGA rule files and their loader."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.iga import (
    ASPECT_SID,
    ASPECT_SPD,
    available_years,
    load_rules,
    normalize_no,
    rules_for_year,
)


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026, 2027])
def test_shipped_rule_file_has_the_national_structure(year):
    rules = rules_for_year(year)
    assert rules.year == year
    spd_numbers = [item.no for item in rules.spd_indicators]
    sid_numbers = [item.no for item in rules.sid_indicators]
    # 1–15 with some split into a/b: 20 rows; 16–35 per innovation
    assert {no.rstrip("ab") for no in spd_numbers} == {str(n) for n in range(1, 16)}
    assert len(spd_numbers) == 20
    assert sid_numbers == [str(n) for n in range(16, 36)]
    # 2025's table gives indicator 25 (weight 1) two parameters: its SID maximum is 110
    two = {item.no for item in rules.indicators if len(item.parameters) == 2}
    assert two == ({"25"} if year == 2025 else set())
    assert rules.max_spd == 63 and rules.max_sid == 111 - len(two)
    # the maximum the documents name: 63 + 111 + 0,38 × 200 = 250
    assert rules.max_total == 250
    assert (
        rules.max_spd + rules.max_sid + len(two) + rules.per_innovation * rules.max_innovations
        == rules.max_total
    )
    assert all(item.evidence and item.file_types for item in rules.indicators)
    mandatory_sid = {item.no for item in rules.sid_indicators if item.mandatory}
    assert mandatory_sid == {"16", "17", "32", "33", "35"}
    assert len(rules.yandas_affairs) == 6


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026, 2027])
def test_every_value_names_its_source(year):
    rules = rules_for_year(year)
    raw = rules.raw
    sources = raw["sources"]
    for key in (
        "max_total",
        "divisor_min",
        "count_score",
        "yandas.min_covered",
        "predikat",
        "eligibility",
        "indicators",
    ):
        assert raw["provenance"][key]["source"] in sources, key
    assert all(item.source in sources for item in rules.indicators)


def test_years_differ_where_the_sources_say_so():
    old, new = rules_for_year(2023), rules_for_year(2026)
    assert old.divisor_min == 10
    assert old.predikat_for(Decimal("60.01")) == "Sangat Inovatif"
    assert new.predikat_for(Decimal("60.01")) == "Inovatif"
    assert 2023 in available_years() and 2026 in available_years()
    assert rules_for_year().year == 2026  # the latest official year; 2027 is a prognosis


def test_unknown_year_is_bad_input():
    with pytest.raises(BadInput, match="2019"):
        rules_for_year(2019)


def test_indicator_lookup_accepts_spreadsheet_forms():
    rules = rules_for_year(2026)
    assert rules.indicator(" 2A ").no == "2a"
    assert rules.indicator("16.0").aspect == ASPECT_SID
    assert rules.indicator(1).aspect == ASPECT_SPD
    assert rules.indicator("99") is None
    assert normalize_no(16) == "16"


def test_yandas_match_is_case_insensitive():
    rules = rules_for_year(2026)
    assert rules.is_yandas("  kesehatan ") == "Kesehatan"
    assert rules.is_yandas("Pariwisata") is None


def test_broken_rule_file_names_every_problem(tmp_path):
    data = json.loads(Path(rules_for_year(2026).path).read_text(encoding="utf-8"))
    data["divisor_min"] = "sepuluh"
    data["indicators"][0]["parameters"] = ["satu"]  # two or three are allowed, one is not
    data["indicators"][1]["aspect"] = "XYZ"
    data["predikat"] = [{"name": "Inovatif", "min": 40}]
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        load_rules(path)
    details = "\n".join(caught.value.details)
    assert "divisor_min" in details
    assert "indikator 1: 'parameters'" in details
    assert "indikator 2a: 'aspect'" in details
    assert "min' 0" in details


def test_not_json_and_missing_file_are_bad_input(tmp_path):
    path = tmp_path / "bukan.json"
    path.write_text("{ ini bukan json", encoding="utf-8")
    with pytest.raises(BadInput, match="baris 1"):
        load_rules(path)
    with pytest.raises(BadInput, match="tidak dapat dibaca"):
        load_rules(tmp_path / "tidak-ada.json")


def test_evidence_size_limit_per_indicator_with_defaults(tmp_path):
    rules = rules_for_year(2026)
    megabyte = 1024 * 1024
    assert rules.evidence_max_mb == 50
    assert rules.evidence_max_bytes("27") == 10 * megabyte  # a screenshot: its own max_mb
    assert rules.evidence_max_bytes("35") == 50 * megabyte  # the video: beyond it, a link
    assert rules.evidence_max_bytes("16") == 50 * megabyte  # no max_mb: the file's default
    assert rules.raw["provenance"]["evidence_max_mb"]["source"] in rules.raw["sources"]
    # No key anywhere (an older or a hand-made file): what the workshop can carry.
    small = load_rules(Path(__file__).parents[1] / "data" / "iga" / "aturan-kecil.json")
    assert small.evidence_max_mb is None and small.evidence_max_bytes("16") == 50 * megabyte
    data = json.loads(Path(rules.path).read_text(encoding="utf-8"))
    data["evidence_max_mb"] = 2
    data["indicators"][21]["max_mb"] = 0.5  # indicator 17
    path = tmp_path / "kecil.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    changed = load_rules(path)
    assert changed.evidence_max_bytes("17") == megabyte // 2
    assert changed.evidence_max_bytes("16") == 2 * megabyte


def test_bad_size_limits_are_named(tmp_path):
    data = json.loads(Path(rules_for_year(2026).path).read_text(encoding="utf-8"))
    data["evidence_max_mb"] = "lima puluh"
    data["indicators"][21]["max_mb"] = 0  # indicator 17
    data["indicators"][22]["max_mb"] = 500  # indicator 18: more than a workshop carries
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        load_rules(path)
    details = "\n".join(caught.value.details)
    assert "aturan: 'evidence_max_mb' harus angka megabita lebih dari 0" in details
    assert "indikator 17: 'max_mb' harus angka megabita lebih dari 0" in details
    assert "indikator 18: 'max_mb' 500 MB melebihi batas" in details and "(50 MB)" in details


def test_each_shipped_year_gives_its_own_predikat_and_the_prognosis_is_marked():
    from labinovasi.domain.iga import assemble, official_years, rules_for_year

    def predikat(year, total):
        return assemble(rules_for_year(year), Decimal(total), Decimal(0), 0, ()).predikat

    # index 62 (155 of 250): sangat inovatif while the floor was 60,01, inovatif from 2025
    assert [predikat(y, 155) for y in (2024, 2025, 2026)] == [
        "Sangat Inovatif",
        "Inovatif",
        "Inovatif",
    ]
    # index 38: inovatif in 2024 (from 35,00), kurang inovatif from 2025 (40,01)
    assert [predikat(y, 95) for y in (2024, 2025, 2026)] == [
        "Inovatif",
        "Kurang Inovatif",
        "Kurang Inovatif",
    ]
    prognosis = rules_for_year(2027)
    assert not prognosis.official and "pembagi 14" in prognosis.status
    assert (prognosis.divisor_min, prognosis.min_covered) == (14, 6)
    assert 2027 not in official_years() and rules_for_year().year == 2026


def test_a_rule_file_says_how_the_threshold_is_rounded_and_near_it_is_marked():
    from labinovasi.domain.iga import assemble, rules_for_year

    rules = rules_for_year(2026)
    assert rules.raw["rounding"]["mode"] == "half-up" and rules.raw["rounding"]["note"]
    exact = assemble(rules, Decimal("162.5125"), Decimal(0), 0, ())  # 65,005 exactly
    assert exact.index == Decimal("65.01") and exact.predikat == "Sangat Inovatif"
    assert exact.at_threshold == "Sangat Inovatif"
    assert assemble(rules, Decimal(155), Decimal(0), 0, ()).at_threshold is None


def test_t0_indicators_take_documents_dated_in_the_assessment_year():
    from labinovasi.domain.evidence import date_problem
    from labinovasi.domain.iga import rules_for_year

    rules = rules_for_year(2026)
    march = date(2026, 3, 15)
    assert date_problem(march, rules.evidence_window("16")) is None  # SK of the year of penerapan
    assert date_problem(march, rules.evidence_window("19")) is not None
    assert date_problem(date(2027, 1, 2), rules.evidence_window("16")) is not None


def test_the_portal_takes_pictures_for_its_picture_indicators():
    from labinovasi.domain.iga import rules_for_year

    for year in (2024, 2025, 2026, 2027):
        rules = rules_for_year(year)
        for no in ("22", "25", "26", "29", "30", "33", "34"):
            assert {"jpg", "png"} <= set(rules.indicator(no).file_types), (year, no)
        assert rules.portal_max_mb == 2


def test_hand_checks_follow_each_indicators_evidence():
    from labinovasi.domain.evidence import IndicatorAnswer, answer_problems
    from labinovasi.domain.iga import rules_for_year

    rules = rules_for_year(2026)
    assert rules.indicator("18").hand_checks == ("check_name", "check_highlighted")  # APBD page
    assert "check_signed" in rules.indicator("16").hand_checks  # an SK is signed
    assert rules.indicator("19").hand_checks == ()  # a photo of the tools: nothing to tick
    answer = IndicatorAnswer(id="a", indicator="19", year=2026, parameter=2, evidence_ids=["e"])
    problems = answer_problems(answer, [], hand_checks=rules.indicator("19").hand_checks)
    assert not [p for p in problems if "belum dicentang" in p]
    problems = answer_problems(answer, [], hand_checks=rules.indicator("18").hand_checks)
    assert sorted(p for p in problems if "belum dicentang" in p) == [
        "belum dicentang: memuat nama inovasi",
        "belum dicentang: sudah distabilo",
    ]


@pytest.mark.parametrize(
    ("no", "t1", "t2", "parameter"),
    [
        ("7", "100", "140", 3),  # PAD grew 40% (from 33,85%: 3)
        ("7", "100", "110", 2),
        ("7", "100", "90", 1),  # -10%
        ("5a", "5.20", "4.70", 3),  # unemployment fell 0,50 points
        ("5a", "5.20", "5.30", 1),  # it rose
        ("5b", None, "6.10", 1),  # T-1 value only: high unemployment
        ("5b", None, "2.00", 3),
        ("11a", "70.10", "70.80", 2),  # IPM up 0,70
    ],
)
def test_spd_parameters_follow_from_two_years_figures(no, t1, t2, parameter):
    from labinovasi.domain.iga import rules_for_year

    derive = rules_for_year(2026).indicator(no).derive
    first = Decimal(t1) if t1 is not None else None
    assert derive.parameter(first, Decimal(t2)) == parameter


def test_kemanfaatan_is_measured_on_a_chosen_basis():
    from labinovasi.domain.iga import rules_for_year

    indicator = rules_for_year(2026).indicator("33")
    assert len(indicator.bases) == 6
    assert indicator.parameters_for("orang")[2] == "Penerima manfaat 501 orang atau lebih"
    assert indicator.parameters_for("efisiensi-belanja")[0].startswith("Tingkat 1")
    assert indicator.parameters_for("") == indicator.parameters


def test_an_index_of_nothing_is_not_at_a_threshold():
    from labinovasi.domain.iga import assemble, rules_for_year

    assert assemble(rules_for_year(2026), Decimal(0), Decimal(0), 0, ()).at_threshold is None
