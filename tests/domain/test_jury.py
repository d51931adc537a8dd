"""The jury: weighted totals, the mean over jurors, ranking with the stated tie-break, Top-N."""

from __future__ import annotations

from decimal import Decimal

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.jury import (
    check_score,
    check_weights,
    criterion_key,
    default_rubric,
    format_weight,
    parse_rubric,
    rank,
    top,
)

RUBRIC = default_rubric()


def sheet(kebaharuan, kemanfaatan, kewenangan, replikasi, penguasaan):
    return {
        k: None if v is None else Decimal(v)
        for k, v in zip(
            ("kebaharuan", "kemanfaatan", "kewenangan", "replikasi", "penguasaan"),
            (kebaharuan, kemanfaatan, kewenangan, replikasi, penguasaan),
            strict=True,
        )
    }


def test_default_rubric_is_the_issues():
    weights = {c.name: c.weight for c in RUBRIC.criteria}
    assert weights == {
        "Kebaharuan": 30,
        "Kemanfaatan": 25,
        "Kewenangan dan kolaborasi": 15,
        "Replikasi dan aplikatif": 20,
        "Penguasaan materi": 10,
    }
    assert [c.key for c in RUBRIC.by_weight][:2] == ["kebaharuan", "kemanfaatan"]


def test_mean_over_jurors_and_ranking():
    ranking = rank(
        RUBRIC,
        {
            # juror totals 80 and 70 -> mean 75
            "A": [sheet(80, 80, 80, 80, 80), sheet(70, 70, 70, 70, 70)],
            "B": [sheet(90, 90, 90, 90, 90)],  # one complete sheet: 90
            "C": [sheet(60, 60, 60, 60, None)],  # incomplete: not ranked
        },
    )
    assert [(e.entrant_id, e.rank, e.mean) for e in ranking] == [
        ("B", 1, Decimal(90)),
        ("A", 2, Decimal(75)),
        ("C", None, None),
    ]
    assert ranking[1].sheets == 2 and ranking[1].display_mean() == "75,00"


def test_equal_mean_broken_by_heaviest_criterion_then_next():
    # Both total 75; A is better on kebaharuan (weight 30).
    a = sheet(85, 63, 75, 75, 75)
    b = sheet(75, 75, 75, 75, 75)
    a_total = 30 * 85 + 25 * 63 + 15 * 75 + 20 * 75 + 10 * 75
    assert a_total == 7500  # the same weighted total as b
    ranking = rank(RUBRIC, {"A": [a], "B": [b]})
    assert [e.entrant_id for e in ranking] == ["A", "B"]
    assert [e.rank for e in ranking] == [1, 2] and not any(e.tied for e in ranking)
    assert ranking[0].broken_by == "Kebaharuan"
    # Same kebaharuan, decided by kemanfaatan (25): 75 vs 80 with replikasi making up.
    c = sheet(75, 80, 75, 75 - Decimal("6.25"), 75)
    ranking = rank(RUBRIC, {"B": [b], "C": [c]})
    assert [e.entrant_id for e in ranking] == ["C", "B"]
    assert ranking[0].broken_by == "Kemanfaatan"


def test_full_tie_shares_the_rank_and_top_n_takes_both():
    same = sheet(70, 70, 70, 70, 70)
    ranking = rank(
        RUBRIC,
        {
            "A": [sheet(90, 90, 90, 90, 90)],
            "B": [sheet(80, 80, 80, 80, 80)],
            "C": [same],
            "D": [dict(same)],
            "E": [sheet(60, 60, 60, 60, 60)],
        },
    )
    assert [(e.entrant_id, e.rank, e.tied) for e in ranking] == [
        ("A", 1, False),
        ("B", 2, False),
        ("C", 3, True),
        ("D", 3, True),
        ("E", 5, False),
    ]
    assert [e.entrant_id for e in top(ranking, 3)] == ["A", "B", "C", "D"]
    assert [e.entrant_id for e in top(ranking, 1)] == ["A"]
    with pytest.raises(BadInput):
        top(ranking, 0)


def test_scores_and_rubric_checked():
    assert check_score(RUBRIC, "87,5") == Decimal("87.5") and check_score(RUBRIC, "") is None
    for bad in (101, -1, "x"):
        with pytest.raises(BadInput):
            check_score(RUBRIC, bad)
    with pytest.raises(BadInput):
        parse_rubric({"criteria": [{"key": "a", "name": "A", "weight": 60}]})


def test_weights_must_add_up_to_100_said_as_the_editor_shows_it():
    assert check_weights([30, 25, 15, 20, 10]) == ""
    assert check_weights([30, 25, 15, 20]) == "Jumlah bobot 90%, harus 100% (kurang 10)."
    assert check_weights([Decimal("62.5"), 50]) == "Jumlah bobot 112,5%, harus 100% (lebih 12,5)."
    assert format_weight(Decimal("30.00")) == "30" and format_weight(Decimal("12.5")) == "12,5"
    for weight in ("NaN", "Infinity", "0", "101", "x"):
        with pytest.raises(BadInput) as refused:
            parse_rubric({"criteria": [{"key": "a", "name": "A", "weight": weight}]})
        assert any("bobot A harus lebih dari 0" in d for d in refused.value.details)


def test_new_criterion_keys_are_plain_and_unique():
    assert criterion_key("Dampak Sosial!") == "dampak-sosial"
    assert criterion_key("Dampak sosial", ["dampak-sosial"]) == "dampak-sosial-2"
    assert criterion_key("???") == "kriteria"


def test_fix_concerns_name_too_few_innovations_jurors_and_unscored():
    from labinovasi.domain.jury import MIN_JURORS, RankedEntrant, fix_concerns

    assert MIN_JURORS == 2
    one = RankedEntrant("a", Decimal(80), sheets=1, rank=1)
    two = RankedEntrant("b", Decimal(70), sheets=2, rank=2)
    unscored = RankedEntrant("c", None)
    names = {"a": "SIAP ANTRE", "b": "SI BANSOS", "c": "SI PAKAR"}
    concerns = fix_concerns([one, two, unscored], 3, names)
    assert concerns == [
        "Baru 2 inovasi dengan lembar nilai lengkap, kurang dari 3 juara yang diminta: "
        "setiap inovasi yang dinilai langsung menjadi juara.",
        "Dinilai kurang dari 2 juri: SIAP ANTRE (1 juri). Satu juri belum mewakili dewan juri.",
        "Belum punya lembar nilai lengkap, tidak ikut peringkat: SI PAKAR.",
    ]
    both = RankedEntrant("a", Decimal(80), sheets=2, rank=1)
    assert fix_concerns([both, two], 2, names) == []  # enough of both: nothing to ask
    assert fix_concerns([unscored], 3, names) == []  # nothing scored: refused elsewhere
