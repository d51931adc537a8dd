"""Station copies merged back into the main file: nothing lost, nothing doubled, any order."""

from __future__ import annotations

import csv
import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from labinovasi.domain import BadInput, CannotOpen, Stage
from labinovasi.services import WorkshopService, sync
from labinovasi.services.innovations import Innovations
from labinovasi.services.sync import (
    copy_workshop,
    make_station_copy,
    merge,
    refresh_station_copy,
)
from labinovasi.storage import connection

OPDS = [
    ("Dinas Kesehatan", "DINKES"),
    ("Dinas Pendidikan", "DISDIK"),
    ("Dinas Pertanian", "DISTAN"),
    ("Badan Perencanaan", "BAPPERIDA"),
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path) -> dict:
    """What must be equal after merges in different orders: status, and every idea."""
    with WorkshopService.open(path) as service:
        opds = {o.id: o.abbreviation for o in service.list_opds()}
        ideas = sorted(
            (v.idea.id, opds[v.idea.opd_id], v.idea.text, v.counted, v.duplicate_of or "")
            for v in service.list_ideas()
        )
        history = sorted(
            (v.idea.id, t) for v in service.list_ideas() for t in service.idea_history(v.idea.id)
        )
        stages = sorted((opds[c.opd_id], c.to_stage.value, c.at) for c in service.stage_changes())
        return {
            "status": service.status().to_json(),
            "ideas": ideas,
            "history": history,
            "stages": stages,
        }


@pytest.fixture
def main_file(tmp_path) -> Path:
    path = tmp_path / "utama.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi 2026", region="Kabupaten Contoh") as service:
        for name, abbr in OPDS:
            opd = service.add_opd(name, abbr)
            service.add_idea(opd.id, f"Gagasan awal {abbr}")
    return path


def station(main_file: Path, number: int) -> Path:
    out = main_file.with_name(f"stasiun{number}.labinovasi")
    make_station_copy(main_file, out, f"Stasiun {number}")
    return out


def import_ideas(path: Path, rows: list[tuple[str, str]]) -> None:
    source = path.with_suffix(".csv")
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["opd", "gagasan"])
        writer.writerows(rows)
    with WorkshopService.open(path) as service:
        service.import_ideas(source)


def test_station_copy_is_its_own_workshop_file(main_file, tmp_path):
    before = sha256(main_file)
    out = tmp_path / "flashdisk" / "stasiun1.labinovasi"
    out.parent.mkdir()
    workshop = make_station_copy(main_file, out, "  Stasiun   1 ").workshop
    with WorkshopService.open(main_file) as service:
        main = service.workshop()
    assert workshop.id == main.id
    assert workshop.station_name == "Stasiun 1"
    assert workshop.station_id and main.station_id is None
    assert connection.inspect_file(out) == connection.SCHEMA_VERSION
    assert not out.with_name(out.name + "-wal").exists()
    assert sha256(main_file) == before
    assert snapshot(out) == snapshot(main_file)
    with pytest.raises(BadInput):
        make_station_copy(main_file, out, "lagi")
    other = make_station_copy(main_file, tmp_path / "stasiun2.labinovasi").workshop
    assert other.station_name == "stasiun2" and other.station_id != workshop.station_id


def test_four_stations_of_250_ideas_merge_the_same_in_any_order(main_file, tmp_path):
    copies = [station(main_file, n) for n in range(1, 5)]
    for n, copy in enumerate(copies, start=1):
        # Some texts repeat on every station: which one counts depends on time, not order.
        rows = [
            (
                OPDS[i % 4][1],
                f"Gagasan {i % 40} tentang layanan" if i % 5 == 0 else f"Stasiun {n} gagasan {i}",
            )
            for i in range(250)
        ]
        import_ideas(copy, rows)
    with WorkshopService.open(copies[0]) as service:
        opd = service.find_opd("DISTAN")
        service.move_stage(opd.id, Stage.DIAGNOSE, override_reason="Sudah dibahas di pleno")

    results = []
    rng = random.Random(7)
    for attempt in range(3):
        target = tmp_path / f"gabung{attempt}.labinovasi"
        shutil.copy2(main_file, target)
        order = copies[:]
        rng.shuffle(order)
        first = merge(target, order)
        assert first.added["ideas"] == 1000
        rng.shuffle(order)
        again = merge(target, order)
        assert not again.changed and again.conflicts == []
        results.append(snapshot(target))
    assert results[0] == results[1] == results[2]
    ideas = results[0]["ideas"]
    assert len(ideas) == len({i[0] for i in ideas}) == 1004
    totals = results[0]["status"]["totals"]
    assert totals["ideas"] == 1004
    assert totals["counted_ideas"] == 1004 - sum(1 for i in ideas if i[4])
    assert {o["abbreviation"]: o["stage"] for o in results[0]["status"]["opds"]}[
        "DISTAN"
    ] == "diagnose"


