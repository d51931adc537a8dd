"""WorkshopService: the use cases GUI and CLI share, each committed when it returns."""

from __future__ import annotations

from datetime import date

import pytest

from labinovasi.domain import BadInput, RuleRefused, Stage
from labinovasi.domain.innovations import IMPORTED_ORIGIN, ActionStep
from labinovasi.services import WorkshopService
from labinovasi.services.innovations import Innovations


@pytest.fixture
def dinkes(service):
    return service.add_opd("Dinas Kesehatan", "DINKES")


def add(service, opd, *texts):
    return [service.add_idea(opd.id, t) for t in texts]


def innovation(service, opd, name, idea_ids=(), origin="lab", **changes):
    """A complete innovation of `opd` (every field the gate asks, a rencana aksi), with
    `changes` over it ("" empties a field)."""
    store = Innovations(service)
    added = store.add(opd.id, name, idea_ids=idea_ids, origin=origin)
    values = {
        "kind": "digital",
        "form": "pelayanan-publik",
        "main_affair": "1.02",
        "design_text": "Antrean",
        "goal": "Cepat",
        "leader": "dr. Lestari",
    }
    store.set_fields(added.id, values | changes)
    store.set_actions(added.id, [ActionStep("Rapat", start=date(2026, 12, 1))])
    return added


def test_create_and_update_workshop(tmp_path):
    with WorkshopService.create(
        tmp_path / "a.labinovasi",
        "  Lab 2026 ",
        region="Kab. X",
        min_ideas=3,
        start_date=date(2026, 11, 23),
    ) as service:
        w = service.workshop()
        assert (w.title, w.region, w.min_ideas, w.start_date, w.end_date) == (
            "Lab 2026",
            "Kab. X",
            3,
            date(2026, 11, 23),
            date(2026, 11, 23),
        )
        assert service.update_workshop(place="Aula Bappeda", min_ideas=4).min_ideas == 4
        with pytest.raises(BadInput):
            service.update_workshop(title="  ")
        with pytest.raises(BadInput):
            service.update_workshop(colour="red")
        with pytest.raises(BadInput):
            service.update_workshop(min_ideas=0)
    with pytest.raises(BadInput, match="Judul lokakarya wajib diisi"):
        WorkshopService.create(tmp_path / "b.labinovasi", " ")
    assert not (tmp_path / "b.labinovasi").exists()


def test_add_idea_marks_and_refusals(service, dinkes):
    first, second = add(service, dinkes, "Posyandu digital", "POSYANDU  digital!")
    assert first.counted and first.number == 1
    assert not second.counted and second.duplicate_of == first.idea.id
    assert second.duplicate_of_number == 1
    for blank in ("", "   ", "\x00\x01"):
        with pytest.raises(BadInput, match="Gagasan kosong tidak disimpan"):
            service.add_idea(dinkes.id, blank)
    with pytest.raises(BadInput, match="terlalu panjang"):
        service.add_idea(dinkes.id, "x" * 5001)
    with pytest.raises(BadInput, match="OPD tidak ditemukan"):
        service.add_idea("no-such-opd", "Gagasan")
    assert len(service.list_ideas()) == 2


def test_idea_text_keeps_inner_newlines_and_drops_control_characters(service, dinkes):
    view = service.add_idea(dinkes.id, "  Baris satu\nbaris\x07 dua  ")
    assert service.get_idea(view.idea.id).text == "Baris satu\nbaris dua"


def test_find_opd_and_idea(service, dinkes):
    assert service.find_opd("dinkes").id == dinkes.id
    assert service.find_opd(" dinas KESEHATAN ").id == dinkes.id
    with pytest.raises(BadInput, match="OPD tidak ditemukan: DINSOS"):
        service.find_opd("DINSOS")
    [view] = add(service, dinkes, "Posyandu digital")
    assert service.find_idea(view.idea.id[:6].upper()).id == view.idea.id
    with pytest.raises(BadInput):
        service.find_idea(view.idea.id[:3])


