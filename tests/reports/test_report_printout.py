"""The full print-out of the sample workshop, read back with pypdf."""

from __future__ import annotations

from pypdf import PdfReader

from labinovasi.reports.opd_sheet import signing_place
from pdf_reading import pdf_texts, squeeze

SHEET_KICKER = "LEMBAR HASIL LABORATORIUM INOVASI"
NAMES = [  # resources/samples/opd.csv, in board order
    "Dinas Pendidikan dan Kebudayaan (DISDIKBUD)",
    "Dinas Kesehatan (DINKES)",
    "Dinas Kependudukan dan Pencatatan Sipil (DISDUKCAPIL)",
    "Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR)",
    "Dinas Sosial (DINSOS)",
    "Dinas Pertanian (DISTAN)",
    "Dinas Perikanan (DISKAN)",
    "Badan Perencanaan Pembangunan dan Riset Daerah (BAPPERIDA)",
    "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)",
    "Rumah Sakit Umum Daerah dr. H. Soemarno (RSUD)",
    "Kecamatan Tanjung Selor (KEC-TJS)",
    "Dinas Komunikasi dan Informatika (DISKOMINFO)",
]


def sheet_starts(texts: list[str], names: list[str]) -> dict[str, int]:
    """Page index where each OPD's sheet starts: the page whose title block (right after the
    kicker; it may wrap) names the OPD."""
    starts = {}
    for i, text in enumerate(texts):
        if SHEET_KICKER in text:
            title = squeeze(text.split(SHEET_KICKER, 1)[1])[:120]
            found = [n for n in names if title.startswith(squeeze(n))]
            assert len(found) == 1, (i, title)
            starts[found[0]] = i
    return starts


def test_every_opd_starts_on_its_own_page_in_board_order(rich_sample, full_printout):
    texts = pdf_texts(full_printout)
    opds = rich_sample.list_opds()
    starts = sheet_starts(texts, NAMES)
    assert NAMES == [o.display_name for o in opds]
    assert list(starts) == NAMES
    pages = list(starts.values())
    assert pages == sorted(pages) and len(set(pages)) == len(opds)
    assert pages[0] > 0  # the rekapitulasi comes first
    for text in texts:
        assert text.count(SHEET_KICKER) <= 1
    # nothing of the next OPD leaks onto the page before its sheet starts
    for opd, page in zip(opds[1:], pages[1:], strict=True):
        assert opd.display_name not in texts[page - 1]


def test_each_sheet_shows_its_counts_and_marks(rich_sample, full_printout):
    texts = pdf_texts(full_printout)
    starts = sheet_starts(texts, NAMES)
    status = rich_sample.status()
    for s in status.opds:
        page = texts[starts[s.opd.display_name]]
        if s.tally.counted > 5:  # never "6 dari 5" (issue 23)
            assert f"{s.tally.counted} gagasan dihitung — memenuhi minimal 5" in page
            assert f"{s.tally.counted} dari 5" not in page
        else:
            assert f"{s.tally.counted} dari 5 gagasan" in page
            verdict = "memenuhi minimal" if s.meets_minimum else f"perlu {s.missing} lagi"
            assert verdict in page
    disdikbud = texts[starts["Dinas Pendidikan dan Kebudayaan (DISDIKBUD)"]]
    assert "duplikat dari no. 2" in disdikbud
    assert "Rapor Digital SD dan SMP yang bisa dibuka orang tua." in disdikbud  # kept, marked
    assert disdikbud.count("dihitung") >= 6


def test_page_footer_counts_pages(full_printout):
    texts = pdf_texts(full_printout)
    total = len(texts)
    assert f"Halaman 1 dari {total}" in texts[0]
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {total}" in text
    starts = sheet_starts(texts, NAMES)
    assert "Rekapitulasi · Laboratorium Inovasi Daerah 2026" in texts[0]
    assert "Lembar hasil DINKES · " in texts[starts["Dinas Kesehatan (DINKES)"] + 1]


def test_metadata(full_printout):
    meta = PdfReader(full_printout).metadata
    assert meta.author == "Labinovasi"
    assert "Kabupaten Tanah Harapan" in meta.title
    assert "Laboratorium Inovasi" in meta.subject


def test_outline_has_rekapitulasi_and_every_opd_at_its_page(rich_sample, full_printout):
    reader = PdfReader(full_printout)
    texts = pdf_texts(full_printout)
    starts = sheet_starts(texts, NAMES)
    outline = reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == ["Rekapitulasi", "Lembar hasil per OPD"]
    assert reader.get_destination_page_number(outline[0]) == 0
    children = next(item for item in outline if isinstance(item, list))
    assert [c.title for c in children] == [o.display_name for o in rich_sample.list_opds()]
    for child in children:
        assert reader.get_destination_page_number(child) == starts[child.title]


