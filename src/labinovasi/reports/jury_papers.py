"""The gelar inovasi's papers: the presentation schedule and the jurors' blank score sheets,
under the office's kop, laid out with the papers' blocks (official text stays Indonesian)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer as PdfSpacer

from labinovasi.domain.jury import DisplayEvent, Rubric, format_weight
from labinovasi.domain.papers import Letterhead, long_date, plain_date
from labinovasi.reports import styles
from labinovasi.reports.blocks import grid_table
from labinovasi.reports.fonts import BOLD, register_fonts
from labinovasi.reports.papers.model import (
    Block,
    Fields,
    Grid,
    Native,
    PageBreak,
    Paper,
    Signatures,
    Signer,
    Spacer,
    Text,
)
from labinovasi.reports.styles import para

DOTS = "." * 40
NUMBER_WIDTH, TOTAL_WIDTH, MIN_NAME_WIDTH = 9.0, 16.0, 34.0  # score sheet columns, mm
ROW_HEIGHT = 13.0  # mm: room to write a score by hand
SHEET_HEAD = styles._style("jury_sheet_head", parent=styles.HEAD_CENTER, fontSize=7, leading=8.5)


@dataclass(frozen=True)
class ScheduleLine:
    position: int
    start: datetime | None
    opd: str  # the OPD's full name
    innovation: str
    presenter: str  # who presents: the OPD head's name, or "Kepala <OPD>"


@dataclass
class JuryPrint:
    """What both papers print, read once by services.jury."""

    event: DisplayEvent
    rubric: Rubric
    lines: list[ScheduleLine]
    jurors: list[str]
    letterhead: Letterhead
    footer: str  # "Judul lokakarya · Daerah"
    city: str  # where the paper is signed
    signer: Signer | None = None  # the head of the agency, for the schedule
    dated: date = field(default_factory=date.today)


def _clock(start: datetime | None, minutes: int) -> str:
    if start is None:
        return ""
    return f"{start:%H.%M}–{start + timedelta(minutes=minutes):%H.%M}"


def _event_fields(data: JuryPrint) -> Fields:
    event = data.event
    lines = data.lines
    span = DOTS
    if lines and lines[0].start is not None and lines[-1].start is not None:
        end = lines[-1].start + timedelta(minutes=event.minutes_each)
        span = f"{lines[0].start:%H.%M}–{end:%H.%M} WIB"
    return Fields(
        [
            ("Hari, tanggal", long_date(event.on_date) if event.on_date else DOTS),
            ("Tempat", event.place or DOTS),
            ("Waktu", span),
            ("Lama presentasi", f"{event.minutes_each} menit per inovasi"),
            ("Dewan juri", ", ".join(data.jurors) or DOTS),
        ],
        label_width=36,
    )


def _score_grid(grid: Grid) -> Native:
    """The score table in the PDF with a smaller header than other grids, so each criterion
    keeps its words whole in a narrow column; Word gets the plain Grid."""

    def make() -> list:
        header = [para(text, SHEET_HEAD) for text in grid.header]
        rows = [header]
        for values in grid.rows:
            number = [para(values[0], styles.CELL_CENTER), PdfSpacer(1, ROW_HEIGHT * mm - 17)]
            rows.append([number, para(values[1])] + [""] * (len(values) - 2))
        style = styles.grid_style()
        style.add("GRID", (0, 0), (-1, -1), 0.4, styles.RULE)
        widths = [w * mm if w is not None else None for w in grid.widths]
        return [grid_table(rows, widths, style=style)]

    return Native(make, [grid])


def _criterion_width(headers: list[str], count: int) -> float:
    """Millimetres per criterion column: its longest word fits whole in the header (no
    "Kebaharu-an"), unless so many criteria leave the innovation's column too narrow."""
    register_fonts()
    widest = max(
        stringWidth(word, BOLD, SHEET_HEAD.fontSize) for text in headers for word in text.split()
    )
    available = styles.CONTENT_WIDTH / mm - NUMBER_WIDTH - TOTAL_WIDTH - MIN_NAME_WIDTH
    return min(max(16.0, widest / mm + 3.5), available / count)


