"""A station copy edited with an SQLite tool (or damaged, or from a laptop with a wrong clock)
goes through the same rules as typed input: what fails is left out and reported, the main
file stays readable, workshop settings never come from a station, the future never wins."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest

from labinovasi.cli import main
from labinovasi.domain import Stage
from labinovasi.domain.limits import MAX_IDEA_LENGTH
from labinovasi.services import WorkshopService
from labinovasi.services.sync import make_station_copy, merge


@pytest.fixture
def main_file(tmp_path) -> Path:
    path = tmp_path / "utama.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi 2026", min_ideas=5) as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_idea(opd.id, "Gagasan awal")
    return path


@pytest.fixture
def copy(main_file) -> Path:
    out = main_file.with_name("meja.labinovasi")
    make_station_copy(main_file, out, "Meja 1")
    return out


def tamper(path: Path, sql: str, *params) -> None:
    db = sqlite3.connect(path)
    try:
        db.execute(sql, params)
        db.commit()
    finally:
        db.close()


def one(path: Path, sql: str, *params):
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, params).fetchone()
    finally:
        db.close()


def opd_id(path: Path) -> str:
    return one(path, "SELECT id FROM opd WHERE abbreviation = 'DINKES'")[0]


def add_idea_row(path: Path, text: str, opd: str | None = None, **columns) -> str:
    idea_id = str(uuid.uuid4())
    values = {
        "id": idea_id,
        "opd_id": opd or opd_id(path),
        "text": text,
        "author": "",
        "problem": "",
        "root_cause": "",
        "affected": "",
        "apkl_aktual": 0,
        "apkl_problematik": 0,
        "apkl_kekhalayakan": 0,
        "apkl_layak": 0,
        "votes": 0,
        "chosen": 0,
        "withdrawn_reason": "",
        "created_at": "2026-11-23 10:00:00.000000",
        "updated_at": "2026-11-23 10:00:00.000000",
    } | columns
    tamper(
        path,
        f"INSERT INTO idea ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        *values.values(),
    )
    return idea_id


def stage_change(path: Path, to: str, reason: str = "", at: str = "2026-11-23 11:00:00") -> None:
    tamper(
        path,
        "INSERT INTO stage_change (id, opd_id, from_stage, to_stage, override_reason, "
        "at) VALUES (?, ?, 'drum-up', ?, ?, ?)",
        str(uuid.uuid4()),
        opd_id(path),
        to,
        reason,
        at,
    )
    tamper(path, "UPDATE opd SET stage = ?", to)


def merged_json(main_file, copy, capsys) -> dict:
    capsys.readouterr()  # what earlier commands printed
    assert main(["merge", str(main_file), str(copy), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_unknown_stage_is_rejected_and_the_main_file_still_opens(main_file, copy, capsys):
    stage_change(copy, "surga")
    report = merged_json(main_file, copy, capsys)
    assert [r["kind"] for r in report["rejected"]] == ["stage_change"]
    assert main(["status", str(main_file)]) == 0
    assert main(["check", str(main_file)]) == 0


def test_forward_move_without_reason_and_ideas_is_rejected(main_file, copy, capsys):
    stage_change(copy, "design")
    report = merged_json(main_file, copy, capsys)
    assert report["rejected"][0]["kind"] == "stage_change"
    assert "1 dari 5" in report["rejected"][0]["reason"]
    with WorkshopService.open(main_file) as service:
        assert service.find_opd("DINKES").stage is Stage.DRUM_UP
        assert service.stage_changes() == []


def test_forward_move_with_an_override_reason_is_kept(main_file, copy, capsys):
    stage_change(copy, "diagnose", reason="Disetujui kepala bidang")
    assert merged_json(main_file, copy, capsys)["rejected"] == []
    with WorkshopService.open(main_file) as service:
        assert service.find_opd("DINKES").stage is Stage.DIAGNOSE


def test_a_new_opd_row_cannot_bring_its_own_stage(main_file, copy, capsys):
    tamper(
        copy,
        "INSERT INTO opd (id, workshop_id, name, abbreviation, stage, position, "
        "created_at, updated_at) SELECT ?, id, 'Dinas Sosial', 'DINSOS', 'design', 1, "
        "'2026-11-23', '2026-11-23' FROM workshop",
        str(uuid.uuid4()),
    )
    merged_json(main_file, copy, capsys)
    with WorkshopService.open(main_file) as service:
        assert service.find_opd("DINSOS").stage is Stage.DRUM_UP


def test_a_station_never_changes_workshop_settings(main_file, copy, capsys):
    tamper(
        copy, "UPDATE workshop SET min_ideas = 0, title = 'Diambil alih', updated_at = '2026-12-31'"
    )
    with pytest.raises(Exception):  # noqa: B017 - the copy itself is refused on open too
        WorkshopService.open(copy)
    report = merged_json(main_file, copy, capsys)
    assert set(report["ignored_settings"]) == {"min_ideas", "title"}
    with WorkshopService.open(main_file) as service:
        workshop = service.workshop()
        assert (workshop.title, workshop.min_ideas) == ("Lab Inovasi 2026", 5)


@pytest.mark.parametrize(
    "columns",
    [
        {"usg_urgency": 99},
        {"votes": -1000},
        {"text": "x" * (MAX_IDEA_LENGTH + 1)},
        {"text": "\x01\x02"},
    ],
)
def test_ideas_breaking_a_rule_are_rejected(main_file, copy, capsys, columns):
    idea = add_idea_row(copy, columns.pop("text", "Gagasan dari meja"), **columns)
    report = merged_json(main_file, copy, capsys)
    assert [(r["kind"], r["id"]) for r in report["rejected"]] == [("idea", idea)]
    with WorkshopService.open(main_file) as service:
        assert service.status().ideas == 1


def test_a_two_million_character_idea_is_rejected(main_file, copy, capsys):
    add_idea_row(copy, "panjang " * 250_000)
    report = merged_json(main_file, copy, capsys)
    assert "terlalu panjang" in report["rejected"][0]["reason"]
    with WorkshopService.open(main_file) as service:
        assert service.status().ideas == 1


def test_control_characters_are_stripped_and_export_works(main_file, copy, capsys, tmp_path):
    add_idea_row(copy, "Antrean\x00 daring\x1b[31m\x07")
    assert merged_json(main_file, copy, capsys)["rejected"] == []
    texts = [r[0] for r in sqlite3.connect(main_file).execute("SELECT text FROM idea")]
    assert "Antrean daring[31m" in texts
    assert (
        main(["export", str(main_file), "--format", "xlsx", "--out", str(tmp_path / "hasil.xlsx")])
        == 0
    )


def test_an_idea_of_an_unknown_opd_is_rejected_not_a_keyerror(main_file, copy, capsys):
    tamper(copy, "PRAGMA foreign_keys = OFF")
    db = sqlite3.connect(copy)
    db.execute("PRAGMA foreign_keys = OFF")
    db.close()
    idea = add_idea_row(copy, "Yatim", opd=str(uuid.uuid4()))
    report = merged_json(main_file, copy, capsys)
    assert [(r["kind"], r["id"]) for r in report["rejected"]] == [("idea", idea)]


def test_a_time_in_the_future_never_wins_later_conflicts(main_file, copy, capsys):
    idea = one(copy, "SELECT id FROM idea")[0]
    tamper(copy, "UPDATE idea SET text = 'Dari masa depan', updated_at = '2099-01-01 00:00:00'")
    report = merged_json(main_file, copy, capsys)
    assert {"kind": "idea", "id": idea} in report["clock_skew"]
    with WorkshopService.open(main_file) as service:
        # Not believed: the main file's own text stays; the other is kept in the history.
        assert service.get_idea(idea).text == "Gagasan awal"
        service.update_idea(idea, text="Diperbaiki fasilitator")
    merged_json(main_file, copy, capsys)
    with WorkshopService.open(main_file) as service:
        assert service.get_idea(idea).text == "Diperbaiki fasilitator"


def test_a_future_new_idea_is_kept_with_the_merge_time(main_file, copy, capsys):
    idea = add_idea_row(
        copy,
        "Gagasan jam salah",
        created_at="2099-01-01 00:00:00",
        updated_at="2099-01-01 00:00:00",
    )
    report = merged_json(main_file, copy, capsys)
    assert report["rejected"] == [] and {"kind": "idea", "id": idea} in report["clock_skew"]
    assert one(main_file, "SELECT created_at FROM idea WHERE id = ?", idea)[0] < "2099"
    again = merged_json(main_file, copy, capsys)  # idempotent: nothing added or updated
    assert not any(again["added"].values()) and not any(again["updated"].values())


def test_merge_of_many_copies_twice(main_file, tmp_path):
    """Ten copies of 1,000 new ideas each, merged twice: every idea once. How long it takes is
    measured in benchmarks/ against a floor of the same run, never here (a wall-clock bound
    failed on a loaded 2-core machine and proves nothing on a fast one)."""
    copies = []
    for n in range(10):
        out = tmp_path / f"m{n}.labinovasi"
        make_station_copy(main_file, out, f"Meja {n}")
        opd = opd_id(out)
        db = sqlite3.connect(out)
        db.executemany(
            "INSERT INTO idea (id, opd_id, text, author, problem, root_cause, affected, "
            "apkl_aktual, apkl_problematik, apkl_kekhalayakan, apkl_layak, votes, chosen, "
            "withdrawn_reason, created_at, updated_at) VALUES (?, ?, ?, '', '', '', '', 0, 0, "
            "0, 0, 0, 0, '', '2026-11-23 10:00:00', '2026-11-23 10:00:00')",
            [(str(uuid.uuid4()), opd, f"Meja {n} gagasan {i}") for i in range(1000)],
        )
        db.commit()
        db.close()
        copies.append(out)
    for _round in range(2):
        merge(main_file, copies)
        with WorkshopService.open(main_file) as service:
            assert service.status().ideas == 10_001


# -- every other table: innovations, votes, evidence, deliver, display ---------------------
# One workshop holding a record of every kind, a station copy of it, and a tampering per
# hostile case: the record is left out and reported, and the main file still works.

KEYS = ("kebaharuan", "kemanfaatan", "kewenangan", "replikasi", "penguasaan")
SK_BYTES = b"%PDF-1.4 SK Bupati tentang inovasi daerah\n" * 100


@pytest.fixture
def lab(tmp_path) -> Path:
    from labinovasi.domain.innovations import ActionStep
    from labinovasi.services import delivery, jury
    from labinovasi.services import evidence as ev
    from labinovasi.services.innovations import Innovations

    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi 2026", min_ideas=5) as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_opd("Dinas Sosial", "DINSOS")
        ideas = [service.add_idea(opd.id, f"Gagasan {n}").idea.id for n in range(5)]
        for idea in ideas:
            service.update_idea(
                idea,
                apkl_aktual=True,
                apkl_problematik=True,
                apkl_kekhalayakan=True,
                apkl_layak=True,
            )
        innovations = Innovations(service)
        innovation = innovations.add(opd.id, "SIAP ANTRE", idea_ids=[ideas[0]])
        innovations.set_actions(
            innovation.id,
            [ActionStep("Sosialisasi", start=date(2026, 12, 1), end=date(2026, 12, 5))],
        )
        sk = tmp_path / "sk.pdf"
        sk.write_bytes(SK_BYTES)
        ev.add_evidence(
            service, path=sk, indicator="20", innovation_id=innovation.id, year=2026, title="SK"
        )
        ev.set_answer(service, "20", innovation.id, 2026, parameter=2, status="diterima")
        delivery.add_monitoring(service, opd.id, date(2026, 12, 2), "monev", progress=40)
        jury.set_presentations(service, [innovation.id])
        juror = jury.add_juror(service, "Dr. Sari")
        jury.set_scores(service, juror.id, innovation.id, dict.fromkeys(KEYS, 80))
    return path


@pytest.fixture
def station(lab) -> Path:
    out = lab.with_name("meja-2.labinovasi")
    make_station_copy(lab, out, "Meja 2")
    return out


def rows(path: Path, sql: str, *params) -> list[dict]:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute(sql, params)]
    finally:
        db.close()


def clone(path: Path, table: str, **changes) -> str:
    """Insert a copy of the table's first row with `changes` (a fresh id unless given)."""
    row = rows(path, f"SELECT * FROM {table} LIMIT 1")[0]
    if "id" in row and "id" not in changes:
        changes["id"] = str(uuid.uuid4())
    row |= changes
    tamper(
        path,
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        *row.values(),
    )
    return str(row.get("id") or "")