def test_duplicate_opd_abbreviation_is_refused(service, dinkes):
    with pytest.raises(BadInput, match="OPD tidak ditambahkan"):
        service.add_opd("Dinas Kesehatan Hewan", "dinkes")
    other = service.add_opd("Dinas Sosial", "DINSOS")
    with pytest.raises(BadInput, match="singkatan DINKES sudah ada"):
        service.rename_opd(other.id, "Dinas Sosial", "DINKES")
    assert (
        service.rename_opd(other.id, "Dinas Sosial P3A", "DINSOS-P3A").abbreviation == "DINSOS-P3A"
    )


def test_update_idea_keeps_history_and_checks_values(service, dinkes):
    [view] = add(service, dinkes, "Posyandu digital")
    service.update_idea(view.idea.id, text="Posyandu digital terpadu", usg_urgency=5)
    assert service.idea_history(view.idea.id) == ["Posyandu digital"]
    assert service.get_idea(view.idea.id).usg_urgency == 5
    with pytest.raises(BadInput, match="USG"):
        service.update_idea(view.idea.id, usg_growth=6)
    # The vote count has the diagnose view's bounds (0-999), one rule for every writer.
    for votes in (-1, 1000, 2**40):
        with pytest.raises(BadInput, match="0 sampai 999"):
            service.update_idea(view.idea.id, votes=votes)
    with pytest.raises(BadInput, match="Isian tidak dikenal"):
        service.update_idea(view.idea.id, opd_id="x")
    with pytest.raises(BadInput, match="Gagasan kosong"):
        service.update_idea(view.idea.id, text=" ")
    assert service.get_idea(view.idea.id).text == "Posyandu digital terpadu"


def test_stage_gating_through_the_service(service, dinkes):
    add(service, dinkes, "A satu", "B dua", "C tiga", "c TIGA")
    with pytest.raises(RuleRefused) as info:
        service.move_stage(dinkes.id, Stage.DIAGNOSE)
    assert info.value.message == "Dinas Kesehatan (DINKES): 3 dari 5 gagasan — perlu 2 lagi"
    assert service.get_opd(dinkes.id).stage is Stage.DRUM_UP
    assert service.stage_changes() == []
    views = add(service, dinkes, "D empat", "E lima")
    change = service.move_stage(dinkes.id, Stage.DIAGNOSE)
    assert (change.from_stage, change.to_stage, change.override_reason) == (
        Stage.DRUM_UP,
        Stage.DIAGNOSE,
        "",
    )
    assert service.move_stage(dinkes.id, Stage.DIAGNOSE) is None  # already there
    with pytest.raises(RuleRefused, match="belum ada gagasan terpilih"):
        service.move_stage(dinkes.id, Stage.DESIGN)
    service.update_idea(views[0].idea.id, problem="Antrean panjang")
    service.choose_idea(views[0].idea.id)
    service.move_stage(dinkes.id, Stage.DESIGN)
    with pytest.raises(RuleRefused, match="belum ada rancangan inovasi"):
        service.move_stage(dinkes.id, Stage.DELIVER)
    innovation(service, dinkes, "SIMPEL", idea_ids=[views[0].idea.id])
    service.move_stage(dinkes.id, Stage.DELIVER)
    back = service.move_stage(dinkes.id, Stage.DRUM_UP)  # back is always allowed
    assert back.to_stage is Stage.DRUM_UP
    assert [c.to_stage for c in service.stage_changes(dinkes.id)] == [
        Stage.DIAGNOSE,
        Stage.DESIGN,
        Stage.DELIVER,
        Stage.DRUM_UP,
    ]


def test_override_is_recorded_with_its_reason(service, dinkes, workshop_path):
    add(service, dinkes, "A satu")
    with pytest.raises(BadInput, match="Alasan pengecualian wajib diisi"):
        service.move_stage(dinkes.id, Stage.DIAGNOSE, override_reason="  ")
    assert service.stage_changes() == []
    change = service.move_stage(
        dinkes.id, Stage.DIAGNOSE, override_reason="  Kepala dinas hanya hadir hari ini "
    )
    assert change.override_reason == "Kepala dinas hanya hadir hari ini"
    service.close()
    with WorkshopService.open(workshop_path) as again:
        [recorded] = again.stage_changes(dinkes.id)
        assert recorded.override_reason == "Kepala dinas hanya hadir hari ini"
        assert recorded.at is not None
        assert again.get_opd(dinkes.id).stage is Stage.DIAGNOSE