def _sheet(texts: list[str], name: str) -> str:
    """All pages of one OPD's sheet joined."""
    starts = sorted(sheet_starts(texts, NAMES).items(), key=lambda item: item[1])
    for i, (title, page) in enumerate(starts):
        if title == name:
            end = starts[i + 1][1] if i + 1 < len(starts) else len(texts)
            return "\n".join(texts[page:end])
    raise AssertionError(name)


def test_design_section_only_where_a_design_exists(full_printout):
    texts = pdf_texts(full_printout)
    dinkes = _sheet(texts, "Dinas Kesehatan (DINKES)")
    for expected in (
        "Rancangan inovasi",
        "SIAP ANTRE",
        "Inovasi pelayanan publik",
        "Kesehatan",
        "Rp125.000.000 (APBD Dinas Kesehatan 2027)",
        "Rencana aksi",
        "Menyusun SOP dan SK tim inovasi",
        "1 Desember 2026",
        "dr. Hendra Saputra",
        "• SOP antrean WhatsApp",
        "4 Januari 2027",
        "Digital",
        "Dari gagasan",
        "Antrean puskesmas lewat WhatsApp",
        "Indikator keberhasilan",
        "Perangkat Daerah — Dinas Kesehatan",
    ):
        assert squeeze(expected) in squeeze(dinkes), expected
    distan = _sheet(texts, "Dinas Pertanian (DISTAN)")
    assert "Rancangan inovasi" not in distan and "Rencana aksi" not in distan


def test_chosen_idea_and_scores(full_printout):
    texts = pdf_texts(full_printout)
    dinkes = _sheet(texts, "Dinas Kesehatan (DINKES)")
    assert "Gagasan terpilih" in dinkes
    assert "Pendaftaran hanya bisa dilakukan langsung di loket mulai pukul 07.30" in dinkes
    assert "Urgency 5 · Seriousness 4 · Growth 4 — jumlah 13" in dinkes
    assert "✓ Aktual" in dinkes
    bapperida = _sheet(texts, "Badan Perencanaan Pembangunan dan Riset Daerah (BAPPERIDA)")
    assert "Belum ada gagasan yang dipilih." in bapperida  # in diagnose, nothing chosen yet
    disdikbud = _sheet(texts, "Dinas Pendidikan dan Kebudayaan (DISDIKBUD)")
    assert "Gagasan terpilih" not in disdikbud  # still in drum-up: no empty section
    assert "Penilaian APKL dan USG" not in disdikbud


def test_override_reason_printed(full_printout):
    texts = pdf_texts(full_printout)
    reason = "Kecamatan baru bergabung hari kedua; gagasan dilengkapi menyusul"
    kec = _sheet(texts, "Kecamatan Tanjung Selor (KEC-TJS)")
    assert "Pengecualian tahap" in kec and squeeze(reason) in squeeze(kec)
    assert squeeze("Drum-up → Diagnose") in squeeze(kec)
    assert "Pengecualian tahap" not in _sheet(texts, "Dinas Pertanian (DISTAN)")
    assert squeeze(reason) in squeeze(texts[0] + texts[1])  # and in the rekapitulasi


def test_signature_lines_with_place_and_date(rich_sample, full_printout):
    texts = pdf_texts(full_printout)
    assert signing_place(rich_sample.workshop()) == "Tanjung Selor"
    sheet = _sheet(texts, "Dinas Sosial (DINSOS)")
    # not the lab's first day: an OPD still designing commits on the lab's last day
    for expected in (
        "Komitmen",
        "Kepala Perangkat Daerah",
        "Fasilitator",
        "Tanjung Selor, 26 November 2026",
        "NIP.",
    ):
        assert expected in sheet, expected


def test_commitment_is_dated_the_day_the_opd_finished_design(tmp_path):
    from datetime import datetime

    from labinovasi.domain import Stage
    from labinovasi.services import WorkshopService
    from labinovasi.services.reporting import report_data
    from labinovasi.services.sample import build_sample_workshop
    from labinovasi.storage.models import StageChangeRow

    path = build_sample_workshop(tmp_path / "contoh.labinovasi")
    with WorkshopService.open(path) as service:
        dinkes = service.find_opd("DINKES")
        with service._write() as session:  # finished on the lab's third day
            session.add(
                StageChangeRow(
                    opd_id=dinkes.id,
                    from_stage=Stage.DESIGN.value,
                    to_stage=Stage.DELIVER.value,
                    at=datetime(2026, 11, 25, 15, 30),
                )
            )
        data = report_data(service)
    [report] = [r for r in data.opds if r.opd.abbreviation == "DINKES"]
    assert str(report.finished_on) == "2026-11-25"
    assert all(r.finished_on is None for r in data.opds if r is not report)
