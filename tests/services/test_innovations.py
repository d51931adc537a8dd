"""Innovations: the profile's fields checked and kept with their history, the rencana aksi,
the ideas an innovation comes from, and the field-by-field merge of station copies."""

from __future__ import annotations

from datetime import date

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.innovations import ActionStep, profile_progress, word_count
from labinovasi.domain.lists import choices, label, yandas_affairs
from labinovasi.services import WorkshopService
from labinovasi.services.innovations import Innovations, innovation_json
from labinovasi.services.sync import make_station_copy, merge


@pytest.fixture
def dinkes(service):
    return service.add_opd("Dinas Kesehatan", "DINKES")


def test_lists_are_data_with_the_six_yandas_affairs():
    assert [c.label for c in yandas_affairs()] == [
        "Pendidikan",
        "Kesehatan",
        "Pekerjaan umum dan penataan ruang",
        "Perumahan rakyat dan kawasan permukiman",
        "Ketenteraman, ketertiban umum, dan pelindungan masyarakat",
        "Sosial",
    ]
    assert [c.key for c in choices("jenis")] == ["digital", "non-digital"]
    assert len(choices("inisiator")) == 5 and len(choices("bentuk")) == 3
    assert label("urusan", "1.02") == "Kesehatan" and label("urusan", "lain") == "lain"


def test_add_set_with_history_and_refusals(service, dinkes):
    store = Innovations(service)
    idea = service.add_idea(dinkes.id, "Antrean puskesmas lewat WhatsApp").idea
    innovation = store.add(dinkes.id, "  SIAP ANTRE ", idea_ids=[idea.id])
    assert innovation.name == "SIAP ANTRE" and innovation.idea_ids == [idea.id]
    store.set_fields(
        innovation.id,
        {
            "stage": "uji coba",
            "kind": "Non digital",
            "main_affair": "kesehatan",
            "other_affairs": "1.01; Sosial",
            "trial_date": "2027-01-04",
            "budget": "Rp1.250.000",
        },
    )
    again = store.get(innovation.id)
    assert (again.stage, again.kind, again.main_affair, again.other_affairs) == (
        "uji-coba",
        "non-digital",
        "1.02",
        ["1.01", "1.06"],
    )
    assert again.trial_date == date(2027, 1, 4) and again.budget == 1_250_000
    store.set_fields(innovation.id, {"name": "SIAP ANTRE 2"})
    [change] = store.history(innovation.id, "name")
    assert (change.old_value, change.new_value, change.source) == (
        "SIAP ANTRE",
        "SIAP ANTRE 2",
        "edit",
    )
    for bad in (
        {"kind": "Analog"},
        {"trial_date": "besok"},
        {"budget": "-5"},
        {"name": " "},
        {"colour": "merah"},
        {"stage": "uji coba", "budget": "x"},
    ):
        with pytest.raises(BadInput):
            store.set_fields(innovation.id, bad)
    assert store.get(innovation.id).stage == "uji-coba"  # nothing of a refused set written
    with pytest.raises(BadInput):
        store.add(dinkes.id, "")
    other = service.add_opd("Dinas Sosial", "DINSOS")
    with pytest.raises(BadInput):
        store.link_ideas(store.add(other.id, "Lain").id, [idea.id])


def test_rencana_aksi_rows_keep_their_ids_and_refuse_end_before_start(service, dinkes):
    store = Innovations(service)
    innovation = store.add(dinkes.id, "SIAP ANTRE")
    saved = store.set_actions(
        innovation.id,
        [
            ActionStep(
                "Rapat",
                person="Sari",
                start=date(2026, 12, 1),
                end=date(2026, 12, 2),
                output="Notulen",
                indicator="Hadir 10 orang",
            ),
            ActionStep("  "),
            ActionStep("Uji coba"),
        ],
    )
    assert [a.activity for a in saved.actions] == ["Rapat", "Uji coba"]
    first = saved.actions[0]
    assert first.indicator == "Hadir 10 orang" and first.id
    moved = store.set_actions(innovation.id, [saved.actions[1], saved.actions[0]])
    assert [a.id for a in moved.actions] == [saved.actions[1].id, first.id]
    with pytest.raises(BadInput):
        store.set_actions(
            innovation.id, [ActionStep("Rapat", start=date(2026, 12, 2), end=date(2026, 12, 1))]
        )


def test_profile_progress_counts_fourteen_parts(service, dinkes):
    store = Innovations(service)
    innovation = store.add(dinkes.id, "SIAP ANTRE")
    assert profile_progress(innovation) == (2, 14)  # name, and stage (inisiatif) by default
    innovation = store.set_fields(innovation.id, {"design_text": "kata " * 299})
    assert word_count(innovation.design_text) == 299 and profile_progress(innovation) == (2, 14)
    innovation = store.set_fields(innovation.id, {"design_text": "kata " * 300, "goal": "x"})
    assert profile_progress(innovation) == (4, 14)


def test_json_has_every_field_actions_and_history(service, dinkes):
    store = Innovations(service)
    innovation = store.add(dinkes.id, "SIAP ANTRE")
    store.set_fields(innovation.id, {"goal": "Tunggu < 30 menit"})
    data = innovation_json(store.get(innovation.id), "DINKES", store.history(innovation.id))
    for key in (
        "name",
        "stage",
        "initiator",
        "initiator_name",
        "kind",
        "form",
        "main_affair",
        "other_affairs",
        "trial_date",
        "launch_date",
        "design_text",
        "goal",
        "benefit",
        "expected_result",
        "budget",
        "budget_source",
        "leader",
        "members",
        "actions",
        "idea_ids",
        "history",
        "unit",
    ):
        assert key in data, key
    assert data["history"]["goal"][0]["new"] == "Tunggu < 30 menit"


