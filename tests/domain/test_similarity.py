"""Similar ideas: the matcher on a labelled set of Indonesian ideas (tests/data/similar), and a
confirmed "sama" as one more input of the counting rule."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from labinovasi.domain import classify_ideas, tally_ideas
from labinovasi.domain.errors import BadInput
from labinovasi.domain.similarity import (
    DEFAULT_MIN_SCORE,
    SimilarityIndex,
    Term,
    check_terms,
    connected_groups,
    learned_terms,
    lexicon_json,
    shipped_lexicon,
    words,
)

DATA = Path(__file__).resolve().parents[1] / "data"
LABELLED = json.loads((DATA / "similar" / "gagasan_mirip.json").read_text(encoding="utf-8"))


def _labelled_index():
    index = SimilarityIndex()
    meaning = {}
    index.add_all(
        (idea["id"], idea["text"], opd["opd"]) for opd in LABELLED["opds"] for idea in opd["ideas"]
    )
    for opd in LABELLED["opds"]:
        for idea in opd["ideas"]:
            meaning[idea["id"]] = (opd["opd"], idea["meaning"])
    return index, meaning


def _pairs(same: bool):
    for opd in LABELLED["opds"]:
        for a, b in itertools.combinations(opd["ideas"], 2):
            if (a["meaning"] == b["meaning"]) == same:
                yield opd["opd"], a["id"], b["id"]


def test_the_labelled_set_is_big_enough():
    assert len(list(_pairs(True))) >= 40
    assert len(list(_pairs(False))) >= 40


def test_the_partner_of_most_same_meaning_ideas_is_among_the_first_three_suggestions():
    index, _ = _labelled_index()
    found = total = 0
    for opd, a, b in _pairs(True):
        for mine, partner in ((a, b), (b, a)):
            top = index.similar_to(mine, 3, same_group=True)
            assert all(index.group_of(i) == opd for i, _ in top)
            total += 1
            found += partner in [i for i, _ in top]
    recall = found / total
    print(f"recall@3 {found}/{total} = {recall:.1%}")
    assert recall >= 0.70


def test_at_most_a_fifth_of_the_suggested_pairs_mean_different_things():
    index, meaning = _labelled_index()
    suggested = list(index.pairs(DEFAULT_MIN_SCORE, same_group=True))
    wrong = [(a, b) for a, b, _ in suggested if meaning[a] != meaning[b]]
    print(f"suggested {len(suggested)}, different-meaning {len(wrong)}")
    assert len(suggested) >= 40
    assert len(wrong) / len(suggested) <= 0.20


def test_exact_wording_is_not_needed():
    index = SimilarityIndex()
    index.add_all(
        [
            ("a", "Antrean online puskesmas via WA", "DINKES"),
            ("b", "Antrian daring puskesmas lewat WhatsApp", "DINKES"),
            ("c", "Pemetaan balita stunting per desa", "DINKES"),
        ]
    )
    assert index.score("a", "b") > 0.9  # spelling, daring/online, WA/WhatsApp
    assert index.score("a", "b") == index.score("b", "a")
    assert index.score("a", "c") == 0
    assert words("Urus e-KTP di kantor kampung", shipped_lexicon()) == ["ktp", "kantor", "desa"]


def test_a_spelling_variant_outside_the_lexicon_still_meets_its_word():
    index = SimilarityIndex()
    index.add_all([("a", "Posyandu remaja terintegrasi", "X"), ("b", "Posiandu remaja", "X")])
    assert 0.5 < index.score("a", "b") < 1


def test_the_index_follows_additions_and_removals():
    index = SimilarityIndex()
    index.add("a", "Bank sampah di setiap desa", "DLH")
    index.add("b", "Bank sampah tiap kampung", "DLH")
    assert [i for i, _ in index.similar_to("a")] == ["b"]
    index.remove("b")
    assert index.similar_to("a") == []
    assert [i for i, _ in index.similar_to_text("bank sampah desa")] == ["a"]


@dataclass
class _Idea:
    id: str
    text: str
    withdrawn_reason: str = ""


def test_a_confirmed_pair_makes_the_later_idea_a_duplicate_of_the_earlier():
    ideas = [
        _Idea("1", "Antrean online via WA"),
        _Idea("2", "Pendaftaran pasien lewat WhatsApp"),
        _Idea("3", "pendaftaran pasien lewat whatsapp!"),  # exact repeat of 2
        _Idea("4", "Peta stunting"),
    ]
    assert tally_ideas(ideas).counted == 3
    marks = classify_ideas(ideas, same=[("2", "1")])
    assert [m.counted for m in marks] == [True, False, False, True]
    assert marks[1].duplicate_of == "1" and marks[2].duplicate_of == "1"
    assert tally_ideas(ideas, same=[("2", "1")]).counted == 2
    # The earlier withdrawn: the later counts in its place, as with exact duplicates.
    ideas[0].withdrawn_reason = "salah ketik"
    assert [m.counted for m in classify_ideas(ideas, same=[("2", "1")])] == [
        False,
        True,
        False,
        True,
    ]
    # A pair naming an idea not given (moved to another OPD) is ignored.
    assert tally_ideas(ideas[1:], same=[("2", "9")]).counted == 2


def test_groups_join_pairs_that_share_an_idea():
    assert connected_groups([("a", "b"), ("c", "d"), ("b", "e")]) == [["a", "b", "e"], ["c", "d"]]


def test_a_confirmation_that_differs_by_one_word_teaches_it():
    lexicon = shipped_lexicon()
    assert learned_terms("Gerobak sampah kampung", "Gerobak sampah desa", lexicon) == []
    assert learned_terms("Sumur bor warga", "Sumur artesis warga", lexicon) == [
        Term("bor", "artesis")
    ]
    assert learned_terms("Sumur bor warga", "Kolam ikan", lexicon) == []
    # "online" is a word the lexicon reads (daring): never a synonym of "pasien".
    assert learned_terms("Pendaftaran pasien lewat WA", "Antrean online via WA", lexicon) == []
    taught = lexicon.with_terms([Term("bor", "artesis")])
    assert words("sumur bor", taught) == words("sumur artesis", taught)


def test_a_lexicon_file_round_trips_and_bad_ones_are_refused():
    terms = [Term("wasap", "whatsapp"), Term("sumur bor", "sumur artesis")]
    assert sorted(check_terms(lexicon_json(terms)), key=str) == sorted(terms, key=str)
    with pytest.raises(BadInput):
        check_terms({"terms": [{"canonical": "", "variants": ["x"]}]})
    with pytest.raises(BadInput):
        check_terms({"kata": []})
