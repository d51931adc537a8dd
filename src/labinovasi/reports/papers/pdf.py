"""A Paper as PDF: the kop surat with its double rule, the number and date under the title and
in the footer, A4 or F4, portrait or landscape, signature blocks with room to sign and stamp."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Spacer as PdfSpacer

from labinovasi.domain.papers import PAPERS, Letterhead, plain_date
from labinovasi.reports import styles
from labinovasi.reports.blocks import grid_table
from labinovasi.reports.document import AUTHOR, ReportDocument, _shorten
from labinovasi.reports.fonts import BOLD, REGULAR, register_fonts
from labinovasi.reports.papers import model
from labinovasi.reports.styles import markup, para, shorten

S = styles._style
KOP_GOVERNMENT = S("kop_gov", fontName=BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER)
KOP_AGENCY = S("kop_agency", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER)
KOP_LINE = S("kop_line", fontSize=8.5, leading=11, alignment=TA_CENTER)
PAPER_TITLE = S("paper_title", fontName=BOLD, fontSize=12.5, leading=16, alignment=TA_CENTER)
PAPER_NUMBER = S("paper_number", fontSize=10, leading=13, alignment=TA_CENTER)
PAPER_BODY = S("paper_body", fontSize=10, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
PAPER_BOLD = S("paper_bold", parent=PAPER_BODY, fontName=BOLD)
PAPER_CENTER = S("paper_center", parent=PAPER_BODY, alignment=TA_CENTER)
PAPER_ITEM = S("paper_item", parent=PAPER_BODY, alignment=TA_LEFT, spaceAfter=2)
BIG = S("big", fontName=BOLD, fontSize=22, leading=28, alignment=TA_CENTER, textColor=styles.ACCENT)
HUGE = S(
    "huge", fontName=BOLD, fontSize=30, leading=38, alignment=TA_CENTER, textColor=styles.ACCENT
)
SIGN = S("paper_sign", fontSize=10, leading=13, alignment=TA_CENTER)
SIGN_NAME = S("paper_sign_name", parent=SIGN, fontName=BOLD)
TEXT_STYLES = {
    "body": PAPER_BODY,
    "bold": PAPER_BOLD,
    "center": PAPER_CENTER,
    "title": PAPER_TITLE,
    "subtitle": PAPER_NUMBER,
    "note": styles.NOTE,
    "big": BIG,
    "huge": HUGE,
}
SIGN_ROOM = 19 * mm  # signature and stamp
KOP_TEXT = 240  # characters of a kop line
SIGN_TEXT = 240  # characters of a signer's name, jabatan or pangkat line


def page_size(paper: model.Paper) -> tuple[float, float]:
    width, height = PAPERS.get(paper.letterhead.paper, PAPERS["A4"])
    size = (width * mm, height * mm)
    return landscape(size) if paper.landscape else size


def content_width(paper: model.Paper) -> float:
    # Portrait papers keep the sheets' column width on F4 too, so their tables fit unchanged.
    return styles.CONTENT_WIDTH if not paper.landscape else page_size(paper)[0] - 2 * 18 * mm


class _DoubleRule(Flowable):
    """The kop's closing rule: a thick line over a thin one."""

    def __init__(self, width: float):
        super().__init__()
        self.width, self.height = width, 4

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(2)
        self.canv.line(0, 3, self.width, 3)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0, self.width, 0)


def logo_flowable(head: Letterhead, height: float = 24 * mm) -> Flowable | None:
    if not head.logo:
        return None
    reader = ImageReader(io.BytesIO(head.logo))
    w, h = reader.getSize()
    return Image(io.BytesIO(head.logo), width=height * w / h, height=height)


