"""The evidence checklist and the verification view: what is missing, what waits."""

from __future__ import annotations

from datetime import date

from labinovasi.services import evidence as ev
from labinovasi.services import verification
from labinovasi.services.innovations import Innovations


def test_checklist_and_views(service, tmp_path):
    service.update_workshop(start_date=date(2026, 11, 23))
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_opd("Dinas Sosial", "DINSOS")  # no innovation
    innovation = Innovations(service).add(opd.id, "SIAP ANTRE")
    sk = tmp_path / "sk.pdf"
    sk.write_bytes(b"%PDF SK")
    ev.add_evidence(
        service,
        path=sk,
        title="SK Bupati",
        doc_date=date(2025, 3, 1),
        indicator="16",
        innovation_id=innovation.id,
    )
    ev.set_answer(
        service,
        "16",
        innovation.id,
        parameter=3,
        check_name=True,
        check_signed=True,
        check_highlighted=True,
    )
    photo = tmp_path / "alat.jpg"
    photo.write_bytes(b"jpeg")
    ev.add_evidence(service, path=photo, indicator="17", innovation_id=innovation.id)
    ev.set_answer(
        service, "17", innovation.id, parameter=1, status="perlu revisi", note="Bukan SK tim"
    )

    rows = {r.indicator.no: r for r in verification.innovation_checklist(service, innovation.id)}
    assert len(rows) == 20 and rows["16"].state == "menunggu" and rows["16"].problems == []
    assert rows["17"].state == "perlu revisi"
    assert any("jpg" in p for p in rows["17"].problems)  # the 2026 rule takes pdf only
    assert any("tanggal dokumen belum diisi" in p for p in rows["17"].problems)
    assert rows["18"].state == "kosong" and "skor 0: belum ada bukti" in rows["18"].problems

    view = verification.verification_view(service)
    region, dinkes, dinsos = view.per_opd
    assert (dinkes.innovations, dinkes.expected, dinkes.waiting, dinkes.revision) == (1, 20, 1, 1)
    assert dinkes.missing == 18 and dinsos.innovations == 0 and dinsos.expected == 0
    assert (
        region.expected == len(ev.rules(2026).spd_indicators) and region.missing == region.expected
    )
    per_indicator = {t.key: t for t in view.per_indicator}
    assert per_indicator["16"].waiting == 1 and per_indicator["35"].missing_mandatory == 1
    assert [(w.indicator.no, w.opd) for w in view.waiting] == [("16", "DINKES")]


def test_the_record_is_dated_by_the_verdict_not_by_a_later_tick(service):
    """The berita acara hasil verifikasi is dated by the verdicts it lists: a tick or a note
    given weeks later moves the answer's updated_at but not the day of its verdict; a new
    verdict does, and an answer sent back to menunggu has none."""
    from datetime import datetime

    from sqlalchemy import update

    from labinovasi.storage.models import IndicatorAnswerRow

    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    innovation = Innovations(service).add(opd.id, "SIAP ANTRE")
    ev.add_evidence(
        service, link="https://contoh.go.id/sk", indicator="16", innovation_id=innovation.id
    )
    answer = ev.set_answer(service, "16", innovation.id, 2026, parameter=2, status="diterima")
    assert answer.verified_at is not None

    def backdate(**values) -> None:
        with service._write() as session:
            session.execute(
                update(IndicatorAnswerRow).where(IndicatorAnswerRow.id == answer.id).values(values)
            )

    backdate(verified_at=datetime(2027, 2, 3, 12), updated_at=datetime(2027, 2, 3, 12))
    later = ev.set_answer(service, "16", innovation.id, 2026, check_signed=True, note="distabilo")
    assert later.updated_at.date() != date(2027, 2, 3)  # the tick moved it
    assert later.verified_at == datetime(2027, 2, 3, 12)
    [listed] = verification.verification_record(service, 2026).answers
    assert listed.on_date == date(2027, 2, 3)
    again = ev.set_answer(service, "16", innovation.id, 2026, status="diterima")
    assert again.verified_at == datetime(2027, 2, 3, 12)  # the same verdict repeated
    revised = ev.set_answer(service, "16", innovation.id, 2026, status="perlu revisi")
    assert revised.verified_at is not None and revised.verified_at.date() != date(2027, 2, 3)
    assert ev.set_answer(service, "16", innovation.id, 2026, status="menunggu").verified_at is None
