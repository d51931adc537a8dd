"""Decisions on similar ideas travel with station copies: a merge keeps both stations'
decisions, the newer one wins, and merging again or in another order changes nothing."""

from __future__ import annotations

from labinovasi.services import WorkshopService
from labinovasi.services.similar import SimilarIdeas
from labinovasi.services.sync import make_station_copy, merge

IDEAS = [
    "Antrean online puskesmas via WA",
    "Peta sebaran balita stunting per desa",
    "Pemetaan anak stunting di setiap kampung",
    "Layanan ambulans gratis 24 jam",
    "Pendaftaran pasien puskesmas lewat WhatsApp",
    "Sumur artesis untuk warga",
    "Sumur bor untuk warga",
]


def _main(tmp_path):
    path = tmp_path / "utama.labinovasi"
    with WorkshopService.create(path, "Lab", region="Kabupaten Contoh") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        ids = [service.add_idea(opd.id, text).idea.id for text in IDEAS]
    return path, opd.id, ids


def _state(path):
    with WorkshopService.open(path) as service:
        similar = SimilarIdeas(service)
        return (
            service.status().counted_ideas,
            sorted((p.a, p.b) for p in similar.pairs()),
            sorted(d for d in similar.decisions().values()),
            [(t.variant, t.canonical) for t in similar.terms()],
        )


def test_a_merge_of_station_copies_keeps_both_decisions(tmp_path):
    main, opd_id, ids = _main(tmp_path)
    one, two = tmp_path / "meja1.labinovasi", tmp_path / "meja2.labinovasi"
    make_station_copy(main, one, "Meja 1")
    make_station_copy(main, two, "Meja 2")
    with WorkshopService.open(main) as service:
        before = sorted((p.a, p.b) for p in SimilarIdeas(service).pairs())
    assert (ids[0], ids[4]) in before and (ids[1], ids[2]) in before
    with WorkshopService.open(one) as service:
        SimilarIdeas(service).mark_same(ids[4], ids[0])
        SimilarIdeas(service).mark_same(ids[6], ids[5])  # teaches bor → artesis
    with WorkshopService.open(two) as service:
        SimilarIdeas(service).mark_different(ids[1], ids[2])

    report = merge(main, [one, two])
    assert report.added["idea_pairs"] == 3
    counted, pairs, decisions, terms = _state(main)
    assert counted == len(IDEAS) - 2
    assert (ids[0], ids[4]) not in pairs and (ids[1], ids[2]) not in pairs
    assert sorted(d[2] for d in decisions) == ["berbeda", "sama", "sama"]
    assert terms == [("bor", "artesis")]
    with WorkshopService.open(main) as service:
        assert service.idea_view(ids[4]).duplicate_of == ids[0]
        assert service.opd_status(opd_id).tally.duplicates == 2

    again = merge(main, [two, one])
    assert not again.changed and again.unchanged["idea_pairs"] == 3
    assert _state(main) == (counted, pairs, decisions, terms)

    # Undone later on a station: the newer decision wins on the main file.
    with WorkshopService.open(one) as service:
        similar = SimilarIdeas(service)
        decision = similar.mark_same(ids[4], ids[0])  # the pair's current row, then undo it
        similar.undo(type(decision)(decision.later, decision.earlier, decision.decision, None, ()))
    report = merge(main, [one])
    assert report.updated["idea_pairs"] == 1
    counted, pairs, _decisions, _terms = _state(main)
    assert counted == len(IDEAS) - 1 and (ids[0], ids[4]) in pairs


def test_a_copy_with_a_forged_pair_is_screened(tmp_path):
    import sqlite3

    main, _, ids = _main(tmp_path)
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(main, copy, "Meja")
    db = sqlite3.connect(copy)
    db.execute(
        "INSERT INTO idea_pair (id, idea_id, other_id, decision, created_at, updated_at) "
        f"VALUES ('palsu', '{ids[4]}', '{ids[0]}', 'sama', '2026-01-01', '2026-01-01')"
    )
    db.commit()
    db.close()
    report = merge(main, [copy])
    assert [r.kind for r in report.rejected] == ["idea_pair"]
    assert _state(main)[0] == len(IDEAS)
