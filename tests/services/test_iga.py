"""One year's IGA portfolio read from a workshop: innovations with their urusan by name,
answers with their evidence and verification, "tidak dilaporkan", the checklist's profile."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from iga_workbook import add_opds, write_workbook
from labinovasi.services import evidence
from labinovasi.services.iga import load_portfolio, render_iga_summary, set_reported
from labinovasi.services.iga_form import import_iga_workbook
from labinovasi.services.innovations import Innovations
from pdf_reading import pdf_texts, squeeze

SMALL = Path(__file__).parents[1] / "data" / "iga" / "aturan-kecil.json"


def test_portfolio_reads_innovations_answers_and_opds(service):
    add_opds(service)
    dinkes = service.find_opd("DINKES")
    item = Innovations(service).add(
        dinkes.id, "Antrean WA", stage="uji coba", main_affair="Kesehatan"
    )
    evidence.add_evidence(
        service, link="https://contoh.go.id/sk", indicator="16", innovation_id=item.id, year=2026
    )
    evidence.set_answer(service, "16", item.id, 2026, parameter=3, status="diterima")
    evidence.add_evidence(service, link="https://contoh.go.id/rpjmd", indicator="1", year=2026)
    evidence.set_answer(service, "1", None, 2026, parameter=2)
    data = load_portfolio(service, rules_path=SMALL)
    [entry] = data.innovations
    assert (entry.opd, entry.main_affair, entry.stage) == ("DINKES", "Kesehatan", "uji-coba")
    assert [(a.indicator, a.parameter, a.evidence_count, a.status) for a in entry.answers] == [
        ("16", 3, 1, "diterima")
    ]
    assert [(a.indicator, a.parameter, a.status) for a in data.region_answers] == [
        ("1", 2, "menunggu")
    ]
    assert data.opds == (
        ("DINKES", "Dinas Kesehatan"),
        ("DISDIK", "Dinas Pendidikan"),
        ("DINSOS", "Dinas Sosial"),
    )
    # the small rules ask inisiatif fields plus the trial date for "uji coba"
    assert "Waktu uji coba" in entry.profile_missing and "Inisiator" in entry.profile_missing
    result = data.estimate()
    # klaim: SPD 2×2 = 4; SID 3×3 = 9 / 4; one yandas affair of two needed → 0
    assert result.claimed.total == Decimal("6.25") and result.claimed.count_score == 0
    assert result.verified.spd == 0


def test_not_reported_innovation_leaves_the_portfolio(service):
    add_opds(service)
    opd = service.find_opd("DINSOS")
    item = Innovations(service).add(opd.id, "Bansos tepat", main_affair="Sosial")
    assert load_portfolio(service, rules_path=SMALL).estimate().innovations == 1
    set_reported(service, item.id, 2026, False)
    data = load_portfolio(service, rules_path=SMALL)
    assert data.estimate().innovations == 0
    assert data.readiness().opd_without == ("DINKES", "DISDIK", "DINSOS")
    assert load_portfolio(service, year=2023).estimate().innovations == 1  # another year
    set_reported(service, item.id, 2026, True)
    assert load_portfolio(service, rules_path=SMALL).estimate().innovations == 1


def test_rekap_pdf_from_the_workshop(service, tmp_path):
    add_opds(service)
    import_iga_workbook(service, write_workbook(tmp_path / "iga.xlsx"), rules_path=SMALL)
    out = render_iga_summary(service, tmp_path / "rekap.pdf", rules_path=SMALL)
    text = squeeze("\n".join(pdf_texts(out)))
    assert squeeze("Terverifikasi 13,50 (Kurang Inovatif) · klaim 17,50") in text
    assert squeeze("Antrean WA Puskesmas") in text
