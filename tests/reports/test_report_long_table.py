"""An OPD with hundreds of ideas: its table runs over many pages of the full print-out, read
back whole (every idea once, in order, the header atop each page, one page number per page),
and laid out in work that grows with its rows, not with rows × pages."""

from __future__ import annotations

import re

import pytest
from reportlab.platypus import tables

from labinovasi.domain import Opd
from labinovasi.domain.rules import IdeaTally
from labinovasi.domain.status import OpdStatus
from labinovasi.reports.data import OpdReport
from labinovasi.reports.opd_sheet import progress_line
from labinovasi.services.reporting import render_report_bytes
from pdf_reading import pdf_texts, squeeze, write_csv

HEADER = "Gagasan, pengusul dan masalah"
IDEAS = 400
LONG = 7  # this idea is long enough to take several rows of the table
REPEAT_OF = 9  # the last idea repeats this one's text: "duplikat dari no. 9"


def _text(n: int) -> str:
    text = f"Gagasan G{n:04d}G layanan warga nomor {n}"
    if n == LONG:
        text += " dengan " + " ".join(f"langkah L{i:03d}L" for i in range(180))
    if n == 12:
        text += " 🙂"
    return text


@pytest.fixture
def big_opd(service, tmp_path):
    opd = service.add_opd("Dinas Banyak Gagasan", "DBG")
    service.add_opd("Dinas Sedikit", "DS")
    rows = [
        ["DBG", _text(n), f"Masalah M{n:04d}M", "Sari" if n % 2 else ""]
        for n in range(1, IDEAS + 1)
    ]
    rows.append(["DBG", _text(REPEAT_OF), "", ""])
    rows += [["DS", text, "", ""] for text in ("Taman baca keliling", "Pasar murah bulanan")]
    service.import_ideas(
        write_csv(tmp_path / "gagasan.csv", ["opd", "gagasan", "masalah", "pengusul"], rows)
    )
    return opd


def test_a_table_of_hundreds_of_ideas_reads_back_whole(service, big_opd):
    texts = pdf_texts(render_report_bytes(service, "all"))
    total = len(texts)
    for number, page in enumerate(texts, start=1):  # one page number per page, the right one
        assert re.findall(r"Halaman \d+ dari \d+", page) == [f"Halaman {number} dari {total}"]
    whole = squeeze("\n".join(texts))
    found = [int(n) for n in re.findall(r"G(\d{4})G", whole)]
    # every idea once and in order, the repeat last (kept, marked, not counted)
    assert found == [*range(1, IDEAS + 1), REPEAT_OF]
    assert [int(n) for n in re.findall(r"M(\d{4})M", whole)] == list(range(1, IDEAS + 1))
    assert re.findall(r"L(\d{3})L", whole) == [f"{i:03d}" for i in range(180)]
    assert squeeze("duplikat dari no. 9") in whole
    assert "[SLIGHTLY SMILING FACE]" in "\n".join(texts)  # named, never a blank box
    assert squeeze(f"{IDEAS + 1} gagasan tersimpan: {IDEAS} dihitung, 1 duplikat") in whole
    # the table's pages: from the sheet's first page to the one with its last idea
    first = next(i for i, t in enumerate(texts) if "LEMBAR HASIL" in t and "(DBG)" in t)
    last = max(i for i, t in enumerate(texts) if f"G{REPEAT_OF:04d}G" in squeeze(t))
    assert last - first >= 6
    for page in texts[first + 1 : last + 1]:  # the header opens every page, once
        assert page.count(HEADER) == 1, page[:200]
        assert page.split(HEADER)[0].split() == ["No"], page[:80]
    assert texts[first].count(HEADER) == 1


def _rows_given_to_tables(monkeypatch, service, opd_id: str) -> int:
    """How many rows ReportLab tables were built with while the OPD's sheet was laid out."""
    given = []
    build = tables.Table.__init__

    def counting(self, data, *args, **kwargs):
        given.append(len(data))
        build(self, data, *args, **kwargs)

    monkeypatch.setattr(tables.Table, "__init__", counting)
    render_report_bytes(service, "opd", opd_id)
    monkeypatch.undo()
    return sum(given)


def test_laying_out_the_table_costs_its_rows_not_rows_times_pages(monkeypatch, service, big_opd):
    """ReportLab's Table.split builds the rest of a table again at every page break (a
    1,000-idea table cost its rows squared); a page must cost only the rows on it."""
    rows = _rows_given_to_tables(monkeypatch, service, big_opd.id)
    # each row measured once and drawn once, plus the sheet's small tables
    assert rows < 3 * IDEAS, rows


def test_counts_of_thousands_are_written_as_numbers():
    """A sheet of 50,000 ideas said "1064 gagasan dihitung" (formatting writes 1.064)."""
    report = OpdReport(OpdStatus(Opd("x", "Dinas Uji", "DU"), IdeaTally(2_500, 2_400, 100, 0), 5))
    assert progress_line(report) == "2.400 gagasan dihitung — memenuhi minimal 5"
