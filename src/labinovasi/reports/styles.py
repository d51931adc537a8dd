"""Page geometry, colours, paragraph and table styles shared by every printed sheet, and the one
place participant text is escaped before it becomes ReportLab markup."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, TableStyle

from labinovasi.reports.fonts import BOLD, REGULAR

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
# hex forms are also written into <font color=...> markup
MUTED_HEX, ACCENT_HEX, SHORT_HEX, MET_HEX = "#5f6b7a", "#0b4f8a", "#b26a00", "#2e7d32"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor(ACCENT_HEX)
ACCENT_LIGHT = colors.HexColor("#e3edf7")
RULE = colors.HexColor("#c5ced8")
ZEBRA = colors.HexColor("#f5f7fa")
MET = colors.HexColor(MET_HEX)
MET_LIGHT = colors.HexColor("#e6f2e7")
SHORT = colors.HexColor(SHORT_HEX)
SHORT_LIGHT = colors.HexColor("#fdf1dc")
LINE = colors.HexColor("#c62828")

_BASE = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=12, textColor=INK)


def _style(name: str, parent: ParagraphStyle = _BASE, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


# Styles are only ever read while building, so sharing them between threads is safe.
KICKER = _style("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT)
TITLE = _style("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2)
SUBTITLE = _style("subtitle", fontSize=9.5, leading=13, textColor=MUTED)
HEADLINE = _style("headline", fontName=BOLD, fontSize=13, leading=17, textColor=ACCENT)
# No keepWithNext: it would push a heading and a page-long table to the next page whole;
# blocks.heading() keeps a heading off the bottom of a page instead.
H2 = _style(
    "h2", fontName=BOLD, fontSize=11.5, leading=15, textColor=ACCENT, spaceBefore=12, spaceAfter=5
)
H3 = _style("h3", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=8, spaceAfter=3)
BODY = _style("body", spaceAfter=4)
NOTE = _style("note", fontSize=8, leading=10.5, textColor=MUTED)
CELL = _style("cell", fontSize=8.5, leading=11)
CELL_BOLD = _style("cell_bold", parent=CELL, fontName=BOLD)
CELL_SHORT = _style("cell_short", parent=CELL, textColor=SHORT)
# the small line under an idea's text: where a <br/> and <font size=7.5> put it in one paragraph
CELL_DETAILS = _style("cell_details", fontSize=7.5, leading=10, spaceBefore=1, textColor=MUTED)
CELL_SMALL = _style("cell_small", fontSize=7.5, leading=9.5, textColor=MUTED)
CELL_RIGHT = _style("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_CENTER = _style("cell_center", parent=CELL, alignment=TA_CENTER)
HEAD = _style("head", fontName=BOLD, fontSize=8, leading=10, textColor=colors.white)
HEAD_RIGHT = _style("head_right", parent=HEAD, alignment=TA_RIGHT)
HEAD_CENTER = _style("head_center", parent=HEAD, alignment=TA_CENTER)
FIGURE = _style("figure", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER)
LEAD = _style("lead", fontName=BOLD, fontSize=9.5, leading=13)
FIGURE_LABEL = _style("figure_label", fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER)
SIGN = _style("sign", alignment=TA_CENTER, leading=13)


def markup(text: str | None) -> str:
    """Participant text as Paragraph markup that prints exactly as typed: tags, entities and
    ampersands are escaped, line breaks kept, characters the font lacks named."""
    from labinovasi.reports.glyphs import printable  # reports.fonts must come first

    return escape(printable(text or "")).replace("\r\n", "\n").replace("\n", "<br/>")


class MarkupParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width: a table wraps every cell to size its
    rows and again, at the same width, to draw it (line breaking is most of printing)."""

    def wrap(self, available_width, available_height):
        if self.__dict__.get("_wrapped_for") == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = Paragraph.wrap(self, available_width, available_height)
        self._wrapped_for = available_width
        return size


