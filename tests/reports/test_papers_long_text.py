"""Long text the app accepts lays out in every paper without a traceback (issue 26's "long
text crashes papers"): a 1,800-character kop line, a 6,000-character juror's name, a
240-character OPD name, in PDF and Word; what cannot fit is cut with a visible "…"."""

from __future__ import annotations

import pytest

from labinovasi.reports.papers import DOCUMENTS, paper_kind
from labinovasi.services import WorkshopService, jury, papers
from labinovasi.services.sample import build_sample_workshop
from office_setup import set_up_office
from pdf_reading import pdf_texts

JUROR = "Dr. " + "Nama Juri Panjang " * 333  # 6,000 characters
KOP = "PEMERINTAH " + "KABUPATEN PANJANG SEKALI " * 72  # 1,800 characters
OPD = "Dinas " + "Kesehatan, Pengendalian Penduduk dan Keluarga Berencana " * 5  # 290


@pytest.fixture(scope="module")
def long_office(tmp_path_factory):
    path = build_sample_workshop(tmp_path_factory.mktemp("long") / "panjang.labinovasi")
    with WorkshopService.open(path) as service:
        set_up_office(service)
        papers.set_letterhead(service, government=KOP)
        jury.add_juror(service, JUROR)
        dinkes = service.find_opd("DINKES")
        service.rename_opd(dinkes.id, OPD, "DINKES")
        yield service


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_long_text_lays_out(long_office, tmp_path, document, suffix):
    dinkes = long_office.find_opd("DINKES")
    opd_id = dinkes.id if paper_kind(document).needs_opd else None
    out = tmp_path / f"dokumen{suffix}"
    papers.render_paper(long_office, out, document, opd_id)
    assert out.stat().st_size > 0
    if suffix == ".pdf" and document == "berita-acara-top":
        text = "\n".join(pdf_texts(out))
        assert "Nama Juri Panjang" in text and "…" in text  # cut, and shown to be