def just_now() -> str:
    """Newer than anything the fixtures wrote, and not in the future."""
    from labinovasi.storage.models import utcnow

    return utcnow().isoformat(sep=" ")


def first_id(path: Path, table: str) -> str:
    return rows(path, f"SELECT id FROM {table} LIMIT 1")[0]["id"]


def main_still_works(main_file: Path, tmp_path: Path) -> None:
    """What a bricked file broke: the commands, the reports, the after-lab screens' reads."""
    from labinovasi.services import delivery, jury
    from labinovasi.services import evidence as ev
    from labinovasi.services.innovations import Innovations

    target = str(main_file)
    assert main(["check", target]) == 0
    assert main(["status", target, "--json"]) == 0
    assert main(["export", target, "--format", "xlsx", "--out", str(tmp_path / "x.xlsx")]) == 0
    assert (
        main(["export", target, "--format", "iga-xlsx", "--out", str(tmp_path / "iga.xlsx")]) == 0
    )
    assert main(["report", target, "--summary", "--out", str(tmp_path / "rekap.pdf")]) == 0
    assert main(["deliver", "timeline", target]) == 0
    assert main(["iga", "check", target, "--year", "2026"]) == 0
    with WorkshopService.open(main_file) as service:
        for innovation in Innovations(service).list():
            Innovations(service).history(innovation.id)
        delivery.timeline(service)
        delivery.monitoring_log(service)
        delivery.launchings(service)
        delivery.tahapan_history(service)
        ev.list_answers(service)
        ev.evidence_links(service)
        jury.presentation_schedule(service)
        jury.ranking(service)
        jury.revealed_ranking(service)


