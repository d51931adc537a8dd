"""The monitoring log and launching records: validation (nothing written on a refusal),
newest-first order, filters per OPD and innovation, correcting and removing an entry."""

from __future__ import annotations

from datetime import date

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.delivery import MonitoringEntry, newest_first
from labinovasi.domain.limits import MAX_NOTE_LENGTH
from labinovasi.services import delivery
from labinovasi.services.innovations import Innovations


@pytest.fixture
def lab(service):
    dinkes = service.add_opd("Dinas Kesehatan", "DINKES")
    dinsos = service.add_opd("Dinas Sosial", "DINSOS")
    store = Innovations(service)
    antre = store.add(dinkes.id, "SIAP ANTRE")
    bansos = store.add(dinsos.id, "SI BANSOS")
    return service, dinkes, dinsos, antre, bansos


def test_log_is_newest_first_and_filtered(lab):
    service, dinkes, dinsos, antre, bansos = lab
    first = delivery.add_monitoring(
        service, None, date(2027, 1, 5), "Monev", "Desk Inovasi", "40%", innovation_id=antre.id
    )
    assert first.opd_id == dinkes.id and first.progress == 40 and first.kind == "monev"
    delivery.add_monitoring(service, dinkes.id, date(2027, 1, 12), "Desk-Konsultasi")
    delivery.add_monitoring(service, dinsos.id, date(2027, 1, 8), "kunjungan", progress=0)
    same_day = delivery.add_monitoring(
        service, dinkes.id, date(2027, 1, 12), "rapat", innovation_id=antre.id
    )
    log = delivery.monitoring_log(service)
    assert [(e.on_date.day, e.kind) for e in log] == [
        (12, "rapat"),  # the same day: the one typed later first
        (12, "desk konsultasi"),
        (8, "kunjungan"),
        (5, "monev"),
    ]
    assert [e.kind for e in delivery.monitoring_log(service, dinkes.id)] == [
        "rapat",
        "desk konsultasi",
        "monev",
    ]
    assert [e.id for e in delivery.monitoring_log(service, innovation_id=antre.id)] == [
        same_day.id,
        first.id,
    ]
    assert delivery.monitoring_log(service, innovation_id=bansos.id) == []
    assert log[2].progress == 0  # zero is a value, not "not said"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "seminar"}, "Jenis kegiatan pemantauan"),
        ({"progress": 120}, "0 sampai 100"),
        ({"progress": "empat puluh"}, "0 sampai 100"),
        ({"progress": -5}, "0 sampai 100"),
        ({"on_date": None}, "Tanggal pemantauan wajib"),
        ({"opd_id": None, "innovation_id": None}, "Sebutkan OPD atau inovasi"),
        ({"opd_id": "tidak-ada"}, "OPD"),
        ({"innovation_id": "tidak-ada-inovasi"}, "Inovasi"),
        ({"obstacles": "x" * (MAX_NOTE_LENGTH + 1)}, "Kendala terlalu panjang"),
    ],
)
def test_bad_entries_are_refused_and_nothing_written(lab, changes, message):
    service, dinkes, _dinsos, _antre, _bansos = lab
    values = {"opd_id": dinkes.id, "on_date": date(2027, 1, 5), "kind": "monev"} | changes
    with pytest.raises(BadInput, match=message):
        delivery.add_monitoring(service, **values)
    assert delivery.monitoring_log(service) == []


def test_innovation_of_another_opd_is_refused(lab):
    service, dinkes, _dinsos, _antre, bansos = lab
    with pytest.raises(BadInput, match="SI BANSOS bukan milik OPD ini"):
        delivery.add_monitoring(
            service, dinkes.id, date(2027, 1, 5), "monev", innovation_id=bansos.id
        )
    assert delivery.monitoring_log(service) == []


def test_correct_and_remove_a_mistaken_entry(lab):
    service, dinkes, dinsos, antre, _bansos = lab
    entry = delivery.add_monitoring(
        service, dinkes.id, date(2027, 1, 5), "monev", "Tim", 40, "SDM", innovation_id=antre.id
    )
    fixed = delivery.update_monitoring(
        service, entry.id, progress=45, follow_up="  Tambah petugas  "
    )
    assert (fixed.progress, fixed.follow_up, fixed.obstacles, fixed.innovation_id) == (
        45,
        "Tambah petugas",
        "SDM",
        antre.id,
    )
    with pytest.raises(BadInput, match="0 sampai 100"):
        delivery.update_monitoring(service, entry.id, progress=101)
    with pytest.raises(BadInput, match="tidak dikenal"):
        delivery.update_monitoring(service, entry.id, colour="merah")
    assert delivery.get_monitoring(service, entry.id).progress == 45  # the refusals wrote nothing
    moved = delivery.update_monitoring(service, entry.id, opd_id=dinsos.id)
    assert moved.opd_id == dinsos.id and moved.innovation_id is None
    cleared = delivery.update_monitoring(service, entry.id, progress="")
    assert cleared.progress is None
    delivery.delete_monitoring(service, entry.id)
    assert delivery.monitoring_log(service) == []
    with pytest.raises(BadInput, match="tidak ditemukan"):
        delivery.delete_monitoring(service, entry.id)


def test_newest_first_keeps_the_given_order_within_a_day():
    day = date(2027, 1, 5)
    entries = [
        MonitoringEntry("a", "o", day, "monev"),
        MonitoringEntry("b", "o", date(2027, 2, 1), "rapat"),
        MonitoringEntry("c", "o", day, "kunjungan"),
    ]
    assert [e.id for e in newest_first(entries)] == ["b", "a", "c"]


def test_launching_is_one_per_innovation_and_can_be_removed(lab):
    service, _dinkes, _dinsos, antre, bansos = lab
    delivery.record_launching(service, antre.id, date(2027, 2, 1), "Pendopo", "Bupati")
    again = delivery.record_launching(
        service, antre.id, date(2027, 2, 3), " Aula ", "Wakil Bupati", "https://berita.go.id/a"
    )
    assert (again.on_date, again.place, again.news_link) == (
        date(2027, 2, 3),
        "Aula",
        "https://berita.go.id/a",
    )
    assert list(delivery.launchings(service)) == [antre.id]
    with pytest.raises(BadInput, match="http"):
        delivery.record_launching(service, bansos.id, date(2027, 2, 1), news_link="javascript:x")
    with pytest.raises(BadInput, match="Tanggal launching"):
        delivery.record_launching(service, bansos.id, None)
    assert bansos.id not in delivery.launchings(service)
    delivery.remove_launching(service, antre.id)
    assert delivery.launchings(service) == {}
