"""Issue 26, merge points: a station copy brings only what a station can do, for the OPD it was
made for; the dot limit holds across merged copies; idea.votes stays within what the app
allows; swapped evidence bytes wait for verification again. Verification, jurors and settings
come only from the facilitator's file. Every refusal is reported in `merge --json`."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.services import WorkshopService, jury
from labinovasi.services import evidence as ev
from labinovasi.services.innovations import Innovations
from labinovasi.services.sync import make_station_copy, merge
from labinovasi.services.team_work import TeamWork
from labinovasi.storage.models import utcnow

KEYS = ("kebaharuan", "kemanfaatan", "kewenangan", "replikasi", "penguasaan")
SK_BYTES = b"%PDF-1.4 SK Bupati tentang inovasi daerah\n" * 100


def tamper(path: Path, sql: str, *params) -> None:
    db = sqlite3.connect(path)
    try:
        db.execute(sql, params)
        db.commit()
    finally:
        db.close()


def rows(path: Path, sql: str, *params) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def now() -> str:
    return utcnow().isoformat(sep=" ")


def merged_json(main_file: Path, copies: list[Path], capsys) -> dict:
    capsys.readouterr()
    assert main(["merge", str(main_file), *map(str, copies), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """Two OPDs with four APKL-passing ideas each, an innovation with verified evidence, a
    juror with a sheet; 3 dots per participant."""
    folder = tmp_path_factory.mktemp("hak-stasiun")
    path = folder / "lab.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi 2026", min_ideas=4) as service:
        for name, abbr in (("Dinas Kesehatan", "DINKES"), ("Dinas Sosial", "DINSOS")):
            opd = service.add_opd(name, abbr)
            for n in range(4):
                idea = service.add_idea(opd.id, f"Gagasan {abbr} {n}").idea
                service.update_idea(
                    idea.id,
                    apkl_aktual=True,
                    apkl_problematik=True,
                    apkl_kekhalayakan=True,
                    apkl_layak=True,
                )
        dinkes = service.find_opd("DINKES")
        first = service.list_ideas(dinkes.id)[0].idea.id
        innovation = Innovations(service).add(dinkes.id, "SIAP ANTRE", idea_ids=[first])
        sk = folder / "sk.pdf"
        sk.write_bytes(SK_BYTES)
        ev.add_evidence(
            service, path=sk, indicator="20", innovation_id=innovation.id, year=2026, title="SK"
        )
        ev.set_answer(service, "20", innovation.id, 2026, parameter=2, status="diterima")
        jury.set_presentations(service, [innovation.id])
        juror = jury.add_juror(service, "Dr. Sari")
        jury.set_scores(service, juror.id, innovation.id, dict.fromkeys(KEYS, 80))
    return path


@pytest.fixture
def lab(template, tmp_path) -> Path:
    path = tmp_path / "lab.labinovasi"
    shutil.copy2(template, path)
    return path


def ideas_of(path: Path, abbreviation: str) -> list[str]:
    with WorkshopService.open(path) as service:
        return [v.idea.id for v in service.list_ideas(service.find_opd(abbreviation).id)]


def votes(path: Path) -> list[tuple]:
    return sorted(rows(path, "SELECT idea_id, participant, dots FROM vote"))


def dots_per_person(path: Path) -> dict[tuple[str, str], int]:
    totals: dict[tuple[str, str], int] = {}
    for opd_id, participant, dots in rows(
        path,
        "SELECT idea.opd_id, vote.participant, vote.dots FROM vote JOIN idea "
        "ON idea.id = vote.idea_id",
    ):
        totals[(opd_id, participant)] = totals.get((opd_id, participant), 0) + dots
    return totals


# -- the dot limit across copies ---------------------------------------------------------------


def test_the_same_person_voting_at_two_stations_keeps_three_dots(lab, tmp_path, capsys):
    ideas = ideas_of(lab, "DINKES")
    copies = []
    for n in range(2):
        copy = tmp_path / f"meja-{n}.labinovasi"
        make_station_copy(lab, copy, f"Meja {n}")
        with WorkshopService.open(copy) as station:
            TeamWork(station).set_dots(ideas[n], "Bidan Rina", 2)
            TeamWork(station).set_dots(ideas[2], "Bidan Rina", 1)
        copies.append(copy)
    report = merged_json(lab, copies, capsys)
    assert dots_per_person(lab) == {
        (rows(lab, "SELECT opd_id FROM idea WHERE id=?", ideas[0])[0][0], "Bidan Rina"): 3
    }
    # The earliest dots (the first station's) stay; the second station's are reported.
    assert votes(lab) == sorted([(ideas[0], "Bidan Rina", 2), (ideas[2], "Bidan Rina", 1)])
    rejected = [r for r in report["rejected"] if r["kind"] == "vote"]
    assert len(rejected) == 1 and rejected[0]["source"] == "meja-1.labinovasi"
    assert "paling banyak 3 titik" in rejected[0]["reason"]
    # Merging again changes nothing; nor does the other order on a fresh main file.
    again = merged_json(lab, copies, capsys)
    assert votes(lab) == sorted([(ideas[0], "Bidan Rina", 2), (ideas[2], "Bidan Rina", 1)])
    assert again["added"]["votes"] == 0


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    stations=st.lists(
        st.lists(
            st.tuples(
                st.sampled_from(["Rina", "Budi", "Sari"]), st.integers(0, 3), st.integers(0, 3)
            ),
            min_size=1,
            max_size=4,
        ),
        min_size=2,
        max_size=4,
    )
)
def test_no_participant_ever_has_more_dots_than_allowed_in_any_order(
    template, tmp_path_factory, stations
):
    folder = tmp_path_factory.mktemp("titik")
    lab = folder / "lab.labinovasi"
    shutil.copy2(template, lab)
    ideas = ideas_of(lab, "DINKES")
    copies = []
    for n, placed in enumerate(stations):
        copy = folder / f"meja-{n}.labinovasi"
        make_station_copy(lab, copy, f"Meja {n}")
        with WorkshopService.open(copy) as station:
            team = TeamWork(station)
            for person, idea, dots in placed:
                try:
                    team.set_dots(ideas[idea], person, dots)
                except BadInput:  # over the limit at this station: refused there
                    pass
        copies.append(copy)
    results = []
    for order in (copies, copies[::-1]):
        target = folder / f"utama-{len(results)}.labinovasi"
        shutil.copy2(lab, target)
        report = merge(target, order)
        assert all(total <= 3 for total in dots_per_person(target).values())
        # Before the limit: each (idea, participant) holds its newest dots from any copy.
        newest: dict[tuple[str, str], tuple[str, int]] = {}
        for c in copies:
            for idea_id, person, dots, at in rows(
                c, "SELECT idea_id, participant, dots, updated_at FROM vote"
            ):
                if (idea_id, person) not in newest or (at, dots) > newest[(idea_id, person)]:
                    newest[(idea_id, person)] = (at, dots)
        wanted: dict[str, int] = {}
        for (_idea, person), (_at, dots) in newest.items():
            wanted[person] = wanted.get(person, 0) + dots
        over = any(total > 3 for total in wanted.values())
        assert over == any(r.kind == "vote" for r in report.rejected)
        results.append(votes(target))
    assert results[0] == results[1]


# -- idea.votes ------------------------------------------------------------------------------


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(count=st.integers(-(2**63), 2**63 - 1))
def test_idea_votes_from_a_copy_stay_within_0_and_999(template, tmp_path_factory, count):
    folder = tmp_path_factory.mktemp("suara")
    lab = folder / "lab.labinovasi"
    shutil.copy2(template, lab)
    copy = folder / "meja.labinovasi"
    make_station_copy(lab, copy, "Meja")
    idea = ideas_of(lab, "DINKES")[1]
    tamper(copy, "UPDATE idea SET votes = ?, updated_at = ? WHERE id = ?", count, now(), idea)
    report = merge(lab, [copy])
    [(stored,)] = rows(lab, "SELECT votes FROM idea WHERE id = ?", idea)
    if 0 <= count <= 999:
        assert stored == count
    else:
        assert stored == 0
        assert [(r.kind, r.id) for r in report.rejected] == [("idea", idea)]
    assert all(0 <= v <= 999 for (v,) in rows(lab, "SELECT votes FROM idea"))


# -- evidence and verification ----------------------------------------------------------------


def _answer(path: Path) -> tuple:
    return rows(path, "SELECT status, note FROM indicator_answer")[0]


def test_swapped_evidence_bytes_send_the_answer_back_to_menunggu(lab, tmp_path, capsys):
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(lab, copy, "Meja")
    other = b"%PDF-1.4 dokumen lain sama sekali\n" * 90
    sha = hashlib.sha256(other).hexdigest()
    tamper(
        copy,
        "INSERT INTO evidence_blob (sha256, size, data, created_at) VALUES (?, ?, ?, ?)",
        sha,
        len(other),
        other,
        now(),
    )
    tamper(copy, "UPDATE evidence SET sha256 = ?, size = ?, updated_at = ?", sha, len(other), now())
    assert _answer(copy)[0] == "diterima"  # the answer itself left as it was
    merged_json(lab, [copy], capsys)
    assert rows(lab, "SELECT sha256 FROM evidence") == [(sha,)]
    assert _answer(lab)[0] == "menunggu"


def test_a_station_does_not_verify(lab, tmp_path, capsys):
    with WorkshopService.open(lab) as service:
        [innovation] = Innovations(service).list()
        ev.set_answer(service, "20", innovation.id, 2026, status="menunggu")
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(lab, copy, "Meja")
    with WorkshopService.open(copy) as station:
        ev.set_answer(station, "20", innovation.id, 2026, status="diterima", note="sudah dicek")
        ev.set_answer(station, "21", innovation.id, 2026, parameter=3, status="diterima")
    report = merged_json(lab, [copy], capsys)
    status = dict(rows(lab, "SELECT indicator, status FROM indicator_answer"))
    assert status == {"20": "menunggu", "21": "menunggu"}
    # The station's own choice (the parameter) is kept; its verdicts are reported.
    assert rows(lab, "SELECT parameter FROM indicator_answer WHERE indicator = '21'") == [(3,)]
    kinds = [r["kind"] for r in report["rejected"]]
    assert kinds == ["indicator_answer", "indicator_answer"]


def test_a_station_adds_renames_and_rewrites_no_juror(lab, tmp_path, capsys):
    with WorkshopService.open(lab) as service:
        before = [(r.entrant_id, r.mean) for r in jury.ranking(service)]
        [innovation] = Innovations(service).list()
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(lab, copy, "Meja")
    with WorkshopService.open(copy) as station:
        extra = jury.add_juror(station, "Juri Titipan")
        jury.set_scores(station, extra.id, innovation.id, dict.fromkeys(KEYS, 100))
    tamper(
        copy, "UPDATE juror SET name = 'Nama Lain', updated_at = ? WHERE name = 'Dr. Sari'", now()
    )
    report = merged_json(lab, [copy], capsys)
    assert rows(lab, "SELECT name FROM juror") == [("Dr. Sari",)]
    with WorkshopService.open(lab) as service:
        assert [(r.entrant_id, r.mean) for r in jury.ranking(service)] == before
    kinds = sorted(r["kind"] for r in report["rejected"])
    assert kinds == ["juror", "juror", *(["jury_score"] * len(KEYS))]


def test_a_station_changes_no_setting(lab, tmp_path, capsys):
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(lab, copy, "Meja")
    with WorkshopService.open(copy) as station:
        station.update_workshop(title="Judul stasiun", min_ideas=1, dots_per_participant=9)
    before = rows(lab, "SELECT title, min_ideas, dots_per_participant FROM workshop")
    report = merged_json(lab, [copy], capsys)
    assert rows(lab, "SELECT title, min_ideas, dots_per_participant FROM workshop") == before
    assert {"title", "min_ideas", "dots_per_participant"} <= set(report["ignored_settings"])


# -- a copy for one OPD -----------------------------------------------------------------------


def test_a_copy_for_dinkes_brings_only_dinkes(lab, tmp_path, capsys):
    copy = tmp_path / "meja-dinkes.labinovasi"
    make_station_copy(lab, copy, "Meja DINKES", opd="DINKES")
    dinsos = ideas_of(lab, "DINSOS")
    with WorkshopService.open(copy) as station:
        own = station.add_idea(station.find_opd("DINKES").id, "Posyandu keliling").idea.id
        team = TeamWork(station)
        team.set_dots(ideas_of(lab, "DINKES")[0], "Bidan Rina", 1)
        other_opd = station.find_opd("DINSOS").id
        station.add_idea(other_opd, "Dapur umum dari meja DINKES")
        station.update_idea(dinsos[0], text="Diubah oleh meja DINKES")
        team.set_dots(dinsos[1], "Bidan Rina", 2)
        Innovations(station).add(other_opd, "INOVASI TITIPAN", idea_ids=[dinsos[1]])
    before_dinsos = rows(
        lab,
        "SELECT id, text FROM idea WHERE opd_id = (SELECT opd_id FROM idea WHERE id = ?) ORDER BY id",
        dinsos[0],
    )
    report = merged_json(lab, [copy], capsys)
    assert rows(lab, "SELECT count(*) FROM idea WHERE id = ?", own) == [(1,)]
    assert (
        rows(
            lab,
            "SELECT id, text FROM idea WHERE opd_id = (SELECT opd_id FROM idea WHERE id = ?) ORDER BY id",
            dinsos[0],
        )
        == before_dinsos
    )
    assert votes(lab) == [(ideas_of(lab, "DINKES")[0], "Bidan Rina", 1)]
    assert rows(lab, "SELECT name FROM innovation") == [("SIAP ANTRE",)]
    kinds = sorted(r["kind"] for r in report["rejected"])
    assert kinds == ["idea", "idea", "idea_revision", "innovation", "innovation_idea", "vote"]
    assert report["added"]["ideas"] == 1


def test_a_copy_that_brings_nothing_reports_everything_unchanged(lab, tmp_path, capsys):
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(lab, copy, "Meja")
    report = merged_json(lab, [copy], capsys)
    assert not any(report["added"].values()) and not any(report["updated"].values())
    assert report["unchanged"]["ideas"] == 8 and report["unchanged"]["evidence"] == 1
    assert report["rejected"] == []
