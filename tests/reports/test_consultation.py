"""The printable desk-consultation schedule, read back from the PDF."""

from __future__ import annotations

import io
from datetime import date, time

from labinovasi.domain import Workshop
from labinovasi.domain.delivery import consultation_schedule
from labinovasi.reports.consultation import write_consultation_schedule
from pdf_reading import pdf_texts, squeeze


def test_schedule_pdf_lists_rounds_and_desks():
    queue = [
        (f"o{i}", name)
        for i, name in enumerate(["DINKES", "DISDIK", "DINSOS", "BAPPERIDA", "<b>DPMPTSP</b>"])
    ]
    schedule = consultation_schedule(queue, desks=2, day=date(2026, 11, 26), start=time(13, 0))
    buffer = io.BytesIO()
    pages = write_consultation_schedule(
        schedule, Workshop(id="w", title="Lab Inovasi 2026", region="Kabupaten Contoh"), buffer
    )
    assert pages == 1
    text = squeeze(" ".join(pdf_texts(buffer.getvalue())))
    for expected in (
        "Jadwal Desk Konsultasi",
        "26 November 2026 · 2 meja · 20 menit per OPD",
        "13.00–13.20 DINKES DISDIK",
        "13.20–13.40 DINSOS BAPPERIDA",
        "13.40–14.00 <b>DPMPTSP</b>",
    ):  # participant text printed as typed
        assert squeeze(expected) in text
