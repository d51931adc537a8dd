"""The office papers read back: kop lines, number, NIP groups, the day and date in words, every
participant on the daftar hadir with its header on every page, the rancang bangun draft built
from the lab's records, and the same text in the Word copy of each document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from labinovasi.domain import BadInput
from labinovasi.domain.innovations import lab_innovations
from labinovasi.domain.papers import JuryResult, Person, TopEntry
from labinovasi.reports.docx_writer import write_docx
from labinovasi.reports.papers import DOCUMENTS, build_paper, paper_kind
from labinovasi.reports.papers.pdf import write_pdf
from labinovasi.services import papers
from labinovasi.services.innovations import Innovations
from pdf_reading import pdf_texts, squeeze

DATA = Path(__file__).resolve().parents[1] / "data" / "papers"
KOP = ("PEMERINTAH KABUPATEN TANAH HARAPAN", "Jalan Jenderal Sudirman Nomor 12")
NEED_OPD = ("berita-acara-komitmen", "berita-acara-desk", "sk-tim")


@pytest.fixture(scope="module")
def office(rich_sample):
    service = rich_sample
    papers.set_letterhead(
        service,
        logo=DATA / "logo.png",
        government="Pemerintah Kabupaten Tanah Harapan",
        agency="Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        address="Jalan Jenderal Sudirman Nomor 12, Tanjung Harapan",
        phone="(0552) 21234",
        email="bapperida@contoh.go.id",
        city="Tanjung Harapan",
    )
    papers.import_participants(service, DATA / "peserta.csv")
    papers.set_person(
        service,
        "kepala-bapperida",
        "Dr. Hadi Prasetyo",
        "197003151995031002",
        "Pembina Utama Muda (IV/c)",
    )
    papers.set_person(service, "sekda", "Drs. Bambang Sutrisno", "196805101990031005")
    papers.set_person(
        service,
        "kepala-opd",
        "dr. Lina Kartika",
        "197512052003122004",
        "Pembina Tk. I (IV/b)",
        "Kepala Dinas Kesehatan",
        opd="DINKES",
    )
    return service


def _data(service, **options):
    return papers.papers_data(service, **options)


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
                for inner in cell.tables:
                    parts += [c.text for r in inner.rows for c in r.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_document_prints_as_pdf_and_docx_with_kop_and_number(office, tmp_path, document):
    dinkes = office.find_opd("DINKES")
    opd_id = dinkes.id if document in NEED_OPD or document == "lembar" else None
    paper = build_paper(_data(office, dated=date(2026, 11, 26)), document, opd_id)
    write_pdf(paper, tmp_path / "doc.pdf")
    write_docx(paper, tmp_path / "doc.docx")
    pdf = "\n".join(pdf_texts(tmp_path / "doc.pdf"))
    word = _docx_text(tmp_path / "doc.docx")
    if document != "sk-penetapan":  # a lampiran of the head of region's decree has no kop
        for line in KOP[:1]:
            assert line in pdf and line in word
    if paper.number:
        assert paper.number in pdf and paper.number in word
        assert f"Nomor {paper.number}" in pdf  # the footer: "Nomor 000.9/…" (no colon)
    if paper_kind(document).title.startswith("Berita acara"):  # a surat pernyataan does not
        words = (
            "Pada hari ini Kamis tanggal dua puluh enam bulan November tahun dua ribu dua "
            "puluh enam"
        )
        assert squeeze(words) in squeeze(pdf) and words in word
    # the two formats carry the same headings
    for heading in [
        p.text
        for p in Document(str(tmp_path / "doc.docx")).paragraphs
        if p.style.name.startswith("Heading")
    ]:
        assert squeeze(heading).casefold() in squeeze(pdf).casefold()


def test_kop_address_and_signers_with_nip_groups(office, tmp_path):
    paper = build_paper(
        _data(office, dated=date(2026, 11, 26)),
        "berita-acara-komitmen",
        office.find_opd("DINKES").id,
    )
    write_pdf(paper, tmp_path / "ba.pdf")
    [page] = pdf_texts(tmp_path / "ba.pdf")
    assert KOP[1] in page and "BADAN PERENCANAAN PEMBANGUNAN" in page
    assert "NIP. 19751205 200312 2 004" in page and "NIP. 19700315 199503 1 002" in page
    assert "Mengetahui," in page and "Tanjung Harapan, 26 November 2026" in page
    assert "Pembina Tk. I (IV/b)" in page


def test_daftar_hadir_lists_every_participant_and_repeats_its_header(office, tmp_path):
    paper = build_paper(_data(office, dated=date(2026, 11, 23)), "daftar-hadir")
    write_pdf(paper, tmp_path / "dh.pdf")
    pages = pdf_texts(tmp_path / "dh.pdf")
    assert len(pages) >= 2
    for page in pages:
        assert "Tanda tangan" in page and "No. HP" in page
    text = squeeze("\n".join(pages))
    for person in papers.people(office, "peserta"):
        assert squeeze(person.name.replace("🙂", "[SLIGHTLY SMILING FACE]")) in text
    assert "19800101200501" in text and squeeze("Senin, 23 November 2026") in text
    # the participant's markup is printed as typed, the emoji by its name, never a box
    assert squeeze("Agus <b>Salim</b> [SLIGHTLY SMILING FACE] & Co") in text
    write_docx(paper, tmp_path / "dh.docx")
    word = _docx_text(tmp_path / "dh.docx")
    assert "Agus <b>Salim</b> 🙂 & Co" in word
    assert "19800101\u00a0200501\u00a01\u00a0000" in word  # kept on one line in its column


def test_blank_daftar_hadir_and_f4_paper(office, tmp_path):
    papers.set_letterhead(office, paper="F4")
    try:
        data = _data(office, session="Sesi 2", blank_rows=5)
        data.people = [p for p in data.people if p.role != "peserta"]
        paper = build_paper(data, "daftar-hadir")
        write_pdf(paper, tmp_path / "dh.pdf")
    finally:
        papers.set_letterhead(office, paper="A4")
    from pypdf import PdfReader

    box = PdfReader(tmp_path / "dh.pdf").pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (215, 330)
    pages = pdf_texts(tmp_path / "dh.pdf")
    assert "Sesi 2" in pages[0]
    # no participant imported: two rows per OPD team (issue 23), then the 5 blank rows asked
    opds = office.list_opds()
    assert opds[0].abbreviation in pages[0]
    last = 2 * len(opds) + 5
    assert f"{last}. " in pages[-1] and f"{last + 1}. " not in pages[-1]


def test_rancang_bangun_draft_is_built_from_the_lab_records(office, tmp_path):
    dinkes = office.find_opd("DINKES")
    design = lab_innovations(Innovations(office).list(dinkes.id))[0]
    chosen = next(v.idea for v in office.list_ideas(dinkes.id) if v.idea.chosen)
    paper = build_paper(_data(office), "rancang-bangun", innovation_id=design.id)
    write_pdf(paper, tmp_path / "rb.pdf")
    write_docx(paper, tmp_path / "rb.docx")
    text = squeeze("\n".join(pdf_texts(tmp_path / "rb.pdf")))
    word = _docx_text(tmp_path / "rb.docx")
    # the prose alone (about 240 words, issue 23), not tables, headings or [lengkapi] marks
    assert paper.draft and paper.words and 150 < paper.words < 300
    for needed in (
        chosen.text,
        chosen.problem,
        chosen.root_cause,
        design.name,
        design.actions[0].activity,
        "DRAF",
        f"{paper.words} kata",
    ):
        assert squeeze(needed) in text, needed
        assert needed in word, needed


def test_sk_drafts_list_every_innovation_and_the_team(office, tmp_path):
    paper = build_paper(_data(office), "sk-penetapan")
    write_pdf(paper, tmp_path / "sk.pdf")
    text = squeeze("\n".join(pdf_texts(tmp_path / "sk.pdf")))
    for design in lab_innovations(Innovations(office).list()):
        assert squeeze(design.name) in text
    # headed as the decree's lampiran, its number left for the Bagian Hukum (issue 23)
    assert squeeze("LAMPIRAN KEPUTUSAN BUPATI TANAH HARAPAN") in text
    assert squeeze("Nomor : ....") in text and "000.9" not in text
    dinkes = office.find_opd("DINKES")
    paper = build_paper(_data(office), "sk-tim", dinkes.id)
    write_docx(paper, tmp_path / "tim.docx")
    word = _docx_text(tmp_path / "tim.docx")
    assert (
        "KESATU" in word and lab_innovations(Innovations(office).list(dinkes.id))[0].leader in word
    )


def test_berita_acara_top_prints_the_jury_given(office, tmp_path):
    jury = JuryResult(
        entries=[TopEntry(1, "SIAP ANTRE", "Dinas Kesehatan", "87,5")],
        jurors=[Person("j1", "juri", "Prof. Ani Juri", position="Ketua Juri")],
        top=3,
    )
    paper = build_paper(_data(office, jury=jury), "berita-acara-top")
    write_pdf(paper, tmp_path / "top.pdf")
    text = "\n".join(pdf_texts(tmp_path / "top.pdf"))
    assert "Top 3" in text.replace("TOP", "Top") and "SIAP ANTRE" in text
    assert "Prof. Ani Juri" in text and "87,5" in text


def test_certificates_one_landscape_page_per_participant(office, tmp_path):
    paper = build_paper(_data(office), "sertifikat", office.find_opd("DINKES").id)
    write_pdf(paper, tmp_path / "s.pdf")
    pages = pdf_texts(tmp_path / "s.pdf")
    dinkes_people = papers.people(office, "peserta", office.find_opd("DINKES").id)
    assert len(pages) == len(dinkes_people) == 8
    for page, person in zip(pages, dinkes_people, strict=True):
        assert "SERTIFIKAT" in page and squeeze(person.name) in squeeze(page)
    from pypdf import PdfReader

    box = PdfReader(tmp_path / "s.pdf").pages[0].mediabox
    assert box.width > box.height


def test_documents_needing_an_opd_refuse_without_one(office):
    for document in NEED_OPD:
        with pytest.raises(BadInput):
            build_paper(_data(office), document)
    with pytest.raises(BadInput):
        build_paper(_data(office), "rancang-bangun", innovation_id="tidak-ada")


def test_berita_acara_top_from_the_gelar_inovasi_scores(office, tmp_path):
    from labinovasi.services import jury
    from labinovasi.services.innovations import Innovations

    store = Innovations(office)
    first = store.list()[0]
    second = store.add(office.find_opd("DISDIKBUD").id, "Rapor Digital Sekolah")
    papers.set_person(
        office, "juri", "Prof. Sari Wulandari", "197001011995032001", position="Ketua Dewan Juri"
    )
    jury.set_rubric(
        office,
        [
            {"name": "Kebaharuan", "weight": 40},
            {"name": "Kemanfaatan", "weight": 47.5},
            {"name": "Dampak bagi desa", "weight": 12.5},
        ],
    )
    jury.set_presentations(office, [first.id, second.id])
    sari, budi = jury.add_juror(office, "Prof. Sari Wulandari"), jury.add_juror(office, "Ir. Budi")
    keys = [c.key for c in jury.rubric(office).criteria]
    for juror, a, b in ((sari, 80, 90), (budi, 70, 88)):
        jury.set_scores(office, juror.id, first.id, dict.fromkeys(keys, a))
        jury.set_scores(office, juror.id, second.id, dict.fromkeys(keys, b))
    result = papers.jury_result(office)
    assert [(e.rank, e.innovation) for e in result.entries] == [
        (1, "Rapor Digital Sekolah"),
        (2, first.name),
    ]
    out = tmp_path / "top.pdf"
    papers.render_paper(office, out, "berita-acara-top", dated=date(2026, 11, 26))
    text = "\n".join(pdf_texts(out))
    assert "Rapor Digital Sekolah" in text and "Dinas Pendidikan dan Kebudayaan" in text
    assert "Ketua Dewan Juri" in text and "NIP. 19700101 199503 2 001" in text
    assert "Ir. Budi" in text and "89" in text
    # The criteria named are the event's rubric, not a fixed list.
    flat = " ".join(text.split())
    assert "kebaharuan (40%), kemanfaatan (47,5%), dampak bagi desa (12,5%)" in flat
    assert "penguasaan materi" not in flat