def kop(head: Letterhead, width: float) -> list[Flowable]:
    """The kop surat; nothing when the workshop has none set."""
    if not head.filled:
        return []
    lines: list[Flowable] = []
    # a kop is a few lines at the top of each paper: text longer than any real kop is cut
    # with "…" rather than push the paper off its page
    if head.government:
        lines.append(para(shorten(head.government.upper(), KOP_TEXT), KOP_GOVERNMENT))
    if head.agency:
        lines.append(para(shorten(head.agency.upper(), KOP_TEXT), KOP_AGENCY))
    if head.address:
        lines.append(para(shorten(head.address, KOP_TEXT), KOP_LINE))
    if head.contact_line:
        lines.append(para(shorten(head.contact_line, KOP_TEXT), KOP_LINE))
    logo = logo_flowable(head)
    side = 28 * mm
    table = Table([[logo or "", lines, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [table, _DoubleRule(width), PdfSpacer(1, 5 * mm)]


class PaperDocument(ReportDocument):
    """ReportDocument's frame on the paper's own size, with the number in the footer."""

    def __init__(self, target, paper: model.Paper):
        size = page_size(paper)
        margin_x = (size[0] - content_width(paper)) / 2
        BaseDocTemplate.__init__(
            self,
            target,
            pagesize=size,
            leftMargin=margin_x,
            rightMargin=margin_x,
            topMargin=14 * mm,
            bottomMargin=20 * mm,
            title=paper.title,
            author=AUTHOR,
            subject=paper.title,
            creator=AUTHOR,
            lang="id-ID",
        )
        self.paper = paper
        self.footer = paper.footer
        self.section = ""
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._footer)])

    def _footer(self, canvas, doc) -> None:
        paper = self.paper
        canvas.saveState()
        if paper.landscape:  # certificates: a double frame, as printed ones have
            width, height = self.pagesize
            canvas.setStrokeColor(styles.ACCENT)
            canvas.setLineWidth(2.2)
            canvas.rect(7 * mm, 7 * mm, width - 14 * mm, height - 14 * mm)
            canvas.setLineWidth(0.6)
            canvas.rect(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm)
        y = self.bottomMargin - 9 * mm
        left, right = self.leftMargin, self.pagesize[0] - self.rightMargin
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 10, right, y + 10)
        canvas.setFillColor(styles.MUTED)
        canvas.setFont(REGULAR, 7.5)
        parts = ["DRAF" if paper.draft else "", self.section or paper.title]
        if paper.number:
            parts.append(f"Nomor {paper.number}")
        if paper.dated:
            parts.append(plain_date(paper.dated))
        text = " · ".join(p for p in parts if p)
        canvas.drawString(left, y, _shorten(text, REGULAR, 7.5, (right - left) * 0.78))
        canvas.restoreState()

    def _page_number(self, canvas, page: int, total: int) -> None:  # type: ignore[override]
        """ "Halaman x dari y", stamped once per page by the holding canvas when the total is
        known (the paper's text stays Indonesian). A certificate is a paper of its own on
        each page: it carries no page number."""
        if self.paper.kop_on_every_page and self.paper.landscape:
            return
        canvas.saveState()
        canvas.setFillColor(styles.MUTED)
        canvas.setFont(BOLD, 7.5)
        canvas.drawRightString(
            self.pagesize[0] - self.rightMargin,
            self.bottomMargin - 9 * mm,
            f"Halaman {page} dari {total}",
        )
        canvas.restoreState()