def hostile_merge(lab: Path, station: Path, capsys) -> dict:
    capsys.readouterr()
    report = merged_json(lab, station, capsys)
    assert main(["merge", str(lab), str(station)]) == 0  # the text report too
    text = capsys.readouterr().out
    for rejection in report["rejected"]:
        assert rejection["id"][:8] in text
    return report


def _innovation(path, **changes):
    return clone(path, "innovation", **changes)


def _action(path, **changes):
    return clone(path, "innovation_action", **changes)


def _vote(path, **changes):
    idea = rows(path, "SELECT id FROM idea ORDER BY created_at LIMIT 1")[0]["id"]
    name = f"Peserta {uuid.uuid4().hex[:6]}"  # one row per (idea, participant) in the copy
    values = {"idea_id": idea, "participant": name, "dots": 1} | changes
    tamper(
        path,
        "INSERT INTO vote (id, idea_id, participant, dots, updated_at) VALUES (?, ?, ?, ?, ?)",
        str(uuid.uuid4()),
        values["idea_id"],
        values["participant"],
        values["dots"],
        "2026-11-23 10:00:00",
    )


def _blob(path, data: bytes, sha: str | None = None, size: int | None = None) -> str:
    import hashlib

    sha = sha or hashlib.sha256(data).hexdigest()
    tamper(
        path,
        "INSERT INTO evidence_blob (sha256, size, data, created_at) VALUES (?, ?, ?, ?)",
        sha,
        len(data) if size is None else size,
        data,
        "2026-11-23 10:00:00",
    )
    clone(path, "evidence", sha256=sha, size=len(data) if size is None else size)
    return sha