class PlainParagraph(MarkupParagraph):
    """A Paragraph of plain text. When the text is one line that fits, it is drawn as one
    string, exactly where Paragraph would draw it; otherwise (or when anything else asks) it
    becomes a full Paragraph of the escaped text. Most cells of a print-out are such short
    texts, and parsing markup and breaking lines for each was most of the printing time."""

    def __init__(self, text: str | None, style: ParagraphStyle, **paragraph):
        if text is None or paragraph:  # Paragraph.split making the pieces: a Paragraph
            self._simple, self._fast, self._parsed = False, False, True
            Paragraph.__init__(self, text, style, **paragraph)
            return
        from labinovasi.reports.glyphs import printable  # reports.fonts must come first

        Flowable.__init__(self)
        # drawn as it is on the fast path: characters the font lacks by their name already
        self.plain, self.style = printable(text), style
        self._parsed = self._fast = False
        self._simple = (
            bool(text)
            and " ".join(text.split()) == text
            and style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT)
            and getattr(style, "autoLeading", "") in ("", "off", None)
            and style.backColor is None
            and not style.borderWidth
            and not getattr(style, "textTransform", None)
            and not style.firstLineIndent
        )

    def _parse(self) -> None:
        if not self._parsed:
            self._parsed = True
            Paragraph.__init__(self, markup(self.plain), self.style)

    # What Paragraph.__init__ sets on the instance: asked for, they are set up then.
    _PARAGRAPH_ATTRIBUTES = frozenset(
        ("frags", "text", "bulletText", "caseSensitive", "encoding", "debug")
    )

    def __getattr__(self, name: str):
        if name not in PlainParagraph._PARAGRAPH_ATTRIBUTES or self.__dict__.get("_parsed", True):
            raise AttributeError(name)
        self._parse()
        return getattr(self, name)

    def wrap(self, available_width, available_height):
        style = self.style
        if self._simple:
            self._text_width = stringWidth(self.plain, style.fontName, style.fontSize)
            room = available_width - style.leftIndent - style.rightIndent
            if 0 < self._text_width <= room:
                self._fast = True
                self.width, self.height = available_width, style.leading
                return self.width, self.height
        self._fast = False
        self._parse()
        return MarkupParagraph.wrap(self, available_width, available_height)

    def draw(self) -> None:
        if not self._fast:
            return Paragraph.draw(self)
        style, canvas = self.style, self.canv
        if rl_config.paraFontSizeHeightOffset:
            y = self.height - style.fontSize
        else:
            y = self.height - getattr(self, "_ascent", style.fontSize)
        room = self.width - style.leftIndent - style.rightIndent
        x = style.leftIndent
        if style.alignment == TA_CENTER:
            x += (room - self._text_width) / 2
        elif style.alignment == TA_RIGHT:
            x += room - self._text_width
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.drawString(x, y, self.plain)
        canvas.restoreState()
        return None

    def split(self, available_width, available_height):
        self._parse()
        if "blPara" not in self.__dict__:  # Paragraph.split reads what its wrap worked out
            self._fast = False
            Paragraph.wrap(self, available_width, available_height)
        return Paragraph.split(self, available_width, available_height)

    def minWidth(self):
        self._parse()
        return Paragraph.minWidth(self)

    # Flowable's versions ask hasattr() first, which for this class means a failed
    # __getattr__ each time: a table asks for every cell, at every wrap and draw.
    def getSpaceBefore(self) -> float:
        return self.__dict__.get("spaceBefore", self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return self.__dict__.get("spaceAfter", self.style.spaceAfter)

    def getPlainText(self, identify=None):
        if not self._parsed:
            return self.plain
        return Paragraph.getPlainText(self, identify)


CELL_PADDING_X = 4  # left and right inside every data table's cells (grid_style)
_ALIGN = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


def string_cell(text: str, style: ParagraphStyle, column_width: float) -> str | Paragraph:
    """A table cell of plain text: the string itself when it is one line that fits the column
    (the table draws it as `para` would, in the style `string_column` gives the column; no
    flowable to wrap and draw), else `para(text, style)`."""
    from labinovasi.reports.glyphs import printable  # reports.fonts must come first

    if (
        text
        and " ".join(text.split()) == text
        and printable(text) == text
        and stringWidth(text, style.fontName, style.fontSize)
        <= column_width - 2 * CELL_PADDING_X - style.leftIndent - style.rightIndent
    ):
        return text
    return para(text, style)


def string_column(
    style: ParagraphStyle, column: int, last_column: int | None = None, first_row: int = 1
) -> list[tuple]:
    """Table commands that draw `string_cell` strings of `column` (to `last_column`) in
    `style`."""
    cells = (column, first_row), (column if last_column is None else last_column, -1)
    return [
        ("FONT", *cells, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", *cells, style.textColor),
        ("ALIGN", *cells, _ALIGN[style.alignment]),
    ]


def para(text: str | None, style: ParagraphStyle = CELL) -> Paragraph:
    """A Paragraph of plain (participant or label) text; never interpreted as markup."""
    return PlainParagraph(clean_for_paragraph(text), style)


def clean_for_paragraph(text: str | None) -> str:
    return (text or "").replace("\r\n", "\n")


def rich(template: str, style: ParagraphStyle = BODY, **values: str) -> Paragraph:
    """A Paragraph from our own markup `template` with participant `values` escaped into it."""
    return MarkupParagraph(template.format(**{k: markup(v) for k, v in values.items()}), style)


def chunk_text(text: str, limit: int = 700) -> list[str]:
    """`text` cut at spaces into pieces of at most `limit` characters (no words lost)."""
    pieces = []
    rest = text.strip()
    while len(rest) > limit:
        cut = max(rest.rfind(" ", 0, limit), rest.rfind("\n", 0, limit))
        if cut < limit // 2:  # one enormous word: cut it rather than overflow the page
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,.;:") + "…"


def grid_style(
    header_rows: int = 1, zebra: bool = True, first_data_row: int = 1, lines: bool = True
) -> TableStyle:
    """The look of every data table: accent header, hairlines, optional zebra rows."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
    ]
    if lines:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE))
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, first_data_row), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)


def fields_style() -> TableStyle:
    """Label/value tables (chosen idea, design): muted labels, hairlines between rows."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (0, -1), ZEBRA),
        ]
    )


PAGE_BACKGROUND = colors.white
NOTE_CENTER = _style("note_center", parent=NOTE, alignment=TA_CENTER)
CELL_DATE = _style("cell_date", parent=CELL, fontSize=8)