def _fields(block: model.Fields, width: float) -> Table:
    rows = [
        [para(label, PAPER_BODY), para(":", PAPER_BODY), para(value, PAPER_BODY)]
        for label, value in block.rows
    ]
    table = Table(
        rows, colWidths=[block.label_width * mm, 4 * mm, width - block.label_width * mm - 4 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _numbered(block: model.Numbered, width: float) -> Table:
    labels = block.labels or [f"{i}." for i in range(1, len(block.items) + 1)]
    label_width = max(
        7 * mm, max((stringWidth(x, REGULAR, 10) for x in labels), default=0) + 3 * mm
    )
    lead_width = 28 * mm if block.lead else 0
    colon_width = 4 * mm if block.lead or block.colon else 0
    rows = []
    for index, (label, item) in enumerate(zip(labels, block.items, strict=True)):
        row = [para(label, PAPER_ITEM), para(item, PAPER_ITEM)]
        if block.colon:
            row.insert(1, para(":", PAPER_ITEM))
        elif block.lead:
            first = index == 0
            row = [para(block.lead if first else "", PAPER_ITEM), para(":" if first else "")]
            row += [para(label, PAPER_ITEM), para(item, PAPER_ITEM)]
        rows.append(row)
    text_width = width - label_width - lead_width - colon_width
    widths = (
        [lead_width, colon_width, label_width, text_width]
        if block.lead and not block.colon
        else [label_width, colon_width, text_width]
        if block.colon
        else [label_width, text_width]
    )
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


_CELL_ALIGN = {"center": styles.CELL_CENTER, "right": styles.CELL_RIGHT}
_HEAD_ALIGN = {"center": styles.HEAD_CENTER, "right": styles.HEAD_RIGHT}


def _grid_rows(block: model.Grid) -> list[list]:
    align = block.align or ["left"] * len(block.header)
    rows: list[list] = [
        [para(h, _HEAD_ALIGN.get(a, styles.HEAD)) for h, a in zip(block.header, align, strict=True)]
    ]
    for index, values in enumerate(block.rows):
        cells: list = []
        for column, value in enumerate(values):
            if column == block.sign_column:
                # the signature column alternates so neighbours do not sign on one another
                style = styles.CELL if index % 2 == 0 else styles.CELL_RIGHT
                cells.append(para(value, style))
            else:
                cells.append(para(value, _CELL_ALIGN.get(align[column], styles.CELL)))
        if block.min_height:
            # at least this tall (room to write or sign), taller when the text needs it
            cells[0] = [cells[0], PdfSpacer(1, max(0, block.min_height * mm - 17))]
        rows.append(cells)
    return rows


def _grid_table(block: model.Grid, rows: list[list], width: float, header: bool = True) -> Table:
    style = styles.grid_style(header_rows=1 if header else 0, first_data_row=1 if header else 0)
    style.add("GRID", (0, 0), (-1, -1), 0.4, styles.RULE)
    widths = fitted_widths(block, width)
    return grid_table(rows, widths, style=style, width=width, repeat_header=header)


def fitted_widths(block: model.Grid, width: float = styles.CONTENT_WIDTH) -> list[float | None]:
    """The columns' widths (points), each fixed one widened to its longest word so no word
    breaks inside a column ("Penerapa/n"); the free column gives the room."""
    widths: list[float | None] = [w * mm if w is not None else None for w in block.widths]
    pad = 8.5  # the cells' left and right padding, and a hair
    for column, current in enumerate(widths):
        if current is None:
            continue
        need = max(
            (
                stringWidth(word, BOLD, styles.HEAD.fontSize)
                for word in block.header[column].split()
            ),
            default=0,
        )
        for row in block.rows:
            # split at breaking spaces only: a NIP's no-break spaces keep it one word
            words = _BREAKS.split(row[column]) if column < len(row) else []
            need = max(
                need, *(stringWidth(w, REGULAR, styles.CELL.fontSize) for w in words[:60]), 0
            )
        widths[column] = max(current, min(need + pad, 70 * mm))
    # the free column keeps at least MIN_FREE: widen only within what is left
    given = [w * mm if w is not None else None for w in block.widths]
    room = width - MIN_FREE - sum(w for w in given if w is not None)
    extra = sum((w or 0) - (g or 0) for w, g in zip(widths, given, strict=True))
    if extra > max(room, 0):
        share = max(room, 0) / extra if extra else 0
        widths = [
            None if g is None else g + ((w or g) - g) * share
            for w, g in zip(widths, given, strict=True)
        ]
    return widths


def _grid(block: model.Grid, width: float) -> Table:
    return _grid_table(block, _grid_rows(block), width)


_BREAKS = re.compile(r"[ \t\n]+")
MIN_FREE = 22 * mm  # the narrowest a table's free column gets when others widen
TAIL_ROWS = 2  # rows of a table kept with the signatures that follow it


def _grid_with_tail(block: model.Grid, width: float) -> tuple[list[Flowable], list[Flowable]]:
    """The table as (body, tail): the last rows apart, to go with the signatures after it, so
    a page never holds a signature block alone."""
    rows = _grid_rows(block)
    if len(rows) <= TAIL_ROWS + 2:
        return [], [_grid_table(block, rows, width)]
    body, tail = rows[:-TAIL_ROWS], rows[-TAIL_ROWS:]
    return [_grid_table(block, body, width)], [_grid_table(block, tail, width, header=False)]


def _box(block: model.Box, width: float) -> Table:
    cell = [para(block.title, styles.H3)] + [
        Paragraph("•&nbsp;" + markup(line), PAPER_BODY) for line in block.lines
    ]
    table = Table([[cell]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, styles.ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), styles.ACCENT_LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def signer_lines(signer: model.Signer) -> list[tuple[str, str]]:
    """(style, text) lines of one block, top to bottom; "" text marks the room to sign."""
    lines: list[tuple[str, str]] = []
    if signer.place_date:
        lines.append(("plain", signer.place_date))
    if signer.caption:
        lines.append(("plain", signer.caption))
    lines += [
        ("plain", shorten(line, SIGN_TEXT)) for line in signer.position.split("\n") if line.strip()
    ]
    lines.append(("room", ""))
    # a signature block stays one block on a page: a name longer than any real one is cut,
    # with "…" to show it (the Word copy keeps it whole)
    lines.append(("name", shorten(signer.name, SIGN_TEXT) or "(" + "." * 30 + ")"))
    if signer.rank:
        lines.append(("plain", shorten(signer.rank, SIGN_TEXT)))
    if signer.nip_line:
        lines.append(("plain", f"NIP. {signer.nip}" if signer.nip else "NIP." + " " + "." * 24))
    return lines


def aligned_lines(row: list[model.Signer]) -> list[list[tuple[str, str]]]:
    """The blocks of one row padded with blank lines so their rooms to sign, names and NIPs
    line up side by side (one block may have a place and date, another no NIP)."""
    blocks = [signer_lines(s) for s in row]
    above = [next(i for i, (kind, _t) in enumerate(b) if kind == "room") for b in blocks]
    below = [len(b) - a for b, a in zip(blocks, above, strict=True)]
    pad = ("plain", "\u00a0")  # an empty Paragraph would take no height
    return [
        [pad] * (max(above) - a) + b + [pad] * (max(below) - w)
        for b, a, w in zip(blocks, above, below, strict=True)
    ]


def _signer_cell(lines: list[tuple[str, str]]) -> list[Flowable]:
    cell: list[Flowable] = []
    for kind, text in lines:
        if kind == "room":
            cell.append(PdfSpacer(1, SIGN_ROOM))
        elif kind == "name":
            cell.append(Paragraph(f"<u>{markup(text)}</u>", SIGN_NAME))
        else:
            cell.append(para(text, SIGN))
    return cell


def _split_at_room(lines: list[tuple[str, str]]) -> tuple[list, list]:
    """A block's lines above the room to sign (place, caption, jabatan) and from it on."""
    room = next(i for i, (kind, _t) in enumerate(lines) if kind == "room")
    return lines[:room], lines[room:]


def _signatures(block: model.Signatures, width: float) -> list[Flowable]:
    """Each row of blocks as a two-row table: the jabatan above, the room to sign, name and NIP
    below, so names line up however many lines a long jabatan wraps to."""
    out: list[Flowable] = [PdfSpacer(1, 4 * mm)]
    for row in block.rows:
        parts = [_split_at_room(b) for b in aligned_lines(row)]
        above: list[Any] = [_signer_cell(a) for a, _b in parts]
        below: list[Any] = [_signer_cell(b) for _a, b in parts]
        rows: list[list[Any]]
        if len(row) == 1 and not block.center_single:
            rows, widths = [["", above[0]], ["", below[0]]], [width * 0.45, width * 0.55]
        elif len(row) == 1:
            rows, widths = [above, below], [width]
        else:
            rows, widths = [above, below], [width / len(row)] * len(row)
        table = Table(rows, colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                ]
            )
        )
        out.append(table)
    return out


def signature_flowables(
    block: model.Signatures, width: float = styles.CONTENT_WIDTH
) -> list[Flowable]:
    return _signatures(block, width)


def block_flowables(
    block: model.Block, width: float = styles.CONTENT_WIDTH, paper: model.Paper | None = None
) -> list[Flowable]:
    """One block as ReportLab flowables (a page break repeats the kop where asked)."""
    if isinstance(block, model.Heading):
        return [para(block.text, styles.H2 if block.level == 1 else styles.H3)]
    if isinstance(block, model.Text):
        style = TEXT_STYLES.get(block.style, PAPER_BODY)
        if block.indent:
            style = S(f"{style.name}_in", parent=style, leftIndent=block.indent * mm)
        return [para(block.text, style)]
    if isinstance(block, model.Numbered):
        return [_numbered(block, width)]
    if isinstance(block, model.Fields):
        return [_fields(block, width)]
    if isinstance(block, model.Grid):
        return [_grid(block, width), PdfSpacer(1, 2 * mm)]
    if isinstance(block, model.Box):
        return [_box(block, width)]
    if isinstance(block, model.Signatures):
        return [KeepTogether(_signatures(block, width))]
    if isinstance(block, model.PageBreak):
        if paper is not None and paper.kop_on_every_page:
            return [PdfPageBreak(), *kop(paper.letterhead, width)]
        return [PdfPageBreak()]
    if isinstance(block, model.Spacer):
        return [PdfSpacer(1, block.height * mm)]
    if isinstance(block, model.Native):
        return list(block.make_flowables())
    raise TypeError(block)


def flowables(paper: model.Paper) -> list[Flowable]:
    """The paper's story. A signature block goes with what it signs: the text before it (or
    a table's last rows) moves to the next page with it rather than leave it alone there."""
    width = content_width(paper)
    story: list[Flowable] = list(kop(paper.letterhead, width))
    blocks = paper.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, model.Grid) and _signs_next(blocks[index + 1 :]):
            body, tail = _grid_with_tail(block, width)
            story += body
            story.append(_Kept(tail))
            continue
        made = block_flowables(block, width, paper)
        if isinstance(block, model.Signatures) and story:
            made = _signatures(block, width)  # one KeepTogether: nested ones never fit
            made = [KeepTogether(_take_preceding(story) + made)]
        story += made
    return story


