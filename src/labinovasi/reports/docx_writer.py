"""A Paper as a Word document (python-docx): the same kop, number, headings, tables and
signature blocks as the PDF, in real Word styles (Heading 1, tables with a repeating header
row) so an office can finish the draft in Word. Text goes in as runs, never as markup."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from labinovasi.domain.papers import PAPERS, plain_date
from labinovasi.reports.papers import model
from labinovasi.reports.papers.pdf import aligned_lines

ACCENT = RGBColor(0x0B, 0x4F, 0x8A)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)
FONT = "Arial"
# XML 1.0 refuses these; a participant's stray control character must not break the file.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _ILLEGAL.sub(" ", text or "")


def _run(
    paragraph,
    text: str,
    bold: bool = False,
    size: float | None = None,
    color: RGBColor | None = None,
    underline: bool = False,
):
    lines = clean(text).split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold or None
        run.underline = underline or None
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        if index < len(lines) - 1:
            run.add_break()
    return paragraph


def _para(
    container,
    text: str = "",
    align=None,
    bold=False,
    size=None,
    color=None,
    space_after: float = 4,
    underline=False,
):
    paragraph = container.add_paragraph()
    if text:
        _run(paragraph, text, bold, size, color, underline)
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(space_after)
    return paragraph


def _border_bottom(paragraph) -> None:
    """The kop's double rule: Word's thick-thin border under the last kop line."""
    props = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "thickThinSmallGap"),
        ("w:sz", "18"),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    props.append(borders)


def _repeat_header(row) -> None:
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def _shade(cell, hex_colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), hex_colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _field(paragraph, code: str) -> None:
    """A PAGE or NUMPAGES field, so Word numbers the pages itself."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _no_borders(table) -> None:
    table.style = None
    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    props.append(borders)


def _kop(document, paper: model.Paper, width: float) -> None:
    head = paper.letterhead
    if not head.filled:
        return
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    logo_cell, text_cell = table.rows[0].cells
    logo_cell.width, text_cell.width = Mm(30), Mm(width - 30)
    if head.logo:
        logo_cell.paragraphs[0].add_run().add_picture(io.BytesIO(head.logo), height=Mm(24))
    first = True
    for text, size in (
        (head.government.upper(), 12.5),
        (head.agency.upper(), 14),
        (head.address, 8.5),
        (head.contact_line, 8.5),
    ):
        if not text:
            continue
        paragraph = text_cell.paragraphs[0] if first else text_cell.add_paragraph()
        first = False
        _run(paragraph, text, bold=size > 10, size=size)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
    rule = _para(document, "", space_after=8)
    _border_bottom(rule)


def _setup(document, paper: model.Paper) -> float:
    width_mm, height_mm = PAPERS.get(paper.letterhead.paper, PAPERS["A4"])
    section = document.sections[0]
    if paper.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width_mm, height_mm = height_mm, width_mm
    section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(14), Mm(18)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Title"):
        style = document.styles[name]
        style.font.name = FONT
        style.font.color.rgb = ACCENT
    document.styles["Heading 1"].font.size = Pt(12)
    document.styles["Heading 2"].font.size = Pt(10.5)
    footer = section.footer.paragraphs[0]
    parts = ["DRAF" if paper.draft else "", paper.title]
    if paper.number:
        parts.append(f"Nomor {paper.number}")
    if paper.dated:
        parts.append(plain_date(paper.dated))
    _run(footer, " · ".join(p for p in parts if p) + " · ", size=7.5, color=MUTED)
    _run(footer, "Halaman" + " ", size=7.5, color=MUTED)
    _field(footer, "PAGE")
    _run(footer, " " + "dari" + " ", size=7.5, color=MUTED)
    _field(footer, "NUMPAGES")
    document.core_properties.title = clean(paper.title)
    document.core_properties.author = "Labinovasi"
    return width_mm - 36


