"""Similar ideas on paper: the rekapitulasi lists collaboration candidates across OPDs (never
counted), and a confirmed "sama" prints as a duplicate on the OPD's sheet, as an exact repeat."""

from __future__ import annotations

from labinovasi.services.reporting import render_report_bytes
from labinovasi.services.similar import SimilarIdeas
from pdf_reading import pdf_texts, squeeze


def test_the_rekapitulasi_names_collaboration_candidates(sample_service):
    before = sample_service.status().counted_ideas
    dinsos = sample_service.find_opd("DINSOS")
    dpmd = sample_service.add_opd("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD")
    sample_service.add_idea(dinsos.id, "Peta sebaran stunting per kampung <b>")
    sample_service.add_idea(dpmd.id, "Pemetaan stunting di setiap desa")
    text = "\n".join(pdf_texts(render_report_bytes(sample_service, kind="summary")))
    section = text.split("Calon kolaborasi antar-OPD", 1)[1]
    assert squeeze("DINKES, DINSOS dan DPMD mengusulkan gagasan serupa – DINKES:") in squeeze(
        section
    )
    assert squeeze("DINSOS: Peta sebaran stunting per kampung <b>") in squeeze(section)
    assert sample_service.status().counted_ideas == before + 2


def test_a_confirmed_sama_prints_as_a_duplicate(sample_service):
    dinsos = sample_service.find_opd("DINSOS")
    earlier = sample_service.list_ideas(dinsos.id)[1]
    later = sample_service.add_idea(dinsos.id, "Pengaduan bantuan sosial lewat WA 24 jam")
    SimilarIdeas(sample_service).mark_same(later.idea.id, earlier.idea.id)
    sheet = "\n".join(pdf_texts(render_report_bytes(sample_service, kind="opd", opd_id=dinsos.id)))
    assert squeeze(f"duplikat dari no. {earlier.number}") in squeeze(sheet)
    assert squeeze("4 gagasan tersimpan: 3 dihitung, 1 duplikat") in squeeze(sheet)