def _signs_next(rest: list[model.Block]) -> bool:
    """A table followed by signatures, with at most a spacer and a closing text between."""
    texts = 0
    for block in rest:
        if isinstance(block, model.Signatures):
            return True
        if isinstance(block, model.Text) and texts < 2:
            texts += 1
        elif not isinstance(block, model.Spacer):
            return False
    return False


def _take_preceding(story: list[Flowable]) -> list[Flowable]:
    """What a signature block takes along from the end of the story: the closing lines (up
    to three short paragraphs, the place and date, "Dewan juri:") and a table's kept tail, or
    the one flowable before it. A KeepTogether is opened: nested ones never fit a page."""
    kept: list[Flowable] = []
    paragraphs = 0
    while story:
        last = story[-1]
        if isinstance(last, PdfPageBreak | _DoubleRule):
            break
        if isinstance(last, KeepTogether):  # _Kept tails and earlier signature rows
            story.pop()
            return list(last._content) + kept
        if isinstance(last, PdfSpacer):
            kept.insert(0, story.pop())
            continue
        if isinstance(last, Paragraph) and paragraphs < 3:
            kept.insert(0, story.pop())
            paragraphs += 1
            continue
        if not paragraphs:
            kept.insert(0, story.pop())
        break
    return kept


class _Kept(KeepTogether):
    """A table's last rows, joined by the signatures that follow them."""

    def __init__(self, content: list[Flowable]):
        super().__init__(content)
        self.content = content


def write_pdf(paper: model.Paper, target: Path | BinaryIO) -> int:
    """Lay the paper out once (the holding canvas numbers the pages at the end); returns the
    number of pages."""
    register_fonts()
    document = PaperDocument(str(target) if isinstance(target, Path) else target, paper)
    document.build(flowables(paper))
    return document.page
