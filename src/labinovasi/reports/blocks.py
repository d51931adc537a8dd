"""Building blocks both sheets use: the title block, figure boxes and label/value tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from labinovasi.domain import Workshop
from labinovasi.formatting import format_date_range
from labinovasi.reports import styles
from labinovasi.reports.paged_table import paged_table
from labinovasi.reports.styles import markup, para

Cell: TypeAlias = Flowable | str


def workshop_lines(workshop: Workshop) -> list[str]:
    """'Judul · Daerah' and 'tanggal · tempat', leaving out what is not filled in."""
    first = " · ".join(t for t in (workshop.title, workshop.region) if t)
    second = " · ".join(
        t for t in (format_date_range(workshop.start_date, workshop.end_date), workshop.place) if t
    )
    return [line for line in (first, second) if line]


def title_block(kicker: str, title: str, lines: Sequence[str]) -> list[Flowable]:
    rows = [[para(kicker, styles.KICKER)], [para(title, styles.TITLE)]]
    rows += [[para(line, styles.SUBTITLE)] for line in lines]
    table = Table(rows, colWidths=[styles.CONTENT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ("LINEBELOW", (0, -1), (-1, -1), 1.5, styles.ACCENT),
            ]
        )
    )
    return [table, Spacer(1, 4 * mm)]


def figure_boxes(figures: Sequence[tuple[str, str]], tones: Sequence[str] = ()) -> Table:
    """A row of big numbers with small labels under them; tone "met"/"short" colours a box."""
    width = styles.CONTENT_WIDTH / len(figures)
    row = [
        [para(value, styles.FIGURE), para(label, styles.FIGURE_LABEL)] for value, label in figures
    ]
    table = Table([row], colWidths=[width] * len(figures))
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, -1), styles.ACCENT_LIGHT),
        ("LINEAFTER", (0, 0), (-2, -1), 2, styles.PAGE_BACKGROUND),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for i, tone in enumerate(tones):
        if tone == "met":
            commands.append(("BACKGROUND", (i, 0), (i, 0), styles.MET_LIGHT))
        elif tone == "short":
            commands.append(("BACKGROUND", (i, 0), (i, 0), styles.SHORT_LIGHT))
    table.setStyle(TableStyle(commands))
    return table


def field_table(rows: Sequence[tuple[str, Cell]], label_width: float = 42 * mm) -> Table:
    """Label/value rows; values may be long text, so rows are allowed to split across pages."""
    data = [
        [para(label, styles.CELL_BOLD), value if isinstance(value, Flowable) else para(value)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, styles.CONTENT_WIDTH - label_width], splitInRow=1)
    table.setStyle(styles.fields_style())
    return table


def bullet_lines(text: str) -> str:
    """Markup for text typed one item per line: each line becomes a bullet."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return markup(text)
    return "<br/>".join(f"•&nbsp;{markup(line)}" for line in lines)


def heading(text: str, style: ParagraphStyle = styles.H2, room: float = 32 * mm) -> list[Flowable]:
    """A section heading that starts a new page rather than sit alone at the bottom of one."""
    return [CondPageBreak(room), para(text, style)]


def grid_table(
    rows: list[list],
    widths: Sequence[float | None],
    *,
    repeat_header: bool = True,
    style: TableStyle | None = None,
    width: float = styles.CONTENT_WIDTH,
) -> Table:
    """A data table in the house style; the one `None` width takes what the others leave.

    With `repeat_header` the header row repeats on every page and rows only break between
    them (ReportLab 5 draws a repeated header mid-page when a row itself splits), so cells
    must stay well short of a page. Without it, a tall row may split across pages."""
    fixed = sum(w for w in widths if w is not None)
    widths = [width - fixed if w is None else w for w in widths]
    if repeat_header:
        table = Table(rows, colWidths=widths, repeatRows=1)
    else:
        table = Table(rows, colWidths=widths, splitInRow=1)
    table.setStyle(style or styles.grid_style())
    return table


def long_table(
    head: list,
    rows: list[list],
    widths: Sequence[float | None],
    *,
    style: TableStyle | Sequence[tuple] | None = None,
    row_commands: Sequence[tuple] = (),
    width: float = styles.CONTENT_WIDTH,
) -> Flowable:
    """A data table of any length in the house style, its header row `head` repeated on every
    page, laid out a page at a time (`paged_table`): `style` applies as to one table,
    `row_commands` count data rows from 0. Rows never split: cut long text into rows."""
    fixed = sum(w for w in widths if w is not None)
    return paged_table(
        [head],
        rows,
        [width - fixed if w is None else w for w in widths],
        style or styles.grid_style(),
        row_commands,
    )
