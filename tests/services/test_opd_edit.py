"""Correcting the OPD list: rename, remove (and undo), merge, and what a station copy made
before the correction brings back when merged."""

from __future__ import annotations

import pytest

from labinovasi.domain import BadInput, RuleRefused
from labinovasi.domain.rules import tidy_opd_name
from labinovasi.services import WorkshopService, opd_edit
from labinovasi.services.sync import make_station_copy, merge


def test_remove_opd_without_ideas_and_restore_it(service):
    typo = service.add_opd("DINAS SOSIAL", "DINSOSS")
    service.add_opd("Dinas Kesehatan", "DINKES")
    removed = opd_edit.remove_opd(service, typo.id)
    assert [o.abbreviation for o in service.list_opds()] == ["DINKES"]
    back = opd_edit.restore_opd(service, removed)
    assert (back.id, back.name, back.abbreviation) == (typo.id, "DINAS SOSIAL", "DINSOSS")


def test_remove_opd_with_ideas_is_refused_and_nothing_changes(service):
    dinkes = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_idea(dinkes.id, "Posyandu digital")
    with pytest.raises(RuleRefused, match="Gabungkan"):
        opd_edit.remove_opd(service, dinkes.id)
    assert [o.id for o in service.list_opds()] == [dinkes.id]


def test_merge_moves_ideas_and_counts_them_again(service):
    keep = service.add_opd("Dinas Kesehatan", "DINKES")
    other = service.add_opd("dinas kesehatan", "DINKES2")
    service.add_idea(keep.id, "Posyandu digital")
    service.add_idea(other.id, "posyandu  DIGITAL")  # the same idea typed at the other row
    service.add_idea(other.id, "Ambulans desa")
    result = opd_edit.merge_opds(service, keep.id, other.id)
    assert result.moved["idea"] == 2 and result.to_json()["removed"] == "DINKES2"
    assert [o.abbreviation for o in service.list_opds()] == ["DINKES"]
    views = service.list_ideas(keep.id)
    assert len(views) == 3
    assert service.opd_status(keep.id).tally.counted == 2
    with pytest.raises(BadInput):
        opd_edit.merge_opds(service, keep.id, keep.id)


def test_station_copy_does_not_bring_back_a_removed_opd(service, tmp_path):
    keep = service.add_opd("Dinas Kesehatan", "DINKES")
    typo = service.add_opd("Dinas Kesehatann", "DINKESS")
    empty = service.add_opd("Dinas Sosial", "DINSOS")
    later = service.add_opd("Dinas Pendidikan", "DISDIK")
    service.add_idea(typo.id, "Ambulans desa")
    station = tmp_path / "stasiun.labinovasi"
    make_station_copy(service.target, station, "Stasiun 1")
    opd_edit.merge_opds(service, keep.id, typo.id)
    opd_edit.remove_opd(service, empty.id)
    opd_edit.remove_opd(service, later.id)
    with WorkshopService.open(station) as copy:
        # Typed at the station after the copy was made: this OPD must come back.
        copy.add_idea(later.id, "Rapor digital")
    report = merge(service.target, [station])
    assert sorted(o.abbreviation for o in service.list_opds()) == ["DINKES", "DISDIK"]
    assert [v.idea.text for v in service.list_ideas(keep.id)] == ["Ambulans desa"]
    assert report.added["opds"] == 1


@pytest.mark.parametrize(
    ("typed", "tidied"),
    [
        (("DINAS SOSIAL", ""), ("Dinas Sosial", "")),
        (
            ("dinas kependudukan dan pencatatan sipil (disdukcapil)", ""),
            ("Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL"),
        ),
        (("RSUD KOTA BARU", "rsud"), ("RSUD Kota Baru", "RSUD")),
        (("Dinas PUPR", "DPUPR"), ("Dinas PUPR", "DPUPR")),
    ],
)
def test_tidy_opd_name(typed, tidied):
    assert tidy_opd_name(*typed) == tidied


def test_opd_list_without_singkatan_column_imports(service, tmp_path):
    source = tmp_path / "opd.csv"
    source.write_text(
        "No;Nama Perangkat Daerah\n1;Dinas Kesehatan\n2;DINAS SOSIAL (dinsos)\n"
        "3;Badan Penanggulangan Bencana Daerah (BPBD)\n",
        encoding="utf-8",
    )
    preview = service.preview_import("opd", source)
    assert preview.importable == 3 and not preview.problems
    service.import_opds(source, tidy=True)
    assert [(o.name, o.abbreviation) for o in service.list_opds()] == [
        ("Dinas Kesehatan", "DK"),
        ("Dinas Sosial", "DINSOS"),
        ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    ]


def test_a_removed_opd_stays_removed_for_a_whole_copy_and_comes_back_on_undo(service, tmp_path):
    typo = service.add_opd("Dinas Sosiall", "DINSOSS")
    copy = tmp_path / "salinan.labinovasi"
    make_station_copy(service.target, copy, "Stasiun 2")
    removed = opd_edit.remove_opd(service, typo.id)
    merge(service.target, [copy])
    merge(service.target, [copy])  # twice: still gone
    assert service.list_opds() == []
    opd_edit.restore_opd(service, removed)  # undo: the row back, its removal forgotten
    merge(service.target, [copy])
    assert [o.id for o in service.list_opds()] == [typo.id]