# -- merging station copies ------------------------------------------------------------------


@pytest.fixture
def two_stations(tmp_path):
    main = tmp_path / "utama.labinovasi"
    with WorkshopService.create(main, "Lab 2026") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        innovation_id = Innovations(service).add(opd.id, "SIAP ANTRE", goal="Awal").id
    copies = []
    for n in (1, 2):
        out = tmp_path / f"stasiun{n}.labinovasi"
        make_station_copy(main, out, f"Stasiun {n}")
        copies.append(out)
    # Stasiun 1 edits goal then benefit; stasiun 2 edits leader, then goal (later: it wins).
    with WorkshopService.open(copies[0]) as service:
        Innovations(service).set_fields(
            innovation_id, {"goal": "Tujuan meja 1", "benefit": "Manfaat meja 1"}
        )
    with WorkshopService.open(copies[1]) as service:
        Innovations(service).set_fields(innovation_id, {"leader": "dr. Hendra"})
        Innovations(service).set_fields(innovation_id, {"goal": "Tujuan meja 2"})
    return main, copies, innovation_id


def _result(path, innovation_id):
    with WorkshopService.open(path) as service:
        store = Innovations(service)
        innovation = store.get(innovation_id)
        history = sorted((c.field, c.old_value, c.new_value) for c in store.history(innovation_id))
        return (innovation.goal, innovation.benefit, innovation.leader), history


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_fields_merge_one_by_one_newer_wins_older_in_history(two_stations, tmp_path, order):
    main, copies, innovation_id = two_stations
    for _round in range(2):
        for index in order:
            merge(main, [copies[index]])
    values, history = _result(main, innovation_id)
    assert values == ("Tujuan meja 2", "Manfaat meja 1", "dr. Hendra")
    assert ("goal", "Tujuan meja 1", "Tujuan meja 2") in history
    # Each edit's own history travelled too, once.
    assert history.count(("goal", "Awal", "Tujuan meja 1")) == 1


def test_merge_orders_give_the_same_innovation_and_history(two_stations, tmp_path):
    import shutil

    main, copies, innovation_id = two_stations
    other_main = tmp_path / "utama2.labinovasi"
    shutil.copy(main, other_main)
    merge(main, [copies[0], copies[1]])
    merge(other_main, [copies[1], copies[0]])
    merge(other_main, [copies[1], copies[0]])
    assert _result(main, innovation_id) == _result(other_main, innovation_id)
    report = merge(main, copies)
    assert report.updated["designs"] == 0 and report.added["designs"] == 0


def test_votes_merge_without_double_counting_in_any_order_twice(tmp_path):
    from labinovasi.services.team_work import TeamWork

    main = tmp_path / "utama.labinovasi"
    with WorkshopService.create(main, "Lab 2026") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        ideas = [service.add_idea(opd.id, f"Gagasan {n}").idea.id for n in range(2)]
        for idea_id in ideas:
            service.update_idea(
                idea_id,
                apkl_aktual=True,
                apkl_problematik=True,
                apkl_kekhalayakan=True,
                apkl_layak=True,
            )
    copies = []
    for n in (1, 2):
        out = tmp_path / f"stasiun{n}.labinovasi"
        make_station_copy(main, out, f"Stasiun {n}")
        copies.append(out)
    with WorkshopService.open(copies[0]) as service:
        TeamWork(service).set_dots(ideas[0], "Bidan Maya", 2)
        TeamWork(service).set_dots(ideas[1], "Nurhayati", 1)
    with WorkshopService.open(copies[1]) as service:
        TeamWork(service).set_dots(ideas[0], "Bidan Maya", 3)  # she changed her mind later
        TeamWork(service).set_dots(ideas[1], "dr. Hendra", 2)
    results = []
    for order in ((0, 1), (1, 0)):
        target = tmp_path / f"gabung{order[0]}.labinovasi"
        import shutil

        shutil.copy(main, target)
        for _round in range(2):
            merge(target, [copies[i] for i in order])
        with WorkshopService.open(target) as service:
            results.append(TeamWork(service).dots(opd.id))
    assert results[0] == results[1] == {ideas[0]: 3, ideas[1]: 3}


def test_dots_are_limited_per_participant_and_to_apkl_passing_ideas(service, dinkes):
    from labinovasi.services.team_work import TeamWork

    team = TeamWork(service)
    passing = service.add_idea(dinkes.id, "Antrean WhatsApp").idea
    failing = service.add_idea(dinkes.id, "Ambulans desa").idea
    service.update_idea(
        passing.id, apkl_aktual=True, apkl_problematik=True, apkl_kekhalayakan=True, apkl_layak=True
    )
    team.set_dots(passing.id, "Bidan Maya", 3)
    with pytest.raises(BadInput, match="paling banyak 3 titik"):
        team.set_dots(passing.id, "Bidan Maya", 4)
    with pytest.raises(BadInput, match="APKL"):
        team.set_dots(failing.id, "Nurhayati", 1)
    with pytest.raises(BadInput):
        team.set_dots(passing.id, "  ", 1)
    service.update_workshop(dots_per_participant=5)
    team.set_dots(passing.id, "Bidan Maya", 5)
    assert team.dots(dinkes.id) == {passing.id: 5}
    with pytest.raises(BadInput):
        service.update_workshop(dots_per_participant=0)
