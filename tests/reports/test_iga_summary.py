"""The Rekap Perkiraan IID, read back with pypdf: the figures the estimate computed, the
checklist, the cheapest gains, and participant text printed as text."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from labinovasi.domain import Workshop
from labinovasi.domain.iga import Answer, IgaInnovation, IgaPortfolio, load_rules
from labinovasi.reports.iga_summary import write_iga_summary
from pdf_reading import pdf_texts, squeeze

SMALL = Path(__file__).parents[1] / "data" / "iga" / "aturan-kecil.json"


def portfolio() -> IgaPortfolio:
    rules = load_rules(SMALL)
    accepted = (Answer("16", 3, 1, "diterima"), Answer("17", 2, 1, "menunggu"))
    items = (
        IgaInnovation(
            "x",
            "Antrean <b>puskesmas</b> & WA",
            "DINKES",
            "Kesehatan",
            answers=accepted,
            stage="penerapan",
            launch_date=date(2028, 5, 1),
            design_text="kata " * 300,
        ),
        IgaInnovation("y", "Sekolah ramah anak", "DISDIK", "Pendidikan", answers=accepted),
        IgaInnovation("z", "Tidak dilaporkan", "DINSOS", "Sosial", reported=False),
    )
    region = (Answer("1", 3, 1, "diterima"), Answer("2a", 2, 1, "menunggu"))
    return IgaPortfolio(
        rules,
        items,
        region,
        (("DINKES", "Dinas Kesehatan"), ("DISDIK", "Dinas Pendidikan"), ("DINSOS", "Dinas Sosial")),
    )


def test_rekap_prints_the_estimate_and_what_to_do():
    buffer = io.BytesIO()
    pages = write_iga_summary(
        Workshop("w", "Lab Inovasi 2030", "Kabupaten Contoh"),
        portfolio(),
        buffer,
        date(2030, 1, 15),
    )
    texts = pdf_texts(buffer.getvalue())
    assert len(texts) == pages
    text = squeeze("\n".join(texts))
    # klaim 9 + 26/4 + 2,25×2 = 20; terverifikasi 6 + 18/4 + 4,5 = 15 (see the domain tests)
    assert squeeze("Terverifikasi 15,00 (Kurang Inovatif) · klaim 20,00 (Kurang Inovatif)") in text
    assert squeeze("REKAP PERKIRAAN INDEKS INOVASI DAERAH") in text
    assert squeeze("Pembagi (maks. pembagi minimal, jumlah inovasi) 4 4") in text
    assert squeeze("2 dari 3 perangkat daerah memiliki inovasi") in text
    assert squeeze("Antrean <b>puskesmas</b> & WA") in text  # printed as typed, not markup
    assert squeeze("tidak dilaporkan") in text
    assert squeeze("Berapa inovasi lagi?") in text
    assert squeeze("3. Perizinan isi parameter 1 dengan bukti 9,17 9,17") in text
    assert squeeze("Halaman 1 dari") in text