def schedule_paper(data: JuryPrint) -> Paper:
    """ "Jadwal presentasi gelar inovasi": when each OPD presents which innovation."""
    event = data.event
    rows = [
        [
            str(line.position),
            _clock(line.start, event.minutes_each),
            line.opd,
            line.innovation,
            line.presenter,
        ]
        for line in data.lines
    ]
    blocks: list[Block] = [
        Text("JADWAL PRESENTASI GELAR INOVASI", "title"),
        Text(event.title, "subtitle") if event.title else Spacer(0),
        Spacer(4),
        _event_fields(data),
        Spacer(3),
        Grid(
            ["No", "Jam", "Perangkat daerah", "Nama inovasi", "Penyaji"],
            rows or [["", "", "Belum ada inovasi dalam urutan presentasi.", "", ""]],
            [10, 25, 48, None, 40],
            align=["center", "left", "left", "left", "left"],
        ),
        Spacer(2),
        Text(
            "Setiap penyaji memaparkan inovasinya di hadapan dewan juri, lalu menjawab "
            "pertanyaan juri. Penyaji hadir paling lambat 15 menit sebelum jadwalnya.",
            "note",
        ),
    ]
    if data.signer is not None:
        place_date = ", ".join(t for t in (data.city, plain_date(data.dated)) if t)
        blocks.append(Signatures([[replace(data.signer, place_date=place_date)]]))
    return Paper(
        kind="jadwal-presentasi",
        title="Jadwal presentasi gelar inovasi",
        blocks=blocks,
        letterhead=data.letterhead,
        dated=data.dated,
        footer=data.footer,
    )


def score_sheets_paper(data: JuryPrint) -> Paper:
    """One blank score sheet per juror (one with a blank name when none are entered): the
    rubric as a form, one row per innovation in presentation order, for scoring on paper."""
    rubric, event = data.rubric, data.event
    low, high = rubric.scale
    header = (
        ["No", "Inovasi (perangkat daerah)"]
        + [f"{c.name} ({format_weight(c.weight)}%)" for c in rubric.criteria]
        + ["Nilai akhir"]
    )
    count = len(rubric.criteria)
    criterion_width = _criterion_width(header[2:-1], count)
    rows = [
        [str(line.position), f"{line.innovation} ({line.opd})"] + [""] * (count + 1)
        for line in data.lines
    ] or [[str(n), ""] + [""] * (count + 1) for n in range(1, 11)]
    formula = " + ".join(f"{format_weight(c.weight)}% × {c.name}" for c in rubric.criteria)
    pages: list[Block] = []
    for index, juror in enumerate(data.jurors or [""]):
        if index:
            pages.append(PageBreak())
        pages += [
            Text("LEMBAR PENILAIAN JURI GELAR INOVASI", "title"),
            Text(event.title, "subtitle") if event.title else Spacer(0),
            Spacer(3),
            Fields(
                [
                    ("Nama juri", juror or DOTS),
                    ("Hari, tanggal", long_date(event.on_date) if event.on_date else DOTS),
                    ("Tempat", event.place or DOTS),
                ],
                label_width=32,
            ),
            Spacer(2),
            Text(
                f"Isi nilai {low}–{high} untuk setiap kriteria. Nilai akhir = {formula}.",
                "note",
            ),
            _score_grid(
                Grid(
                    header,
                    rows,
                    [NUMBER_WIDTH, None] + [criterion_width] * count + [TOTAL_WIDTH],
                    min_height=ROW_HEIGHT,
                    align=["center", "left"] + ["center"] * (count + 1),
                )
            ),
            Signatures(
                [
                    [
                        Signer(
                            position="Juri",
                            name=juror,
                            place_date=", ".join(
                                t for t in (data.city, plain_date(event.on_date or data.dated)) if t
                            ),
                            nip_line=False,
                        )
                    ]
                ]
            ),
        ]
    return Paper(
        kind="lembar-nilai-juri",
        title="Lembar penilaian juri",
        blocks=pages,
        letterhead=data.letterhead,
        dated=data.dated,
        footer=data.footer,
        kop_on_every_page=True,
    )