_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _grid(document, block: model.Grid, width: float) -> None:
    fixed = sum(w for w in block.widths if w is not None)
    widths = [width - fixed if w is None else w for w in block.widths]
    align = block.align or ["left"] * len(block.header)
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_header(header)
    for cell, text, w, a in zip(header.cells, block.header, widths, align, strict=True):
        cell.width = Mm(w)
        _shade(cell, "0B4F8A")
        paragraph = cell.paragraphs[0]
        _run(paragraph, text, bold=True, size=8.5, color=RGBColor(0xFF, 0xFF, 0xFF))
        paragraph.alignment = _ALIGN.get(a)
    for index, values in enumerate(block.rows):
        row = table.add_row()
        if block.min_height:
            row.height = Mm(block.min_height)
        for column, (cell, text, w) in enumerate(zip(row.cells, values, widths, strict=True)):
            cell.width = Mm(w)
            paragraph = cell.paragraphs[0]
            _run(paragraph, text, size=9)
            if column == block.sign_column:
                paragraph.alignment = (
                    WD_ALIGN_PARAGRAPH.LEFT if index % 2 == 0 else WD_ALIGN_PARAGRAPH.RIGHT
                )
            else:
                paragraph.alignment = _ALIGN.get(align[column])
    _para(document, "", space_after=2)


def _label_table(
    document, rows: list[tuple[str, str]], label_width: float, width: float, colon: bool = True
) -> None:
    table = document.add_table(rows=0, cols=3 if colon else 2)
    _no_borders(table)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].width = Mm(label_width)
        _run(cells[0].paragraphs[0], label)
        if colon:
            cells[1].width = Mm(4)
            _run(cells[1].paragraphs[0], ":")
        cells[-1].width = Mm(width - label_width - (4 if colon else 0))
        _run(cells[-1].paragraphs[0], value)


def _signatures(document, block: model.Signatures, width: float) -> None:
    for row in block.rows:
        single = len(row) == 1
        columns = 2 if single and not block.center_single else len(row)
        table = document.add_table(rows=1, cols=columns)
        _no_borders(table)
        cells = table.rows[0].cells
        targets = cells[1:] if single and not block.center_single else cells
        for cell in cells:
            cell.width = Mm(width / columns)
        for cell, lines in zip(targets, aligned_lines(row), strict=True):
            first = True
            for kind, text in lines:
                paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.paragraph_format.space_after = Pt(0)
                if kind == "room":
                    paragraph.paragraph_format.space_after = Pt(56)  # sign and stamp
                elif kind == "name":
                    _run(paragraph, text, bold=True, underline=True)
                else:
                    _run(paragraph, text)
        _para(document, "", space_after=4)


def write_docx(paper: model.Paper, target: Path | BinaryIO) -> None:
    document = Document()
    width = _setup(document, paper)
    _kop(document, paper, width)
    for block in paper.text_blocks():
        if isinstance(block, model.Heading):
            heading = document.add_heading(clean(block.text), level=block.level)
            heading.paragraph_format.space_before = Pt(10)
        elif isinstance(block, model.Text):
            style = block.style
            align = (
                WD_ALIGN_PARAGRAPH.CENTER
                if style in ("center", "title", "subtitle", "big", "huge")
                else WD_ALIGN_PARAGRAPH.JUSTIFY
            )
            size = {"title": 12.5, "note": 8, "big": 22, "huge": 30}.get(style)
            color = ACCENT if style in ("big", "huge") else MUTED if style == "note" else None
            paragraph = _para(
                document,
                block.text,
                align,
                bold=style in ("title", "bold", "big", "huge"),
                size=size,
                color=color,
            )
            if block.indent:
                paragraph.paragraph_format.left_indent = Mm(block.indent)
        elif isinstance(block, model.Numbered):
            labels = block.labels or [f"{i}." for i in range(1, len(block.items) + 1)]
            pairs = list(zip(labels, block.items, strict=True))
            if block.lead and not block.colon:
                pairs = [
                    (block.lead if i == 0 else "", f"{label} {item}")
                    for i, (label, item) in enumerate(pairs)
                ]
            _label_table(
                document,
                pairs,
                28 if block.lead else max(9, max(len(x) for x in labels) * 2.7 + 2),
                width,
                colon=bool(block.lead or block.colon),
            )
        elif isinstance(block, model.Fields):
            _label_table(document, block.rows, block.label_width, width)
        elif isinstance(block, model.Grid):
            _grid(document, block, width)
        elif isinstance(block, model.Box):
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            _shade(cell, "E3EDF7")
            _run(cell.paragraphs[0], block.title, bold=True)
            for line in block.lines:
                _run(cell.add_paragraph(), "• " + line)
            _para(document, "", space_after=2)
        elif isinstance(block, model.Signatures):
            _signatures(document, block, width)
        elif isinstance(block, model.PageBreak):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if paper.kop_on_every_page:
                _kop(document, paper, width)
        elif isinstance(block, model.Spacer):
            _para(document, "", space_after=block.height * 2.8)
    document.save(target if not isinstance(target, Path) else str(target))
