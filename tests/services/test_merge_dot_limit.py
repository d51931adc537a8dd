"""Merging stations' dots: one participant's dots in one OPD stay within the limit whatever
the case and spacing of the name typed at each station (issue 25)."""

from __future__ import annotations

import shutil

from labinovasi.services import WorkshopService
from labinovasi.services.sync import make_station_copy, merge
from labinovasi.services.team_work import TeamWork


def test_bidan_rina_typed_in_small_letters_at_another_station_has_no_fresh_dots(tmp_path):
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
    copies = [tmp_path / f"stasiun{n}.labinovasi" for n in (1, 2)]
    for n, out in enumerate(copies, start=1):
        make_station_copy(main, out, f"Stasiun {n}")
    with WorkshopService.open(copies[0]) as service:
        TeamWork(service).set_dots(ideas[0], "Bidan Rina", 3)  # all of her dots
    with WorkshopService.open(copies[1]) as service:
        TeamWork(service).set_dots(ideas[1], "Dr. Hendra", 1)
        TeamWork(service).set_dots(ideas[1], "bidan  rina", 2)  # later, the same person
    results = []
    for order in ((0, 1), (1, 0)):
        target = tmp_path / f"gabung{order[0]}.labinovasi"
        shutil.copy(main, target)
        report = merge(target, [copies[i] for i in order])
        rejected = [r for r in report.rejected if r.kind == "vote"]
        assert len(rejected) == 1
        assert "bidan  rina: paling banyak 3 titik di satu OPD" in rejected[0].reason
        with WorkshopService.open(target) as service:
            team = TeamWork(service)
            results.append(team.dots(opd.id))
            assert team.participant_dots(opd.id, "BIDAN RINA") == {ideas[0]: 3}
    # The earlier placed dots stay, in either merge order; Dr. Hendra's are untouched.
    assert results[0] == results[1] == {ideas[0]: 3, ideas[1]: 1}


def test_the_same_person_on_the_same_idea_at_two_stations_keeps_the_newer_count(tmp_path):
    main = tmp_path / "utama.labinovasi"
    with WorkshopService.create(main, "Lab 2026") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        idea = service.add_idea(opd.id, "Gagasan satu").idea.id
        service.update_idea(
            idea, apkl_aktual=True, apkl_problematik=True, apkl_kekhalayakan=True, apkl_layak=True
        )
    copies = [tmp_path / f"stasiun{n}.labinovasi" for n in (1, 2)]
    for n, out in enumerate(copies, start=1):
        make_station_copy(main, out, f"Stasiun {n}")
    with WorkshopService.open(copies[0]) as service:
        TeamWork(service).set_dots(idea, "Bidan Rina", 1)
    with WorkshopService.open(copies[1]) as service:
        TeamWork(service).set_dots(idea, "bidan rina", 2)  # later: her count replaces the 1
    merge(main, copies)
    with WorkshopService.open(main) as service:
        team = TeamWork(service)
        assert team.dots(opd.id) == {idea: 2}
        assert team.participant_dots(opd.id, "Bidan Rina") == {idea: 2}
