"""Papers about the lab count and list only the lab's own innovations, never those imported
from earlier years (issue 22, 23); the region's list (the SK penetapan's lampiran) has all."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document

from labinovasi.reports.docx_writer import write_docx
from labinovasi.reports.papers import build_paper
from labinovasi.reports.papers.pdf import write_pdf
from labinovasi.services import papers
from labinovasi.services.reporting import render_report_bytes
from pdf_reading import pdf_texts, squeeze

IMPORTED = ("SI PINTAR 2024", "PUSKESMAS KELILING 2023", "E-RUJUK 2025")
LAB = "SIAP ANTRE"


def docx_text(path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [c.text for row in table.rows for c in row.cells]
    return "\n".join(parts)


def both(service, tmp_path, document, opd=None):
    opd_id = service.find_opd(opd).id if opd else None
    paper = build_paper(papers.papers_data(service, dated=date(2026, 11, 26)), document, opd_id)
    write_pdf(paper, tmp_path / "p.pdf")
    write_docx(paper, tmp_path / "p.docx")
    return "\n".join(pdf_texts(tmp_path / "p.pdf")), docx_text(tmp_path / "p.docx")


@pytest.mark.parametrize(
    ("document", "opd"),
    [
        ("rekap", None),
        ("lembar", "DINKES"),
        ("berita-acara-pelaksanaan", None),
        ("berita-acara-komitmen", "DINKES"),
        ("berita-acara-desk", "DINKES"),
    ],
)
def test_lab_papers_list_only_the_labs_innovations(office_after_lab, tmp_path, document, opd):
    pdf, word = both(office_after_lab, tmp_path, document, opd)
    for text in (pdf, word):
        assert squeeze(LAB) in squeeze(text)
        for name in IMPORTED:
            assert squeeze(name) not in squeeze(text), (document, name)
        assert "0 kegiatan" not in text


def test_counts_say_one_design_when_one_came_from_the_lab(office_after_lab, tmp_path):
    pdf, word = both(office_after_lab, tmp_path, "berita-acara-pelaksanaan")
    assert squeeze("1 rancangan inovasi tersusun") in squeeze(pdf)
    assert "1 rancangan inovasi tersusun" in word
    pdf, word = both(office_after_lab, tmp_path, "rekap")
    assert squeeze("1 rancangan inovasi tersusun") in squeeze(pdf)


def test_the_regions_list_keeps_imported_innovations(office_after_lab, tmp_path):
    pdf, word = both(office_after_lab, tmp_path, "sk-penetapan")
    for name in (LAB, *IMPORTED):
        assert squeeze(name) in squeeze(pdf) and name in word


def test_the_printout_leaves_imported_innovations_out(office_after_lab):
    text = squeeze("\n".join(pdf_texts(render_report_bytes(office_after_lab, "all"))))
    assert squeeze(LAB) in text
    for name in IMPORTED:
        assert squeeze(name) not in text
