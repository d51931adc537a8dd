"""Editing, detaching and deleting evidence, and each indicator's own size limit: detaching
keeps the item's other uses, deleting drops a stored file nobody refers to any more, answers
wait for the verifier again, and a file over an indicator's limit is refused whole."""

from __future__ import annotations

from datetime import date

import pytest

from labinovasi.domain import BadInput, RuleRefused
from labinovasi.domain.evidence import Verification
from labinovasi.services import evidence as ev

INNOVATION = "7d0f2b1a-0000-4000-8000-000000000001"
OTHER = "7d0f2b1a-0000-4000-8000-000000000002"
MEGABYTE = 1024 * 1024


@pytest.fixture
def service(service):
    """The workshop with one OPD and two innovations of known ids."""
    from labinovasi.services.innovations import Innovations

    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    Innovations(service).add(opd.id, "SIAP ANTRE", innovation_id=INNOVATION)
    Innovations(service).add(opd.id, "POSYANDU DIGITAL", innovation_id=OTHER)
    return service


@pytest.fixture
def sk(service, tmp_path):
    """One SK backing indicator 16 of both innovations and 17 of the first, all accepted."""
    path = tmp_path / "sk-bupati.pdf"
    path.write_bytes(b"%PDF-1.4 SK Bupati: SIAP ANTRE, POSYANDU DIGITAL")
    item = ev.add_evidence(
        service, path=path, title="SK Bupati", indicator="16", innovation_id=INNOVATION, year=2026
    )
    ev.attach_evidence(service, item.id, "16", OTHER, 2026)
    ev.attach_evidence(service, item.id, "17", INNOVATION, 2026)
    for owner, indicator in ((INNOVATION, "16"), (OTHER, "16"), (INNOVATION, "17")):
        ev.set_answer(service, indicator, owner, 2026, parameter=2, status="diterima")
    return item


def statuses(service) -> dict[tuple[str, str], Verification]:
    return {(a.innovation_id, a.indicator): a.status for a in ev.list_answers(service)}


def test_detach_keeps_the_other_uses(service, sk):
    with pytest.raises(RuleRefused, match="sudah diterima"):  # accepted: only knowingly
        ev.detach_from(service, sk.id, "16", OTHER, 2026)
    assert len(ev.evidence_uses(service, sk.id)) == 3
    answer = ev.detach_from(service, sk.id[:8], "16", OTHER, 2026, force=True)
    assert answer.evidence_ids == [] and answer.status is Verification.MENUNGGU
    uses = ev.evidence_uses(service, sk.id)
    assert [(u.answer.innovation_id, u.answer.indicator) for u in uses] == [
        (INNOVATION, "16"),
        (INNOVATION, "17"),
    ]
    assert uses[0].label == "DINKES · SIAP ANTRE, indikator 16 (diterima)"
    assert statuses(service)[(INNOVATION, "16")] is Verification.DITERIMA  # untouched
    assert ev.evidence_bytes(service, sk.id).startswith(b"%PDF")  # still stored
    with pytest.raises(BadInput, match="tidak mendukung indikator 16"):  # not any more
        ev.detach_from(service, sk.id, "16", OTHER, 2026)
    with pytest.raises(BadInput, match="tidak mendukung indikator 18"):
        ev.detach_from(service, sk.id, "18", INNOVATION, 2026)


def test_delete_drops_the_orphan_blob_and_resets_verification(service, sk, tmp_path):
    same = tmp_path / "salinan.pdf"
    same.write_bytes(ev.evidence_bytes(service, sk.id))
    twin = ev.add_evidence(service, path=same, indicator="18", innovation_id=OTHER, year=2026)
    assert ev.stored_file_count(service)[0] == 1  # the same content, stored once

    with pytest.raises(RuleRefused) as refused:
        ev.delete_evidence(service, sk.id)
    assert "POSYANDU DIGITAL, indikator 16" in refused.value.message
    assert ev.get_evidence(service, sk.id).title == "SK Bupati"  # nothing written

    removal = ev.delete_evidence(service, sk.id, force=True)
    assert len(removal.uses) == 3 and not removal.blob_removed  # the twin still refers to it
    assert all(u.answer.status is Verification.MENUNGGU for u in removal.uses)
    assert set(statuses(service).values()) == {Verification.MENUNGGU}
    assert all(a.evidence_ids in ([], [twin.id]) for a in ev.list_answers(service))
    assert [e.id for e in ev.list_evidence(service)] == [twin.id]

    removal = ev.delete_evidence(service, twin.id)  # waiting, not accepted: no force needed
    assert removal.blob_removed and ev.stored_file_count(service) == (0, 0)
    assert ev.list_evidence(service) == []
    with pytest.raises(BadInput, match="tidak ditemukan"):
        ev.delete_evidence(service, twin.id)