def _answer(path, **changes):
    return clone(path, "indicator_answer", **changes)


def _progress(path, **changes):
    action = first_id(path, "innovation_action")
    values = {"action_id": action, "status": "berjalan", "realised_on": None, "note": ""} | changes
    tamper(
        path,
        "INSERT INTO action_progress (action_id, status, realised_on, note, updated_at) "
        "VALUES (?, ?, ?, ?, '2026-11-23 10:00:00')",
        *values.values(),
    )


def _tahapan(path, **changes):
    values = {
        "id": str(uuid.uuid4()),
        "innovation_id": first_id(path, "innovation"),
        "from_stage": "inisiatif",
        "to_stage": "uji-coba",
        "on_date": "2026-12-10",
    } | changes
    tamper(
        path,
        "INSERT INTO tahapan_change (id, innovation_id, from_stage, to_stage, on_date, note, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, '', '2026-11-23 10:00:00')",
        *values.values(),
    )


def _launching(path, **changes):
    values = {
        "id": str(uuid.uuid4()),
        "innovation_id": first_id(path, "innovation"),
        "on_date": "2026-12-20",
        "news_link": "",
        "place": "Aula",
    } | changes
    tamper(
        path,
        "INSERT INTO launching (id, innovation_id, on_date, news_link, place, by_whom, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'Bupati', '2026-11-23 10:00:00', "
        "'2026-11-23 10:00:00')",
        *values.values(),
    )


