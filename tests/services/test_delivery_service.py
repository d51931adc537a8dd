"""Deliver kept in the workshop: the timeline with overdue activities, tahapan dated in order
with the OPD's stage following, monitoring, launching, the consultation schedule."""

from __future__ import annotations

from datetime import date, time

import pytest

from labinovasi.domain import BadInput, RuleRefused, Stage
from labinovasi.domain.delivery import ActionStatus, overdue
from labinovasi.domain.innovations import ActionStep
from labinovasi.services import delivery
from labinovasi.services.innovations import Innovations

TODAY = date(2027, 1, 15)


@pytest.fixture
def lab(service):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    other = service.add_opd("Dinas Sosial", "DINSOS")
    store = Innovations(service)
    innovation = store.add(opd.id, "SIAP ANTRE")
    store.set_actions(
        innovation.id,
        [
            ActionStep("Menyusun SOP antrean", "dr. Hendra", date(2026, 12, 1), date(2026, 12, 14)),
            ActionStep(
                "Uji coba di 3 puskesmas", "Bidan Maya", date(2027, 1, 2), date(2027, 1, 10)
            ),
            ActionStep("Evaluasi", "Tim", date(2027, 1, 20), date(2027, 1, 31)),
        ],
    )
    social = store.add(other.id, "SI BANSOS")
    store.set_actions(
        social.id, [ActionStep("Pendataan", "", date(2026, 12, 1), date(2026, 12, 20))]
    )
    return service, opd, store.get(innovation.id), store.get(social.id)


def test_timeline_per_opd_and_overdue(lab):
    service, opd, innovation, _social = lab
    everything = delivery.timeline(service)
    assert len(everything) == 4
    mine = delivery.timeline(service, opd.id)
    assert [i.activity for i in mine] == [
        "Menyusun SOP antrean",
        "Uji coba di 3 puskesmas",
        "Evaluasi",
    ]
    sop, trial, _evaluation = mine
    delivery.set_progress(service, sop.action_id, "selesai", date(2026, 12, 12), "SOP terbit")
    delivery.set_progress(service, trial.action_id, "berjalan")
    late = overdue(delivery.timeline(service), TODAY)
    assert [(i.activity, i.days_late(TODAY)) for i in late] == [
        ("Pendataan", 26),
        ("Uji coba di 3 puskesmas", 5),
    ]
    done = delivery.timeline(service, opd.id)[0]
    assert done.status is ActionStatus.SELESAI and done.realised_on == date(2026, 12, 12)
    assert done.note == "SOP terbit"
    with pytest.raises(BadInput):
        delivery.set_progress(service, sop.action_id, "selesai", None)
    with pytest.raises(BadInput):
        delivery.set_progress(service, "no-such-action", "berjalan")


def test_tahapan_dates_and_the_opd_stage_follows(lab):
    service, opd, innovation, _social = lab
    with pytest.raises(RuleRefused):  # Display needs an innovation at uji coba or later
        service.move_stage(opd.id, Stage.DISPLAY)
    delivery.change_tahapan(service, innovation.id, "Uji coba", date(2027, 1, 2), "3 puskesmas")
    with pytest.raises(BadInput, match="lebih awal"):
        delivery.change_tahapan(service, innovation.id, "penerapan", date(2026, 12, 31))
    delivery.change_tahapan(service, innovation.id, "penerapan", date(2027, 3, 1))
    history = delivery.tahapan_history(service, innovation.id)
    assert [(c.from_stage, c.to_stage, c.on_date) for c in history] == [
        ("inisiatif", "uji-coba", date(2027, 1, 2)),
        ("uji-coba", "penerapan", date(2027, 3, 1)),
    ]
    updated = Innovations(service).get(innovation.id)
    assert updated.stage == "penerapan"
    # The profile's dates come from the tahapan changes when they were empty.
    assert updated.trial_date == date(2027, 1, 2) and updated.launch_date == date(2027, 3, 1)
    # The design is not complete, so the OPD stays where it is; Display is gated on tahapan
    # only (the facilitator can now move it there with an override for the design gate).
    change = service.move_stage(opd.id, Stage.DISPLAY, override_reason="Rancangan di kertas")
    assert change.to_stage is Stage.DISPLAY and "uji coba" not in change.override_reason


def test_monitoring_launching_and_schedule(lab, tmp_path):
    service, opd, innovation, _social = lab
    delivery.add_monitoring(
        service,
        opd.id,
        date(2027, 1, 5),
        "Monev",
        "Desk Inovasi",
        40,
        "SDM terbatas",
        "Tambah petugas",
    )
    delivery.add_monitoring(service, opd.id, date(2027, 1, 12), "desk konsultasi", progress=55)
    log = delivery.monitoring_log(service, opd.id)
    assert [(m.kind, m.progress) for m in log] == [("desk konsultasi", 55), ("monev", 40)]
    with pytest.raises(BadInput):
        delivery.add_monitoring(service, opd.id, date(2027, 1, 5), "monev", progress=120)
    delivery.record_launching(
        service,
        innovation.id,
        date(2027, 2, 1),
        "Pendopo",
        "Bupati",
        "https://berita.contoh.go.id/siap-antre",
    )
    assert delivery.launchings(service)[innovation.id].by_whom == "Bupati"
    schedule = delivery.consultation_plan(
        service, desks=1, day=date(2026, 11, 26), start=time(13, 0)
    )
    assert [(s.opd_name, f"{s.start:%H:%M}") for s in schedule.slots] == [
        ("DINKES", "13:00"),
        ("DINSOS", "13:20"),
    ]
    out = delivery.write_consultation_pdf(service, schedule, tmp_path / "jadwal.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_uji_coba_takes_an_opd_at_design_to_deliver(lab):
    service, opd, innovation, _social = lab
    ideas = [service.add_idea(opd.id, f"Gagasan {n}", problem="Antrean").idea for n in range(5)]
    service.choose_idea(ideas[0].id)
    service.move_stage(opd.id, Stage.DESIGN)
    Innovations(service).set_fields(
        innovation.id,
        {
            "kind": "digital",
            "form": "pelayanan-publik",
            "main_affair": "1.02",
            "design_text": "Antrean daring",
            "goal": "Tunggu < 30 menit",
            "leader": "dr. Hendra",
        },
    )
    delivery.change_tahapan(service, innovation.id, "uji-coba", date(2027, 1, 2))
    assert service.get_opd(opd.id).stage is Stage.DELIVER
