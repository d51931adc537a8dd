"""Station copies made through SQLite's backup API: what they carry (evidence bytes only when
asked), that merging one back never loses the main file's evidence, and that merging the open
workshop into itself is refused, by any path that names it (issue 21)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.services import WorkshopService
from labinovasi.services import evidence as ev
from labinovasi.services.sync import make_station_copy, merge

SK_BYTES = b"%PDF-1.4 SK Bupati tentang inovasi daerah\n" * 20000  # ~840 KB


@pytest.fixture
def lab(tmp_path) -> Path:
    from labinovasi.services.innovations import Innovations

    path = tmp_path / "lab.labinovasi"
    sk = tmp_path / "sk.pdf"
    sk.write_bytes(SK_BYTES)
    with WorkshopService.create(path, "Lab Inovasi 2026") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        service.add_opd("Dinas Sosial", "DINSOS")
        idea = service.add_idea(opd.id, "Antrean puskesmas lewat SMS").idea
        innovation = Innovations(service).add(opd.id, "SIAP ANTRE", idea_ids=[idea.id])
        ev.add_evidence(
            service, path=sk, indicator="20", innovation_id=innovation.id, year=2026, title="SK"
        )
        ev.set_answer(service, "20", innovation.id, 2026, parameter=2, status="diterima")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def evidence_state(path: Path) -> tuple:
    """Every evidence item with its bytes' digest, every answer with its verdict and links."""
    with WorkshopService.open(path) as service:
        items = sorted(
            (e.id, hashlib.sha256(ev.evidence_bytes(service, e.id)).hexdigest())
            for e in ev.list_evidence(service)
        )
        answers = sorted(
            (a.id, a.status.value, tuple(sorted(a.evidence_ids)))
            for a in ev.list_answers(service, None)
        )
    return items, answers


def test_a_station_copy_carries_the_evidence_list_but_not_its_bytes(lab, tmp_path):
    out = tmp_path / "meja-1.labinovasi"
    made = make_station_copy(lab, out, "Meja 1")
    assert (made.with_evidence, made.evidence_files, made.left_out_files) == (False, 0, 1)
    assert made.left_out_bytes == len(SK_BYTES)
    assert "tanpa isi 1 berkas bukti" in made.line()
    # The bytes are not in the file at all (the space was given back), only their row: the
    # copy is smaller than the main file by about the file's size (a bound that does not
    # move with the schema's own pages, one more with each new table).
    assert out.stat().st_size < lab.stat().st_size - len(SK_BYTES) * 3 // 4
    assert not out.with_name(out.name + "-wal").exists()
    with WorkshopService.open(out) as station:
        assert station.workshop().station_name == "Meja 1"
        [item] = ev.list_evidence(station)
        assert item.file_name == "sk.pdf" and item.size == len(SK_BYTES)
        with pytest.raises(BadInput, match="tidak dibawa salinan stasiun"):
            ev.evidence_bytes(station, item.id)


def test_with_evidence_the_copy_carries_the_bytes(lab, tmp_path):
    out = tmp_path / "meja-2.labinovasi"
    made = make_station_copy(lab, out, "Meja 2", with_evidence=True)
    assert (made.evidence_files, made.evidence_bytes, made.left_out_files) == (
        1,
        len(SK_BYTES),
        0,
    )
    assert evidence_state(out) == evidence_state(lab)


def test_merging_a_copy_without_evidence_back_keeps_every_file_and_verdict(lab, tmp_path):
    out = tmp_path / "meja-1.labinovasi"
    make_station_copy(lab, out, "Meja 1")
    before = evidence_state(lab)
    with WorkshopService.open(out) as station:
        station.add_idea(station.find_opd("DINSOS").id, "Dapur umum keliling")
    report = merge(lab, [out])
    assert report.added["ideas"] == 1
    assert not report.rejected
    assert evidence_state(lab) == before
    # Twice, and the main file refreshing the copy: still nothing lost on either side.
    assert not merge(lab, [out]).changed
    merge(out, [lab])
    assert evidence_state(lab) == before
    db = sqlite3.connect(lab)
    try:
        assert db.execute("SELECT length(data) FROM evidence_blob").fetchall() == [(len(SK_BYTES),)]
    finally:
        db.close()