def _score(path, **changes):
    row = rows(path, "SELECT * FROM jury_score LIMIT 1")[0]
    tamper(path, "DELETE FROM jury_score WHERE id = ?", row["id"])
    row |= {"updated_at": "2026-11-23 10:00:00"} | changes
    tamper(
        path,
        f"INSERT INTO jury_score ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        *row.values(),
    )


UNKNOWN = "00000000-0000-4000-8000-00000000dead"

# (case, tampering of the station copy, the kind of record rejected)
HOSTILE = [
    ("vote -1000", lambda p: _vote(p, dots=-1000), "vote"),
    ("vote over the dots setting", lambda p: _vote(p, dots=99), "vote"),
    ("vote of an unknown idea", lambda p: _vote(p, idea_id=UNKNOWN), "vote"),
    ("vote with no participant", lambda p: _vote(p, participant=" \x07 "), "vote"),
    ("innovation of an unknown OPD", lambda p: _innovation(p, opd_id=UNKNOWN), "innovation"),
    ("innovation tahapan 'surga'", lambda p: _innovation(p, stage="surga"), "innovation"),
    ("innovation jenis unknown", lambda p: _innovation(p, kind="kuantum"), "innovation"),
    ("innovation with no name", lambda p: _innovation(p, name="\x01 "), "innovation"),
    ("innovation budget -5", lambda p: _innovation(p, budget=-5), "innovation"),
    ("innovation budget text", lambda p: _innovation(p, budget="banyak"), "innovation"),
    ("innovation date garbage", lambda p: _innovation(p, trial_date="kemarin"), "innovation"),
    ("innovation stamps garbage", lambda p: _innovation(p, stamps="{bukan json"), "innovation"),
    (
        "innovation 2,000,000-character rancang bangun",
        lambda p: _innovation(p, design_text="kata " * 400_000),
        "innovation",
    ),
    (
        "action ends before it starts",
        lambda p: _action(p, end_date="2026-01-01"),
        "innovation_action",
    ),
    ("action with no kegiatan", lambda p: _action(p, activity="  "), "innovation_action"),
    (
        "action of an unknown innovation",
        lambda p: _action(p, innovation_id=UNKNOWN),
        "innovation_action",
    ),
    (
        "innovation linked to another OPD's idea",
        lambda p: tamper(
            p,
            "INSERT INTO innovation_idea (innovation_id, idea_id) SELECT i.id, ?  FROM innovation i",
            add_idea_row(
                p,
                "Gagasan DINSOS",
                opd=rows(p, "SELECT id FROM opd WHERE abbreviation = 'DINSOS'")[0]["id"],
            ),
        ),
        "innovation_idea",
    ),
    (
        "history of an unknown innovation",
        lambda p: (
            clone(p, "innovation_change", innovation_id=UNKNOWN)
            if rows(p, "SELECT id FROM innovation_change")
            else tamper(
                p,
                "INSERT INTO innovation_change (id, innovation_id, field, old_value, new_value, at, "
                "source) VALUES (?, ?, 'name', 'a', 'b', '2026-11-23', 'edit')",
                str(uuid.uuid4()),
                UNKNOWN,
            )
        ),
        "innovation_change",
    ),
    (
        "file whose bytes are not its sha256",
        lambda p: _blob(p, b"lain", sha="ab" * 32),
        "evidence_blob",
    ),
    ("file whose size lies", lambda p: _blob(p, b"isi berkas", size=3), "evidence"),
    ("evidence of a missing file", lambda p: clone(p, "evidence", sha256="cd" * 32), "evidence"),
    (
        "evidence link javascript:",
        lambda p: clone(p, "evidence", sha256=None, size=None, link="javascript:alert(1)"),
        "evidence",
    ),
    ("answer parameter 7", lambda p: _answer(p, parameter=7, indicator="21"), "indicator_answer"),
    (
        "answer status 'lulus'",
        lambda p: _answer(p, status="lulus", indicator="21"),
        "indicator_answer",
    ),
    ("answer indicator 999", lambda p: _answer(p, indicator="999"), "indicator_answer"),
    (
        "answer of an unknown innovation",
        lambda p: _answer(p, innovation_id=UNKNOWN),
        "indicator_answer",
    ),
    ("answer of a year with no rules", lambda p: _answer(p, year=1999), "indicator_answer"),
    (
        "link of an unknown answer",
        lambda p: tamper(
            p,
            "INSERT INTO answer_evidence (answer_id, evidence_id, created_at) SELECT ?, id, "
            "'2026-11-23' FROM evidence",
            UNKNOWN,
        ),
        "answer_evidence",
    ),
    ("progress status 'hacked'", lambda p: _progress(p, status="hacked"), "action_progress"),
    ("progress selesai with no date", lambda p: _progress(p, status="selesai"), "action_progress"),
    (
        "progress of an unknown activity",
        lambda p: _progress(p, action_id=UNKNOWN),
        "action_progress",
    ),
    ("tahapan 'surga'", lambda p: _tahapan(p, to_stage="surga"), "tahapan_change"),
    (
        "tahapan of an unknown innovation",
        lambda p: _tahapan(p, innovation_id=UNKNOWN),
        "tahapan_change",
    ),
    ("monitoring progress 500%", lambda p: clone(p, "monitoring", progress=500), "monitoring"),
    (
        "monitoring note too long",
        lambda p: clone(p, "monitoring", obstacles="x" * 6000),
        "monitoring",
    ),
    (
        "monitoring of another OPD's innovation",
        lambda p: clone(
            p,
            "monitoring",
            opd_id=rows(p, "SELECT id FROM opd WHERE abbreviation = 'DINSOS'")[0]["id"],
            innovation_id=first_id(p, "innovation"),
        ),
        "monitoring",
    ),
    ("launching place too long", lambda p: _launching(p, place="x" * 6000), "launching"),
    (
        "monitoring of an unknown OPD",
        lambda p: clone(p, "monitoring", opd_id=UNKNOWN),
        "monitoring",
    ),
    (
        "launching news link javascript:",
        lambda p: _launching(p, news_link="javascript:x"),
        "launching",
    ),
    (
        "launching of an unknown innovation",
        lambda p: _launching(p, innovation_id=UNKNOWN),
        "launching",
    ),
    ("score 9999", lambda p: _score(p, score=999_900), "jury_score"),
    ("score of an unknown criterion", lambda p: _score(p, criterion="kecantikan"), "jury_score"),
    ("score of an unknown juror", lambda p: _score(p, juror_id=UNKNOWN), "jury_score"),
    ("juror with no name", lambda p: clone(p, "juror", name=""), "juror"),
    (
        "presentation of another event",
        lambda p: clone(p, "presentation", event_id=UNKNOWN),
        "presentation",
    ),
    ("second gelar inovasi", lambda p: clone(p, "display_event", id=UNKNOWN), "display_event"),
    (
        "idea with a garbage date",
        lambda p: add_idea_row(p, "Gagasan", created_at="kemarin"),
        "idea",
    ),
    (
        "OPD position as text",
        lambda p: tamper(p, "UPDATE opd SET position = 'atas', updated_at = '2026-12-01'"),
        "opd",
    ),
]


