"""The index estimate, the what-if sums and the "siap IGA" checklist, against values computed by
hand on a small rule file (tests/data/iga/aturan-kecil.json: max 100, divisor floor 4, 2,25 per
innovation up to 5, 2 of 3 yandas affairs) and on the shipped 2026 file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from labinovasi.domain.iga import (
    ACTION_AFFAIR,
    ACTION_RAISE,
    ACTION_VERIFY,
    BASIS_CLAIMED,
    BASIS_VERIFIED,
    Answer,
    IgaInnovation,
    cheapest_gains,
    estimate,
    innovations_needed,
    load_rules,
    readiness,
    rules_for_year,
)

SMALL = Path(__file__).parents[1] / "data" / "iga" / "aturan-kecil.json"


@pytest.fixture
def rules():
    return load_rules(SMALL)


def accepted(no, parameter=3):
    return Answer(no, parameter, 1, "diterima")


def waiting(no, parameter):
    return Answer(no, parameter, 1, "menunggu")


def innovation(ident, affair, answers=(), **fields):
    return IgaInnovation(
        ident,
        f"Inovasi {ident}",
        fields.pop("opd", "DINKES"),
        affair,
        answers=tuple(answers),
        **fields,
    )


REGION = (accepted("1"), waiting("2a", 2))  # klaim 6 + 3 = 9; terverifikasi 6


def two_innovations(second_affair="Kesehatan"):
    answers = (accepted("16"), waiting("17", 2))  # klaim 9 + 4 = 13; terverifikasi 9
    return [innovation("X", "Pendidikan", answers), innovation("Y", second_affair, answers)]


def test_divisor_floor_klaim_and_terverifikasi(rules):
    result = estimate(rules, two_innovations(), REGION)
    claimed, verified = result.claimed, result.verified
    # klaim: 9 + 26 / max(4, 2) + 2,25 × 2 = 9 + 6,5 + 4,5 = 20
    assert (claimed.spd, claimed.sid_total, claimed.divisor) == (9, 26, 4)
    assert claimed.sid_average == Decimal("6.5") and claimed.count_score == Decimal("4.5")
    assert claimed.total == 20 and claimed.index == Decimal("20.00")
    assert claimed.predikat == "Kurang Inovatif"
    # terverifikasi: 6 + 18 / 4 + 4,5 = 15
    assert (verified.spd, verified.sid_total, verified.total) == (6, 18, 15)
    assert verified.index == Decimal("15.00")
    assert result.to_json() == {
        "year": 2026,
        "innovations": 2,
        "claimed": {
            "spd": 9.0,
            "sid_total": 26.0,
            "divisor": 4,
            "sid_average": 6.5,
            "yandas_covered": ["Pendidikan", "Kesehatan"],
            "count_score": 4.5,
            "total": 20.0,
            "index": 20.0,
            "predikat": "Kurang Inovatif",
            "at_threshold": None,
        },
        "verified": {
            "spd": 6.0,
            "sid_total": 18.0,
            "divisor": 4,
            "sid_average": 4.5,
            "yandas_covered": ["Pendidikan", "Kesehatan"],
            "count_score": 4.5,
            "total": 15.0,
            "index": 15.0,
            "predikat": "Kurang Inovatif",
            "at_threshold": None,
        },
        "rules_file": "aturan-kecil.json",
        "official": True,
        "reported": 2,
        "left_out": [],
        "year_reason": "",
    }


def test_past_the_floor_the_divisor_is_the_count(rules):
    items = two_innovations() + [innovation(str(n), "Sosial") for n in range(3)]
    claimed = estimate(rules, items, REGION).claimed
    # 5 innovations: 9 + 26 / 5 + 2,25 × 5 = 9 + 5,2 + 11,25 = 25,45
    assert claimed.divisor == 5 and claimed.total == Decimal("25.45")


def test_count_score_is_capped(rules):
    items = two_innovations() + [innovation(str(n), "Sosial") for n in range(5)]
    claimed = estimate(rules, items, REGION).claimed
    # 7 innovations, cap 5: 9 + 26 / 7 + 2,25 × 5 = 23,964… → 23,96
    assert claimed.divisor == 7 and claimed.count_score == Decimal("11.25")
    assert claimed.index == Decimal("23.96")


def test_the_200_cap_of_the_2026_rules():
    rules = rules_for_year(2026)
    affairs = list(rules.yandas_affairs)
    items = [innovation(str(n), affairs[n % 6]) for n in range(250)]
    result = estimate(rules, items).claimed
    # 0,38 × min(250, 200) = 76 of 250 → 30,40
    assert result.count_score == 76 and result.divisor == 250
    assert result.index == Decimal("30.40") and result.predikat == "Kurang Inovatif"


def test_yandas_cliff(rules):
    result = estimate(rules, two_innovations("Pariwisata"), REGION).claimed
    # one of three affairs covered, two needed: the count score drops to 0 → 9 + 6,5 = 15,5
    assert result.yandas_covered == ("Pendidikan",)
    assert result.count_score == 0 and result.index == Decimal("15.50")
    # matched case- and space-insensitively
    again = estimate(rules, two_innovations("  KESEHATAN "), REGION).claimed
    assert again.yandas_covered == ("Pendidikan", "Kesehatan") and again.total == 20


def test_not_reported_innovations_are_outside_the_portfolio(rules):
    hidden = innovation(
        "Z", "Sosial", [accepted("16"), accepted("17"), accepted("18")], reported=False
    )
    result = estimate(rules, [*two_innovations(), hidden], REGION)
    assert result.innovations == 2 and result.claimed.total == 20


def test_no_parameter_or_no_evidence_scores_nothing(rules):
    answers = (
        Answer("16", None, 3, "diterima"),
        Answer("17", 3, 0, "diterima"),
        Answer("18", 3, 1, "ditolak"),
        Answer("1", 3, 1, "diterima"),
    )  # 1 is SPD
    result = estimate(rules, [innovation("X", "Pendidikan", answers)])
    assert result.claimed.sid_total == 3  # only 18 counts, as klaim
    assert result.verified.sid_total == 0


def portfolio_at_6501(last_status="diterima"):
    region = (accepted("1"), accepted("2a"), accepted("3"))  # 6 + 4,5 + 27,51 = 38,01
    items = []
    for n, affair in enumerate(["Pendidikan", "Kesehatan", "Sosial", "Sosial"]):
        status = last_status if n == 3 else "diterima"
        answers = (accepted("16"), accepted("17"), Answer("18", 3, 1, status))  # 18 each
        items.append(innovation(str(n), affair, answers))
    return items, region


def test_predikat_boundary_exactly_6501(rules):
    items, region = portfolio_at_6501()
    result = estimate(rules, items, region)
    # 38,01 + 72 / 4 + 2,25 × 4 = 38,01 + 18 + 9 = 65,01
    assert result.verified.index == Decimal("65.01")
    assert result.verified.predikat == "Sangat Inovatif"
    # one answer sent back for revision: terverifikasi 38,01 + 69 / 4 + 9 = 64,26
    items, region = portfolio_at_6501("perlu revisi")
    result = estimate(rules, items, region)
    assert result.claimed.predikat == "Sangat Inovatif"
    assert result.verified.index == Decimal("64.26") and result.verified.predikat == "Inovatif"


@pytest.mark.parametrize(
    ("index", "name"),
    [
        ("65.01", "Sangat Inovatif"),
        ("65.00", "Inovatif"),
        ("40.01", "Inovatif"),
        ("40.00", "Kurang Inovatif"),
        ("0.01", "Kurang Inovatif"),
        ("0", "Tidak Dapat Dinilai"),
    ],
)
def test_predikat_boundaries_2026(index, name):
    assert rules_for_year(2026).predikat_for(Decimal(index)) == name


def test_predikat_boundaries_2023():
    rules = rules_for_year(2023)
    assert rules.predikat_for(Decimal("60.01")) == "Sangat Inovatif"
    assert rules.predikat_for(Decimal("60.00")) == "Inovatif"
    assert rules.predikat_for(Decimal("35.00")) == "Inovatif"
    assert rules.predikat_for(Decimal("34.99")) == "Kurang Inovatif"


def test_how_many_more_innovations(rules):
    result = innovations_needed(rules, two_innovations(), REGION, 20, 10, BASIS_VERIFIED)
    # now 15; one more scoring 10: 6 + 28 / 4 + 6,75 = 19,75; two more: 6 + 38 / 4 + 9 = 24,5
    assert result.current.index == 15
    assert result.needed == 2 and result.reached.index == Decimal("24.50")
    assert result.one_more_delta == Decimal("4.75") and not result.lowers
    assert innovations_needed(rules, two_innovations(), REGION, 15, 10).needed == 0
    assert innovations_needed(rules, two_innovations(), REGION, 99, 10).needed is None


def test_adding_a_weak_innovation_can_lower_the_index(rules):
    strong = (accepted("16"), accepted("17"), accepted("18"))
    items = [innovation(str(n), "Sosial" if n else "Pendidikan", strong) for n in range(6)]
    result = innovations_needed(rules, items, (), 99, 0, BASIS_VERIFIED)
    # 108 / 6 = 18 → 108 / 7 = 15,43 and the count score is already capped
    assert result.lowers and result.one_more_delta < 0


def test_new_innovation_in_a_missing_affair_restores_the_count_score(rules):
    result = innovations_needed(
        rules, two_innovations("Pariwisata"), REGION, 17, 0, BASIS_VERIFIED, new_affair="sosial"
    )
    # 6 + 18 / 4 + 0 = 10,5 → with a Sosial innovation: 6 + 18 / 4 + 2,25 × 3 = 17,25
    assert result.needed == 1 and result.reached.index == Decimal("17.25")


def test_cheapest_gains_rank_by_work_then_points(rules):
    gains = cheapest_gains(rules, two_innovations(), REGION, limit=None)
    rows = [
        (g.opd, g.innovation_id, g.indicator, g.action, g.claimed_points, g.verified_points)
        for g in gains
    ]
    # the least work first (verification, then raising a parameter), most points first
    assert rows == [
        ("", None, "2a", ACTION_VERIFY, 0, Decimal(3)),
        ("DINKES", "X", "17", ACTION_VERIFY, 0, Decimal(1)),
        ("DINKES", "Y", "17", ACTION_VERIFY, 0, Decimal(1)),
        ("", None, "3", ACTION_RAISE, Decimal("9.17"), Decimal("9.17")),
        ("DINKES", "X", "18", ACTION_RAISE, Decimal("0.25"), Decimal("0.25")),
        ("DINKES", "Y", "18", ACTION_RAISE, Decimal("0.25"), Decimal("0.25")),
    ]
    assert len(cheapest_gains(rules, two_innovations(), REGION, limit=2)) == 2


def test_cheapest_gains_name_the_missing_yandas_affair(rules):
    gains = cheapest_gains(rules, two_innovations("Pariwisata"), REGION, limit=None)
    affair_rows = {g.indicator_name: g.verified_points for g in gains if g.action == ACTION_AFFAIR}
    # 10,5 → 6 + 18 / 4 + 6,75 = 17,25
    assert affair_rows == {"Kesehatan": Decimal("6.75"), "Sosial": Decimal("6.75")}


def test_gains_after_estimate_match_the_estimate(rules):
    """Doing the top step really raises the index by what the list said."""
    items = two_innovations()
    before = estimate(rules, items, REGION)
    top = next(g for g in cheapest_gains(rules, items, REGION) if g.innovation_id == "X")
    assert (top.indicator, top.action) == ("17", ACTION_VERIFY)
    changed = [innovation("X", "Pendidikan", (accepted("16"), accepted("17", 2))), items[1]]
    after = estimate(rules, changed, REGION)
    for basis, points in (
        (BASIS_CLAIMED, top.claimed_points),
        (BASIS_VERIFIED, top.verified_points),
    ):
        assert after.basis(basis).total - before.basis(basis).total == points


def test_checklist(rules):
    text = " ".join(["kata"] * 299)
    ready = innovation(
        "A",
        "Pendidikan",
        [accepted("16"), accepted("17")],
        opd="DISDIK",
        stage="penerapan",
        trial_date=date(2028, 2, 1),
        launch_date=date(2028, 6, 1),
        design_text=text + " cukup",
    )
    weak = innovation(
        "B",
        "Pariwisata",
        [Answer("16", 2, 0), waiting("17", 1)],
        opd="DISPAR",
        stage="penerapan",
        launch_date=date(2029, 12, 31),
        design_text=text,
        profile_missing=("Tujuan", "Manfaat"),
    )
    result = readiness(
        rules,
        [ready, weak],
        (accepted("1"),),
        [
            ("DISDIK", "Dinas Pendidikan"),
            ("DISPAR", "Dinas Pariwisata"),
            ("DINSOS", "Dinas Sosial"),
        ],
    )
    first, second = result.innovations
    assert first.ready, first.checks
    messages = {check.key: check.message for check in second.checks if not check.ok}
    assert messages["profile"] == "Profil belum lengkap: Tujuan, Manfaat"
    assert messages["design_text"] == "Rancang bangun: 299 dari 300 kata"
    assert "31 Desember 2029 di luar rentang penilaian" in messages["dates"]
    assert (
        messages["indicator:16"] == "Indikator 16. Regulasi inovasi daerah: skor 0, belum ada bukti"
    )
    assert "1 menunggu" in messages["verification"]
    region = {check.key: check for check in result.region}
    assert region["indicator:1"].ok and region["verification"].ok
    # B is dated after the window: not counted (the divisor, the count score, the OPDs).
    # One of three affairs; 2 needed: 2,25 × 1 = 2,25 of 100 lost
    assert not region["yandas"].ok
    assert region["yandas"].message == (
        "Urusan wajib pelayanan dasar 1 dari 3 (minimal 2): skor jumlah inovasi 0, kehilangan "
        "2,25 poin indeks; belum ada: Kesehatan, Sosial"
    )
    assert result.empty_seats == 3 and not region["seats"].ok
    assert region["opd"].message == "1 dari 3 perangkat daerah memiliki inovasi"
    assert result.opd_without == ("DISPAR", "DINSOS")
    assert result.to_json()["innovations"][1]["ready"] is False
    assert [i["eligible"] for i in result.to_json()["innovations"]] == [True, False]


def test_an_innovation_eligible_only_by_its_waktu_pengembangan_counts(rules):
    """Window 2025–2028 (the small rule file asks waktu pengembangan): A launched in 2026
    counts; B launched in 2021 counts only once its latest development (2026) is entered."""
    from labinovasi.domain.iga import eligibility

    inside = innovation(
        "A", "Pendidikan", [accepted("16")], stage="penerapan", launch_date=date(2026, 3, 1)
    )
    old = innovation(
        "B", "Kesehatan", [accepted("16")], stage="penerapan", launch_date=date(2021, 5, 1)
    )
    developed = innovation(
        "B",
        "Kesehatan",
        [accepted("16")],
        stage="penerapan",
        launch_date=date(2021, 5, 1),
        development_date=date(2026, 8, 17),
    )
    without = estimate(rules, [inside, old], REGION)
    assert (without.innovations, without.reported) == (1, 2)
    # B out: SID 9 / 4, the count score 0 (one yandas affair of the two needed)
    assert without.verified.sid_total == 9 and without.verified.count_score == 0
    assert [(item.id, item.key) for item in without.left_out] == [("B", "before_window")]
    assert without.left_out[0].reason == (
        "Waktu penerapan 1 Mei 2021 di luar rentang penilaian 1 Januari 2025–31 Desember 2028 "
        "(sebelumnya) dan waktu pengembangan belum diisi"
    )
    assert without.to_json()["left_out"][0]["id"] == "B"

    counted = estimate(rules, [inside, developed], REGION)
    assert (counted.innovations, counted.left_out) == (2, ())
    assert counted.verified.sid_total == 18 and counted.verified.count_score == Decimal("4.5")
    assert eligibility(rules, developed).key == "development"
    assert readiness(rules, [developed]).innovations[0].eligible

    # a year whose rule file does not take the waktu pengembangan leaves B out still
    strict = replace(rules, development_counts=False)
    assert estimate(strict, [inside, developed], REGION).innovations == 1
    # a development date outside the window does not help
    later = replace(developed, development_date=date(2029, 1, 1))
    assert "juga di luarnya" in estimate(rules, [inside, later], REGION).left_out[0].reason


def test_an_innovation_dated_after_the_window_waits_for_a_later_year(rules):
    new = innovation("C", "Sosial", [accepted("16")], stage="uji coba", trial_date=date(2029, 2, 1))
    result = estimate(rules, [new], REGION)
    assert result.innovations == 0 and result.left_out[0].key == "after_window"
    assert "dinilai pada tahun berikutnya" in result.left_out[0].reason
    # an inisiatif (no date asked) counts; so does one whose date is not entered yet
    assert estimate(rules, [innovation("D", "Sosial", stage="inisiatif")], REGION).innovations == 1


def test_the_assessment_year_is_proposed_from_the_innovations_dates():
    from labinovasi.domain.iga import available_years, propose_year

    shipped = {year: rules_for_year(year) for year in available_years()}

    def launched(ident, day, **fields):
        return innovation(ident, "Sosial", stage="penerapan", launch_date=day, **fields)

    # 2026's window (2024–2025) takes all three; 2025's (2023–2024) and 2027's one each
    items = [
        launched("A", date(2024, 6, 1)),
        launched("B", date(2025, 3, 1)),
        launched("C", date(2024, 11, 5)),
        innovation("D", "Sosial", stage="inisiatif"),  # no date: does not decide
    ]
    proposal = propose_year(shipped, items, fallback=2023)
    assert proposal.year == 2026 and proposal.from_dates
    assert proposal.counts[2026] == 3 and proposal.counts[2025] == 2
    assert proposal.reason == (
        "3 dari 3 inovasi bertanggal masuk rentang penilaian 2026 (1 Januari 2024–31 Desember 2025)"
    )
    # a tie between 2026 and the 2027 prognosis: the official year
    assert propose_year(shipped, [launched("B", date(2025, 3, 1))], 2023).year == 2026
    # an old innovation counts by its waktu pengembangan (2024's file takes it, 2023's not)
    old = launched("E", date(2019, 1, 1), development_date=date(2022, 4, 1))
    assert propose_year(shipped, [old], 2026).year == 2024
    # in two official windows (2023: 2021–2022, 2024: 2022–2023): the later year
    assert propose_year(shipped, [launched("G", date(2022, 5, 1))], 2026).year == 2024
    # a lab of November 2026 whose trials start in 2027: no shipped year takes them yet
    late = [innovation("F", "Sosial", stage="uji coba", trial_date=date(2027, 1, 4))]
    proposal = propose_year(shipped, late, fallback=2026)
    assert (proposal.year, proposal.from_dates) == (2026, False)
    assert "dinilai paling cepat 2028" in proposal.reason
    assert propose_year(shipped, [items[3]], 2026).reason.startswith("belum ada inovasi")
