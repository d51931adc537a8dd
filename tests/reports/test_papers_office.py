"""Papers an officer signs as they come out (issue 23), read back from the PDF's text layer and
the Word file, on a full office set-up (kop typed in capitals, F4, signatories, participants,
dot votes) with earlier years' innovations imported."""

from __future__ import annotations

import re
from datetime import date

import pytest
from docx import Document

from labinovasi.domain.errors import BadInput
from labinovasi.reports.docx_writer import write_docx
from labinovasi.reports.papers import PAPER_KINDS, build_paper
from labinovasi.reports.papers.model import Signatures
from labinovasi.reports.papers.pdf import signer_lines, write_pdf
from labinovasi.services import papers
from labinovasi.services.innovations import Innovations
from pdf_reading import pdf_texts, squeeze

ON = date(2026, 11, 26)


def docx_text(path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [c.text for row in table.rows for c in row.cells]
    return "\n".join(parts)


def make(service, tmp_path, document, opd="DINKES", **options):
    kind = next(k for k in PAPER_KINDS if k.key == document)
    opd_id = service.find_opd(opd).id if opd and kind.takes_opd else None
    options.setdefault("dated", ON)
    paper = build_paper(papers.papers_data(service, **options), document, opd_id)
    write_pdf(paper, tmp_path / "p.pdf")
    write_docx(paper, tmp_path / "p.docx")
    return paper, pdf_texts(tmp_path / "p.pdf"), docx_text(tmp_path / "p.docx")


CASES = [(k.key, "DINKES") for k in PAPER_KINDS] + [("lembar", None), ("sertifikat", None)]


@pytest.mark.parametrize(("document", "opd"), CASES)
def test_one_page_number_per_page(office_after_lab, tmp_path, document, opd):
    paper, pages, _word = make(office_after_lab, tmp_path, document, opd)
    certificate = paper.landscape and paper.kop_on_every_page
    for number, text in enumerate(pages, start=1):
        assert text.count("Halaman") == (0 if certificate else 1), (number, text[-200:])
        if not certificate:
            assert f"Halaman {number} dari {len(pages)}" in text


def _signature_texts(paper) -> set[str]:
    lines = {"Dewan juri:", "\u00a0"}
    for block in paper.blocks:
        if isinstance(block, Signatures):
            for row in block.rows:
                for signer in row:
                    lines |= {squeeze(t) for _kind, t in signer_lines(signer) if t.strip()}
                    lines |= {squeeze(t) for t in signer.place_date.split("\n")}
    return lines


def _body_lines(text: str, paper) -> list[str]:
    """A page's lines without its kop and footer."""
    kop = {squeeze(t) for t in (paper.letterhead.government, paper.letterhead.agency) if t}
    lines = []
    for line in text.splitlines():
        flat = squeeze(line)
        if not flat or flat.startswith("Halaman") or "·Nomor" in flat or flat in kop:
            continue
        if paper.footer and squeeze(paper.title) in flat:
            continue
        lines.append(flat)
    return lines


@pytest.mark.parametrize("document", [k.key for k in PAPER_KINDS])
def test_no_page_holds_only_a_signature_block(office_after_lab, tmp_path, document):
    paper, pages, _word = make(office_after_lab, tmp_path, document)
    signing = _signature_texts(paper)
    for number, text in enumerate(pages[1:], start=2):
        body = [line for line in _body_lines(text, paper) if not line.startswith("NIP.")]
        assert any(line not in signing for line in body), (document, number, body)


@pytest.mark.parametrize("blank", range(0, 40, 3))
def test_attendance_signature_never_alone_whatever_the_rows(office_after_lab, tmp_path, blank):
    paper, pages, _word = make(office_after_lab, tmp_path, "daftar-hadir", None, blank_rows=blank)
    signing = _signature_texts(paper)
    for text in pages[1:]:
        body = [line for line in _body_lines(text, paper) if not line.startswith("NIP.")]
        assert any(line not in signing for line in body), body


@pytest.mark.parametrize("document", ["berita-acara-pelaksanaan", "sertifikat"])
def test_the_agency_reads_as_a_name_with_its_region(office_after_lab, tmp_path, document):
    _paper, pages, word = make(office_after_lab, tmp_path, document, None)
    expected = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Tanah Harapan"
    for text in ("\n".join(pages), word):
        assert squeeze(expected) in squeeze(text)
        # capitals only in the kop, never mid-sentence
        assert not re.search(r"oleh\s+BADAN", text)


def test_the_commitment_is_a_surat_pernyataan(office_after_lab, tmp_path):
    _paper, pages, word = make(office_after_lab, tmp_path, "berita-acara-komitmen")
    text = "\n".join(pages)
    for found in (text, word):
        assert "SURAT PERNYATAAN KOMITMEN" in found
        assert "BERITA ACARA" not in found.upper().replace("DEMIKIAN BERITA ACARA", "")
        assert "Yang membuat pernyataan," in found


def test_suara_counts_the_dots_and_the_facilitators_count(office_after_lab, tmp_path):
    _paper, pages, word = make(office_after_lab, tmp_path, "lembar")
    text = "\n".join(pages)
    assert "14 (5 titik, 9 dicatat fasilitator)" in text
    assert "6 dari 5" not in text and "6 dari 5" not in word


def test_ba_top_carries_the_gelar_inovasis_day_place_and_jury(office_after_lab, tmp_path):
    paper, pages, word = make(office_after_lab, tmp_path, "berita-acara-top", None, dated=None)
    text = "\n".join(pages)
    for found in (squeeze(text), squeeze(word)):
        assert (
            squeeze("Pada hari ini Rabu tanggal sepuluh bulan Maret tahun dua ribu dua puluh tujuh")
            in found
        )
        assert squeeze("bertempat di Pendopo Kabupaten") in found
        assert squeeze("Tanjung Harapan, 10 Maret 2027") in found
        assert squeeze("Ketua Dewan Juri") in found and squeeze("Anggota Dewan Juri") in found
    assert paper.dated == date(2027, 3, 10)


def test_ba_desk_is_dated_by_the_desk_and_says_which_time(office_after_lab, tmp_path):
    paper, pages, word = make(office_after_lab, tmp_path, "berita-acara-desk", dated=None)
    text = squeeze("\n".join(pages))
    assert squeeze("tanggal lima belas bulan Januari tahun dua ribu dua puluh tujuh") in text
    assert paper.dated == date(2027, 1, 15)


def test_the_piagam_is_the_kepala_daerahs_to_the_team(office_after_lab, tmp_path):
    _paper, pages, word = make(
        office_after_lab, tmp_path, "sertifikat", None, piagam=True, dated=None
    )
    text = "\n".join(pages)
    for found in (text, word):
        assert "Bupati Kabupaten Tanah Harapan" in found
        assert "H. Ahmad Yani" in found
        assert "Tim Inovasi Dinas Kesehatan" in found
        assert "Tanjung Harapan, 10 Maret 2027" in found
        assert "Kepala Badan" not in found


def test_the_lembar_shows_the_state_at_the_lab(office_after_lab, tmp_path):
    _paper, pages, word = make(office_after_lab, tmp_path, "lembar", dated=None)
    text = "\n".join(pages)
    assert "(hasil laboratorium)" in text and "(hasil laboratorium)" in word
    assert "73%" not in text and "73%" not in word  # the monev of May 2027 came later


def test_the_rekapitulasi_gives_the_coverage(office_after_lab, tmp_path):
    _paper, pages, word = make(office_after_lab, tmp_path, "rekap", None)
    text = squeeze("\n".join(pages))
    opds = len(office_after_lab.list_opds())
    line = f"1 dari {opds} OPD"
    assert squeeze(line) in text and line in word
    assert squeeze("Urusan wajib pelayanan dasar tercakup: 1 dari 6 (Kesehatan)") in text


def test_sk_drafts_in_a_keputusans_form(office_after_lab, tmp_path):
    _paper, pages, word = make(office_after_lab, tmp_path, "sk-tim", dated=None)
    text = "\n".join(pages)
    for found in (text, word):
        assert "000.9" not in found  # numbered by its issuer, not pre-numbered
        assert "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN TANAH HARAPAN" in found
        assert "KESATU" in found and "KESATU:" not in found
        flat = squeeze(found)
        assert squeeze("Lembaran Negara Republik Indonesia Tahun 2017 Nomor 206") in flat
        assert squeeze("Tambahan Lembaran Negara Republik Indonesia Nomor 6123") in flat
        assert squeeze("sebagaimana telah beberapa kali diubah") in flat
        # one year: the budget the team is charged to is 2027's
        assert "Tahun 2026" not in found and squeeze("Tahun Anggaran 2027") in flat
    assert re.search(r"Menimbang\s*:\s*a\.", text)
    _paper, pages, word = make(office_after_lab, tmp_path, "sk-penetapan", None, dated=None)
    text = "\n".join(pages)
    assert "LAMPIRAN KEPUTUSAN BUPATI TANAH HARAPAN" in text and "000.9" not in text
    assert "Penerapan" in text  # never "Penerapa" / "n" broken inside the Tahapan column
    _paper, pages, word = make(
        office_after_lab, tmp_path, "sk-tim", dated=None, number="100.3.3/12/2027"
    )
    assert "100.3.3/12/2027" in "\n".join(pages) and "100.3.3/12/2027" in word


def test_daftar_hadir_signed_by_the_organiser_without_a_number(office_after_lab, tmp_path):
    papers.set_person(office_after_lab, "pptk", "Yusuf Hamdani, S.T.", "198703202011011002")
    _paper, pages, word = make(office_after_lab, tmp_path, "daftar-hadir", None)
    text = "\n".join(pages)
    for found in (text, word):
        assert "Pejabat Pelaksana Teknis Kegiatan" in found and "Yusuf Hamdani" in found
        assert "Nomor" not in found.replace("Nomor 12", "")  # the kop's address has one
    # on F4 a NIP stays on one line of its column
    assert "19800101 200501 1 000" in text.replace("\u00a0", " ")


def test_rancang_bangun_counts_only_its_prose(office_after_lab, tmp_path):
    paper, pages, word = make(office_after_lab, tmp_path, "rancang-bangun", None)
    from labinovasi.domain.innovations import word_count
    from labinovasi.reports.papers.model import Grid, Heading

    table_words = sum(
        word_count(c) for b in paper.blocks if isinstance(b, Grid) for r in b.rows for c in r
    )
    heading_words = sum(word_count(b.text) for b in paper.blocks if isinstance(b, Heading))
    assert paper.words is not None and 0 < paper.words <= 300
    assert table_words + heading_words > 100  # what the old count added (528 words in all)
    assert "[lengkapi" in "\n".join(pages)  # the markers are there, and not counted
    assert f"{paper.words} kata" in "\n".join(pages) and f"{paper.words} kata" in word


def test_laporan_monev_per_innovation_from_the_log(office_after_lab, tmp_path):
    paper, pages, word = make(office_after_lab, tmp_path, "laporan-monev", dated=None)
    text = "\n".join(pages)
    for found in (text, word):
        assert "LAPORAN MONITORING DAN EVALUASI INOVASI DAERAH" in found
        assert "73%" in found and "2 Mei 2027" in found  # the monev entry of the log
    assert paper.dated is not None and paper.dated.isoformat() == "2027-05-02"


def test_ba_verifikasi_lists_each_verdict_signed_by_the_verifier(office_after_lab, tmp_path):
    from office_setup import VERDICTS

    paper, pages, word = make(
        office_after_lab, tmp_path, "berita-acara-verifikasi", None, dated=None
    )
    text = "\n".join(pages)
    # dated by the latest verdict (10 Februari 2027), not the later waiting claim nor today
    assert paper.dated is not None and paper.dated.isoformat() == "2027-02-10"
    for found in (text, word):
        flat = squeeze(found)
        assert "BERITA ACARA HASIL VERIFIKASI" in found
        assert squeeze("Keadaan verifikasi per 10 Februari 2027") in flat
        assert squeeze("1 diterima, 1 perlu revisi, 1 ditolak") in flat
        assert squeeze("1 jawaban lain masih menunggu verifikasi") in flat
        for _no, _which, status, note, _day in VERDICTS:
            if status != "menunggu":
                assert squeeze(note) in flat
        assert "Diterima" in found and "Perlu revisi" in found and "Ditolak" in found
        assert "SI PINTAR 2024" in found  # imported innovations are verified too
        assert "Dewi Anggraini, S.E." in found and "19880915 201402 2 003" in found
        assert "Verifikator Desk Inovasi" in found
        assert "Tanjung Harapan, 10 Februari 2027" in found
        assert "sepuluh bulan Februari" in found
    # one innovation: only its verdicts, dated by them
    lab = next(i for i in Innovations(office_after_lab).list() if i.from_lab)
    kind = next(k for k in PAPER_KINDS if k.key == "berita-acara-verifikasi")
    assert kind.innovation and kind.takes_opd
    one = build_paper(papers.papers_data(office_after_lab), kind.key, None, lab.id)
    write_pdf(one, tmp_path / "one.pdf")
    text = "\n".join(pdf_texts(tmp_path / "one.pdf"))
    assert "SI PINTAR" not in text and "SK penetapan lengkap" in text
    assert one.dated is not None and one.dated.isoformat() == "2027-02-10"


MATERI = [
    ("Kebijakan inovasi daerah dan Indeks Inovasi Daerah", 2),
    ("Drum-up: menggali gagasan", 4),
    ("Diagnose: akar masalah, APKL dan USG", 6),
    ("Design: profil dan rancang bangun inovasi", 8),
    ("Rencana aksi dan tindak lanjut", 4),
]


def test_the_certificate_prints_the_materi_and_their_jp(office_after_lab, tmp_path):
    # without materi the certificate prints as before: no JP line, no materi page
    _paper, pages, word = make(office_after_lab, tmp_path, "sertifikat")
    plain = len(pages)
    for found in ("\n".join(pages), word):
        assert "jam pelajaran" not in found and "DAFTAR MATERI" not in found
    papers.set_materi(office_after_lab, MATERI)
    try:
        _paper, pages, word = make(office_after_lab, tmp_path, "sertifikat")
    finally:
        papers.set_materi(office_after_lab, [])
    assert len(pages) == 2 * plain  # each certificate with its materi on the back
    for found in ("\n".join(pages), word):
        flat = squeeze(found)
        assert squeeze("selama 24 (dua puluh empat) jam pelajaran") in flat
        for title, _jp in MATERI:
            assert squeeze(title) in flat
        assert "DAFTAR MATERI" in found and "Jumlah" in found
    back = squeeze(pages[1])
    assert squeeze("Drum-up: menggali gagasan4") in back and squeeze("Jumlah24") in back
    assert squeeze("selama 24") in squeeze(pages[0])  # the front says the total


def test_sk_penetapan_lists_the_innovations_of_one_tahapan_and_year(office_after_lab, tmp_path):
    from datetime import date as day

    innovations = Innovations(office_after_lab)
    rujuk = next(i for i in innovations.list() if i.name == "E-RUJUK 2025")
    innovations.set_fields(rujuk.id, {"launch_date": day(2026, 2, 1)})  # applied in 2026
    try:
        kind = next(k for k in PAPER_KINDS if k.key == "sk-penetapan")
        assert kind.tahapan and kind.year
        _paper, pages, word = make(
            office_after_lab,
            tmp_path,
            "sk-penetapan",
            None,
            dated=None,
            tahapan="penerapan",
            year=2026,
        )
        everything = make(office_after_lab, tmp_path, "sk-penetapan", None, dated=None)
    finally:
        innovations.set_fields(rujuk.id, {"launch_date": day(2024, 3, 3)})
    text = "\n".join(pages)
    for found in (text, word):
        flat = squeeze(found)
        assert "E-RUJUK 2025" in found
        for other in ("SI PINTAR 2024", "PUSKESMAS KELILING 2023", "SIAP ANTRE"):
            assert other not in found  # launched in 2024, or not in penerapan
        assert squeeze("TAHUN 2026") in flat and squeeze("Tahun 2026") in flat
        assert squeeze("Inovasi daerah tahapan Penerapan, dimulai tahun 2026") in flat
    # without a filter the lampiran lists every innovation, the heading names none
    all_text = "\n".join(everything[1])
    for name in ("E-RUJUK 2025", "SI PINTAR 2024", "SIAP ANTRE"):
        assert name in all_text
    assert "dimulai tahun" not in all_text
    # a tahapan that is not on the national list, or a filter on a paper without one: refused
    with pytest.raises(BadInput, match="Tahapan"):
        papers.papers_data(office_after_lab, tahapan="selesai")
    with pytest.raises(BadInput, match="tidak dipilah"):
        build_paper(papers.papers_data(office_after_lab, tahapan="penerapan"), "rekap")


def test_the_lembar_is_signed_in_the_kops_city_not_the_venues_town(office_after_lab, tmp_path):
    from labinovasi.services.reporting import render_report

    venue = office_after_lab.workshop().place
    assert venue.endswith("Tanjung Selor")  # the lab was held away from the office
    dinkes = office_after_lab.find_opd("DINKES").id
    sheet = render_report(office_after_lab, tmp_path / "lembar.pdf", kind="opd", opd_id=dinkes)
    _paper, pages, word = make(office_after_lab, tmp_path, "lembar", dated=None)
    for found in ("\n".join(pdf_texts(sheet)), "\n".join(pages), word):
        assert re.search(r"Tanjung\s+Harapan,\s+\d{1,2}\s+\w+\s+20\d\d", found), found[-600:]
        assert not re.search(r"Tanjung\s+Selor,\s+\d", found)