@pytest.mark.parametrize("tampering, kind", [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE])
def test_a_hostile_record_is_rejected_and_the_main_file_still_works(
    lab, station, capsys, tmp_path, tampering, kind
):
    tampering(station)
    report = hostile_merge(lab, station, capsys)
    assert kind in {r["kind"] for r in report["rejected"]}, report["rejected"]
    main_still_works(lab, tmp_path)
    again = merged_json(lab, station, capsys)  # idempotent: a second merge changes nothing
    assert not any(again["added"].values()) and not any(again["updated"].values())


def test_control_characters_in_an_innovation_are_stripped(lab, station, capsys):
    from labinovasi.services.innovations import Innovations

    innovation = _innovation(station, name="SIAP\x00 ANTRE\x1b[31m 2")
    assert merged_json(lab, station, capsys)["rejected"] == []
    with WorkshopService.open(lab) as service:
        assert Innovations(service).get(innovation).name == "SIAP ANTRE[31m 2"


def test_an_innovation_field_stamped_in_the_future_never_wins_later(lab, station, capsys):
    from labinovasi.services.innovations import Innovations

    innovation = first_id(station, "innovation")
    tamper(
        station,
        "UPDATE innovation SET goal = 'Dari masa depan', stamps = ?",
        json.dumps({"goal": "2099-01-01T00:00:00"}),
    )
    report = merged_json(lab, station, capsys)
    assert {"kind": "innovation", "id": innovation} in report["clock_skew"]
    with WorkshopService.open(lab) as service:
        Innovations(service).set_fields(innovation, {"goal": "Antrean lebih pendek"})
    merged_json(lab, station, capsys)
    with WorkshopService.open(lab) as service:
        assert Innovations(service).get(innovation).goal == "Antrean lebih pendek"