def _at_design(service, opd):
    views = add(service, opd, "A satu", "B dua", "C tiga", "D empat", "E lima")
    service.update_idea(views[0].idea.id, problem="Antrean panjang")
    service.choose_idea(views[0].idea.id)
    service.move_stage(opd.id, Stage.DESIGN)


def test_leaving_design_needs_every_lab_innovation_complete(service, dinkes):
    """The gate reads the OPD's innovations (not the legacy design of the first one): it names
    the incomplete innovation and the field it lacks, here the bentuk (the older gate said
    "jenis inovasi" and judged only the first innovation)."""
    _at_design(service, dinkes)
    first = innovation(service, dinkes, "SIAP ANTRE", form="")
    innovation(service, dinkes, "POSYANDU DARING")
    with pytest.raises(RuleRefused) as refused:
        service.move_stage(dinkes.id, Stage.DELIVER)
    assert refused.value.message == (
        "Dinas Kesehatan (DINKES): inovasi \u201cSIAP ANTRE\u201d belum lengkap — bentuk inovasi"
    )
    assert service.get_opd(dinkes.id).stage is Stage.DESIGN
    Innovations(service).set_fields(first.id, {"form": "pelayanan-publik"})
    assert service.move_stage(dinkes.id, Stage.DELIVER).to_stage is Stage.DELIVER


def test_an_incomplete_second_innovation_keeps_the_opd_at_design(service, dinkes):
    _at_design(service, dinkes)
    innovation(service, dinkes, "SIAP ANTRE")
    innovation(service, dinkes, "POSYANDU DARING", leader="")
    decision = service.stage_decision(dinkes.id, Stage.DELIVER)
    assert not decision.allowed
    assert decision.message.endswith(
        "inovasi \u201cPOSYANDU DARING\u201d belum lengkap — ketua tim"
    )
    # An imported innovation (an earlier year's) is not the lab's design.
    disdik = service.add_opd("Dinas Pendidikan", "DISDIK")
    _at_design(service, disdik)
    innovation(service, disdik, "RAPOR LAMA", origin=IMPORTED_ORIGIN)
    decision = service.stage_decision(disdik.id, Stage.DELIVER)
    assert decision.message == "Dinas Pendidikan (DISDIK): belum ada rancangan inovasi"


def test_status_counts(service, dinkes):
    disdik = service.add_opd("Dinas Pendidikan", "DISDIK")
    add(service, dinkes, "A", "B", "C", "D", "E", "e.")
    add(service, disdik, "A")
    status = service.status()
    assert (status.ideas, status.counted_ideas, status.duplicates, status.opds_meeting_minimum) == (
        7,
        6,
        1,
        1,
    )
    first, second = status.opds
    assert first.progress == "5 dari 5" and first.meets_minimum and first.missing == 0
    assert second.progress == "1 dari 5" and second.missing == 4
    assert service.opd_status(disdik.id).tally.counted == 1
    assert status.to_json()["totals"] == {
        "opds": 2,
        "opds_meeting_minimum": 1,
        "ideas": 7,
        "counted_ideas": 6,
    }


def test_ideas_keep_their_order_across_reopen(service, dinkes, workshop_path):
    texts = [f"Gagasan {n}" for n in range(30)]
    add(service, dinkes, *texts)
    service.close()
    with WorkshopService.open(workshop_path) as again:
        views = again.list_ideas()
        assert [v.idea.text for v in views] == texts
        assert [v.number for v in views] == list(range(1, 31))


def test_sample_workshop(tmp_path):
    from labinovasi.services.sample import build_sample_workshop

    path = build_sample_workshop(tmp_path / "contoh.labinovasi")
    with WorkshopService.open(path) as service:
        status = service.status()
        assert len(status.opds) == 12 and status.ideas == 57
        assert 0 < status.opds_meeting_minimum < 12
        assert status.duplicates >= 1
        stages = {s.opd.abbreviation: s.opd.stage for s in status.opds}
        assert stages["DINKES"] is Stage.DESIGN
        assert any(c.override_reason for c in service.stage_changes())
