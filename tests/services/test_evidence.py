"""Evidence kept inside the workshop: once per content, within the size limit, carried by
copies and merges; answers wait for verification again when their evidence changes."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.evidence import Verification
from labinovasi.services import WorkshopService
from labinovasi.services import evidence as ev
from labinovasi.services.sync import make_station_copy, merge

INNOVATION = "7d0f2b1a-0000-4000-8000-000000000001"
OTHER = "7d0f2b1a-0000-4000-8000-000000000002"


@pytest.fixture
def service(service):
    """The workshop with one OPD and two innovations of known ids."""
    from labinovasi.services.innovations import Innovations

    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    Innovations(service).add(opd.id, "SIAP ANTRE", innovation_id=INNOVATION)
    Innovations(service).add(opd.id, "POSYANDU DIGITAL", innovation_id=OTHER)
    return service


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_same_file_twice_is_stored_once(service, tmp_path):
    data = b"%PDF-1.4 SK Bupati tentang inovasi daerah\n" * 100
    first = ev.add_evidence(
        service,
        path=write(tmp_path / "sk.pdf", data),
        title="SK Bupati",
        indicator="16",
        innovation_id=INNOVATION,
        year=2026,
    )
    second = ev.add_evidence(
        service,
        path=write(tmp_path / "salinan-sk.pdf", data),
        indicator="16",
        innovation_id=OTHER,
        year=2026,
    )
    assert first.id != second.id and first.sha256 == second.sha256
    assert first.sha256 == hashlib.sha256(data).hexdigest() and first.size == len(data)
    assert ev.stored_file_count(service) == (1, len(data))
    assert second.title == "salinan-sk.pdf"  # no title given: the file's name
    assert [e.id for e in ev.list_evidence(service, INNOVATION)] == [first.id]


def test_file_over_the_limit_is_refused_and_nothing_written(service, tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "MAX_EVIDENCE_BYTES", 1000)
    video = write(tmp_path / "video.mp4", b"x" * 1001)
    with pytest.raises(BadInput) as refused:
        ev.add_evidence(service, path=video, indicator="35", innovation_id=INNOVATION, year=2026)
    assert "terlalu besar" in refused.value.message and "tautannya" in refused.value.message
    assert "--" not in refused.value.message  # the app shows it too: no command-line option
    assert ev.stored_file_count(service) == (0, 0)
    assert ev.list_evidence(service) == [] and ev.list_answers(service) == []


def test_link_is_evidence_too(service):
    item = ev.add_evidence(
        service,
        link="https://youtu.be/abc",
        title="Video inovasi",
        indicator="35",
        innovation_id=INNOVATION,
        year=2026,
    )
    assert item.is_link and item.sha256 is None
    [answer] = ev.list_answers(service, INNOVATION)
    assert answer.evidence_ids == [item.id] and not answer.claimed  # no parameter yet
    with pytest.raises(BadInput):
        ev.evidence_bytes(service, item.id)
    with pytest.raises(BadInput):
        ev.add_evidence(service, link="youtu.be/abc")


def test_answer_parameter_status_and_checks(service, tmp_path):
    item = ev.add_evidence(
        service,
        path=write(tmp_path / "sk.pdf", b"SK"),
        indicator="16",
        innovation_id=INNOVATION,
        year=2026,
    )
    answer = ev.set_answer(
        service,
        "16",
        INNOVATION,
        2026,
        parameter=2,
        status="diterima",
        note="Lengkap",
        check_name=True,
        check_signed=True,
    )
    assert answer.parameter == 2 and answer.status is Verification.DITERIMA
    assert answer.claimed and answer.verified and answer.evidence_ids == [item.id]
    assert answer.check_name and answer.check_signed and not answer.check_highlighted
    with pytest.raises(BadInput):
        ev.set_answer(service, "16", INNOVATION, 2026, parameter=4)
    with pytest.raises(BadInput):
        ev.set_answer(service, "16", INNOVATION, 2026, status="lulus")
    for indicator, owner in (
        ("99", INNOVATION),
        ("1", INNOVATION),
        ("16", None),
        ("16", "no-such-innovation"),
    ):
        with pytest.raises(BadInput, match="Indikator|Inovasi"):  # the year's rule file
            ev.set_answer(service, indicator, owner, 2026, parameter=1)
    region = ev.set_answer(service, "1", None, 2026, parameter=3)
    assert region.is_region and ev.list_answers(service, region=True) == [region]


def test_replacing_evidence_sets_verification_back_to_waiting(service, tmp_path):
    item = ev.add_evidence(
        service,
        path=write(tmp_path / "sk.pdf", b"versi 1"),
        indicator="16",
        innovation_id=INNOVATION,
        year=2026,
    )
    ev.attach_evidence(service, item.id, "17", INNOVATION, 2026)
    ev.set_answer(service, "16", INNOVATION, 2026, parameter=3, status="diterima")
    ev.set_answer(service, "17", INNOVATION, 2026, parameter=1, status="perlu revisi")
    other = ev.set_answer(service, "18", INNOVATION, 2026, parameter=1, status="diterima")

    replaced = ev.replace_evidence(service, item.id, path=write(tmp_path / "sk2.pdf", b"versi 2"))
    statuses = {a.indicator: a.status for a in ev.list_answers(service, INNOVATION)}
    assert statuses == {
        "16": Verification.MENUNGGU,
        "17": Verification.MENUNGGU,
        "18": other.status,
    }
    assert ev.evidence_bytes(service, item.id) == b"versi 2"
    assert replaced.sha256 == hashlib.sha256(b"versi 2").hexdigest()
    assert ev.stored_file_count(service)[0] == 1  # the old content, used by nobody, is gone


def test_evidence_survives_deleted_original_copy_and_merge(service, tmp_path):
    data = bytes(range(256)) * 4000  # a binary file, about 1 MB
    original = write(tmp_path / "daftar-hadir.pdf", data)
    station = tmp_path / "stasiun" / "stasiun.labinovasi"
    station.parent.mkdir()
    make_station_copy(service.target, station, "Stasiun 1")
    with WorkshopService.open(station) as copy:
        item = ev.add_evidence(
            copy,
            path=original,
            indicator="20",
            innovation_id=INNOVATION,
            year=2026,
            title="Daftar hadir bimtek",
        )
    original.unlink()
    moved = tmp_path / "flashdisk" / "stasiun.labinovasi"
    moved.parent.mkdir()
    shutil.copyfile(station, moved)

    report = merge(service.target, [moved])
    assert report.added["evidence_files"] == 1 and report.added["evidence"] == 1
    assert report.added["indicator_answers"] == 1
    out = tmp_path / "keluar.pdf"
    ev.export_evidence(service, item.id, out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()
    [answer] = ev.list_answers(service, INNOVATION)
    assert answer.evidence_ids == [item.id]

    again = merge(service.target, [moved])  # idempotent
    assert not again.changed and again.unchanged["evidence_files"] == 1


def test_merge_newest_answer_wins_and_links_are_united(service, tmp_path):
    ev.set_answer(service, "16", INNOVATION, 2026, parameter=1)
    station = tmp_path / "s.labinovasi"
    make_station_copy(service.target, station)
    with WorkshopService.open(station) as copy:
        ev.add_evidence(
            copy,
            link="https://contoh.go.id/sk",
            indicator="16",
            innovation_id=INNOVATION,
            year=2026,
        )
        ev.set_answer(copy, "16", INNOVATION, 2026, parameter=3)
    ev.add_evidence(
        service,
        link="https://contoh.go.id/perbup",
        indicator="16",
        innovation_id=INNOVATION,
        year=2026,
    )
    merge(service.target, [station])
    [answer] = ev.list_answers(service, INNOVATION)
    assert answer.parameter == 3 and len(answer.evidence_ids) == 2


def test_spd_figures_give_the_parameter_and_a_basis_is_kept(service, tmp_path):
    from decimal import Decimal

    from labinovasi.domain import BadInput
    from labinovasi.services import evidence as ev
    from labinovasi.services.innovations import Innovations

    pad = ev.set_answer(service, "7", None, 2026, figures=("Rp100.000.000", "Rp140.000.000"))
    assert (pad.parameter, pad.figure_t1, pad.figure_t2) == (
        3,
        Decimal(100000000),
        Decimal(140000000),
    )
    pad = ev.set_answer(service, "7", None, 2026, figures=("100", "101,5"))
    assert pad.parameter == 2  # +1,5%
    with pytest.raises(BadInput):
        ev.set_answer(service, "16", None, 2026, figures=("1", "2"))  # not a derived indicator
    innovation = Innovations(service).add(service.find_opd("DINKES").id, "SIAP ANTRE")
    benefit = ev.set_answer(
        service, "33", innovation.id, 2026, parameter=2, basis="efisiensi-belanja"
    )
    assert benefit.basis == "efisiensi-belanja" and benefit.parameter == 2
    with pytest.raises(BadInput):
        ev.set_answer(service, "33", innovation.id, 2026, basis="tebakan")
    assert ev.list_answers(service, innovation.id)[0].basis == "efisiensi-belanja"