def test_a_vote_from_the_future_never_wins_later(lab, station, capsys):
    from labinovasi.services.team_work import TeamWork

    idea = rows(station, "SELECT id FROM idea ORDER BY created_at LIMIT 1")[0]["id"]
    _vote(station, dots=3, participant="Bidan Maya")
    tamper(station, "UPDATE vote SET updated_at = '2099-01-01 00:00:00'")
    merged_json(lab, station, capsys)
    with WorkshopService.open(lab) as service:
        TeamWork(service).set_dots(idea, "Bidan Maya", 1)
    report = merged_json(lab, station, capsys)
    assert report["updated"]["votes"] == 0
    with WorkshopService.open(lab) as service:
        assert TeamWork(service).participant_dots(service.find_opd("DINKES").id, "Bidan Maya") == {
            idea: 1
        }


def test_a_station_never_changes_the_gelar_inovasi(lab, station, capsys):
    from labinovasi.services import jury

    rubric = json.dumps({"criteria": [{"key": "kebaharuan", "name": "K", "weight": "100"}]})
    innovation = first_id(station, "innovation")
    tamper(
        station,
        "UPDATE display_event SET rubric = ?, top_n = 1, fixed_ranking = ?, revealed = 1, "
        "title = 'Diambil alih', updated_at = ?",
        rubric,
        json.dumps([innovation]),
        just_now(),
    )
    report = merged_json(lab, station, capsys)
    assert {"display_event.rubric", "display_event.revealed"} <= set(report["ignored_settings"])
    with WorkshopService.open(lab) as service:
        event = jury.event(service)
        assert (event.title, event.top_n, event.revealed) == ("Gelar Inovasi", 3, False)
        assert [c.key for c in jury.rubric(service).criteria] == list(KEYS)
        assert jury.revealed_ranking(service) is None


def test_scores_from_a_station_are_refused_once_the_top_is_fixed(lab, station, capsys):
    from labinovasi.services import jury

    tamper(station, "UPDATE jury_score SET score = 1000, updated_at = ?", just_now())
    with WorkshopService.open(lab) as service:
        jury.fix_top(service, force=True)
    report = merged_json(lab, station, capsys)
    assert {r["kind"] for r in report["rejected"]} == {"jury_score"}
    with WorkshopService.open(lab) as service:
        [entry] = jury.ranking(service)
        assert entry.mean == 80


def test_region_answers_come_from_the_main_file_only(lab, station, capsys):
    from labinovasi.services import evidence as ev

    _answer(station, innovation_id=None, indicator="1", parameter=3, status="diterima")
    report = merged_json(lab, station, capsys)
    assert [r["kind"] for r in report["rejected"]] == ["indicator_answer"]
    with WorkshopService.open(lab) as service:
        assert ev.list_answers(service, region=True) == []