def test_idea_edited_on_two_laptops_keeps_newer_text_and_history(main_file, tmp_path):
    laptop_a, laptop_b = station(main_file, 1), station(main_file, 2)
    with WorkshopService.open(main_file) as service:
        idea_id = service.list_ideas()[0].idea.id
    with WorkshopService.open(laptop_a) as service:
        service.update_idea(idea_id, text="Versi laptop A")
    with WorkshopService.open(laptop_b) as service:
        service.update_idea(idea_id, text="Versi laptop B, lebih baru")
    outcomes = []
    for name, order in (("ab", [laptop_a, laptop_b]), ("ba", [laptop_b, laptop_a])):
        target = tmp_path / f"{name}.labinovasi"
        shutil.copy2(main_file, target)
        report = merge(target, order)
        assert [(c.kind, c.kept, c.replaced) for c in report.conflicts] == [
            ("idea", "Versi laptop B, lebih baru", "Versi laptop A")
        ]
        with WorkshopService.open(target) as service:
            outcomes.append((service.get_idea(idea_id).text, sorted(service.idea_history(idea_id))))
    assert (
        outcomes[0]
        == outcomes[1]
        == ("Versi laptop B, lebih baru", sorted(["Gagasan awal DINKES", "Versi laptop A"]))
    )


def test_file_of_another_workshop_is_refused_and_nothing_changes(main_file, tmp_path):
    good = station(main_file, 1)
    import_ideas(good, [("DINKES", "Gagasan yang tidak boleh masuk")])
    stranger = tmp_path / "lain.labinovasi"
    WorkshopService.create(stranger, "Lokakarya lain").close()
    before = sha256(main_file)
    with pytest.raises(BadInput, match="lokakarya lain"):
        merge(main_file, [good, stranger])
    assert sha256(main_file) == before
    assert not main_file.with_name(main_file.name + "-wal").exists()


def test_failure_half_way_changes_nothing(main_file, monkeypatch):
    copy = station(main_file, 1)
    import_ideas(copy, [("DINKES", "Gagasan baru")])
    before = snapshot(main_file)

    def broken(*_args):
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(sync, "merge_innovations", broken)
    with pytest.raises(RuntimeError):
        merge(main_file, [copy])
    assert snapshot(main_file) == before


def test_same_singkatan_added_on_two_stations_is_one_opd(main_file, tmp_path):
    one, two = station(main_file, 1), station(main_file, 2)
    with WorkshopService.open(one) as service:
        opd = service.add_opd("Dinas Komunikasi dan Informatika", "DISKOMINFO")
        service.add_idea(opd.id, "Aplikasi aduan warga")
    with WorkshopService.open(two) as service:
        opd = service.add_opd("Diskominfo", "diskominfo")
        service.add_idea(opd.id, "Wifi desa")
        service.add_idea(opd.id, "aplikasi aduan warga!")
    snapshots = []
    for name, order in (("ab", [one, two]), ("ba", [two, one])):
        target = tmp_path / f"{name}.labinovasi"
        shutil.copy2(main_file, target)
        report = merge(target, order)
        assert report.added["opds"] == 1 and report.matched_opds
        merge(target, order)  # twice: still one OPD, no idea doubled
        snapshots.append(snapshot(target))
        with WorkshopService.open(target) as service:
            kominfo = [o for o in service.list_opds() if o.abbreviation.casefold() == "diskominfo"]
            assert len(kominfo) == 1
            views = service.list_ideas(kominfo[0].id)
            assert [v.idea.text for v in views] == [
                "Aplikasi aduan warga",
                "Wifi desa",
                "aplikasi aduan warga!",
            ]
            assert [v.counted for v in views] == [True, True, False]
    assert snapshots[0] == snapshots[1]


def test_refresh_station_copy_brings_main_changes(main_file):
    copy = station(main_file, 1)
    with WorkshopService.open(main_file) as service:
        dinkes = service.find_opd("DINKES")
        for n in range(5):
            service.add_idea(dinkes.id, f"Gagasan fasilitator {n}")
        service.move_stage(dinkes.id, Stage.DIAGNOSE)
        service.add_opd("Inspektorat", "ITDA")
        service.update_workshop(place="Aula Bappeda")
        Innovations(service).add(dinkes.id, "Posyandu digital", form="pelayanan-publik")
    report = refresh_station_copy(copy, main_file)
    assert report.added["ideas"] == 5 and report.added["opds"] == 1
    assert report.added["stage_changes"] == 1 and report.added["designs"] == 1
    assert report.updated["workshop"] == 1
    with WorkshopService.open(copy) as service:
        workshop = service.workshop()
        assert workshop.station_name == "Stasiun 1" and workshop.place == "Aula Bappeda"
        assert service.find_opd("DINKES").stage == Stage.DIAGNOSE
        assert service.find_opd("ITDA")
        assert Innovations(service).list()[0].name == "Posyandu digital"
    # Back again changes nothing in the main file.
    assert not merge(main_file, [copy]).changed


