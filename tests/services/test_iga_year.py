"""Mulai tahun berikutnya: this year's answers and documents carried into the next year,
waiting for verification again, those dated out of the new window marked to be renewed."""

from __future__ import annotations

import json
from datetime import date

import pytest

from iga_workbook import add_opds
from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.services import evidence as ev
from labinovasi.services.iga_year import start_next_year
from labinovasi.services.innovations import Innovations


@pytest.fixture
def answered(service, tmp_path):
    add_opds(service)
    innovation = Innovations(service).add(service.find_opd("DINKES").id, "SIAP ANTRE")
    sk = tmp_path / "sk.pdf"
    sk.write_bytes(b"%PDF-1.4 SK\n")
    tim = tmp_path / "sk-tim.pdf"
    tim.write_bytes(b"%PDF-1.4 SK tim\n")
    ev.add_evidence(
        service,
        path=sk,
        title="SK Bupati",
        doc_date=date(2025, 12, 15),
        indicator="16",
        innovation_id=innovation.id,
        year=2026,
    )
    ev.add_evidence(
        service,
        path=tim,
        title="SK Tim",
        doc_date=date(2024, 3, 1),
        indicator="17",
        innovation_id=innovation.id,
        year=2026,
    )
    ev.set_answer(service, "16", innovation.id, 2026, parameter=3, status="diterima")
    ev.set_answer(service, "17", innovation.id, 2026, parameter=2, status="diterima")
    return service, innovation


def test_next_year_starts_from_this_years_answers(answered):
    service, innovation = answered
    report = start_next_year(service, 2026, 2027)
    new = {a.indicator: a for a in ev.list_answers(service, innovation.id, year=2027)}
    assert set(new) == {"16", "17"}
    assert (new["16"].parameter, new["17"].parameter) == (3, 2)
    assert {a.status.value for a in new.values()} == {"menunggu"}  # verified again
    old = {a.indicator: a for a in ev.list_answers(service, innovation.id, year=2026)}
    assert new["16"].evidence_ids == old["16"].evidence_ids  # the same documents, not copies
    assert old["16"].status.value == "diterima"  # this year's answers untouched
    # the 2027 window starts 1 January 2025: the SK tim of March 2024 must be renewed
    assert new["17"].note.startswith("perlu diperbarui") and new["16"].note == ""
    assert [(a.owner, a.indicator) for a in report.to_update] == [("SIAP ANTRE", "17")]
    again = start_next_year(service, 2026, 2027)  # repeating changes nothing
    assert (len(again.copied), again.kept) == (0, 2)
    assert len(ev.list_answers(service, innovation.id, year=2027)) == 2


def test_next_year_refuses_a_year_without_rules_or_going_back(answered):
    service, _innovation = answered
    with pytest.raises(BadInput):
        start_next_year(service, 2026, 2031)
    with pytest.raises(BadInput):
        start_next_year(service, 2026, 2025)
    assert ev.list_answers(service, year=2031) == []


def test_cli_next_year(answered, workshop_path, capsys):
    args = ["iga", "next-year", str(workshop_path), "--from", "2026", "--json"]
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["from_year"], result["to_year"], result["copied"]) == (2026, 2027, 2)
    assert [item["indicator"] for item in result["to_update"]] == ["17"]
    assert main(["iga", "next-year", str(workshop_path), "--from", "2026", "--to", "2040"]) == 4