def test_evidence_a_station_attaches_waits_for_verification_again(lab, station, capsys):
    from labinovasi.services import evidence as ev

    innovation = first_id(station, "innovation")
    with WorkshopService.open(station) as copy:
        ev.add_evidence(
            copy,
            link="https://contoh.go.id/sk",
            indicator="20",
            innovation_id=innovation,
            year=2026,
        )
    # The station's answer is older than the main file's verdict: the verdict stays newer,
    # but it was given without the new evidence.
    with WorkshopService.open(lab) as service:
        ev.set_answer(service, "20", innovation, 2026, status="diterima", note="diperiksa")
    merged_json(lab, station, capsys)
    with WorkshopService.open(lab) as service:
        [answer] = ev.list_answers(service, innovation)
        assert len(answer.evidence_ids) == 2
        assert answer.status.value == "menunggu"


def test_a_file_over_the_size_limit_is_not_copied(lab, station, capsys):
    import hashlib

    from labinovasi.domain.limits import MAX_EVIDENCE_BYTES

    size = MAX_EVIDENCE_BYTES + 1
    sha = hashlib.sha256(bytes(size)).hexdigest()
    tamper(
        station,
        "INSERT INTO evidence_blob (sha256, size, data, created_at) VALUES (?, ?, zeroblob(?), "
        "'2026-11-23')",
        sha,
        size,
        size,
    )
    report = merged_json(lab, station, capsys)
    assert [r["kind"] for r in report["rejected"]] == ["evidence_blob"]
    assert one(lab, "SELECT count(*) FROM evidence_blob")[0] == 1


def test_main_file_refreshing_a_station_is_checked_too(lab, station, capsys, tmp_path):
    """The other way round: a tampered main file cannot brick a station copy either."""
    tamper(lab, "UPDATE workshop SET dots_per_participant = 500, updated_at = '2026-12-31'")
    _progress(lab, status="hacked")
    report = merged_json(station, lab, capsys)
    assert {"workshop", "action_progress"} <= {r["kind"] for r in report["rejected"]}
    main_still_works(station, tmp_path)


def test_a_copy_missing_a_table_is_refused_cleanly(lab, station, capsys):
    tamper(station, "DROP TABLE jury_score")
    assert main(["merge", str(lab), str(station)]) == 5
    assert "jury_score" in capsys.readouterr().err


def test_every_hostile_record_at_once_then_the_app_opens(lab, station, capsys, qtbot, tmp_path):
    from labinovasi.ui.facilitator.main_window import MainWindow

    kinds = set()
    for _case, tampering, kind in HOSTILE:
        try:
            tampering(station)
        except sqlite3.IntegrityError:
            continue  # a second record where the copy's own keys allow one
        kinds.add(kind)
    report = hostile_merge(lab, station, capsys)
    assert kinds <= {r["kind"] for r in report["rejected"]}
    main_still_works(lab, tmp_path)
    with WorkshopService.open(lab) as service:
        window = MainWindow(service=service)
        qtbot.addWidget(window)
        window.show()
        assert window.board.model.rowCount() == 2
        window.close()


def test_a_file_over_its_indicators_limit_is_not_attached(lab, station, capsys):
    """Indicator 19 takes photos of at most 10 MB (the rule file): attaching an 11 MB file in
    a copy is refused as attaching it in the app is; the item itself may stay unattached."""
    import hashlib

    size = 11 * 1024 * 1024
    sha = hashlib.sha256(bytes(size)).hexdigest()
    tamper(
        station,
        "INSERT INTO evidence_blob (sha256, size, data, created_at) VALUES (?, ?, zeroblob(?), "
        "'2026-11-23')",
        sha,
        size,
        size,
    )
    item = clone(station, "evidence", sha256=sha, size=size, file_name="foto.jpg")
    answer = _answer(station, indicator="19", status="menunggu")
    tamper(
        station,
        "INSERT INTO answer_evidence (answer_id, evidence_id, created_at) VALUES (?, ?, "
        "'2026-11-23')",
        answer,
        item,
    )
    report = merged_json(lab, station, capsys)
    assert [r["kind"] for r in report["rejected"]] == ["answer_evidence"]
    assert "indikator 19" in report["rejected"][0]["reason"]
    assert one(lab, "SELECT count(*) FROM answer_evidence WHERE evidence_id = ?", item)[0] == 0
