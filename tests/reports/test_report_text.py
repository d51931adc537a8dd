"""Participant text on a lembar hasil: markup prints literally, special characters survive,
long ideas wrap and split across pages."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from labinovasi.domain import Stage
from labinovasi.domain.innovations import ActionStep
from labinovasi.services.innovations import Innovations
from labinovasi.services.reporting import render_report_bytes
from pdf_reading import pdf_texts

PAYLOADS = [
    "Layanan <b>cepat & mudah",
    "<img src='/etc/passwd'/>",
    "<font size=200>",
    "</para><para>tutup & buka &amp; &lt;x&gt;",
]
SPECIAL = "Lahan ≥ 2 ha, ½ hari — “cepat…” dan naïve"


def _opd_with(service, texts, **fields):
    opd = service.add_opd("Dinas Uji <Coba> & Co", "DU&C")
    for text in texts:
        service.add_idea(opd.id, text, **fields)
    return opd


def test_markup_payloads_print_literally(service):
    opd = _opd_with(service, PAYLOADS, author="<b>Budi</b>", problem="<u>tidak ada</u>")
    plain = service.add_opd("Dinas Biasa", "DB")
    for n in range(len(PAYLOADS)):
        service.add_idea(plain.id, "x" * len(PAYLOADS[n]), author="Budi", problem="tidak ada")
    pdf = render_report_bytes(service, kind="opd", opd_id=opd.id)
    text = "\n".join(pdf_texts(pdf))
    for payload in PAYLOADS:
        assert payload in text
    assert "Pengusul: <b>Budi</b>" in text and "Masalah: <u>tidak ada</u>" in text
    assert "Dinas Uji <Coba> & Co (DU&C)" in text
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:  # the <img> tag never pulled a file in
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    # the payloads take no more room than plain text of the same length
    plain_pdf = render_report_bytes(service, kind="opd", opd_id=plain.id)
    assert len(reader.pages) == len(PdfReader(io.BytesIO(plain_pdf)).pages) == 1


def test_special_characters_come_back_exactly(service):
    opd = _opd_with(service, [SPECIAL], author="Ñoño ½", problem="≥ 2 ha — “…”")
    text = "\n".join(pdf_texts(render_report_bytes(service, kind="opd", opd_id=opd.id)))
    assert SPECIAL in text
    assert "Ñoño ½" in text and "≥ 2 ha — “…”" in text


def test_special_characters_in_the_rekapitulasi_and_chart(service):
    service.update_workshop(title="Lab “Inovasi” ½ — naïve", region="Kab. ≥ Contoh")
    service.add_opd("Dinas ≥ Satu", "D≥1")
    text = "\n".join(pdf_texts(render_report_bytes(service, kind="summary")))
    assert "Kab. ≥ Contoh" in text and "Lab “Inovasi” ½ — naïve" in text
    assert text.count("D≥1") >= 2  # table row and chart label


def _long_idea(n: int, length: int) -> str:
    words = [f"kata{n}x{i}" for i in range(length // 8)]
    return " ".join(words)[:length].strip()


def test_long_ideas_wrap_and_split_across_pages(service):
    ideas = [_long_idea(n, 2000) for n in range(1, 6)] + [_long_idea(9, 5000)]
    opd = _opd_with(service, ideas)
    texts = pdf_texts(render_report_bytes(service, kind="opd", opd_id=opd.id))
    assert len(texts) >= 3
    printed = re.findall(r"kata\d+x\d+", "\n".join(texts))
    expected = [word for idea in ideas for word in idea.split()]
    assert printed == expected  # every word, in order, none lost at a page break
    # the 5,000-character idea continues overleaf
    assert len({i for i, t in enumerate(texts) if "kata9x" in t}) >= 2
    for line in "\n".join(texts).splitlines():  # wrapped: no line runs off the page
        assert len(line) < 140
    header = "Gagasan, pengusul dan masalah"
    for page in texts:  # the repeated header row opens a page, never sits inside one
        assert page.count(header) <= 1
        if header in page and "LEMBAR HASIL" not in page:
            assert page.split(header)[0].split() == ["No"], page[:80]


def test_huge_texts_everywhere_still_lay_out(service):
    opd = _opd_with(service, [f"Gagasan {n}" for n in range(3)])  # too few: an override
    idea = service.list_ideas(opd.id)[0].idea
    service.update_idea(
        idea.id,
        problem="masalah",
        chosen=True,
        root_cause=_long_idea(1, 4000),
        affected=_long_idea(2, 3000),
    )
    service.move_stage(opd.id, Stage.DESIGN, override_reason=_long_idea(3, 3000))
    innovations = Innovations(service)
    innovation = innovations.add(
        opd.id,
        _long_idea(4, 600),
        idea_ids=[idea.id],
        form="lainnya",
        main_affair="Kesehatan",
        design_text=_long_idea(5, 5000),
        goal=_long_idea(6, 2000),
    )
    innovations.set_actions(
        innovation.id,
        [ActionStep(_long_idea(7, 3000), person="Budi", output=_long_idea(8, 1500))],
    )
    for kind in ("opd", "summary"):
        pdf = render_report_bytes(service, kind=kind, opd_id=opd.id)
        printed = re.findall(r"kata\d+x\d+", "\n".join(pdf_texts(pdf)))
        assert printed, kind
    words = set(
        re.findall(
            r"kata\d+x\d+",
            "\n".join(pdf_texts(render_report_bytes(service, kind="opd", opd_id=opd.id))),
        )
    )
    for n, length in ((1, 4000), (3, 3000), (5, 5000), (7, 3000), (8, 1500)):
        assert set(_long_idea(n, length).split()) <= words, n
