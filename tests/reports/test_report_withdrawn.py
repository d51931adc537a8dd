"""A withdrawn idea prints in its own list with the reason, not among the counted ideas."""

from __future__ import annotations

from labinovasi.services.idea_actions import withdraw_idea
from labinovasi.services.reporting import render_report_bytes
from pdf_reading import pdf_texts


def test_withdrawn_ideas_print_apart_with_their_reason(service):
    opd = service.add_opd("Dinas Uji", "DU")
    for text in ("Antrean daring puskesmas", "Gagasan lelucon soal kopi", "Kartu sehat digital"):
        service.add_idea(opd.id, text)
    joke = service.list_ideas(opd.id)[1].idea
    withdraw_idea(service, joke.id, "tidak serius")
    text = "\n".join(pdf_texts(render_report_bytes(service, kind="opd", opd_id=opd.id)))
    section = text.index("Gagasan yang ditarik")
    assert text.index("Gagasan lelucon soal kopi") > section
    assert text.index("Antrean daring puskesmas") < section
    assert "tidak serius" in text[section:]
    assert "2 dari 5" in text
    assert "1 ditarik" in text
