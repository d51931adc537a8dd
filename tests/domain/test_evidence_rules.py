"""The checks an officer does by hand, and klaim vs terverifikasi of one answer."""

from __future__ import annotations

from datetime import date

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.evidence import (
    Evidence,
    IndicatorAnswer,
    Verification,
    answer_problems,
    check_evidence_size,
    check_parameter,
    evidence_problems,
)


def test_file_type_size_and_year_window():
    sk = Evidence(id="e1", file_name="SK.PDF", size=2_000_000, doc_date=date(2024, 5, 1))
    window = (date(2024, 1, 1), date(2025, 12, 31))
    assert evidence_problems(sk, ["pdf"], 5_000_000, window) == []
    photo = Evidence(id="e2", file_name="foto.jpeg", size=10, doc_date=date(2021, 1, 1))
    problems = evidence_problems(photo, ["pdf"], None, window)
    assert any("jpeg" in p for p in problems) and any("2021" in p for p in problems)
    assert evidence_problems(photo, ["jpg"]) == [] and evidence_problems(photo, ["gambar"]) == []
    assert "melebihi" in evidence_problems(sk, [], 1_000_000)[0]
    link = Evidence(id="e3", link="https://youtu.be/x")
    assert evidence_problems(link, ["pdf", "link"]) == []
    assert "tautan tidak diterima" in evidence_problems(link, ["pdf"])[0]
    undated = Evidence(id="e4", file_name="a.pdf")
    assert evidence_problems(undated, [], None, window) == ["tanggal dokumen belum diisi"]


def test_klaim_and_terverifikasi():
    answer = IndicatorAnswer(id="a", indicator="16", year=2026, innovation_id="i")
    assert not answer.claimed and answer_problems(answer, [])[:2] == [
        "parameter belum dipilih",
        "skor 0: belum ada bukti",
    ]
    answer.parameter, answer.evidence_ids = 2, ["e1"]
    assert answer.claimed and not answer.verified
    answer.status = Verification.DITERIMA
    assert answer.verified
    assert "belum dicentang: sudah distabilo" in answer_problems(answer, [])


def test_bounds():
    assert check_parameter(3) == 3 and check_parameter(None) is None
    for bad in (0, 4, "x", True):
        with pytest.raises(BadInput):
            check_parameter(bad)
    with pytest.raises(BadInput, match="tautan"):
        check_evidence_size(51 * 1024 * 1024, "video.mp4")
    assert Verification.parse("Perlu_Revisi") is Verification.PERLU_REVISI
