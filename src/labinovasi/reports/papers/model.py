"""What a paper says, independent of the format it is written in: both the PDF and the Word
writer read these blocks, so the two files carry the same text and headings. Every string
here is plain text (participant text included), never markup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from labinovasi.domain.papers import Letterhead


@dataclass
class Heading:
    text: str
    level: int = 1  # 1 section, 2 sub-section


@dataclass
class Text:
    text: str
    style: str = "body"  # body, center, title, subtitle, note, bold, big
    indent: float = 0  # millimetres


@dataclass
class Numbered:
    """A numbered list (1., 2., …) or, with `labels`, "a.", "KESATU" and the like."""

    items: list[str]
    labels: list[str] | None = None
    lead: str = ""  # "Menimbang": printed before the first item, then ":" (a keputusan's form)
    colon: bool = False  # "KESATU", then ":" in a column of its own, then the text


@dataclass
class Fields:
    """Label : value rows, as "Nama : …" in a berita acara."""

    rows: list[tuple[str, str]]
    label_width: float = 40  # millimetres


@dataclass
class Grid:
    """A table with a header row that repeats on every page; `widths` in millimetres (one
    None takes the rest); `sign_column` alternates "1. ……" left and right in that column;
    `min_height` (mm) makes room for a handwritten entry."""

    header: list[str]
    rows: list[list[str]]
    widths: list[float | None]
    sign_column: int | None = None
    min_height: float = 0
    align: list[str] | None = None  # per column: "left", "center", "right"


@dataclass
class Box:
    """A framed box with a title: the rekapitulasi's recommendations, the draft notice."""

    title: str
    lines: list[str]


@dataclass
class Signer:
    """One signature block: place and date (when this one dates the paper), a caption like
    "Mengetahui,", the full jabatan, room to sign and stamp, name, pangkat/golongan, NIP."""

    position: str
    name: str = ""
    rank: str = ""
    nip: str = ""
    caption: str = ""
    place_date: str = ""
    nip_line: bool = True  # a Bupati or a juror from outside the service has no NIP


@dataclass
class Signatures:
    """Rows of signature blocks; a row of one block sits on the right, unless `center`."""

    rows: list[list[Signer]]
    center_single: bool = False


@dataclass
class PageBreak:
    pass


@dataclass
class Spacer:
    height: float = 4  # millimetres


@dataclass
class Native:
    """A PDF-only piece (the existing sheets, charts) with the blocks Word gets instead."""

    make_flowables: Callable[[], list]
    fallback: list = field(default_factory=list)


Block = Heading | Text | Numbered | Fields | Grid | Box | Signatures | PageBreak | Spacer | Native


@dataclass
class Paper:
    """One document: its kop, number and date, its blocks, and how it is printed."""

    kind: str
    title: str  # for the file's metadata and the footer
    blocks: list[Block]
    letterhead: Letterhead
    number: str = ""
    dated: date | None = None
    landscape: bool = False
    draft: bool = False  # "DRAF" in the footer and a notice at the top
    kop_on_every_page: bool = False  # certificates: each page is a paper of its own
    footer: str = ""
    words: int | None = None  # drafts: the word count printed in their notice

    def text_blocks(self) -> list[Block]:
        """The blocks with Native pieces replaced by their Word fallback."""
        out: list[Block] = []
        for block in self.blocks:
            out += block.fallback if isinstance(block, Native) else [block]
        return out
