"""Bar chart of counted ideas per OPD with the minimum drawn as a line (ReportLab graphics).

Rows keep a fixed height so the chart stays legible for 50+ OPD: a long list is cut into
several drawings that share one scale, each small enough for a page."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from labinovasi.formatting import format_number
from labinovasi.i18n import _
from labinovasi.reports import styles
from labinovasi.reports.fonts import BOLD, REGULAR

ROW = 13.0  # points per OPD
BAR = 8.5
TOP = 30.0  # legend and minimum label
BOTTOM = 18.0  # axis labels
LABEL_SIZE = 7.5
MAX_LABEL_WIDTH = 120.0
ROWS_PER_CHART = 48  # 48 × 13 pt + margins fits under a heading on an A4 page


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    meets: bool


def chart_chunks(count: int, per_chart: int = ROWS_PER_CHART) -> list[range]:
    """Split `count` rows into balanced pieces of at most `per_chart` (60 → 30 + 30)."""
    if count <= 0:
        return []
    pieces = math.ceil(count / per_chart)
    size = math.ceil(count / pieces)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500):
        if top / step <= 10:
            return step
    return 1000


def _fit(text: str, width: float) -> str:
    if stringWidth(text, REGULAR, LABEL_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, LABEL_SIZE) > width:
        text = text[:-1]
    return text + "…"


def counted_ideas_charts(
    bars: list[Bar], minimum: int, width: float = styles.CONTENT_WIDTH
) -> list[Drawing]:
    """One or more drawings, all on the same scale, together showing every bar in order."""
    if not bars:
        return []
    top = max(minimum, *(b.value for b in bars))
    step = _nice_step(top)
    top = math.ceil(top / step) * step or step
    label_width = min(
        MAX_LABEL_WIDTH, max(stringWidth(b.label, REGULAR, LABEL_SIZE) for b in bars) + 6
    )
    x0 = label_width + 4
    plot_width = width - x0 - 22  # room for the value after the longest bar
    scale = plot_width / top
    return [
        _drawing([bars[i] for i in rows], minimum, top, step, x0, scale, label_width, width)
        for rows in chart_chunks(len(bars))
    ]


def _drawing(
    bars: list[Bar],
    minimum: int,
    top: int,
    step: int,
    x0: float,
    scale: float,
    label_width: float,
    width: float,
) -> Drawing:
    height = TOP + len(bars) * ROW + BOTTOM
    d = Drawing(width, height)
    plot_top = height - TOP
    plot_bottom = BOTTOM
    # zebra rows first, so grid lines and bars sit on top of them
    for i in range(len(bars)):
        if i % 2:
            y = plot_top - (i + 1) * ROW
            d.add(Rect(0, y, width, ROW, fillColor=styles.ZEBRA, strokeColor=None))
    for tick in range(0, top + 1, step):
        x = x0 + tick * scale
        d.add(Line(x, plot_bottom, x, plot_top, strokeColor=styles.RULE, strokeWidth=0.4))
        d.add(
            String(
                x,
                plot_bottom - 10,
                format_number(tick),
                fontName=REGULAR,
                fontSize=7,
                fillColor=styles.MUTED,
                textAnchor="middle",
            )
        )
    for i, bar in enumerate(bars):
        y = plot_top - (i + 1) * ROW + (ROW - BAR) / 2
        d.add(
            String(
                label_width,
                y + 1.5,
                _fit(bar.label, label_width - 2),
                fontName=REGULAR,
                fontSize=LABEL_SIZE,
                fillColor=styles.INK,
                textAnchor="end",
            )
        )
        colour = styles.MET if bar.meets else styles.SHORT
        if bar.value:
            d.add(Rect(x0, y, bar.value * scale, BAR, fillColor=colour, strokeColor=None))
        d.add(
            String(
                x0 + bar.value * scale + 3,
                y + 1.5,
                format_number(bar.value),
                fontName=BOLD,
                fontSize=7,
                fillColor=styles.INK,
            )
        )
    line_x = x0 + minimum * scale
    d.add(
        Line(
            line_x,
            plot_bottom,
            line_x,
            plot_top + 4,
            strokeColor=styles.LINE,
            strokeWidth=1.2,
            strokeDashArray=[3, 2],
        )
    )
    d.add(
        String(
            line_x,
            plot_top + 7,
            _("minimal {n}").format(n=minimum),
            fontName=BOLD,
            fontSize=7,
            fillColor=styles.LINE,
            textAnchor="middle",
        )
    )
    d.add(Line(x0, plot_bottom, x0, plot_top, strokeColor=styles.INK, strokeWidth=0.6))
    _legend(d, height - 9, width)
    return d


def _legend(d: Drawing, y: float, width: float) -> None:
    items = [(styles.MET, _("memenuhi minimal")), (styles.SHORT, _("belum memenuhi"))]
    x = width
    for colour, text in reversed(items):
        x -= stringWidth(text, REGULAR, 7) + 4
        d.add(String(x + 0, y, text, fontName=REGULAR, fontSize=7, fillColor=styles.MUTED))
        x -= 10
        d.add(Rect(x, y - 1, 8, 7, fillColor=colour, strokeColor=None))
        x -= 12