def test_stage_and_design_newer_wins(main_file, tmp_path):
    copy = station(main_file, 1)
    with WorkshopService.open(main_file) as service:
        opd = service.find_opd("DISDIK")
        design = Innovations(service).add(opd.id, "Rapor daring")
    refresh_station_copy(copy, main_file)
    with WorkshopService.open(copy) as service:
        Innovations(service).set_fields(design.id, {"name": "Rapor daring terpadu"})
        service.move_stage(opd.id, Stage.DIAGNOSE, override_reason="Tim sudah siap")
    report = merge(main_file, [copy])
    assert report.updated["designs"] == 1 and report.added["stage_changes"] == 1
    with WorkshopService.open(main_file) as service:
        assert Innovations(service).list()[0].name == "Rapor daring terpadu"
        assert service.find_opd("DISDIK").stage == Stage.DIAGNOSE
        assert service.stage_changes()[0].override_reason == "Tim sudah siap"


def test_copy_refuses_an_existing_target_and_a_missing_source(main_file, tmp_path):
    target = tmp_path / "salinan.labinovasi"
    copy_workshop(main_file, target)
    assert snapshot(target) == snapshot(main_file)
    with pytest.raises(BadInput):
        copy_workshop(main_file, target)
    with pytest.raises(CannotOpen):
        copy_workshop(tmp_path / "tidak-ada.labinovasi", tmp_path / "baru.labinovasi")
    assert not (tmp_path / "baru.labinovasi").exists()


def test_merge_reads_station_copies_without_writing_them(main_file):
    copy = station(main_file, 1)
    before = sha256(copy)
    merge(main_file, [copy])
    assert sha256(copy) == before
    db = sqlite3.connect(copy)
    assert db.execute("PRAGMA application_id").fetchone()[0] == connection.APPLICATION_ID
    db.close()


def test_same_time_edits_pick_the_same_winner_in_any_order(main_file, tmp_path):
    laptop_a, laptop_b = station(main_file, 1), station(main_file, 2)
    with WorkshopService.open(main_file) as service:
        idea_id = service.list_ideas()[0].idea.id
    for copy, text in ((laptop_a, "Versi A"), (laptop_b, "Versi B")):
        db = sqlite3.connect(copy)
        with db:
            db.execute(
                "UPDATE idea SET text = ?, updated_at = '2026-11-23 10:00:00.000000' WHERE id = ?",
                (text, idea_id),
            )
        db.close()
    outcomes = set()
    for name, order in (("ab", [laptop_a, laptop_b]), ("ba", [laptop_b, laptop_a])):
        target = tmp_path / f"{name}.labinovasi"
        shutil.copy2(main_file, target)
        merge(target, order)
        with WorkshopService.open(target) as service:
            outcomes.add(
                (service.get_idea(idea_id).text, tuple(sorted(service.idea_history(idea_id))))
            )
    assert len(outcomes) == 1
    text, history = outcomes.pop()
    assert {text, *history} == {"Versi A", "Versi B", "Gagasan awal DINKES"}


def test_stage_is_where_the_newest_change_took_it(main_file, tmp_path):
    copy = station(main_file, 1)
    with WorkshopService.open(copy) as service:
        opd = service.find_opd("DISTAN")
        service.move_stage(opd.id, Stage.DESIGN, override_reason="Dipercepat di stasiun")
    with WorkshopService.open(main_file) as service:
        for stage in (Stage.DIAGNOSE, Stage.DRUM_UP, Stage.DIAGNOSE, Stage.DRUM_UP):
            service.move_stage(opd.id, stage, override_reason="Keputusan pleno")
    target = tmp_path / "gabung.labinovasi"
    shutil.copy2(main_file, target)
    merge(target, [copy])
    refresh_station_copy(copy, main_file)
    for path in (target, copy):
        with WorkshopService.open(path) as service:
            assert service.find_opd("DISTAN").stage == Stage.DRUM_UP
            assert len(service.stage_changes(opd.id)) == 5


def test_a_whole_copy_carries_the_iga_portfolio_and_a_merge_does_not(main_file, tmp_path):
    """Which innovations a year's IGA report leaves out is decided on the main file: `copy`
    keeps it; a station never sends it."""
    from labinovasi.services import iga

    with WorkshopService.open(main_file) as service:
        opd = service.find_opd("DINKES")
        innovation = Innovations(service).add(opd.id, "SIAP ANTRE").id
        iga.set_reported(service, innovation, 2026, False)
    copied = tmp_path / "salinan.labinovasi"
    copy_workshop(main_file, copied)
    with WorkshopService.open(copied) as service:
        assert iga.reported_flags(service, 2026) == {innovation: False}
    copy = station(main_file, 1)
    with WorkshopService.open(copy) as service:
        iga.set_reported(service, innovation, 2026, True)
    merge(main_file, [copy])
    with WorkshopService.open(main_file) as service:
        assert iga.reported_flags(service, 2026) == {innovation: False}
