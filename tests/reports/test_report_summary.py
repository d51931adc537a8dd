"""The rekapitulasi: summary line, totals, the OPD table across pages, the chart, shortfalls."""

from __future__ import annotations

import re

import pytest

from labinovasi.reports.charts import chart_chunks
from labinovasi.services.reporting import render_report_bytes
from pdf_reading import fill_workshop, pdf_texts, squeeze

HEADER = "No Perangkat daerah Tahap Gagasan Dihitung Keterangan"
ROW = re.compile(r"(\d+)\s+Dinas Uji Coba Nomor (\d+) \(DU-\d+\)\s+Drum-up")
CHART_LINE = re.compile(r"^minimal 5$", re.MULTILINE)


def test_summary_line_and_totals(sample_service):
    texts = pdf_texts(render_report_bytes(sample_service, kind="summary"))
    first = texts[0]
    assert "8 dari 12 OPD (66,7%) memenuhi minimal 5 gagasan" in first
    status = sample_service.status()
    assert (status.ideas, status.counted_ideas, status.duplicates) == (54, 53, 1)
    assert squeeze("12 OPD 8 OPD memenuhi minimal 54 gagasan 53 dihitung 1 duplikat") in squeeze(
        first
    )
    assert f"Halaman 1 dari {len(texts)}" in first


def test_table_row_per_opd_with_counts(sample_service):
    text = "\n".join(pdf_texts(render_report_bytes(sample_service, kind="summary")))
    for number, s in enumerate(sample_service.status().opds, start=1):
        verdict = "memenuhi" if s.meets_minimum else f"belum (kurang {s.missing})"
        row = (
            f"{number} {s.opd.name} ({s.opd.abbreviation}) {s.opd.stage.label} "
            f"{s.tally.stored} {s.tally.counted} {verdict}"
        )
        assert squeeze(row) in squeeze(text), row


def test_shortfalls_listed_with_what_they_lack(sample_service):
    text = "\n".join(pdf_texts(render_report_bytes(sample_service, kind="summary")))
    section = text.split("OPD yang belum memenuhi minimal", 1)[1]
    short = [s for s in sample_service.status().opds if not s.meets_minimum]
    assert len(short) == 4
    for s in short:
        assert squeeze(
            f"{s.opd.display_name}: {s.tally.counted} dari 5 gagasan — perlu {s.missing} lagi"
        ) in squeeze(section)
    met = next(s for s in sample_service.status().opds if s.meets_minimum)
    assert f"{met.opd.display_name}:" not in section


def test_no_designs_yet_says_so(sample_service):
    text = "\n".join(pdf_texts(render_report_bytes(sample_service, kind="summary")))
    assert "Belum ada rancangan inovasi." in text


def test_designs_by_bentuk_and_urusan(rich_sample):
    text = "\n".join(pdf_texts(render_report_bytes(rich_sample, kind="summary")))
    section = squeeze(text.split("Rancangan inovasi menurut bentuk dan urusan", 1)[1])
    assert squeeze("Bentuk inovasi Rancangan Inovasi pelayanan publik 1") in section
    assert squeeze("Urusan pemerintahan Rancangan Kesehatan 1") in section
    assert squeeze("SIAP ANTRE (Sistem Antrean Puskesmas lewat WhatsApp)") in section


@pytest.fixture(scope="module")
def big_summary(tmp_path_factory):
    """60 OPD; OPD n has n % 9 ideas, so 26 of 60 (43,3%) meet the minimum of 5."""
    from labinovasi.services import WorkshopService

    folder = tmp_path_factory.mktemp("big")
    with WorkshopService.create(
        folder / "besar.labinovasi", "Lab Besar", region="Kabupaten Besar"
    ) as service:
        fill_workshop(service, folder, 60, lambda n: n % 9)
        yield service, pdf_texts(render_report_bytes(service, kind="summary"))


def test_big_workshop_summary_line(big_summary):
    _service, texts = big_summary
    assert "26 dari 60 OPD (43,3%) memenuhi minimal 5 gagasan" in texts[0]


def test_table_header_repeats_on_the_next_page(big_summary):
    _service, texts = big_summary
    table_pages = [i for i, t in enumerate(texts) if ROW.search(t)]
    assert len(table_pages) >= 2, "the 60-row table should run over a page"
    for i in table_pages:
        assert squeeze(HEADER) in squeeze(texts[i]), f"header row missing on page {i + 1}"
    second = texts[table_pages[1]]
    first_row_there = ROW.search(second)
    assert first_row_there and first_row_there.group(1) == first_row_there.group(2) != "1"


def test_chart_shows_every_opd_and_the_minimum(big_summary):
    _service, texts = big_summary
    text = "\n".join(texts)
    chart = text.split("Gagasan dihitung per OPD", 1)[1]
    for n in range(1, 61):
        assert f"DU-{n:02d}" in chart
    chart_pages = [i for i, t in enumerate(texts) if CHART_LINE.search(t)]
    assert len(chart_pages) == 2  # 60 bars do not squeeze onto one page


def test_chart_chunks_are_balanced():
    assert [len(r) for r in chart_chunks(60)] == [30, 30]
    assert [len(r) for r in chart_chunks(47)] == [47]
    assert [len(r) for r in chart_chunks(100)] == [34, 34, 32]
    assert chart_chunks(0) == []
    assert [i for r in chart_chunks(97) for i in r] == list(range(97))


def test_empty_workshop_prints_a_plain_summary(service):
    texts = pdf_texts(render_report_bytes(service, kind="all"))
    assert len(texts) == 1
    assert "0 dari 0 OPD (0%) memenuhi minimal 5 gagasan" in texts[0]
    assert "Belum ada OPD." in texts[0]
    assert "Semua OPD sudah memenuhi" not in texts[0]
    opd = service.add_opd("Dinas Kosong", "DK")
    sheet = pdf_texts(render_report_bytes(service, kind="opd", opd_id=opd.id))[0]
    assert "Belum ada gagasan." in sheet and "0 dari 5 gagasan" in sheet


def test_chart_writes_thousands_as_numbers_are_written():
    from reportlab.graphics.shapes import String

    from labinovasi.reports.charts import Bar, counted_ideas_charts

    (drawing,) = counted_ideas_charts(
        [Bar("Dinas Besar", 1064, True), Bar("Dinas Kecil", 3, False)], 5
    )
    texts = {item.text for item in drawing.contents if isinstance(item, String)}
    assert "1.064" in texts and "1064" not in texts
