"""Similar ideas as the GUI and the CLI use them: suggestions, decisions that count (and undo),
cross-OPD collaboration candidates, existing innovations, the lexicon file."""

from __future__ import annotations

import json

import pytest

from labinovasi.domain import BadInput, RuleRefused, Stage
from labinovasi.services.similar import SimilarIdeas, pair_id

DINKES_IDEAS = [
    "Antrean online puskesmas via WA",
    "Peta sebaran balita stunting per desa",
    "Pengingat jadwal periksa ibu hamil lewat SMS",
    "Layanan ambulans gratis 24 jam",
    "Pendaftaran pasien puskesmas lewat WhatsApp",
]


@pytest.fixture
def dinkes(service):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    ids = [service.add_idea(opd.id, text).idea.id for text in DINKES_IDEAS]
    return opd, ids


def test_a_paraphrase_is_suggested_and_a_confirmed_sama_stops_it_counting(service, dinkes):
    opd, ids = dinkes
    similar = SimilarIdeas(service)
    [pair] = similar.pairs()
    assert (pair.a, pair.b, pair.same_opd) == (ids[0], ids[4], True)
    assert similar.suggestions_for(ids[4])[0].a == ids[0]
    assert service.opd_status(opd.id).tally.counted == 5
    assert service.stage_decision(opd.id, Stage.DIAGNOSE).allowed

    decision = similar.mark_same(ids[4], ids[0])
    view = service.idea_view(ids[4])
    assert not view.counted and view.duplicate_of == ids[0] and view.duplicate_of_number == 1
    assert service.opd_status(opd.id).tally.counted == 4
    assert service.status().counted_ideas == 4
    refusal = service.stage_decision(opd.id, Stage.DIAGNOSE)
    assert not refusal.allowed and "4 dari 5" in refusal.message
    assert similar.pairs() == []  # decided: not suggested again

    similar.undo(decision)
    assert service.opd_status(opd.id).tally.counted == 5
    assert service.stage_decision(opd.id, Stage.DIAGNOSE).allowed
    assert [(p.a, p.b) for p in similar.pairs()] == [(ids[0], ids[4])]


def test_an_exact_repeat_of_a_confirmed_idea_is_a_duplicate_of_the_first(service, dinkes):
    opd, ids = dinkes
    similar = SimilarIdeas(service)
    similar.mark_same(ids[0], ids[4])  # named the wrong way round: the later still yields
    repeat = service.add_idea(opd.id, "pendaftaran pasien puskesmas lewat whatsapp")
    assert not repeat.counted and repeat.duplicate_of == ids[0]
    assert service.opd_status(opd.id).tally.counted == 4


def test_berbeda_hides_the_pair_for_good(service, dinkes):
    opd, ids = dinkes
    similar = SimilarIdeas(service)
    similar.mark_different(ids[0], ids[4])
    assert similar.pairs() == [] and similar.suggestions_for(ids[4]) == []
    assert service.opd_status(opd.id).tally.counted == 5
    service.add_idea(opd.id, "Daftar antrean puskesmas via whatsapp")
    assert {(p.a, p.b) for p in similar.pairs()} >= {(ids[0], service.list_ideas()[-1].idea.id)}
    assert all(pair_id(p.a, p.b) != pair_id(ids[0], ids[4]) for p in similar.pairs())


def test_ideas_of_two_opds_are_never_the_same_but_collaboration_candidates(service, dinkes):
    _, ids = dinkes
    dinsos = service.add_opd("Dinas Sosial", "DINSOS")
    dpmd = service.add_opd("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD")
    a = service.add_idea(dinsos.id, "Peta balita stunting tiap kampung").idea.id
    b = service.add_idea(dpmd.id, "Pemetaan stunting di setiap desa").idea.id
    similar = SimilarIdeas(service)
    with pytest.raises(RuleRefused):
        similar.mark_same(a, ids[1])
    assert all(p.same_opd for p in similar.pairs())
    across = [p for p in similar.pairs(across=True) if not p.same_opd]
    assert {frozenset((p.a, p.b)) for p in across} >= {frozenset((ids[1], a))}
    [group] = similar.collaboration_groups()
    assert group.opds == ("DINKES", "DINSOS", "DPMD")
    assert set(group.idea_ids) == {ids[1], a, b}
    assert group.sentence() == "DINKES, DINSOS dan DPMD mengusulkan gagasan serupa"
    assert service.status().counted_ideas == 7  # never changes counting


def test_an_idea_like_an_existing_innovation_is_flagged(service, dinkes):
    from labinovasi.services.innovations import Innovations

    opd, ids = dinkes
    Innovations(service).add(opd.id, "SIAP ANTRE")
    innovation = Innovations(service).list()[0]
    Innovations(service).set_fields(
        innovation.id, {"goal": "Antrean puskesmas secara daring lewat WhatsApp"}
    )
    matches = SimilarIdeas(service).innovation_matches()
    assert set(matches) >= {ids[0]}
    assert matches[ids[0]].sentence() == "mirip inovasi yang sudah ada: SIAP ANTRE (DINKES)"
    assert ids[1] not in matches


def test_a_confirmation_teaches_the_lexicon_which_goes_to_another_region(service, dinkes, tmp_path):
    opd, _ = dinkes
    first = service.add_idea(opd.id, "Sumur artesis untuk warga").idea.id
    later = service.add_idea(opd.id, "Sumur bor untuk warga").idea.id
    similar = SimilarIdeas(service)
    decision = similar.mark_same(later, first)
    assert [(t.variant, t.canonical) for t in similar.terms()] == [("bor", "artesis")]
    out = tmp_path / "leksikon.json"
    assert similar.export_lexicon(out) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["terms"] == [{"canonical": "artesis", "variants": ["bor"]}]
    similar.undo(decision)
    assert similar.terms() == []
    assert similar.import_lexicon(out) == 1
    assert similar.import_lexicon(out) == 0  # nothing twice
    bad = tmp_path / "rusak.json"
    bad.write_text("{bukan json", encoding="utf-8")
    with pytest.raises(BadInput):
        similar.import_lexicon(bad)