def test_editing_number_or_date_waits_for_the_verifier_again(service, sk):
    renamed = ev.update_evidence(service, sk.id, title="  SK Bupati 188/2025 ")
    assert renamed.title == "SK Bupati 188/2025"
    assert set(statuses(service).values()) == {Verification.DITERIMA}  # a title is a label

    edited = ev.update_evidence(
        service, sk.id, number="188.45/412/2025", doc_date=date(2025, 12, 15)
    )
    assert (edited.number, edited.doc_date) == ("188.45/412/2025", date(2025, 12, 15))
    assert set(statuses(service).values()) == {Verification.MENUNGGU}
    assert ev.update_evidence(service, sk.id, title="").title == "sk-bupati.pdf"
    with pytest.raises(BadInput):
        ev.update_evidence(service, sk.id, doc_date="2025-12-15")
    with pytest.raises(BadInput):
        ev.update_evidence(service, sk.id, sha256="0" * 64)


def test_file_over_the_indicators_limit_is_refused_and_nothing_written(service, tmp_path):
    # The 2026 rule file: screenshots (27) at most 10 MB, documents (16) the default 50 MB.
    assert ev.evidence_limit("27", 2026) == 10 * MEGABYTE
    assert ev.evidence_limit("16", 2026) == 50 * MEGABYTE
    big = tmp_path / "tangkapan-layar.png"
    big.write_bytes(b"\x89PNG" + b"0" * (11 * MEGABYTE))
    with pytest.raises(BadInput) as refused:
        ev.add_evidence(service, path=big, indicator="27", innovation_id=INNOVATION, year=2026)
    message = refused.value.message
    assert "terlalu besar (11 MB; batas indikator 27: 10 MB per berkas)" in message
    assert "tautan" in message
    assert ev.stored_file_count(service) == (0, 0)
    assert ev.list_evidence(service) == [] and ev.list_answers(service) == []

    # The same file backs an indicator that takes it; it cannot back 27 too.
    item = ev.add_evidence(service, path=big, indicator="16", innovation_id=INNOVATION, year=2026)
    with pytest.raises(BadInput, match="batas indikator 27"):
        ev.attach_evidence(service, item.id, "27", INNOVATION, 2026)
    assert [a.indicator for a in ev.list_answers(service)] == ["16"]

    # A small screenshot for 27 cannot be replaced by the big file either.
    small = tmp_path / "kecil.png"
    small.write_bytes(b"\x89PNG kecil")
    shot = ev.add_evidence(service, path=small, indicator="27", innovation_id=OTHER, year=2026)
    with pytest.raises(BadInput, match="batas indikator 27"):
        ev.replace_evidence(service, shot.id, path=big)
    assert ev.evidence_bytes(service, shot.id) == b"\x89PNG kecil"


def test_replacing_evidence_of_a_year_without_rule_file(service, tmp_path):
    """An answer of a year no shipped rule file covers (imported from an old workbook) does
    not block replacing its evidence: the workshop's own limit applies."""
    first = tmp_path / "lama.pdf"
    first.write_bytes(b"versi lama")
    item = ev.add_evidence(service, path=first)
    from labinovasi.storage.models import AnswerEvidenceRow, IndicatorAnswerRow

    with service._write() as session:
        answer = IndicatorAnswerRow(innovation_id=INNOVATION, indicator="16", year=2019)
        session.add(answer)
        session.flush()
        session.add(AnswerEvidenceRow(answer_id=answer.id, evidence_id=item.id))
    assert ev.evidence_limit("16", 2019) == 50 * MEGABYTE
    second = tmp_path / "baru.pdf"
    second.write_bytes(b"versi baru")
    ev.replace_evidence(service, item.id, path=second)
    assert ev.evidence_bytes(service, item.id) == b"versi baru"