def test_station_copy_for_one_opd_names_it(lab, tmp_path):
    out = tmp_path / "meja-dinkes.labinovasi"
    made = make_station_copy(lab, out, "Meja DINKES", opd="dinkes")
    with WorkshopService.open(lab) as service:
        assert made.workshop.station_opd_id == service.find_opd("DINKES").id
    with pytest.raises(BadInput):
        make_station_copy(lab, tmp_path / "meja-x.labinovasi", "X", opd="TIDAKADA")
    assert not (tmp_path / "meja-x.labinovasi").exists()


def _same_file_names(lab: Path, tmp_path: Path) -> list[Path]:
    other = tmp_path / "lain"
    other.mkdir()
    link = tmp_path / "tautan.labinovasi"
    link.symlink_to(lab)
    hard = other / "sama.labinovasi"
    os.link(lab, hard)
    return [lab, other / ".." / lab.name, link, hard]


def test_merging_the_workshop_into_itself_is_refused_by_any_name(lab, tmp_path):
    before = sha(lab)
    for name in _same_file_names(lab, tmp_path):
        with pytest.raises(BadInput, match="sedang digabungi itu sendiri"):
            merge(lab, [name])
        with pytest.raises(BadInput):  # also among real copies: nothing is merged
            copy = tmp_path / f"s-{abs(hash(str(name)))}.labinovasi"
            make_station_copy(lab, copy, "S")
            merge(lab, [copy, name])
    assert sha(lab) == before


def test_cli_refuses_a_self_merge_with_exit_4(lab, tmp_path, capsys):
    link = tmp_path / "tautan.labinovasi"
    link.symlink_to(lab)
    before = sha(lab)
    assert main(["merge", str(lab), str(link)]) == 4
    assert "sedang digabungi itu sendiri" in capsys.readouterr().err
    assert sha(lab) == before


def test_cli_station_copy_says_what_it_carries(lab, tmp_path, capsys):
    plain, full = tmp_path / "a.labinovasi", tmp_path / "b.labinovasi"
    assert main(["station-copy", str(lab), "--out", str(plain), "--name", "A"]) == 0
    assert "tanpa isi 1 berkas bukti" in capsys.readouterr().err
    assert main(["station-copy", str(lab), "--out", str(full), "--with-evidence", "--json"]) == 0
    captured = capsys.readouterr()
    assert "membawa 1 berkas bukti" in captured.err
    assert '"with_evidence": true' in captured.out
    assert plain.stat().st_size < len(SK_BYTES) < full.stat().st_size


def test_a_copy_merged_whole_is_not_read_again_until_it_changes(lab, tmp_path, monkeypatch):
    from labinovasi.services import sync

    out = tmp_path / "meja-1.labinovasi"
    make_station_copy(lab, out, "Meja 1")
    with WorkshopService.open(out) as station:
        station.add_idea(station.find_opd("DINSOS").id, "Dapur umum keliling")
    first = merge(lab, [out])
    assert first.added["ideas"] == 1 and first.already_merged == []
    reads = []
    real = sync._read_changes
    monkeypatch.setattr(sync, "_read_changes", lambda *a: reads.append(a) or real(*a))
    again = merge(lab, [out])
    assert reads == [] and again.already_merged == ["meja-1.labinovasi"]
    assert not again.changed and again.unchanged["ideas"] == first.unchanged["ideas"] + 1
    assert "Tidak berubah sejak digabung sebelumnya" in "\n".join(again.lines())
    # Any change at the station (here a vote's count, a clock behind: an older time) is read.
    with WorkshopService.open(out) as station:
        station.update_idea(station.list_ideas()[0].idea.id, votes=7)
    third = merge(lab, [out])
    assert len(reads) == 1 and third.updated["ideas"] == 1
