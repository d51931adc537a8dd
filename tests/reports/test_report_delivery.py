"""After the lab, the lembar hasil of an OPD carries its monitoring log and its innovations'
launchings (PDF and the office papers' Word copy); before any is recorded, nothing changes."""

from __future__ import annotations

import re
from datetime import date

from docx import Document

from labinovasi.domain.limits import MAX_NOTE_LENGTH
from labinovasi.reports.docx_writer import write_docx
from labinovasi.reports.papers import build_paper
from labinovasi.services import delivery, papers
from labinovasi.services.innovations import Innovations
from labinovasi.services.reporting import render_report_bytes
from pdf_reading import pdf_texts, squeeze

PAYLOAD = "Server <b>mati</b> & <font size=40>jaringan</font>"


def _lab(service):
    dinkes = service.add_opd("Dinas Kesehatan", "DINKES")
    dinsos = service.add_opd("Dinas Sosial", "DINSOS")
    innovation = Innovations(service).add(dinkes.id, "SIAP ANTRE (Sistem Antrean Puskesmas)")
    return dinkes, dinsos, innovation


def _text(service, opd_id) -> str:
    return "\n".join(pdf_texts(render_report_bytes(service, kind="opd", opd_id=opd_id)))


def test_lembar_prints_the_monitoring_log_and_launching(service):
    dinkes, dinsos, innovation = _lab(service)
    before = _text(service, dinkes.id)
    assert "Pemantauan dan desk konsultasi" not in before and "Launching" not in before
    delivery.add_monitoring(
        service,
        None,
        date(2027, 1, 8),
        "monev",
        "Desk Inovasi",
        55,
        PAYLOAD,
        "Jadwal piket",
        innovation_id=innovation.id,
    )
    delivery.add_monitoring(service, dinkes.id, date(2026, 11, 26), "desk konsultasi", progress=10)
    delivery.add_monitoring(service, dinsos.id, date(2027, 1, 9), "rapat", obstacles="Lain OPD")
    delivery.record_launching(
        service,
        innovation.id,
        date(2027, 2, 1),
        "Pendopo",
        "Bupati",
        "https://berita.go.id/siap-antre",
    )
    text = _text(service, dinkes.id)
    flat = squeeze(text)
    assert "Pemantauan dan desk konsultasi" in text
    assert squeeze(PAYLOAD) in flat  # markup prints literally
    assert squeeze("Launching 1 Februari 2027 · Pendopo · oleh Bupati") in flat
    assert "https://berita.go.id/siap-antre" in flat
    assert squeeze("Monev oleh Desk Inovasi") in flat and "55%" in flat
    assert "Lain OPD" not in text  # another OPD's entry stays on its own sheet
    # Newest first, as in the app.
    assert flat.index("8Januari2027") < flat.index("26November2026")
    assert squeeze("Desk konsultasi") in flat and "umum" in text


def test_a_long_obstacle_splits_across_pages_and_is_printed_whole(service):
    dinkes, _dinsos, _innovation = _lab(service)
    count = MAX_NOTE_LENGTH // 10  # "kata123x " is up to 9 characters
    words = " ".join(f"kata{n}x" for n in range(count))
    delivery.add_monitoring(service, dinkes.id, date(2027, 1, 8), "monev", obstacles=words)
    text = _text(service, dinkes.id)
    printed = [int(n) for n in re.findall(r"kata(\d+)x", squeeze(text))]
    assert printed == list(range(count))  # every word, in order, none twice


def test_office_papers_lembar_has_them_in_word_too(service, tmp_path):
    dinkes, _dinsos, innovation = _lab(service)
    delivery.add_monitoring(
        service, dinkes.id, date(2027, 1, 8), "kunjungan", "Kabid", 40, "SDM", "Pelatihan"
    )
    delivery.record_launching(service, innovation.id, date(2027, 2, 1), "Pendopo", "Bupati")
    paper = build_paper(papers.papers_data(service, dated=date(2027, 2, 2)), "lembar", dinkes.id)
    write_docx(paper, tmp_path / "lembar.docx")
    document = Document(str(tmp_path / "lembar.docx"))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Pemantauan dan desk konsultasi" in [p.text for p in document.paragraphs]
    assert "Kunjungan\noleh Kabid" in cells and "40%" in cells and "Pelatihan" in cells
    assert "1 Februari 2027 · Pendopo · oleh Bupati" in cells
